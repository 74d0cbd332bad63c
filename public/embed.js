/*! Cost of Free embed: <div data-cost-of-free data-locale="de" data-seller="ana"></div>
 * <script src="https://YOUR-SITE/embed.js" async></script>. No dependencies; see the README. */
(function (w, d) {
  var script = d.currentScript;
  if (!script) return;
  // The frame's origin is the one this file came from: messages from anywhere else are ignored.
  var origin = new URL(script.src, location.href).origin;
  var locales = { en: 'Self-assessment', de: 'Selbsttest', it: 'Autovalutazione', es: 'Autoevaluación' };
  var events = { started: 1, step: 1, completed: 1, lead: 1 };

  function mount(div) {
    if (div.cofFrame) return;
    var lang = (div.getAttribute('data-locale') || d.documentElement.lang || '')
      .slice(0, 2)
      .toLowerCase();
    if (!locales[lang]) lang = 'en';
    var query = new URLSearchParams();
    new URLSearchParams(location.search).forEach(function (value, key) {
      if (/^utm_(source|medium|campaign)$/.test(key)) query.set(key, value);
    });
    if (d.referrer) query.set('referrer', d.referrer);
    var seller = div.getAttribute('data-seller');
    if (seller) query.set('seller', seller);
    // The frame posts only to this origin, and only if the brand file allows it.
    query.set('host', location.origin);
    var frame = d.createElement('iframe');
    frame.src = origin + '/' + lang + '/embed?' + query;
    frame.title = div.getAttribute('data-title') || locales[lang];
    frame.style.cssText = 'display:block;width:100%;height:640px;border:0';
    div.cofFrame = frame;
    div.appendChild(frame);
  }

  function mountAll() {
    [].forEach.call(d.querySelectorAll('[data-cost-of-free]'), mount);
  }

  w.addEventListener('message', function (e) {
    var m = e.data;
    if (e.origin !== origin || !m || typeof m !== 'object') return;
    [].forEach.call(d.querySelectorAll('[data-cost-of-free]'), function (div) {
      var frame = div.cofFrame;
      if (!frame || e.source !== frame.contentWindow) return;
      if (m.type === 'cof:resize' && m.height > 0) {
        frame.style.height = Math.min(Math.ceil(m.height), 20000) + 'px';
      } else if (m.type === 'cof:event' && events[m.name] === 1) {
        // Only the event and the step number: never an answer or a contact detail.
        div.dispatchEvent(
          new CustomEvent('cof:' + m.name, {
            bubbles: true,
            detail: m.name === 'step' ? { step: Number(m.step) } : {},
          }),
        );
      }
    });
  });

  if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
})(window, document);
