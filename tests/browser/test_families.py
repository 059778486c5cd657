"""What a lesson gives families and pupils besides its activities, in a real browser: the three
quick questions at the start and end (with before and after), and the take-home sheet for parents
and carers, printed on one A4 page (the printed PDF's pages are counted)."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect
from safety_lessons import registry

from .explore import axe
from .harness import Server, open_lesson, screenshot

REF = "ages-7-11/passwords"


def pdf_pages(pdf: bytes) -> int:
    """How many pages a printed PDF has (its page objects)."""
    return len(re.findall(rb"/Type\s*/Page\b", pdf))


def sheet_url(server: Server, ref: str) -> str:
    return f"{server.url}take-home/{ref}.html"


def every_lesson(lessons_root: Path) -> list[str]:
    return sorted(f"{band}/{topic}" for band, topic, _ in registry.library(lessons_root).lessons())


def test_every_take_home_sheet_prints_on_one_a4_page(page: Page, server: Server, lessons_root: Path) -> None:
    lib = registry.library(lessons_root)
    longer = []
    for ref in every_lesson(lessons_root):
        page.goto(sheet_url(server, ref))
        topic = ref.partition("/")[2]
        expect(page.get_by_role("heading", level=1)).to_have_text(str(lib.catalogue.topics[topic].title))
        pages = pdf_pages(page.pdf(format="A4", prefer_css_page_size=True))
        if pages != 1:
            longer.append(f"{ref}: {pages} pages")
    assert longer == []
    screenshot(page, "take-home-sheet")


@pytest.mark.parametrize("ref", ["ages-4-7/privacy-and-friends", "ages-7-11/passwords",
                                 "ages-11-14/reporting-concerns", "ages-14-18/meeting-online-friends"])
def test_a_sheet_is_accessible_and_links_home(page: Page, server: Server, ref: str) -> None:
    page.goto(sheet_url(server, ref))
    assert axe(page) == []
    expect(page.get_by_role("button", name="Print")).to_be_visible()
    page.emulate_media(media="print")
    expect(page.get_by_role("button", name="Print")).to_be_hidden()  # not on the printed page
    page.emulate_media(media="screen")
    page.get_by_role("link", name="All lessons").click()
    expect(page).to_have_url(server.url)


def test_no_such_sheet_is_a_plain_404(server: Server) -> None:
    for path in ("take-home/ages-7-11/no-such-topic.html", "take-home/ages-99/passwords.html",
                 "take-home/ages-7-11/../passwords.html"):
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(server.url + path, timeout=10)
        assert err.value.code == 404
        assert "Traceback" not in err.value.read().decode("utf-8", "replace")


def test_the_landing_page_and_the_lesson_end_link_to_the_sheet(page: Page, server: Server) -> None:
    page.goto(server.url)
    link = page.get_by_role("link", name=re.compile(r"^Strong passwords, Ages 7 to 11: page for families"))
    expect(link).to_have_attribute("href", re.compile(r"take-home/ages-7-11/passwords\.html$"))
    open_lesson(page, server, REF)
    end = page.locator(".sl-take-home a")
    expect(end).to_have_count(1)
    end.click()
    expect(page).to_have_url(sheet_url(server, REF))


def answers(check: Locator) -> list[Locator]:
    return [check.locator(".sl-check-item").nth(i) for i in range(3)]


def test_before_and_after_in_the_browser(page: Page, server: Server, lessons_root: Path) -> None:
    quick = registry.library(lessons_root).lesson(*REF.split("/")).activities["quick-check"]
    questions = quick.questions  # type: ignore[attr-defined]
    open_lesson(page, server, REF)
    first, last = page.locator(".sl-before-and-after").first, page.locator(".sl-before-and-after.sl-after")
    expect(page.locator(".sl-before-and-after")).to_have_count(2)
    for i, item in enumerate(answers(first)):  # at the start: the first right, the rest wrong
        pick = next(a for a in questions[i].answers if a.correct is (i == 0))
        item.get_by_role("radio", name=str(pick.answer)).check()
        expect(item.locator(".sl-live")).to_contain_text("We will come back to this at the end.")
    expect(first).to_contain_text("3 of 3 answered")
    expect(first.locator(".sl-right, .sl-try-again")).to_have_count(0)  # nothing judged yet
    for i, item in enumerate(answers(last)):
        right = next(a for a in questions[i].answers if a.correct)
        item.get_by_role("radio", name=str(right.answer)).check()
        expect(item.locator(".sl-right")).to_be_visible()
    summary = last.locator(".sl-change")
    expect(summary).to_contain_text("At the start: 1 of 3.")
    expect(summary).to_contain_text("Now: 3 of 3.")
    expect(last.locator(".sl-learned li")).to_have_count(2)
    assert axe(page, last.element_handle()) == [] and axe(page, first.element_handle()) == []
    page.emulate_media(media="print")
    expect(summary).to_be_visible()  # it prints with the lesson
    screenshot(page, "before-and-after")


def test_the_teacher_asks_for_a_show_of_hands(page: Page, server: Server) -> None:
    open_lesson(page, server, REF, teacher=True)
    checks = page.locator(".sl-before-and-after")
    expect(checks).to_have_count(2)
    expect(checks.first.locator(".sl-teacher-tip")).to_contain_text("hands up")
    expect(checks.first.locator(".sl-reveal")).to_have_count(0)  # nothing to reveal before the lesson
    expect(checks.last.locator(".sl-reveal")).to_have_count(1)
