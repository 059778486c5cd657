"""Browser fixtures: one server for the session, Chromium, and a watched page per test (in one
browser context per worker, its cookies cleared for each test).

Every page a test opens records its requests and console messages; when the test ends
the page must have asked nothing of any other host and logged no error.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect, sync_playwright

from .harness import CHROMIUM, CHROMIUM_FLAGS, Server, Watch, watched_page

# A pupil's click answered by the kernel: seconds on a 2-core CI machine running four workers, so
# `expect` waits up to 15 s for what it checks (it returns as soon as the page shows it).
expect.set_options(timeout=15_000)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/browser/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def server(lessons_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    srv = Server(lessons_root, tmp_path_factory.mktemp("server") / "serve.log").start()
    yield srv
    srv.stop()


@pytest.fixture
def own_server(lessons_root: Path, tmp_path: Path) -> Iterator[Server]:
    """A server of the test's own, for a test that stops, floods or kills what it serves."""
    srv = Server(lessons_root, tmp_path / "serve.log").start()
    yield srv
    srv.stop()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        pytest.fail(f"no Chromium at {CHROMIUM}: install Debian's `chromium` package "
                    "(apt-get install -y chromium), or deselect browser tests with -m 'not browser'")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def watch() -> Watch:
    return Watch()


@pytest.fixture(scope="session")
def pages_context(browser: Browser) -> Iterator[BrowserContext]:
    """One browser context for the worker's `page`s, as a pupil's browser is from lesson to lesson:
    Voila's scripts come from its cache, compiled once (measured: a sixth less CPU a lesson)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context
    context.close()


@pytest.fixture
def page(browser: Browser, server: Server, watch: Watch, pages_context: BrowserContext) -> Iterator[Page]:
    pages_context.clear_cookies()  # a browser the server has not seen: its own cookie, codes, budget
    with watched_page(browser, server, watch, context=pages_context) as pg:
        yield pg


