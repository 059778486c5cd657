// The explorer's eyes in the page (tests only: explore.py adds it to a page before it loads;
// never served). Defines window.__slExplore: whether the page has settled (the kernel has
// answered every widget message the page sent, and the page has stopped changing), which
// activities a lesson shows, which of their controls a pupil could use now, and a summary of
// what an activity looks like.
(() => {
  if (window.__slExplore) { return; }
  const CONTROLS = "button, input, select, textarea";
  let lastChange = performance.now();
  new MutationObserver(() => { lastChange = performance.now(); })
    .observe(document, { childList: true, subtree: true, attributes: true, characterData: true });

  // Widget messages sent to the kernel and not yet answered: a message is answered when the
  // kernel reports itself idle with that message as parent (Jupyter's v1 websocket framing:
  // offsets, then channel, header, parent header, metadata, content).
  const pending = new Set();
  const decoder = new TextDecoder();
  function decode(data) {
    if (typeof data === "string") {
      const msg = JSON.parse(data);
      return { header: msg.header || {}, parent: msg.parent_header || {}, content: () => msg.content || {} };
    }
    const bytes = ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
      : new Uint8Array(data);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const offset = (i) => Number(view.getBigUint64(8 * (i + 1), true));
    const part = (i) => JSON.parse(decoder.decode(bytes.subarray(offset(i), offset(i + 1))));
    return { header: part(1), parent: part(2), content: () => part(4) };
  }
  function received(data) {
    try {
      const msg = decode(data);
      if (msg.header.msg_type === "status" && msg.content().execution_state === "idle") {
        pending.delete(msg.parent.msg_id);
      }
    } catch (err) { /* not a Jupyter message */ }
  }
  const listening = new WeakSet();
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    if (String(this.url).includes("/channels") && !(data instanceof Blob)) {
      if (!listening.has(this)) {
        listening.add(this);
        this.addEventListener("message", (event) => {
          if (event.data instanceof Blob) { event.data.arrayBuffer().then(received); } else { received(event.data); }
        });
      }
      try {
        const msg = decode(data);
        if (msg.header.msg_type === "comm_msg") { pending.add(msg.header.msg_id); }
      } catch (err) { /* not a Jupyter message */ }
    }
    return send.call(this, data);
  };

  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
  const text = (s) => (s || "").replace(/\s+/g, " ").trim();

  function label(el) {
    if (el.tagName === "BUTTON") { return text(el.textContent) || el.title; }
    const own = (el.labels && el.labels.length) ? el.labels[0] : el.closest("label");
    return text(own ? own.textContent : "") || el.title || el.getAttribute("aria-label") || "";
  }

  function kindOf(el) {
    if (el.tagName === "SELECT") { return "select"; }
    if (el.tagName === "TEXTAREA") { return "text"; }
    if (el.tagName === "INPUT") {
      const type = (el.getAttribute("type") || "text").toLowerCase();
      return ["radio", "checkbox"].includes(type) ? type : "text";
    }
    return "button";
  }

  // A choice in a group (radio buttons, toggle buttons) whose feedback already says "right".
  function solved(el) {
    const group = el.closest(".widget-radio-box, .widget-toggle-buttons");
    if (!group) { return false; }
    for (let box = group.parentElement; box && !box.classList.contains("sl-activity"); box = box.parentElement) {
      const live = box.querySelector(".sl-live");
      if (live) { return live.querySelector(".sl-right") !== null; }
    }
    return false;
  }

  window.__slExplore = {
    CONTROLS,
    // The kernel has answered everything and nothing has changed for `ms` milliseconds.
    settled: (ms) => pending.size === 0 && performance.now() - lastChange > ms,
    activities(kinds) {
      return Array.from(document.querySelectorAll(".sl-activity")).map((el) => {
        const cell = el.closest("[data-sl-step]");
        return {
          kind: kinds.find((k) => el.classList.contains("sl-" + k)) || null,
          step: cell ? Number(cell.getAttribute("data-sl-step")) : null,
        };
      });
    },
    // Controls a pupil could use now, with `raw` = index among all CONTROLS in the activity.
    controls(index) {
      const activity = document.querySelectorAll(".sl-activity")[index];
      // the same control on another screen ("Message 2 of 5"), or with other words (a story's
      // choice button at its next step), is another choice
      const screen = Array.from(activity.querySelectorAll(".sl-step-count")).map((el) => text(el.textContent)).join("|");
      return Array.from(activity.querySelectorAll(CONTROLS)).map((el, raw) => {
        const name = label(el);
        return {
          raw, kind: kindOf(el), key: raw + ":" + name + ":" + (el.title || "") + ":" + screen,
          usable: !el.disabled && visible(el) && !el.closest(".sl-reveal") && !el.classList.contains("sl-reveal"),
          reset: /\bagain\b|start over/i.test(name), solved: solved(el),
          choice: kindOf(el) !== "button" || el.closest(".widget-toggle-buttons") !== null,
        };
      }).filter((c) => c.usable);
    },
    // What kinds of things an activity shows now (tags, our classes, states), not their words.
    signature(index) {
      const activity = document.querySelectorAll(".sl-activity")[index];
      const seen = new Set();
      activity.querySelectorAll("*").forEach((el) => {
        if (!visible(el)) { return; }
        const classes = Array.from(el.classList).filter((c) => /^(sl-|mod-)/.test(c)).sort();
        let token = el.tagName.toLowerCase() + (classes.length ? "." + classes.join(".") : "");
        if (el.disabled) { token += ":disabled"; }
        if (el.checked) { token += ":checked"; }
        seen.add(token);
      });
      return Array.from(seen).sort();
    },
    focusLost: () => document.activeElement === null || document.activeElement === document.body,
    oops(index) {
      const activity = document.querySelectorAll(".sl-activity")[index];
      return text((activity.querySelector(".sl-oops") || {}).textContent);
    },
  };
})();
