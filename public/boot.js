// Starts Pôles: loads the wasm-bindgen glue and the wasm module that Trunk built (their hashed
// names are in this script tag's data attributes). A file rather than an inline script, so that
// a strict Content Security Policy needs no 'unsafe-inline'. If the app cannot start (old
// browser, blocked wasm, missing file), say so instead of leaving a blank page.
const boot = document.getElementById('poles-boot');
try {
  const glue = await import(boot.dataset.js);
  await glue.default({ module_or_path: boot.dataset.wasm });
} catch (error) {
  console.error('Pôles could not start:', error);
  const alert = document.createElement('p');
  alert.setAttribute('role', 'alert');
  alert.className = 'alert alert-error';
  alert.textContent = document.documentElement.lang === 'fr'
    ? 'La carte n’a pas pu démarrer dans ce navigateur. Rechargez la page ou essayez un navigateur récent.'
    : 'The map could not start in this browser. Reload the page or try an up-to-date browser.';
  document.body.append(alert);
}
