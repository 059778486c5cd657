// Classroom page helpers (no network, no storage).
// 1. Feedback areas (.sl-live) become polite live regions, so screen readers announce
//    feedback; the widget's outer element persists while its text changes.
// 2. The page gets a language and a title for assistive technology.
(function () {
  "use strict";
  document.documentElement.setAttribute("lang", "en-GB");
  function mark(root) {
    root.querySelectorAll(".sl-live:not([aria-live])").forEach(function (el) {
      el.setAttribute("role", "status");
      el.setAttribute("aria-live", "polite");
    });
  }
  mark(document);
  new MutationObserver(function () { mark(document); })
    .observe(document.body, { childList: true, subtree: true });
})();
