// Sets up the shell of index.html (#poles-shell: the header and loading state painted before
// the wasm arrives) as the app will be: in the language the app will choose (`?lang=`, else
// the browser's, else English: src/app.rs), with its title and `theme=`, and with `?embed=1`
// in the embedded layout (with `plain=1`, without its slim bar) with its `accent=` colour
// (src/embed.rs). A classic blocking script first in <body>, so that this is done before the
// first paint (a file, not an inline script: the strict CSP). It reads the address as
// poles_model::ViewState does: the first of a repeated parameter, `Lang::from_code`, `embed=1`,
// `plain=1`, `theme`, `accent=#rrggbb` or `rrggbb`. Generated pages have their own body:
// neither the shell nor this script. See ARCHITECTURE.md, "The shell".
(() => {
  const root = document.documentElement;
  const params = new URLSearchParams(window.location.search);
  const lang = (code) => {
    const primary = (code ?? '').split(/[-_]/)[0].toLowerCase();
    return primary === 'en' || primary === 'fr' ? primary : null;
  };
  root.lang = lang(params.get('lang')) ?? lang(navigator.language) ?? 'en';
  // index.html's title is the English one (poles_model::pages::atlas_title).
  if (root.lang === 'fr') document.title = 'Pôles — les pôles de compétitivité français';
  if (params.get('embed') === '1') root.classList.add('embed');
  if (params.get('embed') === '1' && params.get('plain') === '1') root.classList.add('plain');
  // The theme asked for, and the scheme shown (`auto`: the system's): style/poles.css.
  const theme = params.get('theme');
  root.dataset.theme = theme === 'dark' || theme === 'auto' ? theme : 'light';
  const dark = theme === 'dark' || (theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  root.dataset.scheme = dark ? 'dark' : 'light';
  const accent = (params.get('accent') ?? '').replace(/^#?/, '#').toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(accent)) root.style.setProperty('--poles-accent', accent);
})();
