// The lean lesson page: the lesson's widgets drawn by a widget manager of our own, on the kernel
// Voila started for this page, in place of Voila's JupyterLab application.
//
// Voila still runs the notebook and writes the page: each code cell's outputs are JSON in a
// `<script type="application/vnd.voila.cell-output+json">`, the kernel's id and the base URL in
// `#jupyter-config-data`. This script connects to that kernel (a same-origin websocket, so the
// guard's cookies ride on it), restores every widget model the kernel holds (one
// `request_states` on the `jupyter.widget.control` comm, or the models one by one), draws each
// widget output where its script was, and shows the cells. Only the widget classes the lessons' views
// make are here (`@jupyter-widgets/base`, and those of `controls` by name): a class missing is an
// activity the page cannot draw.
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
import { ServerConnection } from "@jupyterlab/services/lib/serverconnection";
import { CommsOverSubshells } from "@jupyterlab/services/lib/kernel/comm";
import { KernelConnection } from "@jupyterlab/services/lib/kernel/default";
import { Widget } from "@lumino/widgets";
import lumino from "@jupyter-widgets/controls/css/lumino.css";
import variables from "@jupyter-widgets/controls/css/labvariables.css";
import colours from "@jupyter-widgets/controls/css/materialcolors.css";
import widgetsBase from "@jupyter-widgets/controls/css/widgets-base.css";

const OUTPUT = 'script[type="application/vnd.voila.cell-output+json"]';
const VIEW = "application/vnd.jupyter.widget-view+json";
const CONTROLS = {
  BoxModel, BoxView, HBoxModel, HBoxView, VBoxModel, VBoxView, ButtonModel, ButtonStyleModel, ButtonView,
  CheckboxModel, CheckboxStyleModel, CheckboxView, ToggleButtonModel, ToggleButtonStyleModel, ToggleButtonView,
  DescriptionStyleModel, DropdownModel, DropdownView, RadioButtonsModel, RadioButtonsView, ToggleButtonsModel,
  ToggleButtonsStyleModel, ToggleButtonsView, HTMLModel, HTMLStyleModel, HTMLView, TextModel, TextStyleModel, TextView,
};
const MODULES = { "@jupyter-widgets/base": base, "@jupyter-widgets/controls": CONTROLS };
// What Voila's application gives the page around the cells (its styles and its shell's panel).
const LAYOUT = "body.jp-Notebook { margin: 0; padding: 0; } #rendered_cells { padding: 10px; box-sizing: border-box; }";
// What kernel-watch.js looks for in an activity the page could not draw.
const UNDRAWN = "Error displaying widget";

class LessonManager extends ManagerBase {
  constructor(kernel) {
    super();
    this.kernel = kernel;
    kernel.registerCommTarget(this.comm_target_name, (comm, msg) =>
      this.handle_comm_open(new base.shims.services.Comm(comm), msg));
  }

  async loadClass(className, moduleName) {
    const found = MODULES[moduleName] && MODULES[moduleName][className];
    if (!found) { throw new Error(`no widget class ${moduleName}.${className} on the lean page`); }
    return found;
  }

  async _create_comm(target, modelId, data, metadata, buffers) {
    const comm = this.kernel.createComm(target, modelId);
    if (data || metadata) { comm.open(data, metadata, buffers); }
    return new base.shims.services.Comm(comm);
  }

  async _get_comm_info() {
    const reply = await this.kernel.requestCommInfo({ target_name: this.comm_target_name });
    return reply.content.status === "ok" ? reply.content.comms : {};
  }
}

function config() {
  const found = document.getElementById("jupyter-config-data");
  return found ? JSON.parse(found.textContent) : {};
}

function addStyles() {
  const style = document.createElement("style");
  // labvariables.css @imports materialcolors.css by a relative address: it is here instead.
  style.textContent = [colours, variables, lumino, widgetsBase, LAYOUT].join("\n").replace(/^@import .*$/gm, "");
  document.head.appendChild(style);
}

// One cell output where its script was: a widget's view, HTML, or text; errors and streams
// (the kernel's own messages) are not a pupil's to see.
async function draw(manager, script) {
  const output = JSON.parse(script.textContent);
  const data = output.data || {};
  const holder = document.createElement("div");
  holder.className = "jp-OutputArea-output";
  script.replaceWith(holder);
  if (data[VIEW]) {
    try {
      const model = await manager.get_model(data[VIEW].model_id);
      const view = await manager.create_view(model);
      Widget.attach(view.luminoWidget, holder);
    } catch (error) {
      holder.textContent = UNDRAWN;
      console.error(UNDRAWN, error);
    }
  } else if (data["text/html"] !== undefined) {
    holder.innerHTML = [].concat(data["text/html"]).join("");
  } else if (data["text/plain"] !== undefined) {
    const pre = document.createElement("pre");
    pre.textContent = [].concat(data["text/plain"]).join("");
    holder.appendChild(pre);
  }
}

function showCells() {
  const loading = document.getElementById("loading");
  if (loading) { loading.remove(); }
  const cells = document.getElementById("rendered_cells");
  if (cells) { cells.style.display = ""; }
}

async function start() {
  addStyles();
  const { baseUrl, kernelId } = config();
  const serverSettings = ServerConnection.makeSettings({ baseUrl });
  const kernel = new KernelConnection({ model: { id: kernelId, name: "python3" }, serverSettings });
  // Voila passes no subshell messages: every comm on the kernel's one shell.
  kernel.commsOverSubshells = CommsOverSubshells.Disabled;
  const manager = new LessonManager(kernel);
  // The page's kernel connection and widget manager, where Voila's page has them on `window.jupyterapp`:
  // a browser's console (or a test) can watch the connection or have it reconnect.
  window.slLessonPage = { kernel, manager };
  // As Voila's page does: a pupil leaving the lesson shuts its kernel down at once.
  window.addEventListener("beforeunload", () => {
    const data = new FormData();
    const xsrf = document.cookie.match("\\b_xsrf=([^;]*)\\b");
    data.append("_xsrf", xsrf ? xsrf[1] : "");
    navigator.sendBeacon(`${baseUrl}voila/api/shutdown/${kernelId}`, data);
    kernel.dispose();
  });
  await manager._loadFromKernel();
  await Promise.all([...document.querySelectorAll(OUTPUT)].map((script) => draw(manager, script)));
  showCells();
  document.documentElement.dataset.slLean = "drawn";
}

start().catch((error) => {
  console.error("The lesson could not start", error);
  showCells();
  document.documentElement.dataset.slLean = "failed";
});
