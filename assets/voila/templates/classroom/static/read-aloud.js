// Read aloud: the browser's own voices (the Web Speech API's speechSynthesis) read a part of the
// lesson. Nothing is sent anywhere: only voices on this computer (`localService`) are used, and
// nothing is stored.
//
// - A "Read aloud" button by each part: every Markdown block and every activity (its title, prompt,
//   choices, the feedback shown; help cards too). Shown from the start where the page says so
//   (ages 4-7: #sl-page-words read_aloud.on), else with the "Read aloud" display option.
// - Pressing it reads that part; pressing it again, starting another part, moving to another step
//   or leaving the page stops it. The part being read is marked, and the word being read too when
//   the voice says where it is (`boundary` events).
// - Teacher view: "Read this step aloud" in the step bar reads the step shown (never the notes).
// - No voice on this computer: the button says so ("This computer cannot read aloud.").
// Runs after classroom.js (the toolbar and the step bar are there). Every word is from
// words/<language>.yaml (#sl-page-words).
(function () {
  "use strict";
  var data = document.getElementById("sl-page-words");
  var page = data ? JSON.parse(data.textContent) : null;
  var cells = document.getElementById("rendered_cells");
  if (!page || !cells) { return; }
  var doc = document.documentElement;
  var settings = page.read_aloud || { on: false, rate: 1 };
  var lang = page.lang || doc.getAttribute("lang") || "en";
  function say(key) { return page.words[key]; }
  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text) { node.textContent = text; }
    return node;
  }

  // -- Voices: only this computer's; they may arrive late (voiceschanged), or never. ------------------
  var synth = window.speechSynthesis || null;
  var Utterance = window.SpeechSynthesisUtterance || null;
  var WAIT_FOR_VOICES = 1500;  // ms after the page starts, at most, before deciding there are none
  var voicesSettled = !synth || !Utterance;
  var settledCallbacks = [];
  function settle() {
    if (voicesSettled) { return; }
    voicesSettled = true;
    settledCallbacks.splice(0).forEach(function (callback) { callback(); });
  }
  if (synth && Utterance) {
    if (synth.getVoices().length) { voicesSettled = true; }
    if (synth.addEventListener) {
      synth.addEventListener("voiceschanged", function () { if (synth.getVoices().length) { settle(); } });
    }
    window.setTimeout(settle, WAIT_FOR_VOICES);
  }
  function whenVoicesKnown(callback) {
    if (voicesSettled) { callback(); } else { settledCallbacks.push(callback); }
  }
  function sameLanguage(a, b) {
    return (a || "").toLowerCase().replace("_", "-") === (b || "").toLowerCase().replace("_", "-");
  }
  function chooseVoice() {
    if (!synth || !Utterance) { return null; }
    var local = synth.getVoices().filter(function (v) { return v.localService === true; });
    var primary = lang.split("-")[0].toLowerCase();
    return local.filter(function (v) { return sameLanguage(v.lang, lang); })[0]
      || local.filter(function (v) { return (v.lang || "").toLowerCase().split(/[-_]/)[0] === primary; })[0]
      || local[0] || null;
  }

  // -- What a part says: its visible words, in order, as one text, remembering where each came from. --
  var SKIP = "script, style, svg, .sl-read, .anchor-link, .sl-source, [aria-hidden='true'], .sl-reveal, "
    + ".sl-teacher-note, .celltag_teacher, input, textarea, select";
  var BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, button, label, td, th, dt, dd, blockquote, div, span.sl-card-text";
  function visible(node) {
    return node.getClientRects().length > 0 && window.getComputedStyle(node).visibility !== "hidden";
  }
  var QUIET = /[\s\p{Extended_Pictographic}\uFE0F\u200D\uD800-\uDFFF]/u;
  function collect(root) {
    var text = "";
    var pieces = [];  // {node, at: where its words start in text, map: text index → node offset}
    var lastBlock = null;
    var lastSpace = false;
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        var parent = node.parentElement;
        if (!parent || parent.closest(SKIP) || !visible(parent)) { return NodeFilter.FILTER_REJECT; }
        return NodeFilter.FILTER_ACCEPT;
      }
    });
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!/[^\s\p{Extended_Pictographic}\uFE0F\u200D]/u.test(node.data)) {  // a space, or only emoji
        lastSpace = true;
        continue;
      }
      var block = node.parentElement.closest(BLOCKS);
      if (text) {
        if (block !== lastBlock) {
          if (!/[.!?:;,]["'\u201d\u2019)]*$/.test(text)) { text += "."; }
          text += " ";
        } else if (lastSpace || /^\s/.test(node.data)) { text += " "; }  // words split by <code>, <a>
      }
      lastBlock = block;
      lastSpace = /\s$/.test(node.data);
      var map = [];
      var words = "";
      var space = true;
      for (var i = 0; i < node.data.length; i++) {
        var c = node.data[i];
        if (QUIET.test(c)) {  // emoji are not read out by name ("slightly smiling face")
          if (!space) { words += " "; map.push(i); }
          space = true;
        } else { words += c; map.push(i); space = false; }
      }
      if (space && words) { words = words.slice(0, -1); map.pop(); }
      if (!words) { continue; }
      pieces.push({ node: node, at: text.length, map: map, length: words.length });
      text += words;
    }
    return { text: text, pieces: pieces };
  }

  // -- Marking what is read: the part (a class), and the word (the CSS Highlight API) if known. ------
  var canMarkWords = typeof window.Highlight === "function" && window.CSS && CSS.highlights;
  function markWord(said, index, length) {
    if (!canMarkWords) { return; }
    var piece = null;
    said.pieces.forEach(function (p) { if (p.at <= index && index < p.at + p.length) { piece = p; } });
    if (!piece) { return; }
    var from = index - piece.at;
    var to = length > 0 ? Math.min(piece.length, from + length) : from;
    if (!(length > 0)) {
      var rest = piece.node.data.slice(piece.map[from]);
      var end = rest.search(/[\s.,!?;:]/);
      to = end < 0 ? piece.length : from + end;
    }
    if (to <= from) { return; }
    var range = document.createRange();
    range.setStart(piece.node, piece.map[from]);
    range.setEnd(piece.node, piece.map[to - 1] + 1);
    CSS.highlights.set("sl-read-word", new window.Highlight(range));
  }
  function unmarkWord() { if (canMarkWords) { CSS.highlights.delete("sl-read-word"); } }

  // -- Reading: one control at a time. ---------------------------------------------------------------
  var reading = null;  // {control, parts, token}
  var token = 0;

  // A speaker (to read) or a square (to stop), beside the words; screen readers hear only the words.
  var SPEAKER = '<svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">'
    + '<path fill="currentColor" d="M3 9v6h4l5 5V4L7 9H3z"/><path fill="none" stroke="currentColor" '
    + 'stroke-width="2" stroke-linecap="round" d="M16 8.5a5 5 0 0 1 0 7M19 5.5a9 9 0 0 1 0 13"/></svg>';
  var SQUARE = '<svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">'
    + '<rect fill="currentColor" x="6" y="6" width="12" height="12" rx="1"/></svg>';
  function setControl(control, on) {
    control.button.setAttribute("aria-pressed", on ? "true" : "false");
    control.button.innerHTML = on ? SQUARE : SPEAKER;
    control.button.appendChild(document.createTextNode(on ? say("stop-reading") : control.label));
  }
  function stop() {
    if (!reading) { return; }
    var was = reading;
    reading = null;
    token += 1;
    if (synth) { synth.cancel(); }
    setControl(was.control, false);
    was.parts.forEach(function (part) { part.classList.remove("sl-reading"); });
    unmarkWord();
  }
  function cannot(control) {
    control.note.textContent = say("cannot-read-aloud");
    control.note.hidden = false;
  }
  function start(control) {
    stop();
    var parts = control.parts();
    whenVoicesKnown(function () {
      var voice = chooseVoice();
      if (!voice) { cannot(control); return; }
      control.note.hidden = true;  // a voice has come since it said there was none
      var texts = parts.map(function (part) { return { part: part, said: collect(part) }; })
        .filter(function (t) { return t.said.text; });
      if (!texts.length) { return; }
      stop();
      var mine = ++token;
      reading = { control: control, parts: parts };
      setControl(control, true);
      texts.forEach(function (t, i) {
        var utterance = new Utterance(t.said.text);
        utterance.voice = voice;
        utterance.lang = voice.lang || lang;
        utterance.rate = settings.rate;
        utterance.addEventListener("start", function () {
          if (mine !== token) { return; }
          parts.forEach(function (part) { part.classList.toggle("sl-reading", part === t.part); });
          unmarkWord();
        });
        utterance.addEventListener("boundary", function (event) {
          if (mine === token) { markWord(t.said, event.charIndex, event.charLength); }
        });
        if (i === texts.length - 1) {
          var done = function () { if (mine === token) { stop(); } };
          utterance.addEventListener("end", done);
          utterance.addEventListener("error", done);
        }
        synth.speak(utterance);
      });
    });
  }
  function makeControl(label, parts, css) {
    var box = el("div", { "class": "sl-read " + css });
    var button = el("button", { type: "button", "class": "sl-read-button", "aria-pressed": "false" }, label);
    var note = el("span", { "class": "sl-read-note", role: "status" });
    note.hidden = true;
    box.appendChild(button);
    box.appendChild(note);
    var control = { button: button, note: note, label: label, parts: parts };
    setControl(control, false);
    button.addEventListener("click", function () {
      if (reading && reading.control === control) { stop(); } else { start(control); }
    });
    return { box: box, control: control };
  }

  // -- A button by each part, also by activities that render later. -----------------------------------
  function addButtons() {
    cells.querySelectorAll(".jp-RenderedMarkdown:not([data-sl-read])").forEach(function (md) {
      md.setAttribute("data-sl-read", "");
      if (md.closest(".celltag_teacher, .sl-teacher-note")) { return; }
      md.insertBefore(makeControl(say("read-aloud"), function () { return [md]; }, "sl-read-part").box,
        md.firstChild);
    });
    cells.querySelectorAll(".sl-activity:not([data-sl-read])").forEach(function (activity) {
      activity.setAttribute("data-sl-read", "");
      if (!activity.parentElement || activity.parentElement.closest(".sl-activity")) { return; }
      activity.parentElement.insertBefore(
        makeControl(say("read-aloud"), function () { return [activity]; }, "sl-read-part").box, activity);
    });
  }
  addButtons();
  new MutationObserver(addButtons).observe(cells, { childList: true, subtree: true });

  // -- The display option (every band; on from the start where the page says so). ------------------
  var options = document.querySelector(".sl-toolbar .sl-options");
  if (settings.on) { doc.classList.add("sl-read-aloud"); }
  if (options) {
    var option = el("button", { type: "button", "class": "sl-option sl-read-option",
      "aria-pressed": settings.on ? "true" : "false" }, say("read-aloud"));
    option.addEventListener("click", function () {
      var on = doc.classList.toggle("sl-read-aloud");
      option.setAttribute("aria-pressed", on ? "true" : "false");
      if (!on && reading && reading.control.button.closest(".sl-read-part")) { stop(); }  // its button went
    });
    var printButton = options.lastElementChild;
    options.insertBefore(option, printButton);
  }

  // -- Teacher view: read the step shown; moving to another step stops. ------------------------------
  var steps = document.querySelector(".sl-steps");
  if (steps && doc.classList.contains("sl-mode-teacher")) {
    var stepParts = function () {
      return Array.prototype.slice.call(cells.querySelectorAll(
        "[data-sl-step]:not([hidden]):not(.sl-teacher-note) .jp-RenderedMarkdown, "
        + "[data-sl-step]:not([hidden]):not(.sl-teacher-note) .sl-activity")).filter(function (part) {
        return !part.closest(".celltag_teacher") && !(part.parentElement && part.parentElement.closest(".sl-activity"));
      });
    };
    var stepControl = makeControl(say("read-step-aloud"), stepParts, "sl-read-step");
    steps.insertBefore(stepControl.box, steps.querySelector(".sl-step-next"));
  }
  if (steps) {
    steps.addEventListener("click", function (event) {
      var target = event.target;
      if (target instanceof Element && target.closest(".sl-step-back, .sl-step-next")) { stop(); }
    });
  }
  window.addEventListener("pagehide", stop);
})();
