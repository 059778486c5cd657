"""`serve --front-end lean`: a lesson drawn by our own one script instead of Voila's application.
One page: the 4-7 passwords lesson opens (every script it loads prefetched by the landing page), a
pupil completes its sort and quiz (the kernel answers through our widget manager), kernel-watch sees
its probe answered on our websocket, JupyterLab's "Unsatisfied version" warnings are gone with it,
and axe finds nothing on the page."""

from __future__ import annotations

import re
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser

from .explore import check_page, prepare
from .harness import Server, Watch, complete_4_7_passwords, open_lesson, watched_page


@pytest.fixture(scope="module")
def lean_server(lessons_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    srv = Server(lessons_root, tmp_path_factory.mktemp("lean") / "serve.log", ["--front-end", "lean"]).start()
    yield srv
    srv.stop()


def test_a_pupil_completes_a_lesson_on_the_lean_page(browser: Browser, lean_server: Server) -> None:
    watch = Watch()
    with watched_page(browser, lean_server, watch) as page:
        page.add_init_script("window.slKernelWatch = {probeEvery: 500};")  # a probe at once, not in 15 s
        prepare(page)  # axe's check waits for the page to settle
        open_lesson(page, lean_server, "ages-4-7/passwords")
        scripts = [urlsplit(u).path for u in watch.requests if urlsplit(u).path.endswith(".js")]
        assert any(u.endswith("/static/lesson-page.js") for u in scripts), scripts
        assert not [u for u in scripts if "voila.js" in u], "the lean page loaded Voila's application"
        with urllib.request.urlopen(lean_server.url) as landing:  # its landing page prefetches each of them
            prefetched = {urlsplit(u).path for u in re.findall(r'<link rel="prefetch" href="([^"]+)"',
                                                                 landing.read().decode())}
        assert set(scripts) <= prefetched, set(scripts) - prefetched
        complete_4_7_passwords(page)
        assert not [w for w in watch.warnings if "Unsatisfied version" in w], watch.warnings  # no JupyterLab
        page.locator("html[data-sl-kernel-checked]").wait_for(state="attached")
        _, problems = check_page(page, "ages-4-7/passwords (lean)", teacher=False)
        assert not problems, "\n".join(problems)
