// The classroom page around a lesson. No network requests, no storage: display choices last
// until the page is reloaded, like everything else in a lesson.
//
// - Feedback areas (.sl-live) become polite live regions, so screen readers announce them.
// - A toolbar: back to all lessons, bigger text, easy-read font, high contrast, print.
// - Steps: a lesson is split at its h1/h2 headings. Pupils scroll one page with a
//   "Step n of N" bar and Back/Next; teachers (?mode=teacher) see one step at a time, in
//   large type, with the teacher notes (Markdown cells tagged `teacher`) shown.
// Every word it shows is from words/<language>.yaml, written into the page by the template
// (#sl-page-words): without them (a page not served by safety-lessons) there is no toolbar.
(function () {
  "use strict";
  var doc = document.documentElement;
  var data = document.getElementById("sl-page-words");
  var page = data ? JSON.parse(data.textContent) : null;
  function say(key, values) {
    return page.words[key].replace(/\{([a-z-]+)\}/g, function (whole, name) {
      return values && Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole;
    });
  }
  var params = new URLSearchParams(window.location.search);
  // The static site (build-static) has no query strings: teacher views live under lessons/teacher/,
  // in a site of their own inside the pupils' site (its teacher/ folder, which a school may put
  // behind its staff login).
  var STATIC = "/voici/render/lessons/";
  var TEACHER_VIEWS = STATIC + "teacher/";
  var path = window.location.pathname;
  var staticSite = path.indexOf(STATIC) >= 0;
  var teacher = staticSite ? path.indexOf(TEACHER_VIEWS) >= 0 : params.get("mode") === "teacher";
  if (page) { doc.setAttribute("lang", page.lang); }
  doc.classList.add(teacher ? "sl-mode-teacher" : "sl-mode-pupil");

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text) { node.textContent = text; }
    return node;
  }

  // 1. Live regions, also for widgets that render later.
  function markLive(root) {
    root.querySelectorAll(".sl-live:not([aria-live])").forEach(function (node) {
      node.setAttribute("role", "status");
      node.setAttribute("aria-live", "polite");
    });
  }
  markLive(document);
  new MutationObserver(function () { markLive(document); })
    .observe(document.body, { childList: true, subtree: true });

  var cells = document.getElementById("rendered_cells");
  if (!cells || !page) { return; }

  // 2. Toolbar.
  var baseUrl = staticSite ? path.slice(0, path.indexOf(STATIC)) + "/"
    : (document.body.getAttribute("data-base-url") || "/voila/").replace(/voila\/$/, "");
  // Where the pupils' pages and the take-home sheets are: the static teacher site's parent folder.
  var siteUrl = staticSite && teacher ? baseUrl.replace(/teacher\/$/, "") : baseUrl;
  var bar = el("header", { "class": "sl-toolbar", "aria-label": say("lesson-tools") });
  var home = el("a", { "class": "sl-home", href: baseUrl }, say("all-lessons"));
  bar.appendChild(home);
  if (teacher) {
    bar.appendChild(el("span", { "class": "sl-mode-badge" }, say("teacher-view")));
    // Only a teacher's copy of a lesson carries its sign-off note (pages.lesson_copies).
    if (page.signoff) { bar.appendChild(el("span", { "class": "sl-signoff-badge" }, page.signoff)); }
    var pupilUrl = new URL(window.location.href);
    pupilUrl.searchParams.delete("mode");
    if (staticSite) {
      pupilUrl.pathname = siteUrl + STATIC.slice(1) + path.slice(path.indexOf(TEACHER_VIEWS) + TEACHER_VIEWS.length);
    }
    bar.appendChild(el("a", { "class": "sl-switch", href: pupilUrl.toString() }, say("pupil-view")));
  }
  var options = el("div", { "class": "sl-options", role: "group", "aria-label": say("display") });
  [["sl-big-text", say("bigger-text")], ["sl-easy-font", say("easy-read-font")],
   ["sl-high-contrast", say("high-contrast")]].forEach(function (option) {
    var button = el("button", { type: "button", "aria-pressed": "false", "class": "sl-option" }, option[1]);
    button.addEventListener("click", function () {
      var on = doc.classList.toggle(option[0]);
      button.setAttribute("aria-pressed", on ? "true" : "false");
    });
    options.appendChild(button);
  });
  var print = el("button", { type: "button", "class": "sl-option" }, say("print"));
  print.addEventListener("click", function () { window.print(); });
  options.appendChild(print);
  bar.appendChild(options);
  document.body.insertBefore(bar, document.body.firstChild);

  // Keyboard focus is never left under the toolbar or the steps bar (WCAG 2.4.11).
  document.addEventListener("focusin", function (event) {
    var target = event.target;
    if (!bar.isConnected) { return; }  // a lesson that took this page's place has its own (lesson-swap.js)
    if (!(target instanceof Element) || target.closest(".sl-toolbar, .sl-steps")) { return; }
    var box = target.getBoundingClientRect();
    var top = bar.getBoundingClientRect().bottom;
    var steps = document.querySelector(".sl-steps");
    var bottom = steps ? steps.getBoundingClientRect().top : window.innerHeight;
    if (box.bottom > bottom) { window.scrollBy(0, box.bottom - bottom + 16); }
    else if (box.top < top) { window.scrollBy(0, box.top - top - 16); }
  });

  // 3. Steps: each starts at a cell whose Markdown has an h1 or h2.
  var wrappers = Array.prototype.slice.call(cells.querySelectorAll("[cell-index]"));
  // The lesson ends with a link to its take-home page for families (pages.take_home_path).
  if (page.take_home && wrappers.length) {
    var takeHome = el("p", { "class": "sl-take-home" });
    takeHome.appendChild(el("a", { href: siteUrl + page.take_home }, say("take-home-link")));
    wrappers[wrappers.length - 1].appendChild(takeHome);
  }
  var steps = [];
  wrappers.forEach(function (wrapper) {
    var heading = wrapper.querySelector(".jp-RenderedMarkdown h1, .jp-RenderedMarkdown h2");
    var isTeacherNote = wrapper.querySelector(".celltag_teacher") !== null;
    if (isTeacherNote) { wrapper.classList.add("sl-teacher-note"); }
    var last = steps[steps.length - 1];
    if (!last || (heading && !isTeacherNote && last.pupilCells > 0)) {
      last = { heading: null, cells: [], pupilCells: 0 };
      steps.push(last);
    }
    if (heading && !isTeacherNote && !last.heading) { last.heading = heading; }
    if (!isTeacherNote) { last.pupilCells += 1; }
    last.cells.push(wrapper);
    wrapper.classList.add("sl-step-cell");
  });
  if (steps.length < 2) { return; }
  steps.forEach(function (step, i) {
    step.cells.forEach(function (c) { c.setAttribute("data-sl-step", String(i)); });
    if (step.heading) { step.heading.setAttribute("tabindex", "-1"); }
  });

  // The teacher view hides the step that holds the lesson's title (its h1); meanwhile the toolbar
  // names the lesson as the page's level-one heading, for screen-reader navigation.
  var ownTitle = teacher ? cells.querySelector(".jp-RenderedMarkdown h1") : null;
  var barTitle = null;
  if (ownTitle) {
    barTitle = el("h1", { "class": "sl-lesson-title" }, ownTitle.textContent.replace(/¶$/, "").trim());
    bar.insertBefore(barTitle, options);
  }

  var nav = el("nav", { "class": "sl-steps", "aria-label": say("lesson-steps") });
  var back = el("button", { type: "button", "class": "sl-step-back" }, say("back"));
  var next = el("button", { type: "button", "class": "sl-step-next" }, say("next"));
  var where = el("p", { "class": "sl-step-where", "aria-live": "polite" });
  var meter = el("progress", { max: String(steps.length), value: "1", "aria-label": say("lesson-progress") });
  nav.appendChild(back);
  nav.appendChild(where);
  nav.appendChild(meter);
  nav.appendChild(next);
  document.body.appendChild(nav);

  var current = 0;
  var smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  function title(i) {
    return steps[i].heading ? steps[i].heading.textContent.replace(/¶$/, "").trim() : "";
  }

  function show(i, moveFocus) {
    current = Math.max(0, Math.min(steps.length - 1, i));
    where.textContent = say("step-where", { n: current + 1, total: steps.length, title: title(current) });
    meter.value = current + 1;
    back.disabled = current === 0;
    next.disabled = current === steps.length - 1;
    if (teacher) {
      wrappers.forEach(function (c) {
        c.hidden = c.getAttribute("data-sl-step") !== String(current);
      });
      if (barTitle) { barTitle.hidden = !ownTitle.closest("[data-sl-step]").hidden; }
    }
    if (moveFocus) {
      var target = steps[current].heading || steps[current].cells[0];
      // Focus first: the focus guard above may scroll at once, which would cut a smooth scroll short.
      if (steps[current].heading) { steps[current].heading.focus({ preventScroll: true }); }
      if (teacher) { window.scrollTo(0, 0); } else {
        target.scrollIntoView({ behavior: smooth ? "smooth" : "auto", block: "start" });
      }
    }
  }
  back.addEventListener("click", function () { show(current - 1, true); });
  next.addEventListener("click", function () { show(current + 1, true); });

  if (!teacher) {
    // Pupils scroll: the bar follows the step whose start is above the top third of the window.
    var pending = false;
    document.addEventListener("scroll", function () {
      if (pending || !nav.isConnected) { return; }
      pending = true;
      window.requestAnimationFrame(function () {
        pending = false;
        var line = window.innerHeight / 3;
        var reading = 0;
        steps.forEach(function (step, i) {
          if (step.cells[0].getBoundingClientRect().top <= line) { reading = i; }
        });
        if (steps[0].cells[0].getBoundingClientRect().top >= 0) { reading = 0; }
        if (reading !== current) { show(reading, false); }
      });
    }, { passive: true, capture: true });
  }
  show(0, false);
})();
