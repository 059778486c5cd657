// Run by `build-static --lean` where node is found: Python's memory once the lean page's packages
// are imported, as a file the page's worker starts from (gzip'd by the build), so a lesson skips
// starting Python and importing them (most of its wait). Pyodide's snapshot API is private
// (`_makeSnapshot`, `makeMemorySnapshot`, `_loadSnapshot` in 0.29): a runtime upgrade checks it first.
// Packages are unpacked from Python, not by `loadPackage`, whose JS references a snapshot cannot
// keep; the page still installs them (their files are not in the snapshot: only memory is).
//
//   node snapshot.mjs PYODIDE_DIR OUT WHEEL...
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [folder, out, ...wheels] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(join(folder, "pyodide.mjs")).href);
// As in a browser's worker: no environment of this machine's, nothing printed.
const py = await loadPyodide({ indexURL: folder + "/", _makeSnapshot: true, env: { HOME: "/home/pyodide" },
  stdout: () => {}, stderr: () => {} });
for (const wheel of wheels) {
  py.FS.writeFile("/tmp/wheel.whl", readFileSync(join(folder, wheel)));
  py.runPython('import sysconfig, zipfile; zipfile.ZipFile("/tmp/wheel.whl").extractall(sysconfig.get_paths()["purelib"])');
}
py.FS.unlink("/tmp/wheel.whl");
py.runPython(`
import importlib
importlib.invalidate_caches()
from safety_lessons.static_site import in_browser
in_browser.prepare()
`);
writeFileSync(out, py.makeMemorySnapshot());
