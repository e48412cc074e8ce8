/*! Pôles embed helper — MIT OR Apache-2.0. No dependencies.
 * Include it once in a page that embeds Pôles in an iframe carrying `data-poles-embed`:
 *   <iframe src="https://…/?embed=1" data-poles-embed …></iframe>
 *   <script src="https://…/embed.js" async></script>
 * The embedded app posts {type: "poles:resize", height} whenever its content height changes
 * (this script sets the height of the iframe the message came from), and
 * {type: "poles:reveal", top} when it opens a card (this script scrolls that point into view). */
(function () {
  'use strict';
  if (window.__polesEmbed) return;
  window.__polesEmbed = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || (data.type !== 'poles:resize' && data.type !== 'poles:reveal')) return;
    var frames = document.querySelectorAll('iframe[data-poles-embed]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try { origin = new URL(frame.src, document.baseURI).origin; } catch (e) { return; }
      if (origin !== event.origin) return;
      if (data.type === 'poles:resize' && typeof data.height === 'number') {
        var height = Math.ceil(data.height);
        if (!(height > 0 && height < 100000)) return;
        frame.style.height = height + 'px';
        frame.setAttribute('data-poles-height', String(height));
      } else if (data.type === 'poles:reveal' && typeof data.top === 'number') {
        var top = frame.getBoundingClientRect().top + data.top;
        if (top < 0 || top > window.innerHeight - 48) {
          window.scrollBy({ top: top - 16, behavior: 'smooth' });
        }
      }
      return;
    }
  });
})();
