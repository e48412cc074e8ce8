// Starts Pôles: loads the wasm-bindgen glue and the wasm module that Trunk built (their hashed
// names are in this script tag's data attributes). A file, not an inline script, so that a
// strict CSP needs no 'unsafe-inline'; if the app cannot start, it says so (no blank page).
// A classic async script first in <head> (Trunk.toml). Once the page is parsed (and Leaflet's
// deferred scripts have run) and painted (the shell of index.html, or a generated page's content; with the
// first view of index.html shown, once parsed), it asks for
// the glue, the wasm, the dataset (unless ?data= names another) and the region outlines at
// once (and the texts of the language, src/main.rs), the data exactly as the app fetches them,
// and starts the app: until that first paint the connection carries only what the paint needs. Each data preload <link> is removed when
// the app's fetch takes it over: a link left in the page keeps a pending download alive, and
// Chromium would hand it to the app's Retry after a timeout. See ARCHITECTURE.md.
(() => {
  const boot = document.currentScript ?? document.getElementById('poles-boot');
  /** Preload links not yet taken over, by absolute address. */
  const waiting = new Map();
  const preload = (href) => {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = href;
    document.head.append(link);
    waiting.set(link.href, link);
  };
  const fetch = window.fetch;
  const takeOver = function (input, init) {
    const response = fetch.call(this, input, init); // takes the preload over, synchronously
    const link = waiting.get(input instanceof Request ? input.url : new URL(String(input), document.baseURI).href);
    if (link) {
      waiting.delete(link.href);
      link.remove();
      if (waiting.size === 0) window.fetch = fetch;
    }
    return response;
  };

  const fail = (error) => {
    console.error('Pôles could not start:', error);
    const alert = document.createElement('p');
    alert.setAttribute('role', 'alert');
    alert.className = 'alert alert-error';
    // In each language (`cargo xtask catalogue` checks them against the catalogue).
    const messages = {
      en: 'The map could not start in this browser. Reload the page or try an up-to-date browser.',
      fr: 'La carte n’a pas pu démarrer dans ce navigateur. Rechargez la page ou essayez un navigateur récent.',
      de: 'Die Karte konnte in diesem Browser nicht gestartet werden. Bitte laden Sie die Seite neu oder verwenden Sie einen aktuellen Browser.',
      es: 'El mapa no se ha podido iniciar en este navegador. Es necesario recargar la página o usar un navegador actualizado.',
      it: 'Non è stato possibile avviare la mappa in questo browser. Ricaricare la pagina o usare un browser aggiornato.',
      ja: 'このブラウザーでは地図を起動できませんでした。ページを再読み込みするか、最新のブラウザーをお使いください。',
      zh: '地图无法在此浏览器中启动。请重新加载页面，或使用最新版本的浏览器。',
    };
    alert.textContent = messages[document.documentElement.lang] ?? messages.en;
    // On the atlas, in place of the shell's loading state (index.html), under its title, in
    // its language (public/shell.js); its tools go, since nothing will make them work.
    const shell = document.getElementById('poles-shell');
    if (shell) {
      shell.querySelector('.header-tools')?.remove();
      shell.querySelector('main').replaceChildren(alert);
    } else {
      document.body.append(alert);
    }
  };
  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    // The same relative addresses as the app (src/load.rs), so they resolve the same way.
    if (!new URLSearchParams(window.location.search).has('data')) preload('data/clusters.json');
    preload('data/regions.geojson');
    // The texts of the language painted, unless English, which the wasm holds (src/load.rs).
    const lang = document.documentElement.lang;
    if (/^(fr|de|es|it|ja|zh)$/.test(lang)) preload(`i18n/${lang}.json`);
    window.fetch = takeOver;
    try {
      const wasm = fetch(boot.dataset.wasm);
      const glue = await import(boot.dataset.js);
      await glue.default({ module_or_path: wasm });
    } catch (error) {
      fail(error);
    }
  };
  // After the first contentful paint (as the Paint Timing API reports it: once it is on
  // screen), or at once in a hidden tab (it paints nothing until shown), or after 3 s whatever
  // happens.
  const startWhenPainted = () => {
    const hidden = () => document.visibilityState === 'hidden';
    if (hidden()) {
      start();
      return;
    }
    document.addEventListener('visibilitychange', () => { if (hidden()) start(); });
    setTimeout(start, 3000);
    if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
      new PerformanceObserver((list, observer) => {
        if (list.getEntriesByName('first-contentful-paint').length > 0) {
          observer.disconnect();
          start();
        }
      }).observe({ type: 'paint', buffered: true });
    } else {
      requestAnimationFrame(() => setTimeout(start, 0));
    }
  };
  // With index.html's first view shown, the page's content is its HTML: the app is asked for
  // once the page is parsed, without waiting for the paint (measured: the atlas ready 59 ms
  // sooner on a desktop, the same on a phone-like load, the first paint unchanged;
  // docs/performance.md, "The first view").
  const firstView = () => document.querySelector('#poles-shell .first-view') !== null
    && !document.documentElement.classList.contains('no-first-view');
  const whenParsed = () => (firstView() ? start() : startWhenPainted());
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', whenParsed, { once: true });
  } else {
    whenParsed();
  }
})();
