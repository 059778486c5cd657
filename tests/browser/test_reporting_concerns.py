"""The four reporting-concerns lessons in a real browser: a pupil matches every story to the
right routes with the mouse (two bands; every band's stories are judged in plain Python,
tests/unit/test_reporting.py), and a story with the keyboard only (every band), and sees the feedback."""

from __future__ import annotations

from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect
from safety_lessons import registry
from safety_lessons.activities.reporting import RouteFinder, resolve_routes

from .harness import Server, open_lesson, screenshot, tab_to

TOPIC = "reporting-concerns"
FINDERS = {"ages-4-7": "what-should-kit-do", "ages-7-11": "who-can-help",
           "ages-11-14": "which-route", "ages-14-18": "which-route"}


def answers(root: Path, band: str) -> tuple[RouteFinder, list[list[str]]]:
    """The band's route-finder and, per story, the labels of its smallest right answer."""
    lib = registry.library(root)
    activity = lib.lesson(band, TOPIC).activities[FINDERS[band]]
    assert isinstance(activity, RouteFinder)
    routes = resolve_routes(lib.school, lib.helplines, lib.words(band).people())
    right = [[activity.label(r, routes) for r in [*(s.fits or ()), *(s.any_of or ())[:1]]]
             for s in activity.scenarios]
    return activity, right


@pytest.mark.parametrize("band", ["ages-4-7", "ages-14-18"])
def test_every_story_with_the_mouse(page: Page, server: Server, lessons_root: Path, band: str) -> None:
    activity, right = answers(lessons_root, band)
    n = len(right)
    open_lesson(page, server, f"{band}/{TOPIC}")
    finder = page.locator(".sl-route-finder")
    expect(finder.locator(".sl-reassurance")).to_contain_text("never too late")
    expect(finder.locator(".sl-progress")).to_have_text(f"0 of {n} done")
    check = finder.get_by_role("button", name=str(activity.words.check_button), exact=True)
    nxt = finder.get_by_role("button", name=str(activity.words.next_button), exact=True)
    feedback = finder.locator(".sl-feedback").last
    # A wrong first try: an "other choice" (keep it secret …) is never right.
    other = activity.other_choices[0] if activity.other_choices else None
    if other is not None:
        finder.get_by_role("checkbox", name=str(other.label)).check()
        check.click()
        expect(feedback).to_contain_text(str(activity.words.not_this))
        expect(feedback).to_contain_text(str(other.feedback))
        finder.get_by_role("checkbox", name=str(other.label)).uncheck()
    for step, labels in enumerate(right):
        expect(finder.locator(".sl-story-number")).to_contain_text(f"Story {step + 1} of {n}")
        for label in labels:
            finder.get_by_role("checkbox", name=label, exact=True).check()
        check.click()
        expect(feedback).to_contain_text(str(activity.scenarios[step].why))
        expect(finder.locator(".sl-progress").first).to_have_text(f"{step + 1} of {n} done")
        if step < n - 1:
            nxt.click()
            expect(finder.get_by_role("checkbox", checked=True)).to_have_count(0)
    expect(finder.locator(".sl-all-done")).to_contain_text(str(activity.words.done))
    expect(page.locator(".sl-help")).to_contain_text("Childline")
    audit = Axe().run(page, context={"include": [[".sl-route-finder"]]})
    assert audit.violations_count == 0, [(v["id"], v["help"]) for v in audit.response["violations"]]
    feedback.scroll_into_view_if_needed()
    screenshot(page, f"{band}-{TOPIC}")
    finder.get_by_role("button", name="Start again").click()
    expect(finder.locator(".sl-progress").first).to_have_text(f"0 of {n} done")


def test_ages_4_7_trusted_grown_ups_sorter(page: Page, server: Server) -> None:
    open_lesson(page, server, f"ages-4-7/{TOPIC}")
    card = page.locator(".sl-card").filter(has_text="Someone in a game Kit does not know")
    card.get_by_role("button", name="Yes, Kit can tell them").click()
    expect(card.locator(".sl-feedback")).to_contain_text("Good try! Have another go.")
    card.get_by_role("button", name="No, not them").click()
    expect(card.locator(".sl-feedback")).to_contain_text("Well done!")


def focused_text(page: Page) -> str:
    return str(page.evaluate("() => (document.activeElement.closest('label') || document.activeElement).innerText"))


@pytest.mark.parametrize("band", list(FINDERS))
def test_a_story_with_the_keyboard_only(page: Page, server: Server, lessons_root: Path, band: str) -> None:
    activity, right = answers(lessons_root, band)
    open_lesson(page, server, f"{band}/{TOPIC}")
    finder = page.locator(".sl-route-finder")
    tab_to(page, finder.locator(".sl-route-choice input[type=checkbox]").first)
    # Tick the right boxes for story 1 by moving through the boxes with Tab and pressing Space.
    wanted = set(right[0])
    boxes = len(activity.choice_ids)
    for i in range(boxes):
        if focused_text(page).strip() in wanted:
            page.keyboard.press("Space")
        if i < boxes - 1:
            page.keyboard.press("Tab")
    expect(finder.get_by_role("checkbox", checked=True)).to_have_count(len(wanted))
    tab_to(page, finder.locator(".sl-check"))
    page.keyboard.press("Enter")
    feedback = finder.locator(".sl-feedback").last
    expect(feedback).to_contain_text(str(activity.scenarios[0].why))
    expect(finder.locator(".sl-progress").first).to_have_text(f"1 of {len(right)} done")
    # Next story, then an empty check: the pupil is asked to pick first.
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(finder.locator(".sl-story-number")).to_contain_text("Story 2 of")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")
    expect(feedback).to_contain_text(str(activity.words.choose_first))
    screenshot(page, f"{band}-{TOPIC}-keyboard")
