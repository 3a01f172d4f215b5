// Embed mode: loaded by the app only when the page's own query has `embed=1` (the guide inside a wiki's iframe;
// the app has already hidden the site chrome). Links that leave the guide open in a new tab, and the page tells
// its parent how tall it is, so the wiki can size the iframe (see docs/embedding.md). Not part of the first load.
(() => {
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // The height is all it says: any wiki may listen.
    window.parent.postMessage({ type: 'acr-net-guide:height', height }, '*');
  };
  new ResizeObserver(post).observe(document.body);
  window.addEventListener('hashchange', post);
  post();

  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!link || link.getAttribute('href').startsWith('#') || link.hasAttribute('download')) return;
    link.target = '_blank';
    link.rel = 'noopener';
  }, true);
})();
