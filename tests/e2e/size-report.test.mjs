// The size gate's own script: it must count each locale's strings and largest body, and refuse a build that
// lacks them instead of passing on a shell-only total.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fake dist with the given files (name → size in bytes of incompressible-ish text). */
function fakeDist(files) {
  const dir = mkdtempSync(join(tmpdir(), 'size-report-'));
  let seed = 1;
  for (const [name, size] of Object.entries(files)) {
    let text = '';
    while (text.length < size) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      text += seed.toString(36);
    }
    writeFileSync(join(dir, name), text.slice(0, size));
  }
  return dir;
}

const report = (dir, ...args) => spawnSync(process.execPath, ['scripts/size-report.mjs', dir, ...args], { encoding: 'utf8' });
const total = (output, locale) => Number(output.match(new RegExp(`first-load gzip \\(${locale}\\) (\\d+) bytes`))[1]);

const SHELL = { 'index.html': 2000, 'app.js': 3000, 'app_bg.wasm': 20000, 'style.css': 1000 };

test('the first load counts shell, the locale\'s strings and its largest body; the budget fails when over', { timeout: 30_000 }, () => {
  const dir = fakeDist({
    ...SHELL,
    'strings-en-0123456789abcdef.txt': 4000,
    'bodies-en-0000000000000001.txt': 500,
    'bodies-en-0000000000000002.txt': 3000,
    'strings-tr-0123456789abcdef.txt': 5000,
    'bodies-tr-0000000000000001.txt': 700,
    'sw.js': 9000,
  });
  try {
    const within = report(dir, '--budget', '1000000');
    assert.equal(within.status, 0, within.stderr);
    const en = total(within.stdout, 'en');
    const tr = total(within.stdout, 'tr');
    assert.ok(en > 0 && tr > 0);
    const over = report(dir, '--budget', String(Math.min(en, tr) - 1));
    assert.equal(over.status, 1, 'over the budget fails');
    assert.match(over.stdout, /OVER/);
    // sw.js is not part of the first load; a larger body is.
    const biggerBody = fakeDist({ ...SHELL, 'strings-en-0123456789abcdef.txt': 4000, 'bodies-en-0000000000000001.txt': 500,
      'bodies-en-0000000000000002.txt': 6000 });
    try {
      assert.ok(total(report(biggerBody, '--budget', '1000000').stdout, 'en') > en, 'the largest body counts');
    } finally {
      rmSync(biggerBody, { recursive: true, force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a build without per-locale files or without a locale\'s bodies is refused, not measured', { timeout: 30_000 }, () => {
  for (const files of [
    SHELL,
    { ...SHELL, 'strings-en-0123456789abcdef.txt': 4000, 'strings-tr-0123456789abcdef.txt': 4000,
      'bodies-en-0000000000000001.txt': 500 },
  ]) {
    const dir = fakeDist(files);
    try {
      const result = report(dir, '--budget', '1000000');
      assert.equal(result.status, 2, result.stdout);
      assert.match(result.stderr, /not a complete web build/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
});
