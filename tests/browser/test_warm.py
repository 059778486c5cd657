"""`serve --warm band/topic`: a class's kernels are ready before the pupils arrive. The warmed
lesson works, its pupils' pages (rendered ahead, before any request) have no teacher notes, and
the teacher view of it, rendered for its request, has them."""

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
    deadline = time.monotonic() + READY_TIMEOUT * 2
    while "is filled with 2 kernel(s)" not in srv.log.read_text(errors="replace"):
        assert time.monotonic() < deadline, f"the pool did not fill:\n{srv.log.read_text()}"
        time.sleep(0.5)
    time.sleep(10)  # the pooled kernels run the lesson: only then are their pages handed out
    yield srv
    srv.stop()


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


def test_a_kernel_that_waited_past_the_cull_limit_still_reaches_its_pupil(
        browser: Browser, lessons_root: Path, tmp_path: Path) -> None:
    # A teacher warms the lesson well before the class: the pooled kernels sit idle for longer than
    # the cull limit. Handed to a pupil, each must live until the page connects (before the fix the
    # culler took some of them within its next round, and those pupils' widgets never loaded).
    srv = Server(lessons_root, tmp_path / "serve.log",
                 extra=["--warm", REF, "--class-size", "3", "--cull-after", "10"]).start()
    try:
        deadline = time.monotonic() + READY_TIMEOUT * 2
        while "is filled with 3 kernel(s)" not in srv.log.read_text(errors="replace"):
            assert time.monotonic() < deadline, f"the pool did not fill:\n{srv.log.read_text()}"
            time.sleep(0.5)
        time.sleep(25)  # the lesson runs, then the kernels wait well past the 10 s limit
        for _ in range(3):
            before = pooled(srv)
            with watched_page(browser, srv) as page:
                open_lesson(page, srv, REF)
                assert pooled(srv) == before + 1, "the page did not come from the warm pool"
                meter = page.locator(".sl-strength-meter")
                meter.get_by_role("textbox").press_sequentially("password")
                expect(meter.locator(".sl-meter-label")).to_contain_text("Very weak")
    finally:
        srv.stop()
