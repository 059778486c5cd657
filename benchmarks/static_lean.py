"""The lean static page (`build-static --lean`, issue 36) against Voici's, in one run: a pupil's first
lesson with an empty cache, as Voici's page and as the lean page (Python started cold, and from the
build's snapshot, as `--lean` makes it where node is found), and the bare one-button notebook as a
Voici page (the issue's baseline), interleaved; then where the lean pages' time goes, from the
worker's own marks:

    PYTHONPATH=widgets .venv/bin/python benchmarks/static_lean.py [--site BUILT] [--repeat 3]
        [--lesson ages-7-11/personal-details]

BUILT is a folder `safety-lessons build-static` made (without --lean or --swap-lessons; built here
if not given): its lean twin is made from a copy of it, as `--lean` does, so both hold the same files.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from safety_lessons.harness import CHROMIUM, CHROMIUM_FLAGS, StaticSite
from safety_lessons.kernel_env import TEACHER_DIR
from safety_lessons.static_site import build_static, voici_site
from safety_lessons.static_site.build import default_cache
from safety_lessons.static_site.lean import lean_pages, snapshot

PHASES = ["runtime", "packages", "lessons' files", "ipywidgets", "cells"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--lesson", default="ages-7-11/personal-details")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).parent))
    import run  # type: ignore[import-not-found]
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="static-lean-") as name:
        tmp = Path(name)
        voici = tmp / "voici"
        if args.site:
            shutil.copytree(args.site, voici, symlinks=True)
        else:
            build_static(run.LESSONS, voici)
        python = next(p for p in sorted((voici / "static").glob("pyodide-*")) if p.is_dir()).relative_to(voici)
        twins = {"lean": None, "lean+snapshot": ""}  # without a snapshot, and with one if node can make it
        for key in twins:
            lean = tmp / key
            shutil.copytree(voici, lean, symlinks=True)
            twins[key] = snapshot(lean, python.as_posix()) if key == "lean+snapshot" else None
            lean_pages(lean, python.as_posix(), snapshot=twins[key])
            lean_pages(lean / TEACHER_DIR, python.as_posix(), top=lean, snapshot=twins[key])
        (tmp / "bare" / "lessons").mkdir(parents=True)
        run.bare_notebook(tmp / "bare" / "lessons")
        voici_site(tmp / "bare", tmp / "bare-site", default_cache())
        sites = {"bare": StaticSite(tmp / "bare-site"), "voici": StaticSite(voici),
                 **{key: StaticSite(tmp / key) for key in twins}}
        times: dict[str, list[float]] = {key: [] for key in sites}
        phases: dict[str, list[dict[str, float]]] = {key: [] for key in twins}
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=[*CHROMIUM_FLAGS, run.NO_OTHER_HOSTS])
                try:
                    for _ in range(args.repeat):  # interleaved, so each sees the same machine
                        for key, site in sites.items():
                            url = site.lesson_url("button" if key == "bare" else args.lesson)
                            with run.fresh_page(browser) as page:
                                load = run.static_load(page, url, ".bench-root" if key == "bare" else ".sl-activity")
                                if load.tti_ms is not None:
                                    times[key].append(load.tti_ms)
                                if key in phases:
                                    phases[key].append(page.evaluate("window.slLessonPage.phases"))
                finally:
                    browser.close()
        finally:
            for site in sites.values():
                site.stop()
    bare = statistics.median(times["bare"])
    print(f"Median of {args.repeat}, empty cache, navigation → first control answers; lesson {args.lesson}")
    print("| page | ms | vs bare Voici page |\n|---|---|---|")
    for key, label in [("bare", "bare one-button notebook, Voici"), ("voici", "first lesson, Voici's page"),
                       ("lean", "first lesson, lean page, Python started cold"),
                       ("lean+snapshot", "first lesson, lean page from the build's snapshot (--lean)")]:
        figure = statistics.median(times[key]) if times[key] else float("nan")
        print(f"| {label} | {figure:.0f} | {figure / bare:.2f}x |")
    print("\nThe lean pages' worker, phase by phase (median ms)\n| phase | cold | from the snapshot |\n|---|---|---|")
    for phase in PHASES:
        print(f"| {phase} | " + " | ".join(f"{statistics.median(p[phase] for p in phases[key]):.0f}"
                                           for key in phases) + " |")


if __name__ == "__main__":
    main()
