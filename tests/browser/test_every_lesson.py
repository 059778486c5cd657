"""What every lesson, present and future, must do in a real browser: open with no errors and
no request to another host, show who to talk to, and pass axe-core's accessibility rules."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect
from safety_lessons.content.library import Library

from tests.conftest import LESSONS

from .harness import Server, open_lesson, screenshot

LESSON_REFS = [f"{band}/{topic}" for band, topic, _ in Library(LESSONS).lessons()]
AXE = Axe()


def violations(page: Page) -> list[str]:
    result = AXE.run(page, options={"runOnly": {"type": "tag",
                                                "values": ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa",
                                                           "best-practice"]}})
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])}: {v['nodes'][0]['target']})"
            for v in result.response["violations"]]


def test_landing_page_is_accessible(page: Page, server: Server) -> None:
    page.goto(server.url)
    assert violations(page) == []


@pytest.mark.parametrize("ref", LESSON_REFS)
def test_lesson_opens_cleanly_and_is_accessible(page: Page, server: Server, ref: str) -> None:
    open_lesson(page, server, ref)
    expect(page.locator(".sl-needs-fixing")).to_have_count(0)
    expect(page.locator(".sl-help")).to_contain_text("Childline")
    assert violations(page) == []
    screenshot(page, f"{ref.replace('/', '-')}-pupil")
    page.set_viewport_size({"width": 640, "height": 900})  # a 1280-pixel screen zoomed to 200%
    page.wait_for_timeout(200)
    wide = page.evaluate("document.scrollingElement.scrollWidth - window.innerWidth")
    assert wide <= 1, f"the page scrolls sideways by {wide}px at 200% zoom"


@pytest.mark.parametrize("ref", LESSON_REFS)
def test_teacher_view_is_accessible(page: Page, server: Server, ref: str) -> None:
    page.goto(server.lesson_url(ref) + "?mode=teacher")
    page.locator(".sl-help").wait_for(state="attached")
    expect(page.locator(".jp-RenderedMarkdown.celltag_teacher").first).to_be_visible()
    assert violations(page) == []
    screenshot(page, f"{ref.replace('/', '-')}-teacher")
