/*! CCHC statistics dashboard — embed.js: sizes the dashboard's iframes on a host page to their
 * content. No dependencies. Paste the iframe (it works at its fixed height without this script)
 * and this script tag; the script accepts height messages only from those iframes' windows and
 * only from the origin this script is served from, and clamps the height. */
(function () {
  'use strict';
  if (window.__cchcEmbed) return;
  window.__cchcEmbed = true;
  var TYPE = 'cchc-embed:height';
  var MIN = 80;
  var MAX = 6000;
  var script = document.currentScript;
  var origin = null;
  try { origin = new URL(script.src, location.href).origin; } catch (e) { return; }

  function ours(frame) {
    try { return new URL(frame.src, location.href).origin === origin; } catch (e) { return false; }
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || data.type !== TYPE || typeof data.height !== 'number' || !isFinite(data.height)) return;
    var frames = document.querySelectorAll('iframe[data-cchc-embed]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source || !ours(frame)) continue;
      var height = Math.max(MIN, Math.min(MAX, Math.ceil(data.height)));
      // Set here too: a portal whose Content-Security-Policy blocks the snippet's style attribute
      // still gets a frame without border that fits its column.
      frame.style.border = '0';
      frame.style.maxWidth = '100%';
      frame.style.height = height + 'px';
      frame.setAttribute('height', String(height));
      return;
    }
  });
})();
