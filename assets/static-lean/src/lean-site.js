// The lean static lesson page (`build-static --lean`): the page's words are HTML already (rendered
// when the site was built); the lesson's Python runs in a web worker (worker.js) with no kernel, and
// this script draws its widgets with a widget manager of our own, as the served lean page does
// (assets/frontend), in place of Voici's JupyterLab application. The page's settings are JSON in
// `#sl-lean`: the worker's address, Pyodide's, the wheels to load, the lessons' files, the folder
// the lesson runs in, each code cell's source by the id of the cell its output goes in, and the
// Python snapshot to start from, if the build made one.
import * as base from "@jupyter-widgets/base";
import { ManagerBase } from "@jupyter-widgets/base-manager";
import { BoxModel, BoxView, HBoxModel, HBoxView, VBoxModel, VBoxView } from "@jupyter-widgets/controls/lib/widget_box";
import { ButtonModel, ButtonStyleModel, ButtonView } from "@jupyter-widgets/controls/lib/widget_button";
import {
  CheckboxModel, CheckboxStyleModel, CheckboxView, ToggleButtonModel, ToggleButtonStyleModel, ToggleButtonView,
} from "@jupyter-widgets/controls/lib/widget_bool";
import { DescriptionStyleModel } from "@jupyter-widgets/controls/lib/widget_description";
import {
  DropdownModel, DropdownView, RadioButtonsModel, RadioButtonsView, ToggleButtonsModel, ToggleButtonsStyleModel,
  ToggleButtonsView,
} from "@jupyter-widgets/controls/lib/widget_selection";
import {
  HTMLModel, HTMLStyleModel, HTMLView, TextModel, TextStyleModel, TextView,
} from "@jupyter-widgets/controls/lib/widget_string";
import { Widget } from "@lumino/widgets";
import lumino from "@jupyter-widgets/controls/css/lumino.css";
import variables from "@jupyter-widgets/controls/css/labvariables.css";
import colours from "@jupyter-widgets/controls/css/materialcolors.css";
import widgetsBase from "@jupyter-widgets/controls/css/widgets-base.css";

const VIEW = "application/vnd.jupyter.widget-view+json";
// The widget classes the lessons' views make, as on the served lean page.
const CONTROLS = {
  BoxModel, BoxView, HBoxModel, HBoxView, VBoxModel, VBoxView, ButtonModel, ButtonStyleModel, ButtonView,
  CheckboxModel, CheckboxStyleModel, CheckboxView, ToggleButtonModel, ToggleButtonStyleModel, ToggleButtonView,
  DescriptionStyleModel, DropdownModel, DropdownView, RadioButtonsModel, RadioButtonsView, ToggleButtonsModel,
  ToggleButtonsStyleModel, ToggleButtonsView, HTMLModel, HTMLStyleModel, HTMLView, TextModel, TextStyleModel, TextView,
};
const MODULES = { "@jupyter-widgets/base": base, "@jupyter-widgets/controls": CONTROLS };
const UNDRAWN = "Error displaying widget";  // what kernel-watch.js looks for in an activity not drawn

// A comm whose other end is Python in the worker. A widget sends its next change only once the
// last was handled (ipywidgets' own throttle), so each message the worker has handled is answered
// as a kernel's `idle` status.
class WorkerComm {
  constructor(worker, pending, commId, targetName) {
    Object.assign(this, { worker, pending, comm_id: commId, target_name: targetName });
    this.onMsg = null;
    this.onClose = null;
  }

  post(msgType, content, callbacks, metadata, buffers) {
    const id = String(++WorkerComm.count);
    const copies = (buffers || []).map((b) => (b.buffer || b).slice(0));
    const text = JSON.stringify({ msg_type: msgType, content: { comm_id: this.comm_id, ...content }, metadata: metadata || {} });
    if (callbacks) { this.pending.set(id, callbacks); }
    this.worker.postMessage({ kind: "comm", id, text, buffers: copies }, copies);
    return id;
  }

  open(data, callbacks, metadata, buffers) {
    return this.post("comm_open", { target_name: this.target_name, data }, callbacks, metadata, buffers);
  }

  send(data, callbacks, metadata, buffers) { return this.post("comm_msg", { data }, callbacks, metadata, buffers); }
  close(data, callbacks, metadata, buffers) { return this.post("comm_close", { data }, callbacks, metadata, buffers); }
  on_msg(callback) { this.onMsg = callback; }
  on_close(callback) { this.onClose = callback; }
}
WorkerComm.count = 0;

class LessonManager extends ManagerBase {
  constructor(worker) {
    super();
    this.worker = worker;
    this.comms = new Map();
    this.pending = new Map();
  }

  async loadClass(className, moduleName) {
    const found = MODULES[moduleName] && MODULES[moduleName][className];
    if (!found) { throw new Error(`no widget class ${moduleName}.${className} on the lean page`); }
    return found;
  }

  comm(commId, targetName) {
    const comm = new WorkerComm(this.worker, this.pending, commId, targetName);
    this.comms.set(commId, comm);
    return comm;
  }

  async _create_comm(target, modelId, data, metadata, buffers) {
    const comm = this.comm(modelId || base.uuid(), target);  // (crypto.randomUUID needs https)
    if (data || metadata) { comm.open(data, null, metadata, buffers); }
    return comm;
  }

  async _get_comm_info() { return {}; }

  // One message from Python; a model is made before the next message is handled, as a kernel's are.
  async fromPython(text, buffers) {
    const message = JSON.parse(text);
    message.buffers = buffers.map((b) => new DataView(b));
    const { comm_id: commId } = message.content;
    if (message.msg_type === "comm_open") {
      await this.handle_comm_open(this.comm(commId, message.content.target_name), message);
    } else if (this.comms.has(commId)) {
      const comm = this.comms.get(commId);
      if (message.msg_type === "comm_close") {
        this.comms.delete(commId);
        if (comm.onClose) { await comm.onClose(message); }
      } else if (comm.onMsg) {
        await comm.onMsg(message);
      }
    }
  }

  idle(id) {
    const callbacks = this.pending.get(id);
    this.pending.delete(id);
    const status = callbacks && callbacks.iopub && callbacks.iopub.status;
    if (status) { status({ content: { execution_state: "idle" } }); }
  }
}

function addStyles() {
  const style = document.createElement("style");
  // labvariables.css @imports materialcolors.css by a relative address: it is here instead.
  style.textContent = [colours, variables, lumino, widgetsBase].join("\n").replace(/^@import .*$/gm, "");
  document.head.appendChild(style);
}

// A cell's output in its element: a widget's view, or text; an error is the console's, not a pupil's.
async function draw(manager, cell, output) {
  const cellNode = document.querySelector(`[data-sl-output="${CSS.escape(cell)}"]`);
  const data = output.data || {};
  if (!cellNode || output.error || !output.data) {
    if (output.error) { console.error(`cell ${cell}: ${output.error}`); }
    return;
  }
  // As Voici's page holds a cell's output (the classroom's styles and scripts look for these).
  cellNode.classList.remove("jp-mod-noOutputs");
  const area = document.createElement("div");
  area.className = "jp-Cell-outputWrapper";
  area.innerHTML = '<div class="jp-OutputArea jp-Cell-outputArea"><div class="jp-OutputArea-child">'
    + '<div class="jp-OutputArea-output"></div></div></div>';
  cellNode.appendChild(area);
  const holder = area.querySelector(".jp-OutputArea-output");
  if (data[VIEW]) {
    try {
      const view = await manager.create_view(await manager.get_model(data[VIEW].model_id));
      Widget.attach(view.luminoWidget, holder);
    } catch (error) {
      holder.textContent = UNDRAWN;
      console.error(UNDRAWN, error);
    }
  } else if (data["text/plain"] !== undefined) {
    const pre = document.createElement("pre");
    pre.textContent = data["text/plain"];
    holder.appendChild(pre);
  }
}

function showCells(state) {
  const loading = document.getElementById("loading");
  if (loading) { loading.remove(); }
  const cells = document.getElementById("rendered_cells");
  if (cells) { cells.style.display = ""; }
  document.documentElement.dataset.slLean = state;
}

// Python could not start (a file missing, a browser without what Pyodide needs): the lesson's words
// stay, under a calm note whose button reloads the page, in the words a served page uses when its
// lesson stops (#sl-page-words, from words/<language>.yaml); it takes keyboard focus.
function showFailed() {
  const data = document.getElementById("sl-page-words");
  const say = data ? JSON.parse(data.textContent).words : null;
  if (!say || document.querySelector(".sl-lesson-stopped")) { return; }  // said once is enough
  const note = document.createElement("div");
  note.className = "sl-lesson-stopped";
  note.setAttribute("role", "alert");
  for (const parts of [[say["lesson-stopped"], say["not-your-fault"]], [say["reload-to-restart"]]]) {
    const line = document.createElement("p");
    parts.forEach((part, i) => {
      const node = document.createElement(i === 0 && parts.length > 1 ? "strong" : "span");
      node.textContent = (i > 0 ? " " : "") + part;
      line.appendChild(node);
    });
    note.appendChild(line);
  }
  const reload = document.createElement("button");
  reload.type = "button";
  reload.textContent = say["reload-lesson"];
  reload.addEventListener("click", () => window.location.reload());
  note.appendChild(reload);
  document.body.insertBefore(note, document.body.firstChild);
  reload.focus();
}

function start() {
  const config = JSON.parse(document.getElementById("sl-lean").textContent);
  const resolve = (address) => new URL(address, document.baseURI).href;
  addStyles();
  const worker = new Worker(resolve(config.worker));
  const manager = new LessonManager(worker);
  window.slLessonPage = { worker, manager };
  worker.onerror = (error) => {  // the worker's own script did not load or run
    console.error("The lesson could not start:", error.message);
    showCells("failed");
    showFailed();
  };
  let chain = Promise.resolve();  // Python's messages, in the order it sent them
  worker.onmessage = ({ data }) => {
    chain = chain.then(async () => {
      if (data.kind === "comm") {
        await manager.fromPython(data.text, data.buffers);
      } else if (data.kind === "idle") {
        manager.idle(data.id);
      } else if (data.kind === "output") {
        await draw(manager, data.cell, data.output);
      } else if (data.kind === "ready") {
        window.slLessonPage.phases = data.phases;
        showCells("drawn");
      } else if (data.kind === "failed") {
        console.error("The lesson could not start:", data.error);
        showCells("failed");
        showFailed();
      }
    }).catch((error) => console.error(error));
  };
  worker.postMessage({ kind: "start", config: {
    pyodide: resolve(config.pyodide), index: resolve(config.pyodide).replace(/[^/]*$/, ""),
    wheels: config.wheels.map(resolve), contents: resolve(config.contents), cwd: config.cwd, cells: config.cells,
    snapshot: config.snapshot && resolve(config.snapshot),
  } });
}

start();
