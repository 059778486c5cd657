"""`safety-lessons build-static OUTDIR`: every lesson as a static web site (Voici on JupyterLite)
whose Python runs in the pupil's browser (Pyodide). Any web server can host the folder; a page
asks for nothing but files from that folder.

Layout of the site::

    index.html                                  the pupils' landing page (lessons by band and topic)
    voici/render/lessons/<band>/<topic>.html    a pupil's page (no teacher notes)
    take-home/<band>/<topic>.html               a lesson's take-home sheet for families
    static/pyodide-<digest>/                    the Python runtime and every wheel (offline), named
                                                for its contents, so browsers may keep it long
    teacher/                                    the teacher site, the only place with teacher notes
                                                (a school puts it behind its staff login)
    teacher/index.html                          the teachers' landing page (both views of each lesson)
    teacher/voici/render/lessons/teacher/<band>/<topic>.html   a lesson's teacher view, using
                                                the Python and fonts of the site around it
    lesson-swap.js                              with `--swap-lessons` only: lesson pages list the
                                                lessons in the page and open one in its Python
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .build import build_config, build_static, fonts, landing, lite_config, stage_contents, swap_pages, voici_site
    from .pyodide_dist import BuildError

# Loaded on first use: a lean page's Python imports `in_browser` from this package, and must not
# import the build (and the server's pages) with it.
_FROM = {"BuildError": "pyodide_dist", **{name: "build" for name in (
    "build_config", "build_static", "fonts", "landing", "lite_config", "stage_contents", "swap_pages", "voici_site")}}

__all__ = ["BuildError", "build_config", "build_static", "fonts", "landing", "lite_config", "stage_contents",
           "swap_pages", "voici_site"]


def __getattr__(name: str) -> Any:
    if name not in _FROM:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{_FROM[name]}", __name__), name)
