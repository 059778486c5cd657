"""What every lesson, present and future, must do in a real browser: open with no errors and
no request to another host, show who to talk to, and pass axe-core's accessibility rules, in
its first state and after a pupil (or teacher) has used every activity (explore.py).

How far each lesson is explored, and why that covers every activity kind:
- Every lesson, pupil and teacher view: each activity is used lightly (a few keyboard actions,
  so that its feedback shows; the teacher presses "Show answers"), then axe checks the whole
  page (the teacher view at every step: it shows one at a time), and the pupil view must not
  scroll sideways at 200% zoom.
- `SAMPLE`, a few lessons that together use every kind of activity (picked from the lessons'
  YAML, so a new kind is picked up by itself), pupil view: Tab reaches every control with a
  visible focus indicator; each activity is explored deeply, with axe on the activity whenever
  it shows something new (feedback, endings, verdicts, summaries, hints); then axe on the whole
  page at 200% zoom, and again with bigger text, the easy-read font and high contrast on. Their
  teacher view: light, then the options at 200% zoom at every step.
  Each kind's view is the same code in every lesson and both views (the teacher's differs in the
  page around it, its larger type, which "Bigger text" matches, and its hidden answers), so its
  states are checked where it is explored deeply; `test_every_kind_is_explored_deeply` fails if
  a kind has no lesson.
Every check keeps a record in test-artifacts/axe-states/ (how many states axe saw).
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect
from safety_lessons.activities import Activity
from safety_lessons.content.library import Library

from tests.conftest import LESSONS

from .explore import NO_CONTROLS, axe, check_page, explore, prepare, settle, tab_through
from .harness import ARTIFACTS, Server, open_lesson, screenshot

LESSON_REFS = [f"{band}/{topic}" for band, topic, _ in Library(LESSONS).lessons()]


def all_kinds() -> list[str]:
    return list(Activity.KINDS)


def lesson_kinds(ref: str) -> set[str]:
    band, topic = ref.split("/")
    return {a.kind for a in Library(LESSONS).lesson(band, topic).activities.values()}


def cover(refs: list[str], kinds: dict[str, set[str]]) -> list[str]:
    """A few lessons that together use every kind any lesson uses (greedy: most new kinds first;
    of equals, the oldest band's, whose longer words and richer scenarios stretch the layout most)."""
    left, picked = set().union(*kinds.values()), []
    while left:
        best = max(reversed(refs), key=lambda ref: len(kinds[ref] & left))
        picked.append(best)
        left -= kinds[best]
    return picked


KINDS = all_kinds()
USED = {ref: lesson_kinds(ref) for ref in LESSON_REFS}
SAMPLE = cover(LESSON_REFS, USED)


def record(ref: str, view: str, **facts: object) -> None:
    folder = ARTIFACTS / "axe-states"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{ref.replace('/', '-')}-{view}.json").write_text(json.dumps(facts, indent=1), encoding="utf-8")


def display_options_on(page: Page) -> None:
    """Bigger text, easy-read font and high contrast, pressed with the keyboard."""
    for name in ("Bigger text", "Easy-read font", "High contrast"):
        button = page.get_by_role("button", name=name)
        button.focus()
        page.keyboard.press("Enter")
        expect(button).to_have_attribute("aria-pressed", "true")
    page.evaluate("document.fonts.ready.then(() => true)")
    settle(page)


def sideways(page: Page) -> int:
    return int(page.evaluate("document.scrollingElement.scrollWidth - window.innerWidth"))


def explore_and_check(page: Page, ref: str, teacher: bool) -> list[str]:
    """Explore the open lesson (the pupil view of a SAMPLE lesson deeply) and check what it became;
    every problem found, also kept in test-artifacts/axe-states/ with what was checked."""
    facts: dict[str, object] = {}
    problems = list(exploring(page, ref, teacher, facts))
    record(ref, "teacher" if teacher else "pupil", **facts, problems=problems)
    return problems


def exploring(page: Page, ref: str, teacher: bool, facts: dict[str, object]) -> Iterator[str]:
    view = "teacher" if teacher else "pupil"
    sample = ref in SAMPLE
    deep = sample and not teacher
    reached = 0
    if deep:  # every control Tab reaches shows where the focus is (WCAG 2.4.7)
        reached, missing = tab_through(page)
        yield from (f"{ref} ({view}): no visible focus on {name}" for name in missing)
    found = explore(page, f"{ref} ({view})", KINDS, teacher=teacher, deep=deep)
    yield from found.problems
    on_page = set(found.kinds)
    if on_page != USED[ref]:
        yield f"the page shows kinds {sorted(on_page)}, the lesson's YAML has {sorted(USED[ref])}"
    if deep:
        for kind in sorted(on_page - NO_CONTROLS):
            if not found.changed[kind]:
                yield f"the explorer could not change what {kind} shows: it checked only its first state"
        for kind in sorted(on_page & NO_CONTROLS):
            if found.actions[kind]:
                yield f"{kind} has controls now: take it out of explore.NO_CONTROLS"
    pages, problems = check_page(page, f"{ref} ({view})", teacher)
    yield from problems
    zoomed = 0
    page.set_viewport_size({"width": 640, "height": 900})  # a 1280-pixel screen zoomed to 200%
    settle(page)
    if sample:
        if deep:
            screenshot(page, f"{ref.replace('/', '-')}-{view}-explored")
            n, problems = check_page(page, f"{ref} ({view}, 200%)", teacher)
            zoomed += n
            yield from problems
        display_options_on(page)
        n, problems = check_page(page, f"{ref} ({view}, 200%, bigger text, easy-read font, high contrast)", teacher)
        zoomed += n
        yield from problems
        screenshot(page, f"{ref.replace('/', '-')}-{view}-explored-options-200")
    if not teacher and sideways(page) > 1:
        yield f"after exploring, the page scrolls sideways by {sideways(page)}px at 200% zoom"
    facts.update(deep=deep, kinds=found.kinds, actions=dict(found.actions), changed=dict(found.changed),
                 activity_states=found.states, whole_page_states=pages, zoomed_states=zoomed, tab_stops=reached)


def test_landing_page_is_accessible(page: Page, server: Server) -> None:
    page.goto(server.url)
    assert axe(page) == []


def test_every_kind_is_explored_deeply() -> None:
    """Each kind of activity is used by a lesson in SAMPLE, so its states are checked with axe."""
    covered = set().union(*(USED[ref] for ref in SAMPLE))
    missing = [kind for kind in KINDS if kind not in covered]
    assert not missing, f"no shipped lesson uses {missing}: add one, so the browser tests can check its states"
    assert len(SAMPLE) < len(LESSON_REFS) / 2, "the deep sample should stay small: see the module docstring"


class TestPupilView:  # a class each: pytest-xdist (--dist loadscope) runs the two views side by side
    @pytest.mark.parametrize("ref", LESSON_REFS)
    def test_lesson_opens_cleanly_and_is_accessible(self, page: Page, server: Server, ref: str) -> None:
        prepare(page)
        open_lesson(page, server, ref)
        expect(page.locator(".sl-needs-fixing")).to_have_count(0)
        expect(page.locator(".sl-help")).to_contain_text("Childline")
        assert axe(page) == []
        screenshot(page, f"{ref.replace('/', '-')}-pupil")
        assert explore_and_check(page, ref, teacher=False) == []


class TestTeacherView:
    @pytest.mark.parametrize("ref", LESSON_REFS)
    def test_teacher_view_is_accessible(self, page: Page, server: Server, ref: str) -> None:
        prepare(page)
        page.goto(server.lesson_url(ref) + "?mode=teacher")
        page.locator(".sl-help").wait_for(state="attached")
        expect(page.locator(".jp-RenderedMarkdown.celltag_teacher").first).to_be_visible()
        assert axe(page) == []
        screenshot(page, f"{ref.replace('/', '-')}-teacher")
        assert explore_and_check(page, ref, teacher=True) == []
