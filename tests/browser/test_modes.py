"""One lesson source, used three ways: pupils scroll with a step bar, teachers show one step
at a time with notes and hidden answers, and either prints the lesson."""

from __future__ import annotations

import re
from urllib.error import HTTPError
from urllib.request import urlopen

import pytest
from playwright.sync_api import Page, expect

from .harness import Server, open_lesson, screenshot

REF = "ages-7-11/passwords"


def test_pupil_view_hides_teacher_notes_and_follows_steps(page: Page, server: Server) -> None:
    open_lesson(page, server, REF)
    expect(page.locator(".celltag_teacher")).to_have_count(0)  # left out of the page, not just hidden
    where = page.locator(".sl-step-where")
    expect(where).to_have_text("Step 1 of 6: Strong passwords")
    page.get_by_role("button", name="Next").click()
    expect(where).to_contain_text("Step 2 of 6")
    expect(page.get_by_role("heading", name="What makes a password weak?")).to_be_focused()
    expect(page.locator(".sl-word-builder")).to_be_visible()  # the whole lesson is one page
    page.evaluate("document.getElementById('Keep-it-secret').scrollIntoView({block: 'start'})")
    expect(where).to_contain_text("Keep it secret")


def test_a_page_asking_for_two_views_is_refused(server: Server) -> None:
    """`?mode=teacher&mode=` was a pupil's page to the server (no teacher code asked) and a
    teacher's to the kernel (start the pulse, show answers): now it is refused before any kernel."""
    for query in ("?mode=teacher&mode=", "?mode=&mode=teacher", "?mode=pupil"):
        with pytest.raises(HTTPError) as refused:
            urlopen(server.lesson_url(REF) + query, timeout=30)
        assert refused.value.code == 400, query
        assert b"one view per page" in refused.value.read()


def test_teacher_view_one_step_at_a_time_with_notes(page: Page, server: Server) -> None:
    open_lesson(page, server, REF, teacher=True)
    expect(page.locator(".jp-RenderedMarkdown.celltag_teacher").first).to_be_visible()
    expect(page.locator(".celltag_teacher").first).to_contain_text("If a pupil discloses")
    expect(page.locator(".sl-word-builder")).to_be_hidden()
    for _ in range(2):
        page.get_by_role("button", name="Next").click()
    expect(page.locator(".sl-step-where")).to_contain_text("Step 3 of 6: Three random words")
    expect(page.locator(".sl-word-builder")).to_be_visible()
    expect(page.locator(".sl-help")).to_be_hidden()
    screenshot(page, "teacher-view-step-3")


def test_teacher_view_hides_answers_until_revealed(page: Page, server: Server) -> None:
    open_lesson(page, server, REF, teacher=True)
    for _ in range(4):
        page.get_by_role("button", name="Next").click()
    quiz = page.locator(".sl-quiz")
    quiz.get_by_role("radio", name="Say no, kindly. Ask a grown-up for help instead.").check()
    feedback = quiz.locator(".sl-feedback").first
    expect(feedback).to_contain_text("Yes. Your password is just for you")
    expect(feedback).to_be_hidden()
    quiz.get_by_role("button", name="Show answers").press("Enter")
    expect(feedback).to_be_visible()


def test_display_options(page: Page, server: Server) -> None:
    open_lesson(page, server, REF)
    html = page.locator("html")
    for name, css in (("Bigger text", "sl-big-text"), ("Easy-read font", "sl-easy-font"),
                      ("High contrast", "sl-high-contrast")):
        button = page.get_by_role("button", name=name)
        expect(button).to_have_attribute("aria-pressed", "false")
        button.click()
        expect(button).to_have_attribute("aria-pressed", "true")
        expect(html).to_have_class(re.compile(css))
    font = page.evaluate("getComputedStyle(document.querySelector('.jp-RenderedMarkdown p')).fontFamily")
    assert font.startswith("OpenDyslexic")
    assert page.evaluate("document.fonts.load('16px OpenDyslexic').then(faces => faces.length)") > 0
    screenshot(page, "display-options")


def test_printing_the_teacher_view_shows_every_step(page: Page, server: Server) -> None:
    open_lesson(page, server, REF, teacher=True)
    page.emulate_media(media="print")
    expect(page.locator(".sl-help")).to_be_visible()
    expect(page.locator(".jp-RenderedMarkdown.celltag_teacher").first).to_be_visible()
    expect(page.locator(".sl-toolbar")).to_be_hidden()


def test_keyboard_focus_is_never_hidden_under_the_bars(page: Page, server: Server) -> None:
    open_lesson(page, server, REF)
    bars = page.evaluate("""() => [document.querySelector('.sl-toolbar').getBoundingClientRect().bottom,
                                   document.querySelector('.sl-steps').getBoundingClientRect().top]""")
    for _ in range(40):
        page.keyboard.press("Tab")
        box = page.evaluate("""() => { const el = document.activeElement, r = el.getBoundingClientRect();
                                       return [r.top, r.bottom, el.closest('.sl-toolbar, .sl-steps') !== null]; }""")
        if not box[2]:  # a control in the page, not on the bars themselves
            assert box[1] > bars[0] and box[0] < bars[1], f"focused control hidden at {box[:2]}, bars {bars}"


def test_only_the_teacher_view_says_a_lesson_is_not_signed_off(page: Page, server: Server) -> None:
    """Issue 30: the shipped lessons carry no sign-off, so each teacher view says so beside
    "Teacher view"; the pupil's page of the same lesson says nothing about it."""
    page.goto(server.lesson_url(REF) + "?mode=teacher")
    badge = page.locator(".sl-toolbar .sl-signoff-badge")
    expect(badge).to_have_text("Not signed off")
    open_lesson(page, server, REF)
    expect(page.locator(".sl-toolbar")).to_be_visible()
    expect(page.locator(".sl-signoff-badge")).to_have_count(0)
    assert "signed off" not in page.content().lower()
