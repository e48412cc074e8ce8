/*! Pôles embed helper — MIT OR Apache-2.0. No dependencies.
 * 1. <poles-atlas sector="health" region="76"><a href="https://…/?sector=health&region=76">…</a></poles-atlas>
 *    <script src="https://…/embed.js" async></script>
 *    The element shows the atlas in an iframe (the link stays for readers without JavaScript).
 *    Attributes: sector, region, cluster, q, hist, at, view, lang (the view; changing one
 *    updates it in place); theme (light, dark, auto) and plain (1: no slim bar); height (fixed
 *    CSS pixels; without it the element follows the atlas's height); label (the frame's title,
 *    its name for screen readers); src (the atlas's address, with its own accent, tiles or data
 *    if any; by default where this script comes from). Methods: select(id),
 *    filter({sector, region, q}), reset().
 *    Events (CustomEvent, detail = the message): poles:ready, poles:view {query, address},
 *    poles:select {id}. The protocol's messages carry v: 1 (README, "Embedding").
 * 2. <iframe src="https://…/?embed=1" data-poles-embed …></iframe>: this script sizes the iframe
 *    ({type: "poles:resize", height}) and scrolls an opened card into view ({type: "poles:reveal", top}). */
(function () {
  'use strict';
  if (window.__polesEmbed) return;
  window.__polesEmbed = true;
  var VERSION = 1;
  var VIEW = ['sector', 'region', 'cluster', 'q', 'hist', 'at', 'view', 'lang'];
  var LOOK = ['theme', 'plain'];
  var script = document.currentScript;
  var home = script && script.src ? new URL('./', script.src).href : document.baseURI;

  // The frame a message comes from (an element's or a snippet's), if it has the frame's origin.
  function frameOf(event) {
    var frames = [].slice.call(document.querySelectorAll('iframe[data-poles-embed]'));
    [].forEach.call(document.querySelectorAll('poles-atlas'), function (e) { if (e.frame) frames.push(e.frame); });
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow !== event.source) continue;
      try { return new URL(frames[i].src, document.baseURI).origin === event.origin ? frames[i] : null; } catch (e) { return null; }
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data.type !== 'string' || data.type.indexOf('poles:') !== 0) return;
    var frame = frameOf(event);
    if (!frame) return;
    var element = frame.polesElement;
    if (data.type === 'poles:resize' && typeof data.height === 'number') {
      var height = Math.ceil(data.height);
      if (!(height > 0 && height < 100000) || (element && element.hasAttribute('height'))) return;
      frame.style.height = height + 'px';
      frame.setAttribute('data-poles-height', String(height));
    } else if (data.type === 'poles:reveal' && typeof data.top === 'number') {
      var top = frame.getBoundingClientRect().top + data.top;
      if (top < 0 || top > window.innerHeight - 48) window.scrollBy({ top: top - 16, behavior: 'smooth' });
    } else if (element && data.v === VERSION) {
      var detail = null;
      if (data.type === 'poles:ready') { element.ready = true; detail = {}; }
      if (data.type === 'poles:view' && typeof data.query === 'string' && typeof data.address === 'string') detail = { query: data.query, address: data.address };
      if (data.type === 'poles:select' && (data.id === null || typeof data.id === 'string')) detail = { id: data.id };
      if (detail) element.dispatchEvent(new CustomEvent(data.type, { detail: detail }));
    }
  });

  if (!window.customElements || customElements.get('poles-atlas')) return;
  customElements.define('poles-atlas', class extends HTMLElement {
    static get observedAttributes() { return VIEW.concat(LOOK, ['height', 'label', 'src']); }

    // The attributes `names` (the view's by default), as the atlas's query.
    query(names) {
      var params = new URLSearchParams();
      var self = this;
      (names || VIEW).forEach(function (name) {
        var value = self.getAttribute(name);
        if (value) params.set(name, value);
      });
      return params.toString().replace(/%2C/g, ',');
    }

    connectedCallback() {
      if (this.frame) return;
      var frame = this.frame = document.createElement('iframe');
      frame.polesElement = this;
      frame.setAttribute('loading', 'lazy');
      frame.style.border = '0';
      frame.style.width = '100%';
      frame.style.display = 'block';
      this.style.display = 'block';
      this.attachShadow({ mode: 'open' }).appendChild(frame);
      this.load();
    }

    // A new address for the frame: before it is ready (a command needs the atlas running), or
    // when the atlas's address changes.
    load() {
      this.ready = false;
      // The address's own parameters (accent, tiles, data) stay; the view is the attributes'.
      var address = new URL(this.getAttribute('src') || home, document.baseURI);
      var params = new URLSearchParams(address.search);
      VIEW.concat(LOOK, ['embed']).forEach(function (name) { params.delete(name); });
      var settings = params.toString();
      address.search = [this.query(), 'embed=1', this.query(LOOK), settings].filter(Boolean).join('&');
      address.hash = 'poles-host=' + encodeURIComponent(location.origin);
      this.frame.src = address.href;
      this.size();
    }

    size() {
      this.frame.title = this.getAttribute('label') || 'Map of the French competitiveness clusters (Pôles)';
      var height = Number.parseInt(this.getAttribute('height'), 10);
      this.frame.style.height = (height > 0 ? height : Number(this.frame.getAttribute('data-poles-height')) || 640) + 'px';
    }

    // The view of the attributes, to the running atlas, once for the changes of one task.
    send() {
      var self = this;
      if (!this.ready || this.sending) return;
      this.sending = true;
      Promise.resolve().then(function () {
        self.sending = false;
        var command = { type: 'poles:command', v: VERSION, command: 'view', query: self.query() };
        self.frame.contentWindow.postMessage(command, new URL(self.frame.src).origin);
      });
    }

    attributeChangedCallback(name) {
      if (!this.frame) return;
      if (name === 'src' || LOOK.indexOf(name) >= 0) this.load();
      else if (name === 'height' || name === 'label') this.size();
      else if (this.ready) this.send();
      else this.load();
    }

    select(id) { this.put('cluster', id); }

    filter(view) {
      var self = this;
      ['sector', 'region', 'q'].forEach(function (name) {
        if (view && name in view) self.put(name, Array.isArray(view[name]) ? view[name].join(',') : view[name]);
      });
    }

    reset() { var self = this; ['sector', 'region', 'q', 'cluster'].forEach(function (name) { self.put(name, null); }); }

    put(name, value) {
      if (value === null || value === undefined || value === '') this.removeAttribute(name);
      else this.setAttribute(name, String(value));
    }
  });
})();
