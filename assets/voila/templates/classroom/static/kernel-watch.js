// Tells a pupil, kindly, when their lesson has stopped working, and that reloading fixes it.
//
// A lesson runs in a kernel on the server. If that kernel dies, Voila restarts an empty one
// (or none) and says nothing to the page: buttons silently stop answering. So every 15 s,
// and when the pupil comes back to the tab, this asks the kernel which widgets it holds (a
// `comm_info_request`, one of the few messages Voila lets a page send). No answer, no
// widgets, or a connection that stays closed: the page shows "please reload".
// Loaded in <head>, before Voila connects, so that it sees the kernel's websocket. Its words are
// from words/<language>.yaml, written into the page by the template (#sl-page-words).
(function () {
  "use strict";
  var PROBE_EVERY = 15000;  // ms between checks
  var ANSWER_WITHIN = 10000;  // ms a live kernel has to answer (generous: it may be busy)
  var socket = null;
  var waiting = null;  // msg_id of the probe not yet answered
  var lost = false;
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

  function showLost() {
    var say = words();
    if (lost || !say) { return; }  // no words: not a page served by safety-lessons
    lost = true;
    var note = document.createElement("div");
    note.className = "sl-lesson-stopped";
    note.setAttribute("role", "alert");
    note.appendChild(paragraph([say["lesson-stopped"], say["not-your-fault"]]));
    note.appendChild(paragraph([say["reload-to-restart"]]));
    var reload = document.createElement("button");
    reload.type = "button";
    reload.textContent = say["reload-lesson"];
    reload.addEventListener("click", function () { window.location.reload(); });
    note.appendChild(reload);
    document.body.insertBefore(note, document.body.firstChild);
    reload.focus();
  }

  function probe() {
    if (lost || !socket) { return; }
    if (socket.readyState !== 1) {  // closed or reconnecting: give it one more period
      setTimeout(function () { if (!socket || socket.readyState !== 1) { showLost(); } }, ANSWER_WITHIN);
      return;
    }
    var id = uuid();
    waiting = id;
    socket.send(encode("shell", {
      header: { msg_id: id, msg_type: "comm_info_request", username: "", session: "sl-watch",
                date: new Date().toISOString(), version: "5.4" },
      parent_header: {}, metadata: {}, content: { target_name: "jupyter.widget" },
    }));
    setTimeout(function () { if (waiting === id) { showLost(); } }, ANSWER_WITHIN);
  }

  function listen(ws) {
    socket = ws;
    ws.addEventListener("message", function (event) {
      if (!waiting || !(event.data instanceof ArrayBuffer || event.data instanceof Blob)) { return; }
      var read = event.data instanceof Blob ? event.data.arrayBuffer() : Promise.resolve(event.data);
      read.then(function (buffer) {
        var msg = decode(buffer);
        if (msg.header.msg_type !== "comm_info_reply" || msg.parent.msg_id !== waiting) { return; }
        waiting = null;
        if (Object.keys(msg.content.comms || {}).length === 0) { showLost(); return; }  // a new, empty kernel
        document.documentElement.setAttribute("data-sl-kernel-checked", new Date().toISOString());
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

  setInterval(probe, PROBE_EVERY);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible") { probe(); }
  });
})();
