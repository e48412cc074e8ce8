// Sets up the shell of index.html (#poles-shell: the header and loading state painted before
// the wasm arrives) as the app will be: in the language the app will choose (`?lang=`, else
// the browser's first it speaks, else English: src/app.rs), with its title, `theme=`, `?embed=1`
// in the embedded layout (with `plain=1`, without its slim bar) with its `accent=` colour
// (src/embed.rs). A classic blocking script first in <body>, so that this is done before the
// first paint (a file, not an inline script: the strict CSP). It reads the address as
// poles_model::ViewState does: the first of a repeated parameter, `Language::from_code`, `embed=1`,
// `plain=1`, `theme`, `accent=#rrggbb` or `rrggbb`. Generated pages have their own body:
// neither the shell nor this script. See ARCHITECTURE.md, "The shell".
(() => {
  const root = document.documentElement;
  const params = new URLSearchParams(window.location.search);
  // The title in each language (`cargo xtask catalogue` checks them).
  const titles = {
    en: 'Pôles — French competitiveness clusters',
    fr: 'Pôles — les pôles de compétitivité français',
    de: 'Pôles – die französischen Wettbewerbscluster',
    es: 'Pôles — polos de competitividad franceses',
    it: 'Pôles — i poli di competitività francesi',
    ja: 'Pôles — フランスの競争力拠点',
    zh: 'Pôles — 法国竞争力集群',
  };
  const lang = (code) => {
    const primary = (code ?? '').split(/[-_]/)[0].toLowerCase();
    return Object.hasOwn(titles, primary) ? primary : null;
  };
  root.lang = lang(params.get('lang')) ?? (navigator.languages ?? [navigator.language]).map(lang).find(Boolean) ?? 'en';
  root.dir = 'ltr';
  document.title = titles[root.lang];
  if (params.get('embed') === '1') root.classList.add('embed');
  if (params.get('embed') === '1' && params.get('plain') === '1') root.classList.add('plain');
  // The theme asked for, and the scheme shown (`auto`: the system's): style/poles.css.
  const theme = params.get('theme');
  root.dataset.theme = theme === 'dark' || theme === 'auto' ? theme : 'light';
  const dark = theme === 'dark' || (theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  root.dataset.scheme = dark ? 'dark' : 'light';
  const accent = (params.get('accent') ?? '').replace(/^#?/, '#').toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(accent)) root.style.setProperty('--poles-accent', accent);
  // The first view (the default view as HTML, written by the build: ARCHITECTURE.md, "The
  // shell") shows only where it is true: the address asks for nothing but the language and
  // the colours, outside the embedded layout, and today (the visitor's clock, as the app's)
  // is in its span of days; elsewhere the loading frames show (html.no-first-view).
  const span = document.querySelector('meta[name="poles-first-view"]')?.content.split(' ') ?? [];
  const day = new Date();
  const today = [day.getFullYear(), day.getMonth() + 1, day.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  const plain = [...params.keys()].every((key) => key === 'lang' || key === 'theme' || key === 'accent');
  if (!(plain && span.length === 2 && span[0] <= today && today < span[1])) root.classList.add('no-first-view');
})();
