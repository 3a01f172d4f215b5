// End-to-end: the server configurations of docs/hosting.md. The committed deploy/ files are exactly what the
// generator writes from the page's policy; nginx accepts its file (`nginx -t`, Debian's package), and the guide
// served by that very configuration on 127.0.0.1 works, sends the headers, and may be framed by the configured
// wiki origin only.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { headerPolicy, hostedPolicy, policyOf } from '../../scripts/csp.mjs';
import { EXAMPLE, deployConfigs, securityHeaders } from '../../scripts/deploy-configs.mjs';
import { BASE_PATH, DIST, launchBrowser, openPage } from './harness.mjs';

const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';
const env = {};

/** A loopback HTTP server answering every request with `html`; resolves to { origin, close }. */
async function htmlServer(html) {
  const server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(done)) };
}

/** A port nothing listens on right now. */
async function freePort() {
  const server = createServer();
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  return port;
}

const frame = (src) => `<!doctype html><title>wiki</title><iframe id="guide" src="${src}" width="900" height="600"></iframe>`;

before(async () => {
  env.dir = mkdtempSync(join(tmpdir(), 'acr-net-guide-nginx-'));
  env.port = await freePort();
  env.guide = `http://127.0.0.1:${env.port}${BASE_PATH}`;
  env.wiki = await htmlServer(frame(`${env.guide}#/tr/`));
  env.stranger = await htmlServer(frame(`${env.guide}#/en/`));
  // The generator's nginx file for this machine: the test's path, the built dist/ and the wiki's origin.
  const include = join(env.dir, 'acr-net-guide.conf');
  writeFileSync(include, deployConfigs({ wikiOrigin: env.wiki.origin, basePath: BASE_PATH, root: `${DIST}/` })['nginx.conf']);
  env.conf = join(env.dir, 'nginx.conf');
  writeFileSync(env.conf, `daemon off;
worker_processes 1;
pid ${env.dir}/nginx.pid;
error_log ${env.dir}/error.log;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${env.dir}/client-body;
    proxy_temp_path ${env.dir}/proxy;
    fastcgi_temp_path ${env.dir}/fastcgi;
    uwsgi_temp_path ${env.dir}/uwsgi;
    scgi_temp_path ${env.dir}/scgi;
    server {
        listen 127.0.0.1:${env.port};
        include ${include};
    }
}
`);
  env.browser = await launchBrowser();
});

after(async () => {
  await env.browser?.close();
  if (env.nginx && env.nginx.exitCode === null) {
    env.nginx.kill('SIGQUIT');
    await new Promise((done) => env.nginx.once('exit', done));
  }
  await env.wiki?.close();
  await env.stranger?.close();
  if (env.dir) rmSync(env.dir, { recursive: true, force: true });
});

test('the committed deploy/ files are what the generator writes from the page\'s policy', () => {
  for (const [name, text] of Object.entries(deployConfigs())) {
    assert.equal(readFileSync(join('deploy', name), 'utf8'), text,
      `deploy/${name} drifted: run node scripts/deploy-configs.mjs`);
  }
  assert.equal(policyOf(readFileSync(join(DIST, 'index.html'), 'utf8')), hostedPolicy(), 'the build carries the same policy');
  assert.equal(headerPolicy(EXAMPLE.wikiOrigin), `${hostedPolicy()}; frame-ancestors 'self' ${EXAMPLE.wikiOrigin}`);
  assert.throws(() => headerPolicy("https://wiki.example.com; script-src 'unsafe-inline'"), /wiki origin/);
  assert.throws(() => deployConfigs({ basePath: 'tools"; evil' }), /base-path/);
});

test('the Static Web Apps file is valid JSON carrying every header', () => {
  const config = JSON.parse(readFileSync('deploy/staticwebapp.config.json', 'utf8'));
  assert.deepEqual(config.globalHeaders, Object.fromEntries(securityHeaders(EXAMPLE.wikiOrigin)));
  assert.equal(config.mimeTypes['.wasm'], 'application/wasm');
});

test('nginx accepts the generated configuration (nginx -t)', () => {
  const result = spawnSync(NGINX, ['-t', '-p', env.dir, '-c', env.conf, '-e', join(env.dir, 'error.log')], { encoding: 'utf8' });
  assert.equal(result.error, undefined, `${NGINX} could not run (scripts/setup.sh installs Debian's nginx)`);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stderr, /test is successful/);
});

test('the guide served by that nginx configuration works and sends the headers', async () => {
  env.nginx = spawn(NGINX, ['-p', env.dir, '-c', env.conf, '-e', join(env.dir, 'error.log')], { stdio: 'ignore' });
  const deadline = Date.now() + 10_000;
  let index;
  while (!index) {
    try {
      index = await fetch(env.guide);
    } catch {
      assert.ok(Date.now() < deadline, 'nginx did not start listening');
      await new Promise((wait) => setTimeout(wait, 100));
    }
  }
  assert.equal(index.status, 200);
  assert.equal(index.headers.get('content-security-policy'), headerPolicy(env.wiki.origin));
  for (const [name, value] of securityHeaders(env.wiki.origin)) assert.equal(index.headers.get(name), value, name);
  const wasm = readFileSync(join(DIST, 'index.html'), 'utf8').match(/href="\.\/([^"]+\.wasm)"/)[1];
  const types = { [wasm]: 'application/wasm', 'manifest.webmanifest': 'application/manifest+json', 'sw.js': 'application/javascript' };
  for (const [name, type] of Object.entries(types)) {
    const response = await fetch(env.guide + name);
    assert.equal(response.status, 200, name);
    assert.equal(response.headers.get('content-type'), type, name);
    assert.equal(response.headers.get('content-security-policy'), headerPolicy(env.wiki.origin), `${name} carries the policy`);
  }

  const { context, page, problems, foreignRequests } = await openPage(env.browser, { origin: `http://127.0.0.1:${env.port}` });
  await page.goto(`${env.guide}#/en/`);
  await page.locator('a.symptom-card').first().click();
  await page.waitForSelector('article.node h1');
  await page.locator('a.answer').first().click();
  await page.waitForFunction(() => /via=/.test(location.hash));
  await page.waitForSelector('article.node h1');
  await page.getByRole('link', { name: 'Türkçe' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'tr');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  assert.deepEqual(problems, []);
  assert.deepEqual(foreignRequests, []);
  await context.close();
});

test('frame-ancestors lets the configured wiki embed the guide and refuses any other origin', async () => {
  const { context, page } = await openPage(env.browser);
  await page.goto(env.wiki.origin);
  const guide = page.frameLocator('#guide');
  await guide.locator('ul.symptoms').waitFor({ timeout: 30000 });
  assert.equal(await guide.locator('html').getAttribute('lang'), 'tr');

  const refused = await openPage(env.browser);
  const blocked = new Promise((resolve) => refused.page.on('console', (message) => {
    if (/frame-ancestors/.test(message.text())) resolve(message.text());
  }));
  await refused.page.goto(env.stranger.origin);
  assert.match(await blocked, /frame-ancestors 'self' http:\/\/127\.0\.0\.1:\d+/);
  // The allowed frame above showed the guide within seconds; give the refused one as long.
  await new Promise((wait) => setTimeout(wait, 2000));
  assert.equal(await refused.page.frameLocator('#guide').locator('ul.symptoms').count(), 0, 'no guide in a foreign frame');
  await refused.context.close();
  await context.close();
});
