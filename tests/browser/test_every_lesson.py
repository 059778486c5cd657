"""What every lesson, present and future, must do in a real browser, and every kind of activity in
every state it can show.

- Every lesson, pupil view: it opens with no errors and no request to another host, shows the
  kinds of activity its YAML has and who to talk to, passes axe-core's rules as it opens, and does
  not scroll sideways at 200% zoom. (SAMPLE's lessons are opened once, by their deep test, which
  checks the same first.)
- Every kind of activity, in every state: `SAMPLE`, a few lessons that together use every kind
  (picked from the lessons' YAML, so a new kind is picked up by itself), and each kind explored
  deeply in one of them (`DEEP`: the first in SAMPLE that uses it), with axe on the activity
  whenever it shows something new (feedback, endings, verdicts, summaries, hints); its other
  activities are used lightly. In those lessons' pupil view, Tab reaches every control with a
  visible focus indicator, and axe checks the whole page as explored, at 200% zoom, and again
  with bigger text, the easy-read font and high contrast on. Their teacher view: every activity
  used lightly with "Show answers" pressed, then axe at the steps that hold their deep kinds (and
  the first), plain and at 200% with the options on.
  Each kind's view is the same code in every lesson and both views (the teacher's differs in the
  page around it, its larger type, which "Bigger text" matches, and its hidden answers), so its
  states are checked once; `test_every_kind_is_explored_deeply` fails if a kind has no lesson.
  What a lesson's own content can do to a view is checked in plain Python: every control of every
  lesson, forged and pressed (tests/unit/test_forged_messages.py).
Every check keeps a record in test-artifacts/axe-states/ (how many states axe saw).
"""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import Page, expect
from safety_lessons import registry
from safety_lessons.registry import MODELS

from tests.conftest import LESSONS

from .explore import NO_CONTROLS, axe, check_page, explore, page_activities, prepare, settle, tab_through
from .harness import ARTIFACTS, Server, open_lesson, screenshot

LESSON_REFS = [f"{band}/{topic}" for band, topic, _ in registry.library(LESSONS).lessons()]


def all_kinds() -> list[str]:
    return list(MODELS)


def lesson_kinds(ref: str) -> set[str]:
    band, topic = ref.split("/")
    return {a.kind for a in registry.library(LESSONS).lesson(band, topic).activities.values()}


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
DEEP = {ref: {kind for kind in USED[ref] if next(r for r in SAMPLE if kind in USED[r]) == ref} for ref in SAMPLE}
OPENED_ONLY = [ref for ref in LESSON_REFS if ref not in SAMPLE]  # SAMPLE's lessons open in their deep test


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


def zoomed(page: Page) -> None:
    page.set_viewport_size({"width": 640, "height": 900})  # a 1280-pixel screen zoomed to 200%
    settle(page)


def opens_cleanly(page: Page, server: Server, ref: str) -> list[str]:
    """The pupil view: open it, and every problem with how it opens."""
    prepare(page)
    open_lesson(page, server, ref)
    expect(page.locator(".sl-needs-fixing")).to_have_count(0)
    expect(page.locator(".sl-help")).to_contain_text("Childline")
    problems = [f"{ref}, as it opens: {v}" for v in axe(page)]
    problems += kinds_problems(page, ref)
    return problems


def kinds_problems(page: Page, ref: str) -> list[str]:
    """The kinds of activity the page shows are the lesson's YAML's."""
    on_page = {a["kind"] for a in page_activities(page, KINDS)}
    if on_page == USED[ref]:
        return []
    return [f"the page shows kinds {sorted(on_page, key=str)}, the lesson's YAML has {sorted(USED[ref])}"]


def test_landing_page_is_accessible(page: Page, server: Server) -> None:
    page.goto(server.url)
    assert axe(page) == []


def test_every_kind_is_explored_deeply() -> None:
    """Each kind of activity is used by a lesson in SAMPLE, so its states are checked with axe."""
    covered = set().union(*DEEP.values())
    missing = [kind for kind in KINDS if kind not in covered]
    assert not missing, f"no shipped lesson uses {missing}: add one, so the browser tests can check its states"
    assert len(SAMPLE) < len(LESSON_REFS) / 2, "the deep sample should stay small: see the module docstring"


def every_lesson(page: Page, server: Server, ref: str) -> None:
    problems = opens_cleanly(page, server, ref)
    zoomed(page)
    if sideways(page) > 1:
        problems.append(f"the page scrolls sideways by {sideways(page)}px at 200% zoom")
    assert problems == []


# A class per half, and one per view of the sample: pytest-xdist (--dist loadscope) runs them side by side.
class TestYoungerBandsOpen:
    @pytest.mark.parametrize("ref", [r for r in OPENED_ONLY if r.startswith(("ages-4-7/", "ages-7-11/"))])
    def test_lesson_opens_cleanly_and_is_accessible(self, page: Page, server: Server, ref: str) -> None:
        every_lesson(page, server, ref)


class TestOlderBandsOpen:
    @pytest.mark.parametrize("ref", [r for r in OPENED_ONLY if not r.startswith(("ages-4-7/", "ages-7-11/"))])
    def test_lesson_opens_cleanly_and_is_accessible(self, page: Page, server: Server, ref: str) -> None:
        every_lesson(page, server, ref)


class TestEveryKindPupilView:
    @pytest.mark.parametrize("ref", SAMPLE)
    def test_every_state_of_its_kinds(self, page: Page, server: Server, ref: str) -> None:
        problems = opens_cleanly(page, server, ref)  # what every other lesson's open test checks, then more
        reached, missing = tab_through(page)  # every control Tab reaches shows where the focus is (WCAG 2.4.7)
        problems += [f"{ref}: no visible focus on {name}" for name in missing]
        found = explore(page, ref, KINDS, deep=DEEP[ref], only=DEEP[ref])  # the others: in their own lesson
        problems += found.problems
        for kind in sorted(DEEP[ref] - NO_CONTROLS):
            if not found.changed[kind]:
                problems.append(f"the explorer could not change what {kind} shows: it checked only its first state")
        for kind in sorted(DEEP[ref] & NO_CONTROLS):
            if found.actions[kind]:
                problems.append(f"{kind} has controls now: take it out of explore.NO_CONTROLS")
        zoomed(page)  # each state was checked as it appeared; now the whole page, zoomed, with the options on
        if sideways(page) > 1:
            problems.append(f"after exploring, the page scrolls sideways by {sideways(page)}px at 200% zoom")
        screenshot(page, f"{ref.replace('/', '-')}-pupil-explored")
        display_options_on(page)
        problems += check_page(page, f"{ref} (200%, bigger text, easy-read font, high contrast)", teacher=False)[1]
        screenshot(page, f"{ref.replace('/', '-')}-pupil-explored-options-200")
        if sideways(page) > 1:
            problems.append(f"with the options on, the page scrolls sideways by {sideways(page)}px at 200% zoom")
        record(ref, "pupil", deep=sorted(DEEP[ref]), kinds=found.kinds, actions=dict(found.actions),
               changed=dict(found.changed), activity_states=found.states, tab_stops=reached, problems=problems)
        assert problems == []


class TestEveryKindTeacherView:
    @pytest.mark.parametrize("ref", SAMPLE)
    def test_every_kind_with_its_answers_shown(self, page: Page, server: Server, ref: str) -> None:
        prepare(page)
        open_lesson(page, server, ref, teacher=True)
        expect(page.locator(".jp-RenderedMarkdown.celltag_teacher").first).to_be_visible()
        found = explore(page, f"{ref} (teacher)", KINDS, teacher=True, deep=False, only=DEEP[ref])  # "Show answers"
        problems = list(found.problems)
        at = {0} | {a["step"] for a in page_activities(page, KINDS) if a["kind"] in DEEP[ref] and a["step"] is not None}
        checked, more = check_page(page, f"{ref} (teacher)", teacher=True, at=at)
        problems += more
        zoomed(page)
        display_options_on(page)
        n, more = check_page(page, f"{ref} (teacher, 200%, bigger text, easy-read font, high contrast)", teacher=True,
                             at=at)
        problems += more
        screenshot(page, f"{ref.replace('/', '-')}-teacher-options-200")
        record(ref, "teacher", steps=sorted(at), whole_page_states=checked + n, kinds=found.kinds, problems=problems)
        assert problems == []
