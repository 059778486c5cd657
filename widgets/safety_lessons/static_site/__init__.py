"""`safety-lessons build-static OUTDIR`: every lesson as a static web site (Voici on JupyterLite)
whose Python runs in the pupil's browser (Pyodide). Any web server can host the folder; a page
asks for nothing but files from that folder.

Layout of the site::

    index.html                                  the landing page (lessons by band and topic)
    voici/render/lessons/<band>/<topic>.html    a pupil's page (no teacher notes)
    voici/render/lessons/teacher/<band>/<topic>.html   the teacher view of the same lesson
    static/pyodide/                             the Python runtime and every wheel (offline)
"""

from __future__ import annotations

from .build import build_config, build_static, fonts, landing, lite_config, stage_contents, voici_site
from .pyodide_dist import BuildError

__all__ = ["BuildError", "build_config", "build_static", "fonts", "landing", "lite_config", "stage_contents",
           "voici_site"]
