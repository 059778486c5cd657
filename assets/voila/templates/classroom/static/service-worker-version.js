// The static site only (Voici): JupyterLite's service worker is registered once per browser.
//
// JupyterLite stores the site's version beside its service worker (localStorage,
// "<worker URL>-version") only on a page that worker already controls, and a controlled page
// that finds no version unregisters every worker and registers it again. So the second lesson
// page a pupil opened did that ("New version, unregistering existing service workers") while
// its Python started. On the page that registers the worker (no controller yet), this stores
// the version once the worker is active, as JupyterLite stores it on every later page; a site
// built again with another JupyterLite still replaces its worker. Nothing a pupil does is kept.
(function () {
  "use strict";
  var workers = navigator.serviceWorker;
  if (!workers || workers.controller) { return; }  // a controlled page: JupyterLite checks and stores it
  workers.ready.then(function (registration) {
    var config = document.getElementById("jupyter-config-data");  // parsed by now: the worker is active
    var version = config ? JSON.parse(config.textContent).appVersion : null;
    var key = registration.active ? registration.active.scriptURL + "-version" : null;
    if (version && key && localStorage.getItem(key) === null) { localStorage.setItem(key, version); }
  });
})();
