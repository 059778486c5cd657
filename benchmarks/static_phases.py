"""Where a static-site lesson's start goes, phase by phase (issue 36), for one or more built sites
measured in the same run (interleaved, each in an empty-cache browser context):

    PYTHONPATH=widgets .venv/bin/python benchmarks/static_phases.py SITE [SITE…] [--repeat 3]
        [--lesson ages-7-11/personal-details]

SITE is a folder `safety-lessons build-static` made. A small page added to a copy of it does what
the Pyodide kernel's worker does, in order, timing each step with `performance.now()`: the runtime
(wasm and stdlib), installing the preloaded packages, piplite/micropip, jedi, prompt_toolkit, the
rest of IPython, the kernel (ipykernel, `import pyodide_kernel`), then the lesson's own cells run
through that kernel (`open_lesson` and every `lesson.show`), with the lesson's files in its drive.
Medians in ms; the last columns are each site's ratio to the first site's.

With `--pages FIRST SECOND`, each repeat also opens the real lesson pages in each site, as
run.py's static figures do: FIRST in an empty-cache browser context, then SECOND in the same one,
each until its first control answers (navigation → feedback).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from safety_lessons.harness import CHROMIUM, CHROMIUM_FLAGS, StaticSite
from safety_lessons.static_site.pyodide_dist import PRELOAD

NO_OTHER_HOSTS = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"
PHASES = ["runtime", "packages install", "piplite/micropip", "jedi", "prompt_toolkit", "rest of IPython",
          "ipykernel + pyodide_kernel", "lesson work", "total"]
PAGE = """<!doctype html><meta charset="utf-8"><script src="%(pyodide)s"></script><script>
window.phases = (async () => {
  const t = {}; let last = performance.now(); const start = last;
  const mark = (name) => { const now = performance.now(); t[name] = now - last; last = now; };
  const py = await loadPyodide({indexURL: "%(index)s"}); mark("runtime");
  await py.loadPackage(%(preload)s); mark("packages install");
  await py.runPythonAsync("import micropip, piplite.piplite"); mark("piplite/micropip");
  await py.runPythonAsync("try:\\n import jedi\\nexcept ImportError:\\n pass"); mark("jedi");
  await py.runPythonAsync("try:\\n import prompt_toolkit\\nexcept ImportError:\\n pass"); mark("prompt_toolkit");
  await py.runPythonAsync("import IPython"); mark("rest of IPython");
  await py.runPythonAsync("import pyodide_kernel"); mark("ipykernel + pyodide_kernel");
  for (const name of %(files)s) {
    const data = new Uint8Array(await (await fetch("files/" + name)).arrayBuffer());
    py.FS.mkdirTree("/drive/" + name.split("/").slice(0, -1).join("/"));
    py.FS.writeFile("/drive/" + name, data);
  }
  last = performance.now();
  py.globals.set("CELLS", py.toPy(%(cells)s));
  const status = await py.runPythonAsync(`
import os, pyodide_kernel
os.chdir("/drive/lessons/%(band)s")
shell = pyodide_kernel.kernel_instance.interpreter
shell.send_comm = lambda *args, **kwargs: None  # no front end here: widgets' messages go nowhere
failed = []
for cell in CELLS:
    answer = await pyodide_kernel.kernel_instance.run(cell)
    if answer["status"] != "ok":
        failed.append(answer["evalue"])
broken = await pyodide_kernel.kernel_instance.run("1 / 0")  # a traceback is still made
if "ZeroDivisionError" not in broken.get("ename", ""):
    failed.append("no traceback")
failed`);
  mark("lesson work"); t.total = performance.now() - start; t.failed = status.toJs();
  return t;
})();
</script>"""


def page(site: Path, ref: str) -> str:
    notebook = json.loads((site / "files" / "lessons" / f"{ref}.ipynb").read_text())
    cells = ["".join(c["source"]) for c in notebook["cells"] if c["cell_type"] == "code"]
    files = sorted(p.relative_to(site / "files").as_posix() for p in (site / "files").rglob("*")
                   if p.is_file() and p.suffix in (".yaml", ".yml", ".svg"))
    folder = next(p for p in sorted((site / "static").glob("pyodide*")) if (p / "pyodide.js").is_file())
    index = f"{folder.relative_to(site).as_posix()}/"
    return PAGE % {"pyodide": f"{index}pyodide.js", "index": index,
                   "preload": json.dumps(PRELOAD), "files": json.dumps(files), "cells": json.dumps(cells),
                   "band": ref.split("/")[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sites", nargs="+", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--lesson", default="ages-7-11/personal-details")
    parser.add_argument("--pages", nargs=2, metavar=("FIRST", "SECOND"))
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).parent))
    import run  # type: ignore[import-not-found]
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="static-phases-") as tmp:
        served = []
        for number, site in enumerate(args.sites):
            copy = Path(tmp) / str(number)
            shutil.copytree(site, copy, symlinks=True)
            (copy / "phases.html").write_text(page(copy, args.lesson))
            served.append(StaticSite(copy))
        runs: list[list[dict[str, float]]] = [[] for _ in served]
        pages: list[list[tuple[float, float]]] = [[] for _ in served]
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=[*CHROMIUM_FLAGS, NO_OTHER_HOSTS])
                for _ in range(args.repeat):
                    for number, site in enumerate(served):
                        context = browser.new_context()
                        pg = context.new_page()
                        pg.goto(f"{site.url}phases.html")
                        result = pg.evaluate("window.phases")
                        context.close()
                        failed = result.pop("failed")
                        if failed:
                            print(f"{args.sites[number]}: the lesson's cells failed: {failed}", file=sys.stderr)
                        runs[number].append(result)
                        if args.pages:
                            with run.fresh_page(browser) as lesson:
                                first, second = (run.static_load(lesson, site.lesson_url(ref), ".sl-activity")
                                                 for ref in args.pages)
                                pages[number].append((first.tti_ms, second.tti_ms))
                browser.close()
        finally:
            for site in served:
                site.stop()
    medians = [{phase: statistics.median(r[phase] for r in site_runs) for phase in PHASES} for site_runs in runs]
    head = ["phase", *[f"{s.name} (ms)" for s in args.sites], *[f"{s.name} / first" for s in args.sites[1:]]]
    print(f"Median of {args.repeat}, lesson {args.lesson}")
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for phase in PHASES:
        figures = [f"{m[phase]:.0f}" for m in medians]
        ratios = [f"{m[phase] / medians[0][phase]:.2f}x" if medians[0][phase] > 1 else "" for m in medians[1:]]
        print("| " + " | ".join([phase, *figures, *ratios]) + " |")
    if args.pages:
        print(f"\nReal pages, navigation → first control answers (median of {args.repeat})")
        for which, name in enumerate([f"first lesson ({args.pages[0]}), empty cache",
                                      f"second lesson ({args.pages[1]}), same browser"]):
            figures = [statistics.median(p[which] for p in site_pages) for site_pages in pages]
            print("| " + " | ".join([name, *[f"{f:.0f}" for f in figures],
                                     *[f"{f / figures[0]:.2f}x" for f in figures[1:]]]) + " |")


if __name__ == "__main__":
    main()
