// Tells a pupil, kindly, when their lesson has stopped working, and that reloading fixes it.
//
// A lesson runs in a kernel on the server. If that kernel dies, Voila restarts an empty one
// (or none) and says nothing to the page: buttons silently stop answering. So every 15 s,
// and when the pupil comes back to the tab, this asks the kernel which widgets it holds (a
// `comm_info_request`, one of the few messages Voila lets a page send).
// - An answer with no widgets (a new, empty kernel): the page shows "please reload" at once.
// - No answer within 30 s, twice running, or a connection that stays closed: "please reload".
//   A busy server can take half a minute to answer a healthy kernel, so one slow answer is
//   not enough; and when the kernel answers again with its widgets the note goes away, quietly.
// - The server closed the connection because nobody used the lesson for a long time (close
//   code 4001, reason "idle", README "Serving a class on the school network"): a calm "you have
//   been away" note with a button that starts the lesson again, never the "stopped" one.
// - An activity the page could not draw ("Error displaying widget"): "please reload" at once.
// Loaded in <head>, before Voila connects, so that it sees the kernel's websocket. Its words are
// from words/<language>.yaml, written into the page by the template (#sl-page-words).
// Tests may shorten the timings: set `window.slKernelWatch = {probeEvery, answerWithin, misses}`
// (ms, ms, count) before this script runs (Playwright's add_init_script). The page marks what
// it saw on <html>: data-sl-kernel-checked (the last good answer), data-sl-kernel-missed (probes
// unanswered in a row), data-sl-kernel-undrawn (an activity not drawn), data-sl-kernel-rounds (how
// many times a check was due, made or not), data-sl-kernel-watching ("0" once it checks no more).
(function () {
  "use strict";
  var settings = window.slKernelWatch || {};
  var PROBE_EVERY = settings.probeEvery || 15000;  // ms between checks
  var ANSWER_WITHIN = settings.answerWithin || 30000;  // ms a live kernel has to answer (a busy server is slow)
  var MISSES = settings.misses || 2;  // unanswered probes in a row before the page says "stopped"
  var IDLE_CLOSE = 4001;  // the server's close code for a lesson nobody has used for a long time
  var socket = null;
  var sent = 0;  // probes sent so far
  var rounds = 0;  // checks due so far (none is made once the lesson is gone)
  var pending = {};  // msg_id → its number, for probes sent and not yet answered
  var late = {};  // msg_id → its number, for probes given up on: an answer to one still counts
  var missed = 0;  // probes unanswered in a row
  var note = null;  // the "stopped" note on the page, if any
  var focusBefore = null;  // where keyboard focus was when the note took it
  var gone = false;  // the kernel is new and empty, or shut down: only a reload helps, so no more checks
  var encoder = new TextEncoder();
  var decoder = new TextDecoder();

  function uuid() {
    return "sl-" + Math.random().toString(16).slice(2) + Date.now().toString(16);
  }

  // Jupyter's v1 websocket framing: offsets, then channel, header, parent, metadata, content.
  function encode(channel, msg) {
    var parts = [channel, msg.header, msg.parent_header, msg.metadata, msg.content].map(function (p, i) {
      return encoder.encode(i === 0 ? p : JSON.stringify(p));
    });
    var offsets = [8 * (1 + parts.length + 1)];
    parts.forEach(function (p) { offsets.push(offsets[offsets.length - 1] + p.length); });
    var head = new DataView(new ArrayBuffer(8 * (offsets.length + 1)));
    head.setBigUint64(0, BigInt(offsets.length), true);
    offsets.forEach(function (o, i) { head.setBigUint64(8 * (i + 1), BigInt(o), true); });
    return new Blob([head.buffer].concat(parts));
  }

  function decode(buffer) {
    var view = new DataView(buffer);
    var count = Number(view.getBigUint64(0, true));
    var offsets = [];
    for (var i = 0; i < count; i++) { offsets.push(Number(view.getBigUint64(8 * (i + 1), true))); }
    function part(i) { return decoder.decode(new Uint8Array(buffer, offsets[i], offsets[i + 1] - offsets[i])); }
    return { channel: part(0), header: JSON.parse(part(1)), parent: JSON.parse(part(2)),
             content: JSON.parse(part(4)) };
  }

  function words() {
    var data = document.getElementById("sl-page-words");
    return data ? JSON.parse(data.textContent).words : null;
  }

  function paragraph(parts) {
    var p = document.createElement("p");
    parts.forEach(function (part, i) {
      var node = document.createElement(i === 0 && parts.length > 1 ? "strong" : "span");
      node.textContent = (i > 0 ? " " : "") + part;
      p.appendChild(node);
    });
    return p;
  }

  function mark(name, value) { document.documentElement.setAttribute("data-sl-kernel-" + name, value); }

  function stopChecking() {
    gone = true;
    mark("watching", "0");
  }

  // A note at the top of the page whose button reloads the lesson; it takes keyboard focus.
  function showNote(className, role, lines, button) {
    var shown = document.createElement("div");
    shown.className = className;
    shown.setAttribute("role", role);
    lines.forEach(function (line) { shown.appendChild(paragraph(line)); });
    var reload = document.createElement("button");
    reload.type = "button";
    reload.textContent = button;
    reload.addEventListener("click", function () { window.location.reload(); });
    shown.appendChild(reload);
    document.body.insertBefore(shown, document.body.firstChild);
    focusBefore = document.activeElement;
    reload.focus();
    return shown;
  }

  function removeNote() {
    if (!note) { return; }
    var hadFocus = note.contains(document.activeElement);
    note.remove();
    note = null;
    if (hadFocus && focusBefore && focusBefore !== document.body && document.contains(focusBefore)) {
      focusBefore.focus();  // back where the pupil was
    }
    focusBefore = null;
  }

  function showLost() {
    var say = words();
    if (note || !say) { return; }  // no words: not a page served by safety-lessons
    note = showNote("sl-lesson-stopped", "alert", [[say["lesson-stopped"], say["not-your-fault"]],
                    [say["reload-to-restart"]]], say["reload-lesson"]);
  }

  // The kernel answered with its widgets: a slow answer, not a lost lesson. The note goes, and a
  // screen reader that heard it hears, politely, that all is well.
  function showWorking() {
    var say = words();
    if (!note || !say) { return; }
    removeNote();
    var status = document.getElementById("sl-kernel-status");
    if (!status) {
      status = document.createElement("div");
      status.id = "sl-kernel-status";
      status.className = "sl-visually-hidden";
      status.setAttribute("role", "status");
      document.body.appendChild(status);
    }
    status.textContent = say["lesson-working-again"];
  }

  function showAway() {
    var say = words();
    stopChecking();
    if (!say) { return; }
    removeNote();
    if (document.querySelector(".sl-lesson-away")) { return; }
    showNote("sl-lesson-away", "status", [[say["away-a-while"]], [say["away-carry-on"]]], say["away-start-again"]);
  }

  function miss() {
    missed += 1;
    mark("missed", String(missed));
    if (missed >= MISSES) { showLost(); }
  }

  function probe() {
    rounds += 1;
    mark("rounds", String(rounds));
    if (gone || !socket) { return; }
    if (socket.readyState !== 1) {  // closed or reconnecting: give it one more period
      var closed = socket;
      setTimeout(function () { if (!gone && socket === closed && closed.readyState !== 1) { showLost(); } },
                 ANSWER_WITHIN);
      return;
    }
    var id = uuid();
    sent += 1;
    pending[id] = sent;
    socket.send(encode("shell", {
      header: { msg_id: id, msg_type: "comm_info_request", username: "", session: "sl-watch",
                date: new Date().toISOString(), version: "5.4" },
      parent_header: {}, metadata: {}, content: { target_name: "jupyter.widget" },
    }));
    setTimeout(function () {
      if (pending[id] && !gone) { late[id] = pending[id]; delete pending[id]; miss(); }
    }, ANSWER_WITHIN);
  }

  function answered(msg) {
    var number = pending[msg.parent.msg_id] || late[msg.parent.msg_id];
    [pending, late].forEach(function (probes) {  // a kernel answers in order: earlier probes are done with
      Object.keys(probes).forEach(function (id) { if (probes[id] <= number) { delete probes[id]; } });
    });
    if (Object.keys(msg.content.comms || {}).length === 0) {  // a new, empty kernel: only a reload helps
      stopChecking();
      showLost();
      return;
    }
    missed = 0;
    mark("missed", "0");
    mark("checked", new Date().toISOString());
    showWorking();
  }

  function listen(ws) {
    socket = ws;
    ws.addEventListener("close", function (event) {
      if (event.code === IDLE_CLOSE) { showAway(); }
    });
    ws.addEventListener("message", function (event) {
      if (gone || !(event.data instanceof ArrayBuffer || event.data instanceof Blob)) { return; }
      var read = event.data instanceof Blob ? event.data.arrayBuffer() : Promise.resolve(event.data);
      read.then(function (buffer) {
        var msg = decode(buffer);
        var ours = pending[msg.parent.msg_id] || late[msg.parent.msg_id];
        if (msg.header.msg_type === "comm_info_reply" && ours && !gone) { answered(msg); }
      }).catch(function () { /* not a message for us */ });
    });
  }

  var Native = window.WebSocket;
  function Watched(url, protocols) {
    var ws = protocols === undefined ? new Native(url) : new Native(url, protocols);
    if (String(url).indexOf("/api/kernels/") >= 0 && String(url).indexOf("/channels") >= 0) { listen(ws); }
    return ws;
  }
  Watched.prototype = Native.prototype;
  ["CONNECTING", "OPEN", "CLOSING", "CLOSED"].forEach(function (k) { Watched[k] = Native[k]; });
  window.WebSocket = Watched;

  // An activity the page could not draw: jupyterlab-manager writes "Error displaying widget: model
  // not found" in its place (met rarely, on a heavily loaded server, though the kernel holds the
  // widget). Buttons near it may still answer, but a reload draws it: the same "please reload" note.
  // The renderer sets the node's textContent, which adds one text node: only added text nodes are
  // read, never a rendered subtree's text nor the whole page.
  var UNDRAWN = "Error displaying widget";
  function watchUndrawn() {
    new MutationObserver(function (records, observer) {
      for (var r = 0; r < records.length; r++) {
        for (var n = 0; n < records[r].addedNodes.length; n++) {
          var added = records[r].addedNodes[n];
          if (added.nodeType === Node.TEXT_NODE && added.data.indexOf(UNDRAWN) === 0) {
            observer.disconnect();
            mark("undrawn", "1");
            stopChecking();  // the kernel answering does not draw it: the note stays until a reload
            showLost();
            return;
          }
        }
      }
    }).observe(document.body, { childList: true, subtree: true });
  }
  if (document.body) { watchUndrawn(); } else { document.addEventListener("DOMContentLoaded", watchUndrawn); }

  setInterval(probe, PROBE_EVERY);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible") { probe(); }
  });
})();
