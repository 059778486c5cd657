"""The four personal-details lessons in a real browser: spot the clues in a made-up post, then
make it safer, each band once, two by mouse and two by keyboard only (the views are the same code
in every band; each band's content is judged in plain Python, tests/unit/test_personal_details.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect
from safety_lessons import registry
from safety_lessons.activities.personal_details import MakeItSafer, SpotTheClues

from .harness import Server, open_lesson, screenshot, tab_to

LESSONS = Path(__file__).resolve().parents[2] / "lessons"
MOUSE, KEYBOARD = ["ages-4-7", "ages-11-14"], ["ages-7-11", "ages-14-18"]  # each band once, each way twice


def content(band: str) -> tuple[SpotTheClues, MakeItSafer | None]:
    activities = registry.library(LESSONS).lesson(band, "personal-details").activities.values()
    spot = next(a for a in activities if isinstance(a, SpotTheClues))
    safer = next((a for a in activities if isinstance(a, MakeItSafer)), None)
    return spot, safer


def part_button(activity: Locator, label: str) -> Locator:
    return activity.locator("button.sl-pd-part").filter(has_text=label)


def active(page: Page) -> dict[str, str]:
    return page.evaluate("""() => { const el = document.activeElement;
        return {tag: el.tagName, text: (el.innerText || el.getAttribute('aria-label') || '').trim(),
                type: el.type || '', title: el.title || '',
                label: el.closest('.widget-checkbox') ? el.closest('.widget-checkbox').innerText.trim() : ''}; }""")


@pytest.mark.parametrize("band", MOUSE)
def test_mouse_finds_every_clue_and_makes_the_post_safer(page: Page, server: Server, band: str) -> None:
    spot, safer = content(band)
    open_lesson(page, server, f"{band}/personal-details")
    box = page.locator(".sl-spot-the-clues")
    non_clue = next(p for p in spot.post.parts if not p.clue)
    part_button(box, non_clue.label).click()
    expect(box.locator(".sl-feedback")).to_contain_text(non_clue.feedback[:40])
    expect(box.locator(".sl-feedback .sl-try-again")).to_be_visible()
    for i, clue in enumerate(spot.post.clues, 1):
        part_button(box, clue.label).click()
        expect(box.locator(".sl-feedback .sl-right")).to_contain_text(clue.feedback[:40])
        expect(box.locator(".sl-progress")).to_contain_text(f"{i} of {len(spot.post.clues)}")
        expect(part_button(box, clue.label)).to_contain_text("✓")
    expect(box.locator(".sl-pd-summary")).to_contain_text(spot.found_all)
    expect(box.locator(".sl-pd-summary li")).to_have_count(len(spot.post.clues))
    if safer is not None:
        edit = page.locator(".sl-make-it-safer")
        after = edit.locator(".sl-pd-after")
        total = len(safer.post.clues)
        expect(after.locator("li")).to_have_count(total)
        for change in safer.edits:
            edit.get_by_role("checkbox", name=change.label).check()
            expect(edit.locator(".sl-feedback")).to_contain_text(change.feedback[:40])
        expect(after).to_contain_text(safer.nothing_left)
        expect(after.locator("li")).to_have_count(0)
        expect(edit.locator(".sl-pd-before li")).to_have_count(total)
    screenshot(page, f"{band}-personal-details")


def test_start_again_clears_the_clues(page: Page, server: Server) -> None:
    spot, safer = content("ages-7-11")
    open_lesson(page, server, "ages-7-11/personal-details")
    box = page.locator(".sl-spot-the-clues")
    clue = spot.post.clues[0]
    part_button(box, clue.label).click()
    expect(box.locator(".sl-progress")).to_contain_text(f"1 of {len(spot.post.clues)}")
    box.get_by_role("button", name="Start again").click()
    expect(box.locator(".sl-progress")).to_contain_text(f"0 of {len(spot.post.clues)}")
    expect(part_button(box, clue.label)).not_to_contain_text("✓")
    assert safer is not None
    edit = page.locator(".sl-make-it-safer")
    first = edit.get_by_role("checkbox", name=safer.edits[0].label)
    first.check()
    expect(edit.locator(".sl-pd-after li")).to_have_count(len(safer.post.clues) - len(safer.edits[0].fixes))
    edit.get_by_role("button", name="Start again").click()
    expect(first).not_to_be_checked()
    expect(edit.locator(".sl-pd-after li")).to_have_count(len(safer.post.clues))


@pytest.mark.parametrize("band", KEYBOARD)
def test_keyboard_only(page: Page, server: Server, band: str) -> None:
    """Tab to each part of the post, Enter on the clues; Space on every edit."""
    spot, safer = content(band)
    open_lesson(page, server, f"{band}/personal-details")
    box = page.locator(".sl-spot-the-clues")
    labels = {p.label: p for p in spot.post.parts}

    def a_part(el: dict[str, str]) -> bool:
        return el["tag"] == "BUTTON" and any(el["text"].endswith(label) for label in labels)

    non_clue = next(p for p in spot.post.parts if not p.clue)
    seen = 0
    tab_to(page, box.locator("button.sl-pd-part").first)
    focus = active(page)
    while True:
        part = next(p for label, p in labels.items() if focus["text"].endswith(label))
        seen += 1
        if part.clue or part is non_clue:
            page.keyboard.press("Enter" if seen % 2 else "Space")
            expect(box.locator(".sl-feedback")).to_contain_text(part.feedback[:40])
        page.keyboard.press("Tab")
        focus = active(page)
        if not a_part(focus):
            break
    assert seen == len(spot.post.parts)
    expect(box.locator(".sl-progress")).to_contain_text(f"{len(spot.post.clues)} of {len(spot.post.clues)}")
    expect(box.locator(".sl-pd-summary")).to_contain_text(spot.found_all)
    if safer is not None:
        edit = page.locator(".sl-make-it-safer")
        for change in safer.edits:  # in page order, each a few Tabs on from the last
            tab_to(page, edit.get_by_role("checkbox", name=change.label))
            page.keyboard.press("Space")
            expect(edit.locator(".sl-feedback")).to_contain_text(change.feedback[:40])
        expect(page.locator(".sl-make-it-safer .sl-pd-after")).to_contain_text(safer.nothing_left)
    screenshot(page, f"{band}-personal-details-keyboard")


def test_no_axe_violations_in_the_simulations(page: Page, server: Server) -> None:
    """axe-core finds no accessibility violations in either simulation, before or after use."""
    from axe_playwright_python.sync_playwright import Axe

    spot, _ = content("ages-11-14")
    open_lesson(page, server, "ages-11-14/personal-details")
    axe = Axe()
    scope = {"include": [[".sl-spot-the-clues"], [".sl-make-it-safer"]]}
    first = axe.run(page, context=scope)
    assert first.violations_count == 0, first.generate_report()
    box = page.locator(".sl-spot-the-clues")
    for part in spot.post.parts:
        part_button(box, part.label).click()
    expect(box.locator(".sl-pd-summary")).to_contain_text(spot.found_all)
    page.locator(".sl-make-it-safer input[type=checkbox]").first.check()
    after = axe.run(page, context=scope)
    assert after.violations_count == 0, after.generate_report()
