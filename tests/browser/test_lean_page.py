"""The lesson page's two front ends. The lean page (`serve`'s default): the 4-7 passwords lesson
opens (every script it loads prefetched by the landing page), a pupil completes its sort and quiz
(the kernel answers through our widget manager), kernel-watch sees its probe answered on our
websocket, JupyterLab's "Unsatisfied version" warnings are gone with it, and axe finds nothing on
the page. Voila's own application (`serve --front-end voila`) still draws the same lesson: its
files all prefetched, the widget manager the only JupyterLab extension it runs."""

from __future__ import annotations

import re
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser
from safety_lessons.server.app import FRONT_END

from .explore import check_page, prepare
from .harness import Server, Watch, complete_4_7_passwords, open_lesson, watched_page

FRONT_END_FILE = ("/voila/static/", "/voila/labextensions/", "/voila/templates/")


def prefetched_by(server: Server) -> set[str]:
    """The addresses (path and query) the server's landing page prefetches."""
    with urllib.request.urlopen(server.url) as landing:
        found = re.findall(r'<link rel="prefetch" href="([^"]+)"', landing.read().decode())
    return {urlsplit(u).path + (f"?{urlsplit(u).query}" if urlsplit(u).query else "") for u in found}


@pytest.fixture(scope="module")
def voila_server(lessons_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    srv = Server(lessons_root, tmp_path_factory.mktemp("voila") / "serve.log", ["--front-end", "voila"]).start()
    yield srv
    srv.stop()


def test_a_pupil_completes_a_lesson_on_the_lean_page(browser: Browser, server: Server) -> None:
    watch = Watch()
    with watched_page(browser, server, watch) as page:
        page.add_init_script("window.slKernelWatch = {probeEvery: 500};")  # a probe at once, not in 15 s
        prepare(page)  # axe's check waits for the page to settle
        open_lesson(page, server, "ages-4-7/passwords")
        scripts = [urlsplit(u).path for u in watch.requests if urlsplit(u).path.endswith(".js")]
        assert any(u.endswith("/static/lesson-page.js") for u in scripts), scripts
        assert not [u for u in scripts if "voila.js" in u], "the lean page loaded Voila's application"
        assert set(scripts) <= {u.split("?")[0] for u in prefetched_by(server)}, scripts
        complete_4_7_passwords(page)
        assert not [w for w in watch.warnings if "Unsatisfied version" in w], watch.warnings  # no JupyterLab
        page.locator("html[data-sl-kernel-checked]").wait_for(state="attached")
        _, problems = check_page(page, "ages-4-7/passwords (lean)", teacher=False)
        assert not problems, "\n".join(problems)


def test_voilas_page_still_draws_a_lesson_with_front_end_voila(browser: Browser, voila_server: Server) -> None:
    watch = Watch()
    with watched_page(browser, voila_server, watch) as page:
        page.add_init_script("window.slKernelWatch = {probeEvery: 500};")
        page.goto(voila_server.url)
        page.evaluate("() => document.fonts.ready.then(() => true)")  # the landing page's own files are in
        prefetched = prefetched_by(voila_server)
        assert len(prefetched) > 100, prefetched  # Voila's front end is about 100 files
        del watch.requests[:]
        page.locator('a[href$="ages-4-7/passwords.ipynb"]').first.click()
        page.locator(".sl-help").wait_for(state="visible")
        loaded = [urlsplit(u).path + (f"?{urlsplit(u).query}" if urlsplit(u).query else "") for u in watch.requests]
        front_end = [u for u in loaded if u.startswith(FRONT_END_FILE)]
        assert any(u.startswith("/voila/static/voila.js") for u in front_end), front_end
        assert len(front_end) > 50, front_end
        assert not sorted(set(front_end) - prefetched), "a lesson page loaded files the landing page does not prefetch"
        extensions = {m.group(1) for u in front_end if (m := re.search(r"/labextensions/(@[^/]+/[^/]+|[^/@]+)/", u))}
        assert "@jupyter-widgets/jupyterlab-manager" in extensions and extensions <= set(FRONT_END), extensions
        complete_4_7_passwords(page)
        page.locator("html[data-sl-kernel-checked]").wait_for(state="attached")
