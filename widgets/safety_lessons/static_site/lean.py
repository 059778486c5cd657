"""`build-static --lean`: each lesson page of a built site without Voici's JupyterLab application.
The page keeps what Voici's build wrote (the words rendered from Markdown, the classroom's toolbar,
steps and read-aloud scripts) and loads, in place of Voici's, lean-site.js: a widget manager of our
own, with the lesson's Python in a web worker (worker.js) that has no IPython and no kernel
(`in_browser`). The lessons' files reach that Python as one zip, not file by file.

Where node is found, the build also keeps that Python's memory once its packages are imported (a
Pyodide memory snapshot, made by snapshot.mjs: Pyodide's snapshot API is private in 0.29), and the
pages' worker starts from it instead of starting Python cold. Without node, or if the snapshot
fails, the build says so and the pages start Python as Voici's do.

Built from assets/static-lean (`node assets/static-lean/build.mjs`) into the package's `lean/`.
"""

from __future__ import annotations

import gzip
import hashlib
import html
import io
import json
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path

from .pyodide_dist import BuildError

HERE = Path(__file__).parent / "lean"
SCRIPTS = ("lean-site.js", "worker.js")
SNAPSHOT_SCRIPT = "snapshot.mjs"
SNAPSHOT_TIMEOUT = 600  # s: Python started once in node, on a busy machine
# Packages a lesson page's Python loads with ours, and what their locks' `depends` name that it must not.
ENTRY = "safety-lessons"
NOT_LOADED = {"ipython", "widgetsnbextension"}  # a shell (in_browser stands in), JupyterLab's extension
CONTENT = (".yaml", ".yml", ".svg")
CONFIG = re.compile(r'<script id="jupyter-config-data" type="application/json">.*?</script>\s*', re.S)
VOICI = re.compile(r'<script src="[^"]*build/voici\.js"></script>')
CODE_CELL = re.compile(r'<div id="cell-id=([\w-]+)" class="jp-Cell jp-CodeCell')


def wheels(runtime: Path) -> list[str]:
    """The wheel files (in `runtime`, the site's Pyodide folder) a lesson's Python loads: ours and
    what it depends on, by the site's lock, without IPython."""
    packages = json.loads((runtime / "pyodide-lock.json").read_text())["packages"]
    wanted: list[str] = []

    def take(name: str) -> None:
        if name in wanted or name in NOT_LOADED:
            return
        wanted.append(name)
        for dep in packages[name]["depends"]:
            take(dep)

    take(ENTRY)
    return [packages[name]["file_name"] for name in wanted]


def contents_zip(site: Path) -> str:
    """The lessons' files a page's Python reads (`files/`: YAML and pictures, not the notebooks) as
    one zip at the top of `site`, named for its contents; return its name."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted((site / "files").rglob("*")):
            if path.is_file() and path.suffix in CONTENT:
                info = zipfile.ZipInfo(path.relative_to(site / "files").as_posix(), (1980, 1, 1, 0, 0, 0))
                archive.writestr(info, path.read_bytes(), zipfile.ZIP_DEFLATED)
    data = buffer.getvalue()
    name = f"lessons-{hashlib.sha256(data).hexdigest()[:12]}.zip"
    (site / name).write_bytes(data)
    return name


def snapshot(top: Path, python: str, *, node: str | None = None,
             tell: Callable[[str], None] = print) -> str | None:
    """Python's memory with the lean pages' packages imported, made by `node` (found on the PATH if
    not given), gzip'd into `top`'s static/ under a name from its contents; return that name (from
    `top`), or None, having told why, without node or when the snapshot could not be made."""
    node = node or shutil.which("node")
    if node is None:
        tell("build-static --lean: node not found, so the lean pages start Python cold (a few seconds slower)")
        return None
    with tempfile.TemporaryDirectory(prefix="safety-lessons-snapshot-") as tmp:
        raw = Path(tmp) / "snapshot.bin"
        try:
            command = [node, str(HERE / SNAPSHOT_SCRIPT), str(top / python), str(raw), *wheels(top / python)]
            done = subprocess.run(command, capture_output=True, text=True, timeout=SNAPSHOT_TIMEOUT)
            failed = (done.stdout + done.stderr).strip()[-1000:] if done.returncode or not raw.is_file() else ""
        except (OSError, subprocess.TimeoutExpired) as err:
            failed = str(err)
        if failed:
            tell(f"build-static --lean: no Python snapshot, so the lean pages start Python cold:\n{failed}")
            return None
        data = gzip.compress(raw.read_bytes(), 6, mtime=0)
    name = f"static/snapshot-{hashlib.sha256(data).hexdigest()[:12]}.gz"
    (top / name).write_bytes(data)
    return name


def lean_pages(site: Path, python: str, *, top: Path | None = None, snapshot: str | None = None) -> None:
    """Every lesson page of `site` (a Voici site; `python` its Pyodide folder and `snapshot` its
    Python's snapshot if it has one, both from `top`, the site holding them, `site` by default) made
    lean: Voici's application and settings out, our scripts (one copy at the top of `top`) and the
    page's settings in."""
    top = top or site
    if top == site:
        for script in SCRIPTS:
            if not (HERE / script).is_file():
                raise BuildError(f"{HERE / script} is missing: node assets/static-lean/build.mjs")
            shutil.copy2(HERE / script, site / script)
    archive = contents_zip(site)
    loaded = wheels(top / python)
    for page in sorted((site / "voici" / "render").rglob("*.html")):
        notebook = site / "files" / page.relative_to(site / "voici" / "render").with_suffix(".ipynb")
        up = "../" * (len(page.relative_to(top).parts) - 1)
        here = "../" * (len(page.relative_to(site).parts) - 1)
        settings = {
            "worker": f"{up}worker.js", "pyodide": f"{up}{python}/pyodide.js",
            "wheels": [f"{up}{python}/{name}" for name in loaded], "contents": f"{here}{archive}",
            "cwd": "/drive/" + notebook.parent.relative_to(site / "files").as_posix(),
            "cells": code_cells(notebook),
        }
        if snapshot:
            settings["snapshot"] = f"{up}{snapshot}"
        page.write_text(lean_page(page.read_text(encoding="utf-8"), settings, f"{up}lean-site.js"), encoding="utf-8")


def code_cells(notebook: Path) -> list[tuple[str, str]]:
    """Each code cell's (id, source), in order: the page runs every one, however many there are."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return [(cell["id"], "".join(cell["source"])) for cell in cells
            if cell["cell_type"] == "code" and "".join(cell["source"]).strip()]


def lean_page(text: str, settings: Mapping[str, object], script: str) -> str:
    """A Voici page's HTML with our script in place of Voici's, its code cells marked for their
    outputs, and `settings` as JSON (`<` escaped: a lesson's source cannot close the script)."""
    if not VOICI.search(text):
        raise BuildError("a Voici page without build/voici.js: the lean page cannot replace it")
    text = CONFIG.sub("", text, count=1)
    text = CODE_CELL.sub(lambda m: f'<div id="cell-id={m[1]}" data-sl-output="{html.escape(m[1])}" '
                                   f'class="jp-Cell jp-CodeCell', text)
    data = json.dumps(settings).replace("<", "\\u003c")
    ours = f'<script type="application/json" id="sl-lean">{data}</script>\n<script src="{script}"></script>'
    return VOICI.sub(lambda _: ours, text, count=1)
