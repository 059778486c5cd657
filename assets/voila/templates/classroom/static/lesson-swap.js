// The static site built with `build-static --swap-lessons`: one page keeps its Python.
//
// Starting Python in the browser is most of a lesson's wait, and every page starts its own. Here
// "All lessons" shows the site's list in this page, and a lesson chosen there (of this site:
// pupils' pages from a pupil's, teacher views from a teacher's) takes this lesson's place: its
// page is fetched, its cells, words, toolbar and steps replace these, and its cells run in this
// page's kernel (safety_lessons.swap closes the lesson shown first). The address changes as a
// navigation's would, so reload, back and forward work. Anything else (a take-home sheet, the
// other view), a click before Python is ready, or a lesson that fails to run here opens as an
// ordinary page. Outputs drawn: widgets and HTML (what lessons show); nothing is stored.
(function () {
  "use strict";
  var LESSONS = "/voici/render/lessons/";
  var WIDGET = "application/vnd.jupyter.widget-view+json";
  var LIST_CSS = "sl-swap-list-css";
  var start = window.location.pathname;
  var at = start.indexOf(LESSONS);
  if (at < 0) { return; }
  var teacherViews = start.indexOf(LESSONS + "teacher/", at) === at;
  var prefix = start.slice(0, at + LESSONS.length) + (teacherViews ? "teacher/" : "");
  var busy = false;
  var again = false;  // the address changed (back, forward) while a lesson or the list was opening
  var current = start;  // the path of the lesson or list shown
  var shell = null;  // Voici's shell (a Lumino widget, its node #main) and the cells' node in it
  var shellCells = null;

  function isLesson(url) {
    return url.origin === window.location.origin && url.pathname.indexOf(prefix) === 0 && /\.html$/.test(url.pathname);
  }

  function manager() {
    var app = window.jupyterapp;  // Voici's application, set once the first lesson's cells ran
    return app && app.widgetManager && app.widgetManager.kernel ? app.widgetManager : null;
  }

  async function fetchPage(url) {
    var answer = await fetch(url.href);
    if (!answer.ok) { throw new Error(answer.status + " " + url.pathname); }
    return new DOMParser().parseFromString(await answer.text(), "text/html");
  }

  // A body parsed from another page, put in place of this one's; its inline scripts run as they
  // would have there (the classroom toolbar and steps, read aloud), its script files do not
  // (Voici's application: this page's is running). A lesson's cells go where Voici put this
  // page's, in its shell (whose theme the widgets' styles use), hidden until they have run.
  function replaceBody(next) {
    var body = document.adoptNode(next.body);
    body.querySelectorAll("script[src]").forEach(function (script) { script.remove(); });
    if (!shell) {
      shellCells = document.getElementById("rendered_cells");
      shell = shellCells ? shellCells.closest("#main") : null;
    }
    var cells = body.querySelector("#rendered_cells");
    if (cells && shell) {
      shellCells.replaceChildren.apply(shellCells, Array.prototype.slice.call(cells.childNodes));
      shellCells.style.display = "none";
      cells.replaceWith(shell);
    }
    Array.prototype.slice.call(document.documentElement.classList).forEach(function (name) {
      if (name.indexOf("sl-") === 0) { document.documentElement.classList.remove(name); }  // classroom.js sets them again
    });
    document.title = next.title;
    if (window.speechSynthesis) { window.speechSynthesis.cancel(); }  // as leaving a page stops reading aloud
    document.body.replaceWith(body);
    body.querySelectorAll("script").forEach(function (old) {
      if (old.type === "application/json") { return; }
      var script = document.createElement("script");
      script.textContent = old.textContent;
      old.replaceWith(script);
    });
  }

  async function showList(url) {
    var next = await fetchPage(url);
    var css = document.getElementById(LIST_CSS);
    var sheet = next.querySelector("link[rel=stylesheet]");
    if (!css && sheet) {
      css = document.createElement("link");
      css.id = LIST_CSS;
      css.rel = "stylesheet";
      css.href = new URL(sheet.getAttribute("href"), url).href;
      document.head.appendChild(css);
    }
    replaceBody(next);
  }

  async function showLesson(url) {
    var widgets = manager();
    var next = await fetchPage(url);
    var config = JSON.parse(next.getElementById("jupyter-config-data").textContent);
    var folder = config.notebookPath.split("/").slice(0, -1).join("/");
    await execute(widgets.kernel, "from safety_lessons.swap import next_lesson\nnext_lesson(" +
                  JSON.stringify("/drive/" + folder) + ")", null);
    var words = document.getElementById("sl-page-words");
    var nextWords = next.getElementById("sl-page-words");
    if (words && nextWords) { words.textContent = nextWords.textContent; }
    var css = document.getElementById(LIST_CSS);
    if (css) { css.remove(); }
    replaceBody(next);
    var cells = config.notebookSrc.cells;
    for (var i = 0; i < cells.length; i++) {
      if (cells[i].cell_type !== "code") { continue; }
      var source = Array.isArray(cells[i].source) ? cells[i].source.join("") : cells[i].source;
      await execute(widgets.kernel, source, document.querySelector('[cell-index="' + (i + 1) + '"]'));
    }
    if (window.display_cells) { window.display_cells(); }  // the page's own, from its inline script
  }

  // Runs `code`; its widgets and HTML are drawn at the end of `host` (a cell) as Voici draws them.
  async function execute(kernel, code, host) {
    var drawn = [];
    var future = kernel.requestExecute({ code: code, store_history: false });
    future.onIOPub = function (msg) {
      var type = msg.header.msg_type;
      if (host && (type === "display_data" || type === "execute_result")) { drawn.push(draw(msg.content.data, host)); }
    };
    var reply = await future.done;
    await Promise.all(drawn);
    if (reply.content.status !== "ok") { throw new Error("a cell failed: " + reply.content.ename); }
  }

  function el(tag, classes) {
    var node = document.createElement(tag);
    node.className = classes;
    return node;
  }

  // The output area Voici puts in a cell that shows something (its SimplifiedOutputArea's classes).
  function outputArea(cell) {
    var area = cell.querySelector(":scope > .jp-Cell-outputWrapper > .jp-OutputArea");
    if (!area) {
      var wrapper = el("div", "jp-Cell-outputWrapper");
      wrapper.appendChild(el("div", "jp-Collapser jp-OutputCollapser jp-Cell-outputCollapser"));
      area = wrapper.appendChild(el("div", "jp-OutputArea jp-Cell-outputArea"));
      area.style.display = "flex";
      area.style.flexDirection = "column";
      cell.classList.remove("jp-mod-noOutputs", "jp-mod-noInput");
      cell.appendChild(wrapper);
    }
    var child = area.appendChild(el("div", "jp-OutputArea-child"));
    return child.appendChild(el("div", "jp-OutputArea-output"));
  }

  async function draw(data, host) {
    if (data[WIDGET]) {
      var widgets = manager();
      var view = await widgets.create_view(await widgets.get_model(data[WIDGET].model_id));
      var shown = view.luminoWidget;  // attached as Lumino's Widget.attach does
      shown.processMessage({ type: "before-attach" });
      outputArea(host.lastElementChild).appendChild(shown.node);
      shown.processMessage({ type: "after-attach" });
    } else if (data["text/html"]) {
      outputArea(host.lastElementChild).innerHTML = data["text/html"];  // the toolkit's own (a lesson that needs fixing)
    }
  }

  async function show(url) {
    busy = true;
    try {
      await (isLesson(url) ? showLesson(url) : showList(url));
    } catch (error) {
      console.warn("opening " + url.pathname + " as a new page: " + error);
      again = false;
      window.location.replace(url.href);
    } finally {
      busy = false;
    }
    if (again) {
      again = false;
      follow();
    }
  }

  // Back or forward: show what the address now names, unless only its #fragment changed.
  function follow() {
    var url = new URL(window.location.href);
    if (url.pathname === current) { return; }
    if (!manager()) { window.location.reload(); return; }
    if (busy) { again = true; return; }
    current = url.pathname;
    show(url);
  }

  document.addEventListener("click", function (event) {
    var link = event.target instanceof Element ? event.target.closest("a[href]") : null;
    if (!link || link.target || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey ||
        event.shiftKey || event.altKey || busy || !manager()) { return; }
    var url = new URL(link.href, window.location.href);
    var home = link.classList.contains("sl-home");
    if (!home && (!isLesson(url) || url.pathname === window.location.pathname)) { return; }
    event.preventDefault();
    window.history.pushState({ slSwap: true }, "", url.href);  // first: the new page's relative links
    current = url.pathname;
    show(url);
  });

  window.addEventListener("popstate", follow);
})();
