"""`serve --warm band/topic`: a class's kernels are ready before the pupils arrive. The warmed
lesson works, its pupils' pages (rendered ahead, before any request) have no teacher notes, and
the teacher view of it, rendered for its request, has them. (A warm kernel that waited in the pool
for longer than the cull limit: tests/unit/test_compat.py, with Voila's culler.)"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from .harness import READY_TIMEOUT, Server, open_lesson, watched_page

REF = "ages-11-14/passwords"
POOLED = "Using pre-heated kernel"


@pytest.fixture(scope="module")
def warm_server(lessons_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    srv = Server(lessons_root, tmp_path_factory.mktemp("warm") / "serve.log",
                 extra=["--warm", REF, "--class-size", "2"]).start()
    said(srv, f"A warm kernel has run {REF}.ipynb: 2 of 2 ready")  # only then are their pages handed out
    yield srv
    srv.stop()


def said(server: Server, line: str) -> None:
    """Wait until the server's log has `line`."""
    deadline = time.monotonic() + READY_TIMEOUT * 2
    while line not in server.log.read_text(errors="replace"):
        assert time.monotonic() < deadline, f"the server never said {line!r}:\n{server.log.read_text()}"
        time.sleep(0.2)


def pooled(server: Server) -> int:
    return server.log.read_text(errors="replace").count(POOLED)


@pytest.fixture
def warm_page(browser: Browser, warm_server: Server) -> Iterator[Page]:
    with watched_page(browser, warm_server) as pg:
        yield pg


def test_pupil_gets_a_warm_kernel_and_no_teacher_notes(warm_page: Page, warm_server: Server) -> None:
    before = pooled(warm_server)
    open_lesson(warm_page, warm_server, REF)
    assert pooled(warm_server) == before + 1, "the page did not come from the warm pool"
    expect(warm_page.locator(".celltag_teacher")).to_have_count(0)
    expect(warm_page.get_by_text("If a pupil discloses")).to_have_count(0)
    expect(warm_page.locator(".sl-step-where")).to_contain_text("Step 1 of 5")  # the template's own script ran
    meter = warm_page.locator(".sl-strength-meter")
    meter.get_by_role("textbox").press_sequentially("password")
    expect(meter.locator(".sl-meter-label")).to_contain_text("Very weak")


def test_teacher_view_of_the_warm_lesson_has_its_notes(warm_page: Page, warm_server: Server) -> None:
    before = pooled(warm_server)
    open_lesson(warm_page, warm_server, REF, teacher=True)
    assert pooled(warm_server) == before, "a teacher view must be rendered for its request, not pooled"
    expect(warm_page.locator(".jp-RenderedMarkdown.celltag_teacher").first).to_be_visible()
    expect(warm_page.locator(".celltag_teacher").first).to_contain_text("If a pupil discloses")


def test_other_lessons_start_their_kernel_as_before(warm_page: Page, warm_server: Server) -> None:
    before = pooled(warm_server)
    open_lesson(warm_page, warm_server, "ages-7-11/passwords")
    assert pooled(warm_server) == before
    expect(warm_page.locator(".celltag_teacher")).to_have_count(0)
    expect(warm_page.locator(".sl-word-builder")).to_be_visible()
