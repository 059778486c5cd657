"""The password views driven as a browser would drive them, in plain Python."""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as w
import pytest
from safety_lessons.activities import Feedback
from safety_lessons.activities.choose import Quiz
from safety_lessons.activities.passwords import MAX_LENGTH
from safety_lessons.content.words import Words
from safety_lessons.lesson import OpenLesson
from safety_lessons.views.markup import text_of

from .conftest import find


def test_meter_updates_on_every_value(opened: Callable[[str], OpenLesson]) -> None:
    view = opened("ages-11-14/passwords").show("meter")
    box = find(view, w.Text)[0]
    meter = find(view, w.HTML, "sl-live")[0]
    box.value = "password"
    assert 'aria-valuenow="0"' in meter.value
    box.value = "lantern walrus pickle comet"
    assert 'aria-valuenow="4"' in meter.value


def test_meter_caps_a_forged_value(opened: Callable[[str], OpenLesson]) -> None:
    view = opened("ages-11-14/passwords").show("meter")
    box = find(view, w.Text)[0]
    box.value = "é" * 1_000_000  # as if sent straight over the widget comm
    assert box.value == "é" * MAX_LENGTH
    assert "sl-meter-label" in find(view, w.HTML, "sl-live")[0].value


def test_word_builder_stops_after_the_last_step(opened: Callable[[str], OpenLesson]) -> None:
    view = opened("ages-7-11/passwords").show("three-words")
    add, restart = find(view, w.Button)
    for _ in range(5):
        add.click()
    built = find(view, w.HTML, "sl-built")[0].value
    assert built.count("<span>") == 3
    assert add.disabled
    restart.click()
    assert find(view, w.HTML, "sl-built")[0].value == ""
    assert not add.disabled


def test_sorter_feedback_and_progress(opened: Callable[[str], OpenLesson],
                                      words: Callable[[str], Words]) -> None:
    view = opened("ages-4-7/passwords").show("who-can-know")
    say = words("ages-4-7").say
    first = find(view, w.ToggleButtons)[0]  # "Pip's mum": yes
    first.value = "no"
    assert text_of(say("try-again")) in find(view, w.HTML, "sl-live")[0].value
    first.value = "yes"
    live = find(view, w.HTML, "sl-live")
    assert text_of(say("right")) in live[0].value
    assert text_of(say("sorted-count", n=1, total=5)) in live[-1].value


def test_a_failing_handler_shows_a_kind_message(opened: Callable[[str], OpenLesson],
                                                words: Callable[[str], Words],
                                                monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    view = opened("ages-4-7/passwords").show("someone-asks")

    def broken(*_: object) -> Feedback:
        raise RuntimeError("secret-marker")

    monkeypatch.setattr(Quiz, "judge", broken)
    find(view, w.RadioButtons)[0].value = 1
    assert text_of(words("ages-4-7").say("something-went-wrong")) in find(view, w.HTML, "sl-live")[0].value
    err = capsys.readouterr().err
    assert "RuntimeError" in err and "secret-marker" not in err
