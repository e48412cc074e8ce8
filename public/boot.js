// Starts Pôles: loads the wasm-bindgen glue and the wasm module that Trunk built (their hashed
// names are in this script tag's data attributes). A file, not an inline script, so that a
// strict CSP needs no 'unsafe-inline'; if the app cannot start, it says so (no blank page).
// A classic async script first in <head> (Trunk.toml). It asks for the glue, the wasm, the
// dataset (unless ?data= names another) and the region outlines at once (and the texts of the
// language, src/main.rs), the data exactly as the app fetches them, then starts the app once the
// page is parsed (Leaflet's deferred scripts run by then). When it asks depends on the page: on
// index.html with its first view, at once; elsewhere once the page is parsed and painted (the
// shell of index.html, or a generated page's content), so that until that paint the connection
// carries only what the paint needs. Each data preload <link> is removed when the app's fetch
// takes it over: a link left in the page keeps a pending download alive, and Chromium would
// hand it to the app's Retry after a timeout. See ARCHITECTURE.md, "First load".
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

  // The map's pictures and the printed brief's map (public/pictures.js), loaded by their first
  // use, never by a first visit: the app calls `polesPictures(action, ...arguments)`
  // (src/picture.rs). Beside this script, as Trunk copies them. Without the module, Print
  // still prints: the brief without its map, as the browser's menu does.
  const pictures = new URL('pictures.js', boot.src).href;
  window.polesPictures = (action, ...args) => import(pictures).then(
    (module) => module[action](...args),
    (error) => {
      console.error('Pôles: the picture module could not load', error);
      if (action === 'print') window.print();
    },
  );

  /** Resolves once the page is parsed (Leaflet's deferred scripts run, the shell in place). */
  const parsed = new Promise((resolve) => {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', resolve, { once: true });
    else resolve();
  });

  const fail = async (error) => {
    // Asked for early, the app may fail before the shell it replaces is parsed.
    await parsed;
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
      // Asked for before the page is parsed (the first view's case, below): the app starts
      // once it is.
      await parsed;
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
  // at once, without waiting for the paint or the parser (measured on a phone-like load: the
  // first chip click in effect 0.5 s sooner, the first paint unchanged; Lighthouse's simulated
  // LCP counts the wasm against it: docs/performance.md, "Fetching early again"). The first
  // view's page is index.html (its `<meta name="poles-first-view">`, in the `<head>` already
  // parsed when this runs, or this waits for the parser) at an address that asks only for the
  // language and the colours (the test of public/shell.js, which shows it there if today is in
  // its span).
  // Otherwise, once parsed: at once with the first view shown, else after the paint.
  const firstView = () => document.querySelector('#poles-shell .first-view') !== null
    && !document.documentElement.classList.contains('no-first-view');
  const plain = [...new URLSearchParams(window.location.search).keys()]
    .every((key) => key === 'lang' || key === 'theme' || key === 'accent');
  const whenParsed = () => (firstView() ? start() : startWhenPainted());
  if (document.readyState === 'loading' && plain && document.querySelector('meta[name="poles-first-view"]')) {
    start();
  } else {
    parsed.then(whenParsed);
  }
})();
