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
// The first view's sector chips work before the app (issue 24): a click presses a chip as the
// app's do (src/components/filters.rs), records the view in the address as the app would (the
// app reads it when it starts, or follows it once started: `popstate`), and shows the first
// view of those sectors: the clusters with any of them, in the list and on the maps; the
// regions shaded by the clusters shown in each, in the classes of poles_model's
// `Classes::for_max`; the counts in the forms the build wrote (xtask/src/render/first_view.rs).
// Back and Forward do the same until the app takes the first view's place.
(() => {
  const sectorsIn = (query) => (new URLSearchParams(query).get('sector') ?? '').split(',').filter(Boolean);
  const show = (pressed) => {
    const view = document.querySelector('#poles-shell .first-view');
    if (!view) return;
    for (const chip of document.querySelectorAll('.first-chips .chip')) {
      const id = chip.dataset.sector;
      chip.setAttribute('aria-pressed', String(id === undefined ? pressed.length === 0 : pressed.includes(id)));
    }
    const shown = (el) => pressed.length === 0 || el.dataset.s.split(' ').some((id) => pressed.includes(id));
    const inRegion = new Map();
    let n = 0;
    let unconfirmed = 0;
    for (const row of view.querySelectorAll('.cluster-item')) {
      if (row.classList.toggle('out', !shown(row))) continue;
      n += 1;
      if (row.hasAttribute('data-u')) unconfirmed += 1;
      for (const code of row.dataset.r.split(' ')) inRegion.set(code, (inRegion.get(code) ?? 0) + 1);
    }
    for (const map of view.querySelectorAll('.first-map-svg')) {
      const marks = [...map.querySelectorAll('.marks')].filter((mark) => !mark.classList.toggle('out', !shown(mark)));
      map.querySelector('.marks-under').setAttribute('d', marks.map((mark) => mark.getAttribute('d')).join(''));
    }
    const max = Math.max(0, ...inRegion.values());
    const upper = max <= 4 ? [1, 2, 3, 4].slice(0, max) : [1, 2, 3, 4].map((k) => Math.ceil((k * max) / 4));
    for (const region of view.querySelectorAll('.first-region')) {
      const count = inRegion.get(region.dataset.r) ?? 0;
      const shade = count === 0 ? 0 : 1 + upper.findIndex((top) => count <= top);
      region.setAttribute('class', `first-region choropleth-${shade}`);
    }
    const say = (texts, count) => {
      for (const text of texts) {
        const one = new Intl.PluralRules(text.dataset.lang).select(count) === 'one' && text.dataset.one;
        text.textContent = (one || text.dataset.other).replace('{n}', String(count));
      }
    };
    say(view.querySelectorAll('.count [data-other]'), n);
    const notice = view.querySelector('.notice-unconfirmed');
    notice?.classList.toggle('out', unconfirmed === 0);
    if (notice) say(notice.querySelectorAll('[data-other]'), unconfirmed);
  };
  document.addEventListener('click', (event) => {
    const chip = event.target.closest?.('.first-chips .chip');
    if (!chip || !document.querySelector('#poles-shell .first-view')) return;
    const id = chip.dataset.sector;
    const before = sectorsIn(window.location.search);
    const pressed = id === undefined ? [] : before.includes(id) ? before.filter((x) => x !== id) : [...before, id];
    if (pressed.join() === before.join()) return;
    const params = new URLSearchParams(window.location.search);
    params.delete('sector');
    const query = [pressed.length ? `sector=${pressed.join(',')}` : '', params.toString()].filter(Boolean).join('&');
    window.history.pushState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  window.addEventListener('popstate', () => show(sectorsIn(window.location.search)));
})();
