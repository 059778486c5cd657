"""The four block-and-report lessons in a real browser: each band done all the way through, two
with the mouse and two with the keyboard only (Tab to reach a control, Space to tick, Enter to
press). The views are the same code in every band; each band's content is judged in plain Python
(tests/unit/test_block_report.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect
from safety_lessons import registry
from safety_lessons.activities.block_report import Inbox, Step, Walkthrough

from .harness import Server, open_lesson, screenshot, tab_to

BANDS = ["ages-4-7", "ages-7-11", "ages-11-14", "ages-14-18"]
MOUSE, KEYBOARD = ["ages-4-7", "ages-11-14"], ["ages-7-11", "ages-14-18"]  # each band once, each way twice
TOPIC = "block-and-report"
RIGHT = {"ages-4-7": "Well done!", "ages-7-11": "That's right!", "ages-11-14": "Correct.",
         "ages-14-18": "Correct."}


@pytest.fixture(scope="module")
def content(lessons_root: Path) -> dict[str, tuple[Inbox, Walkthrough]]:
    lib = registry.library(lessons_root)
    out = {}
    for band in BANDS:
        acts = lib.lesson(band, TOPIC).activities.values()
        out[band] = (next(a for a in acts if isinstance(a, Inbox)),
                     next(a for a in acts if isinstance(a, Walkthrough)))
    return out


def button(scope: Locator, name: str) -> Locator:
    return scope.get_by_role("button", name=name, exact=True)


def on_screen(app: Locator, step: Step, count: str) -> None:
    """Wait until the pretend phone shows `step`: its count, then every control relabelled (the
    buttons change one message at a time, so a label can briefly sit on another button)."""
    expect(app.locator(".sl-step-count")).to_contain_text(count)
    for control in step.controls:
        expect(button(app, control.label)).to_have_count(1)


# -- mouse ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("band", MOUSE)
def test_mouse(page: Page, server: Server, content: dict[str, tuple[Inbox, Walkthrough]], band: str) -> None:
    inbox, walk = content[band]
    open_lesson(page, server, f"{band}/{TOPIC}")
    expect(page.get_by_text("Teacher notes")).to_have_count(0)  # teacher notes stay out of the pupil page
    box = page.locator(".sl-inbox")
    feedback = box.locator(".sl-feedback")
    total = len(inbox.messages)

    # A first try that is not the best response: feedback says what is unwise and what is missing.
    first = inbox.messages[0]
    wrong = next(a for a in inbox.ids if a not in first.best and a not in (first.fine or ()))
    box.get_by_role("checkbox", name=inbox.label(wrong), exact=True).check()
    button(box, "Done").click()
    expect(feedback).to_contain_text(inbox.words.unwise)
    expect(feedback).to_contain_text(first.notes[wrong])
    expect(feedback).to_contain_text(inbox.words.missing)
    expect(box.get_by_role("checkbox", name=inbox.label(wrong), exact=True)).to_be_disabled()
    button(box, "Try again").click()
    box.get_by_role("checkbox", name=inbox.label(wrong), exact=True).uncheck()

    for i, m in enumerate(inbox.messages):
        expect(box.locator(".sl-step-count")).to_have_text(f"Message {i + 1} of {total}")
        expect(box.locator(".sl-phone-bubble")).to_have_text(m.text)
        for action in m.best:
            box.get_by_role("checkbox", name=inbox.label(action), exact=True).check()
        button(box, "Done").click()
        expect(feedback).to_contain_text(RIGHT[band])
        expect(feedback.locator(".sl-best")).to_contain_text(m.why)
        button(box, inbox.words.next).click()
    expect(feedback).to_contain_text(f"{total} of {total}")

    app = page.locator(".sl-app-walkthrough")
    for t, task in enumerate(walk.tasks):
        for s, step in enumerate(task.steps):
            on_screen(app, step, f"Step {s + 1} of {len(task.steps)}")
            wrong_control = next(c for c in step.controls if not c.right)
            if s == 0:  # one wrong press per task: the hint shows and the step stays
                button(app, wrong_control.label).click()
                expect(app.locator(".sl-feedback")).to_contain_text(wrong_control.hint or "")
                expect(app.locator(".sl-step-count")).to_contain_text(f"Step 1 of {len(task.steps)}")
            button(app, next(c.label for c in step.controls if c.right)).click()
            if s + 1 < len(task.steps):
                expect(app.locator(".sl-step-count")).to_contain_text(f"Step {s + 2} of")
        expect(app.locator(".sl-feedback")).to_contain_text(task.done)
        if t + 1 < len(walk.tasks):
            button(app, walk.words.next_task).click()
    expect(app.locator(".sl-feedback")).to_contain_text(walk.words.finished)
    expect(page.locator(".sl-help")).to_contain_text("Childline")
    screenshot(page, f"{band}-{TOPIC}")


# -- keyboard only -----------------------------------------------------------------------------------
@pytest.mark.parametrize("band", KEYBOARD)
def test_keyboard_only(page: Page, server: Server, content: dict[str, tuple[Inbox, Walkthrough]],
                       band: str) -> None:
    inbox, walk = content[band]
    open_lesson(page, server, f"{band}/{TOPIC}")
    box = page.locator(".sl-inbox")
    feedback = box.locator(".sl-feedback")
    total = len(inbox.messages)
    for i, m in enumerate(inbox.messages):
        expect(box.locator(".sl-step-count")).to_have_text(f"Message {i + 1} of {total}")
        for action in m.best:
            tick = box.get_by_role("checkbox", name=inbox.label(action), exact=True)
            tab_to(page, tick)
            page.keyboard.press("Space")
            expect(tick).to_be_checked()
        tab_to(page, button(box, "Done"))
        page.keyboard.press("Enter")
        expect(feedback).to_contain_text(RIGHT[band])
        tab_to(page, button(box, inbox.words.next))
        page.keyboard.press("Enter")
    expect(feedback).to_contain_text(f"{total} of {total}")

    app = page.locator(".sl-app-walkthrough")
    for t, task in enumerate(walk.tasks):
        for s, step in enumerate(task.steps):
            on_screen(app, step, f"Step {s + 1} of {len(task.steps)}")
            if s == 0:
                wrong_control = next(c for c in step.controls if not c.right)
                tab_to(page, button(app, wrong_control.label))
                page.keyboard.press("Enter")
                expect(app.locator(".sl-feedback")).to_contain_text(wrong_control.hint or "")
            tab_to(page, button(app, next(c.label for c in step.controls if c.right)))
            page.keyboard.press("Enter")
            if s + 1 < len(task.steps):
                expect(app.locator(".sl-step-count")).to_contain_text(f"Step {s + 2} of")
        expect(app.locator(".sl-feedback")).to_contain_text(task.done)
        if t + 1 < len(walk.tasks):
            tab_to(page, button(app, walk.words.next_task))
            page.keyboard.press("Enter")
    expect(app.locator(".sl-feedback")).to_contain_text(walk.words.finished)
    # the page shows where the keyboard is: the focused control has a visible outline
    tab_to(page, button(app, walk.words.start_again))
    outline = button(app, walk.words.start_again).evaluate("el => getComputedStyle(el).outlineStyle")
    assert outline != "none"
    screenshot(page, f"{band}-{TOPIC}-keyboard")


def test_live_regions_and_no_accessibility_violations(page: Page, server: Server) -> None:
    from axe_playwright_python.sync_playwright import Axe

    open_lesson(page, server, f"ages-14-18/{TOPIC}")
    for css in (".sl-inbox .sl-feedback", ".sl-app-walkthrough .sl-feedback"):
        expect(page.locator(css)).to_have_attribute("aria-live", "polite")
    expect(page.locator(".sl-phone-screen").first).to_have_attribute("aria-label", re.compile("Pretend phone"))
    box = page.locator(".sl-inbox")
    box.get_by_role("checkbox", name="Block", exact=True).check()
    button(box, "Done").click()
    expect(box.locator(".sl-does")).to_contain_text("not usually notify")
    button(page.locator(".sl-app-walkthrough"), "Reply").click()
    expect(page.locator(".sl-app-walkthrough .sl-feedback")).to_contain_text("No reply needed")
    result = Axe().run(page, context={"include": [[".sl-inbox"], [".sl-app-walkthrough"]]})
    violations = [(v["id"], v["help"], [n["target"] for n in v["nodes"]][:3])
                  for v in result.response["violations"]]
    assert violations == []
