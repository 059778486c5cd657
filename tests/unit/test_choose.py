"""The one "choose for each item, get feedback" model (activities/choose.py) and view (views/choose.py)
behind quiz, sorter, age-sort, why-limits, friend-requests and which-is-stronger."""

from __future__ import annotations

from collections.abc import Callable
from html import unescape
from typing import Any

import ipywidgets as w
import pytest
from hypothesis import given
from hypothesis import strategies as st
from safety_lessons.activities import Feedback
from safety_lessons.activities.choose import Choosing, Item
from safety_lessons.lesson import OpenLesson
from safety_lessons.registry import BY_NAME
from safety_lessons.views.choose import ChooseView

from .conftest import find

ITEMS = (Item("Pip's pet", (("Yes", "yes"), ("No", "no"))), Item("Age", (("3+", 3), ("13+", 13), ("16+", 16))))
RIGHT: dict[int, object] = {0: "no", 1: 13}
judged: list[tuple[int, object]] = []


def judge(item: int, value: object) -> Feedback:
    judged.append((item, value))
    return Feedback(RIGHT[item] == value, f"{item}:{value}")


CHOOSING = Choosing(ITEMS, judge)


def test_a_round_keeps_the_latest_choice_and_what_is_right() -> None:
    start = CHOOSING.start()
    assert (start.total, start.right, dict(start.answers), start.finished) == (2, frozenset(), {}, False)
    r, said = start.choose(0, "yes")
    assert said == Feedback(False, "0:yes") and r.right == frozenset() and r.answers == {0: "yes"}
    r, said = r.choose(0, "no")
    assert said is not None and said.correct and r.right == {0}
    r, _ = r.choose(1, 13)
    assert r.finished and r.answers == {0: "no", 1: 13}
    r, _ = r.choose(1, 16)  # a right answer changed to a wrong one is no longer right
    assert r.right == {0} and not r.finished
    assert r.restart() == start and start.answers == {}  # starting again forgets every answer


@pytest.mark.parametrize(("item", "value"), [(-1, "no"), (2, "no"), (True, "no"), ("0", "no"), (0, None),
                                             (0, "maybe"), (1, 13.0), (1, "13"), (1, True), (None, None)])
def test_anything_not_offered_is_not_judged(item: object, value: object) -> None:
    judged.clear()
    start = CHOOSING.start()
    assert start.choose(item, value) == (start, None)
    assert judged == []


@given(st.lists(st.tuples(st.integers(-1, 3), st.sampled_from(["yes", "no", 3, 13, 16, None, True, 13.0]))))
def test_right_is_always_the_latest_choices_that_are_right(steps: list[tuple[int, Any]]) -> None:
    r = CHOOSING.start()
    for item, value in steps:
        r, _ = r.choose(item, value)
        assert set(r.answers) <= {0, 1}
        assert r.right == {i for i, v in r.answers.items() if RIGHT[i] == v}
        assert all(CHOOSING.offered(i, v) for i, v in r.answers.items())


# -- the six kinds on one view ---------------------------------------------------------------------------
KINDS = [("ages-4-7/passwords", "sorter"), ("ages-7-11/age-limits", "age-sort"),
         ("ages-7-11/age-limits", "why-limits"), ("ages-4-7/privacy-and-friends", "friend-requests"),
         ("ages-4-7/passwords", "quiz"), ("ages-14-18/passwords", "which-is-stronger")]


def first_of(lesson: OpenLesson, kind: str) -> ChooseView:
    activity = next(a for a in lesson.content.activities.values() if a.kind == kind)
    view = BY_NAME[kind].view_class()(activity, lesson)
    assert isinstance(view, ChooseView)
    return view


@pytest.mark.parametrize(("ref", "kind"), KINDS)
def test_every_kind_judges_shows_progress_and_starts_again_the_same_way(
        opened: Callable[[str], OpenLesson], ref: str, kind: str) -> None:
    lesson = opened(ref)
    view = first_of(lesson, kind)
    say = lesson.words.say
    items = view.round.choosing.items
    for i, item in enumerate(items):
        value = item.options[0][1]
        if isinstance(view.choices[i], w.HBox):
            view.choices[i].children[0].click()
        else:
            view.choices[i].value = value
            assert view.choices[i].value == value
        assert view.answers[i] == value
        said = unescape(view.feedback[i].value)
        assert say("right") in said or say("try-again") in said
    count = view.page.words.say(view.look.progress, n=len(view.done), total=len(items))
    assert count in unescape(view.score.value)
    view.restart.click()
    assert view.answers == {} and view.done == set() and all(f.value == "" for f in view.feedback)
    assert all(c.value is None for c in view.choices if not isinstance(c, w.HBox))
    assert say(view.look.progress, n=0, total=len(items)) in unescape(view.score.value)


@pytest.mark.parametrize(("ref", "kind"), KINDS)
def test_every_kind_has_one_progress_line_and_one_start_again(
        opened: Callable[[str], OpenLesson], ref: str, kind: str) -> None:
    view = first_of(opened(ref), kind)
    assert [b for b in find(view.widget, w.Button, "sl-button") if b is view.restart] == [view.restart]
    assert find(view.widget, w.HTML, "sl-progress") == [] and "sl-progress" in view.score.value
