"""Building the static site: stage the lessons, bundle Python, run Voici, add the landing page."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from ..content.library import Library
from ..kernel_env import TEACHER_DIR
from ..registry import library
from ..server import pages
from . import pyodide_dist
from .pyodide_dist import BuildError

KERNEL_PLUGIN = "@jupyterlite/pyodide-kernel-extension:kernel"
CONTENT = (".yaml", ".yml")
PYODIDE_KERNEL = {"name": "python", "display_name": "Python (Pyodide)", "language": "python"}
FONTS = "fonts"
VOICI = "import sys; from voici_core.app import main; sys.exit(main())"  # `voici`, with this Python


def default_cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "safety-lessons" / "static"


def stage_contents(lib: Library, contents: Path, *, teacher: bool = False) -> list[tuple[str, str]]:
    """Copy what the lessons read (catalogue, facts, words, lesson YAML, characters' pictures) and
    one set of the staged copies of their notebooks (`pages.lesson_copies`) into `contents/lessons`:
    the pupils' copies (without teacher notes), or with `teacher` the teachers' copies, under
    `lessons/teacher/` as `serve` stages them (the kernel knows a teacher view by that folder)."""
    lessons = contents / "lessons"
    for path in lib.root.rglob("*"):
        relative = path.relative_to(lib.root)
        hidden = len(relative.parts) == 2 and lib.hidden(relative.parts[0], path.stem)  # school.yaml `hidden:`
        dotted = any(p.startswith(".") for p in relative.parts)
        if path.is_file() and path.suffix in CONTENT and not hidden and not dotted:
            (lessons / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, lessons / relative)
    if lib.cast_path.is_file():  # the characters' pictures, where characters.yaml says they are
        pictures = Path(os.path.normpath(lessons / lib.cast.pictures))
        if not pictures.is_relative_to(contents):
            raise BuildError(f"{lib.cast_path}: pictures: {lib.cast.pictures} is outside the lessons' "
                             "parent folder, so the site cannot hold it; expected e.g. ../assets/characters")
        pictures.mkdir(parents=True, exist_ok=True)
        for picture in lib.pictures_folder.glob("*.svg"):
            shutil.copy2(picture, pictures / picture.name)
    for name, text in pages.lesson_copies(lib).items():
        if name.startswith(f"{TEACHER_DIR}/") != teacher:
            continue
        (lessons / name).parent.mkdir(parents=True, exist_ok=True)
        (lessons / name).write_text(in_browser(text), encoding="utf-8")
    return [(band, topic) for band, topic, _ in lib.lessons()]


def in_browser(notebook: str) -> str:
    """A staged notebook asking for the Pyodide kernel by its name (`python`), so the page does not
    look for `python3` first and say it is not available."""
    source = json.loads(notebook)
    source.setdefault("metadata", {})["kernelspec"] = PYODIDE_KERNEL
    return json.dumps(source, indent=1)


def lite_config(packages: list[str], *, pyodide_url: str | None = None) -> dict[str, Any]:
    """The kernel's settings: no PyPI, `packages` loaded at start, and Pyodide from `pyodide_url`
    (relative to the site's top) if given, else from the site's own static/pyodide/."""
    kernel: dict[str, Any] = {"disablePyPIFallback": True, "loadPyodideOptions": {"packages": packages}}
    if pyodide_url is not None:
        kernel["pyodideUrl"] = pyodide_url
    return {"jupyter-lite-schema-version": 0, "jupyter-config-data": {"litePluginSettings": {KERNEL_PLUGIN: kernel}}}


def build_config() -> dict[str, Any]:
    """Only the Pyodide kernel's extension: Voici also installs xeus's, whose kernel is not used
    here and which asks another host (raw.githubusercontent.com) for a package map."""
    return {"LiteBuildConfig": {"ignore_sys_prefix": ["federated_extensions"],
                                "federated_extensions": [str(pyodide_dist.kernel_extension())]}}


def fonts(site: Path, top: Path | None = None) -> None:
    """Voici puts the template's CSS inside each page, so its `url("fonts/…")` would resolve
    beside the page: point those at one copy of the fonts at the top of `top` (the site holding
    `site`, which has the fonts already), or else of `site`."""
    top = top or site
    if top == site:
        shutil.copytree(_template_dir() / "static" / "fonts", site / FONTS)
    for page in (site / "voici" / "render").rglob("*.html"):
        up = "../" * (len(page.relative_to(top).parts) - 1)
        text = page.read_text(encoding="utf-8")
        page.write_text(text.replace('url("fonts/', f'url("{up}{FONTS}/'), encoding="utf-8")


def landing(lib: Library, out: Path) -> None:
    """The pupils' landing page (`index.html`: no teacher views) and the teachers' (`teacher/index.html`:
    both views of every lesson, as the served landing page lists them)."""
    pupils = pages.landing_page(lib, css="landing.css", pupil_href=lesson_page, site="")
    (out / "index.html").write_text(pupils, encoding="utf-8")
    teachers = pages.landing_page(
        lib, css="../landing.css", pupil_href=lambda band, topic: f"../{lesson_page(band, topic)}",
        teacher_href=lambda band, topic: lesson_page(band, topic, teacher=True), site="../")
    (out / TEACHER_DIR).mkdir(exist_ok=True)
    (out / TEACHER_DIR / "index.html").write_text(teachers, encoding="utf-8")
    shutil.copy2(_template_dir() / "static" / "landing.css", out / "landing.css")


def lesson_page(band: str, topic: str, *, teacher: bool = False) -> str:
    """Where a lesson's page is from the top of its site: the pupils' site, or the teachers' (in
    the pupils' `teacher/` folder), whose notebooks are under lessons/teacher/ as `serve` stages them."""
    return f"voici/render/lessons/{TEACHER_DIR + '/' if teacher else ''}{band}/{topic}.html"


def take_home_sheets(lib: Library, out: Path) -> None:
    """Each lesson's take-home sheet at take-home/<band>/<topic>.html, with its stylesheet."""
    shutil.copy2(_template_dir() / "static" / "take-home.css", out / "take-home.css")
    for band, topic, _ in lib.lessons():
        path = out / pages.take_home_path(band, topic)
        up = "../" * (len(path.relative_to(out).parts) - 1)
        page = pages.take_home_page(lib, band, topic, static=up, home=f"{up}index.html")
        if page is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(page, encoding="utf-8")


SWAP_SCRIPT = "lesson-swap.js"


def swap_pages(site: Path) -> None:
    """Every lesson page of `site` (the teacher site's too) loads the classroom template's
    lesson-swap.js, one copy at the top of `site`: "All lessons" then lists the lessons in the page,
    and a lesson chosen there runs in the page's Python instead of a new page starting its own."""
    shutil.copy2(_template_dir() / "static" / SWAP_SCRIPT, site / SWAP_SCRIPT)
    for page in site.rglob("voici/render/**/*.html"):
        up = "../" * (len(page.relative_to(site).parts) - 1)
        text = page.read_text(encoding="utf-8")
        head, end, tail = text.rpartition("</html>")
        if not end:
            raise BuildError(f"{page}: no </html>, so the page cannot load {SWAP_SCRIPT}")
        page.write_text(f'{head}<script src="{up}{SWAP_SCRIPT}"></script>\n{end}{tail}', encoding="utf-8")


def _template_dir() -> Path:
    try:
        return pages.template_dir()
    except FileNotFoundError as err:
        raise BuildError(str(err)) from err


def build_static(root: Path, outdir: Path, cache: Path | None = None, *,
                 swap_lessons: bool = False, lean: bool = False) -> list[tuple[str, str]]:
    """Build the site into `outdir` (replaced); return the (band, topic) lessons it holds. With
    `swap_lessons`, a lesson chosen from a lesson page opens in that page's Python (`swap_pages`);
    with `lean`, lesson pages run without Voici's application or a kernel (`lean.lean_pages`)."""
    from ..authoring.check import check
    from .lean import lean_pages, snapshot

    if swap_lessons and lean:
        raise BuildError("--swap-lessons works in Voici's pages only, not with --lean")
    report = check(root)
    if report.errors:
        raise BuildError("the lessons have problems; `safety-lessons check` lists them")
    lib = library(root)
    with tempfile.TemporaryDirectory(prefix="safety-lessons-static-") as tmp:
        work = Path(tmp)
        lessons = stage_contents(lib, work / "pupils")
        stage_contents(lib, work / "teachers", teacher=True)
        python = voici_site(work / "pupils", work / "site", cache or default_cache())
        voici_site(work / "teachers", work / "site" / TEACHER_DIR, cache or default_cache(), inside=python)
        landing(lib, work / "site")
        take_home_sheets(lib, work / "site")
        if lean:
            shot = snapshot(work / "site", python)
            lean_pages(work / "site", python, snapshot=shot)
            lean_pages(work / "site" / TEACHER_DIR, python, top=work / "site", snapshot=shot)
        if swap_lessons:
            swap_pages(work / "site")
        if outdir.exists():
            shutil.rmtree(outdir)
        shutil.move(str(work / "site"), str(outdir))
    return lessons


def voici_site(contents: Path, out: Path, cache: Path, *, inside: str | None = None) -> str:
    """Every notebook in `contents` as a Voici page in `out`, in the classroom template, with the
    offline Pyodide beside them in a versioned folder (whose name, from `out`, it returns); or,
    `inside` a site built into the folder above (the teacher site in the pupils'), using that site's
    Pyodide (`inside` names its folder) and fonts, so `out` holds no copy of them.
    JupyterLite's own apps (lab, notebook, repl) are left out with the webpack chunks only they use:
    a lesson page loads Voici's (voici/build), never those."""
    missing = [name for name in ("voici_core", "jupyterlite_pyodide_kernel") if importlib.util.find_spec(name) is None]
    if missing:
        raise BuildError(f"build-static needs Voici ({', '.join(missing)} missing): "
                         "pip install 'safety-lessons[static]'")
    with tempfile.TemporaryDirectory(prefix="safety-lessons-lite-") as tmp:
        lite, built = Path(tmp) / "lite", Path(tmp) / "site"  # JupyterLite leaves out any contents folder
        lite.mkdir()                                          # named like its output: build, then move
        if inside:
            config = lite_config(pyodide_dist.PRELOAD, pyodide_url=f"./../{inside}/pyodide.js")
        else:
            config = lite_config(pyodide_dist.build(lite / pyodide_dist.SITE_PYODIDE, cache))
        (lite / "jupyter-lite.json").write_text(json.dumps(config, indent=1))
        (lite / "jupyter_lite_config.json").write_text(json.dumps(build_config(), indent=1))
        template_root = _template_dir().parents[2]  # …/share/jupyter or assets/
        env = {**os.environ, "JUPYTER_PATH": os.pathsep.join(
            filter(None, [str(template_root), os.environ.get("JUPYTER_PATH")]))}
        done = subprocess.run(
            [sys.executable, "-c", VOICI, "build", "--contents", str(contents), "--output-dir", str(built),
             "--template", pages.TEMPLATE, "--disable-addons", "jupyterlite-xeus", "--no-sourcemaps",
             "--no-unused-shared-packages"],
            cwd=lite, env=env, capture_output=True, text=True)
        if done.returncode:
            raise BuildError(f"voici build failed:\n{(done.stdout + done.stderr).strip()[-3000:]}")
        shutil.move(str(built), str(out))
    fonts(out, out.parent if inside else None)
    if inside:
        return inside
    python = pyodide_dist.versioned(out)
    for page in [out / "jupyter-lite.json", *(out / "voici").rglob("*.html")]:  # each page holds the settings
        text = page.read_text(encoding="utf-8")
        page.write_text(text.replace(f"{pyodide_dist.SITE_PYODIDE}/pyodide.js", f"{python}/pyodide.js"),
                        encoding="utf-8")
    return python
