// The lean static page's Python, in a web worker so the page never freezes while it starts: Pyodide
// from the site's own folder, the lesson's packages (no IPython, no kernel), the lessons' files in
// /drive, then the page's cells in order (safety_lessons.static_site.in_browser). Messages:
// page → here {kind: "start", config} then {kind: "comm", text, buffers}; here → page
// {kind: "comm", text, buffers}, {kind: "output", cell, output}, {kind: "idle", id}, {kind: "ready"},
// {kind: "failed", error}.
let run = null;
let receive = null;
let chain = null;  // every message waits for Python's start, then runs in order

// A gzip'd file's bytes (a web server that sent it with `Content-Encoding: gzip` had the browser unzip it).
async function unzipped(address) {
  const answer = await fetch(address);
  if (!answer.ok) { throw new Error(`${answer.status} ${address}`); }
  const bytes = new Uint8Array(await answer.arrayBuffer());
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) { return bytes; }
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function start(config) {
  // How long each step took (ms), given to the page when it is ready: for benchmarks/static_lean.py.
  const phases = {};
  let last = performance.now();
  const mark = (name) => { const now = performance.now(); phases[name] = now - last; last = now; };
  importScripts(config.pyodide);
  let py = null;
  if (config.snapshot) {  // Python's memory with the packages imported, kept by the build (snapshot.mjs)
    try {
      py = await loadPyodide({ indexURL: config.index, _loadSnapshot: unzipped(config.snapshot) });
    } catch (error) {
      console.warn("Python's snapshot could not be used; starting Python", error);
    }
  }
  py = py || await loadPyodide({ indexURL: config.index, packages: [] });
  mark("runtime");
  const archive = fetch(config.contents).then((answer) => answer.arrayBuffer());
  await py.loadPackage(config.wheels, { messageCallback: () => {}, checkIntegrity: true });
  mark("packages");
  py.unpackArchive(await archive, "zip", { extractDir: "/drive" });
  mark("lessons' files");
  py.globals.set("_sl_send", (text, buffers) => {
    const copies = buffers.toJs().map((b) => b.buffer);
    buffers.destroy();
    self.postMessage({ kind: "comm", text, buffers: copies }, copies);
  });
  [run, receive] = py.runPython(`
import os
from safety_lessons.static_site.in_browser import Page
os.makedirs(${JSON.stringify(config.cwd)}, exist_ok=True)  # a teacher view's folder holds no content file
os.chdir(${JSON.stringify(config.cwd)})
_sl_page = Page(lambda text, buffers: _sl_send(text, [bytes(b) for b in buffers]))
_sl_page.run, lambda text, buffers: _sl_page.receive(text, [b.to_bytes() for b in buffers])`).toJs({ depth: 1 });
  mark("ipywidgets");
  for (const [cell, source] of config.cells) {
    const output = run(source).toJs({ dict_converter: Object.fromEntries });
    self.postMessage({ kind: "output", cell, output });
  }
  mark("cells");
  self.postMessage({ kind: "ready", phases });
}

self.onmessage = (event) => {
  const message = event.data;
  if (message.kind === "start") {
    chain = start(message.config).catch((error) => {
      self.postMessage({ kind: "failed", error: String(error && error.message || error).trim().split("\n").pop() });
    });
  } else if (message.kind === "comm" && chain) {
    chain = chain.then(() => {
      if (receive) { receive(message.text, message.buffers.map((b) => new Uint8Array(b))); }
      self.postMessage({ kind: "idle", id: message.id });
    });
  }
};
