"""The story view driven as a browser would drive it, in plain Python, and fuzzed with
anything a forged widget message could carry."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ipywidgets as w
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from safety_lessons import registry
from safety_lessons.activities.story import MAX_CHOICES, Story
from safety_lessons.lesson import OpenLesson
from safety_lessons.views.common import is_shown
from safety_lessons.views.markup import text_of
from safety_lessons.views.story import StoryView

from ..conftest import LESSONS
from .conftest import find

STORIES = {"ages-4-7": "kits-game", "ages-7-11": "aishas-story", "ages-11-14": "leos-story",
           "ages-14-18": "sams-story"}
LIBRARY = registry.library(LESSONS)
OOPS = text_of(LIBRARY.words().say("something-went-wrong"))  # lessons/words/en.yaml


def make_view(band: str) -> StoryView:
    content = LIBRARY.lesson(band, "meeting-online-friends")
    lesson = OpenLesson(LIBRARY, band, LIBRARY.catalogue.bands[band], content, LIBRARY.words(band))
    activity = content.activities[STORIES[band]]
    assert isinstance(activity, Story)
    return StoryView(activity, lesson)


def visible(view: StoryView) -> list[str]:
    return [b.description for b in view.choices if is_shown(b)]


def press(view: StoryView, label: str) -> None:
    [b] = [b for b in view.choices if b.description == label and is_shown(b)]
    b.click()


def assert_consistent(view: StoryView) -> None:
    story = view.activity
    assert story.valid(view.walk)
    node = story.node(view.walk)
    assert story.step_text(view.walk) in view.progress.value
    assert visible(view) == [c.label for c in node.choices or ()]
    assert all(b.disabled for b in view.choices if not is_shown(b))
    assert view.back_button.disabled == (view.walk.step <= 1)
    assert (text_of(story.rule) in view.scene.value) == (node.ending is not None)
    assert OOPS not in view.feedback.value


def test_the_lesson_shows_the_story(opened: Callable[[str], OpenLesson]) -> None:
    widget = opened("ages-4-7/meeting-online-friends").show("kits-game")
    assert "sl-story" in widget._dom_classes
    assert "Step 1" in find(widget, w.HTML, "sl-progress")[0].value
    labels = [b.description for b in find(widget, w.Button, "sl-story-choice") if is_shown(b)]
    assert labels == ["Tell a grown-up", "Chat with Star. Keep it a secret.", "What if Kit already kept a secret chat?"]
    assert all(b.tooltip and b.description for b in find(widget, w.Button) if is_shown(b))


def test_ages_4_7_unsafe_route_then_back_then_safe(opened: Callable[[str], OpenLesson]) -> None:
    view = make_view("ages-4-7")
    press(view, "Chat with Star. Keep it a secret.")
    assert "Step 2" in view.progress.value
    assert "Stop and think." in view.feedback.value and "may not be who they say" in view.feedback.value
    assert "Star:" in view.scene.value and "sl-chat" in view.scene.value
    press(view, "Go to the park to meet Star")
    assert "The end" in view.progress.value
    assert "sl-ending-unsafe" in view.scene.value and text_of(view.activity.rule) in view.scene.value
    assert visible(view) == [] and not view.back_button.disabled
    view.back_button.click()
    assert "Step 2" in view.progress.value and view.feedback.value == ""
    press(view, "Tell a grown-up")
    assert text_of(view.page.words.say("right")) in view.feedback.value and "Step 3" in view.progress.value
    press(view, "Tell a grown-up again")
    assert "sl-ending-safe" in view.scene.value and "Kit is safe" in view.scene.value
    view.restart_button.click()
    assert "Step 1" in view.progress.value and view.back_button.disabled
    assert_consistent(view)


@pytest.mark.parametrize("band", STORIES)
def test_every_band_plays_through_on_the_safe_route(band: str) -> None:
    view = make_view(band)
    steps = 0
    while view.activity.ending_of(view.walk) is None:
        node = view.activity.node(view.walk)
        safe = next(c for c in node.choices or () if c.safe)
        press(view, safe.label)
        steps += 1
        assert_consistent(view)
        if safe.feedback:
            assert text_of(safe.feedback) in view.feedback.value
        assert steps < 10
    assert view.activity.ending_of(view.walk) == "safe"
    assert text_of(LIBRARY.words(band).say("right")) in view.feedback.value


@pytest.mark.parametrize("band", STORIES)
def test_a_forged_click_on_a_hidden_button_changes_nothing(band: str) -> None:
    view = make_view(band)
    before = view.walk
    for b in view.choices[len(view.activity.node(before).choices or ()):]:
        b.click()
    assert view.walk is before
    view.back_button.click()  # at the start: nowhere to go back to
    assert view.walk == before
    assert_consistent(view)


def test_a_failing_handler_shows_a_kind_message(monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    view = make_view("ages-7-11")

    def broken(*_: object) -> None:
        raise RuntimeError("secret-marker")

    monkeypatch.setattr(Story, "choose", broken)
    view.choices[0].click()
    assert OOPS in view.feedback.value
    err = capsys.readouterr().err
    assert "RuntimeError" in err and "secret-marker" not in err


anything = st.one_of(
    st.integers(), st.integers(min_value=-2, max_value=MAX_CHOICES + 1), st.booleans(), st.none(),
    st.floats(allow_nan=True), st.text(), st.binary(), st.just("é" * 1_000_000),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=3), st.integers(), max_size=3),
)
actions = st.lists(st.one_of(
    st.tuples(st.just("choose"), anything),
    st.tuples(st.just("click"), st.integers(min_value=0, max_value=MAX_CHOICES - 1)),
    st.tuples(st.just("back"), st.none()),
    st.tuples(st.just("restart"), st.none()),
), max_size=40)


@pytest.mark.parametrize("band", STORIES)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=actions)
def test_fuzzed_handlers_keep_the_story_valid(band: str, steps: list[tuple[str, Any]]) -> None:
    view = make_view(band)
    for action, value in steps:
        if action == "choose":
            view.choose(value)
        elif action == "click":
            view.choices[value].click()  # rapid repeats included: no waiting between clicks
        elif action == "back":
            view.back_button.click()
        else:
            view.restart_button.click()
        assert_consistent(view)


@settings(max_examples=200, deadline=None)
@given(index=anything)
def test_fuzzed_choices_never_raise(index: object) -> None:
    story = make_view("ages-14-18").activity
    walk = story.begin()
    after = story.choose(walk, index)
    assert story.valid(after)
    assert after is walk or (isinstance(index, int) and not isinstance(index, bool))
