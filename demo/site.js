// The demo school site's own script: the bvi plugin and the demo's stand-in for the district's
// consultation receiver. A classic script, as CMS themes include theirs.

// bvi writes its cookies with `domain=<location.host>`. With a port in the host
// (localhost:5173) the browser drops them and the button does nothing; on a real school site
// (no port) the plugin works unchanged. For the demo, cookie writes lose that one attribute.
if (location.port) {
  const native = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => native.get.call(document),
    set: (value) =>
      native.set.call(document, String(value).replace(`;domain=${location.host}`, '')),
  });
}

addEventListener('DOMContentLoaded', () => {
  new window.isvek.Bvi({ speech: false });
});

// The sample feed names the district's fictional site; sw.js stands in for it (the form's POST
// goes to the local packages/inbox that `npm run demo` starts; covers are placeholders).
if (navigator.serviceWorker) {
  // On the very first visit the page loaded before the worker: load it again under the worker.
  if (!navigator.serviceWorker.controller)
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
      once: true,
    });
  navigator.serviceWorker.register('./sw.js').catch((error) => {
    console.warn('[demo] the consultation form will not reach the local inbox:', error);
  });
}
