"""The block-and-report views driven as a browser would drive them, in plain Python,
and fuzzed with whatever a forged widget message could carry."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ipywidgets as w
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from safety_lessons.activities.block_report import Inbox, Walkthrough
from safety_lessons.lesson import OpenLesson
from safety_lessons.views.block_report import InboxView, WalkthroughView
from safety_lessons.views.common import is_shown
from safety_lessons.views.markup import text_of
from traitlets import TraitError

from .conftest import find

BANDS = ["ages-4-7", "ages-7-11", "ages-11-14", "ages-14-18"]
ANYTHING = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
                     st.text(), st.binary(max_size=20), st.lists(st.text(max_size=5), max_size=5),
                     st.dictionaries(st.text(max_size=3), st.integers(), max_size=3))


def inbox_of(lesson: OpenLesson) -> tuple[Inbox, InboxView]:
    activity = next(a for a in lesson.content.activities.values() if isinstance(a, Inbox))
    return activity, InboxView(activity, lesson)


def walk_of(lesson: OpenLesson) -> tuple[Walkthrough, WalkthroughView]:
    activity = next(a for a in lesson.content.activities.values() if isinstance(a, Walkthrough))
    return activity, WalkthroughView(activity, lesson)


def buttons(view: Any) -> dict[str, w.Button]:
    return {b.description: b for b in find(view.widget, w.Button) if is_shown(b)}


@pytest.fixture(scope="module")
def lessons(lessons_root: Any) -> dict[str, OpenLesson]:
    import os

    from safety_lessons.kernel_env import ROOT_ENV
    from safety_lessons.lesson import open_lesson

    old = os.environ.get(ROOT_ENV)
    os.environ[ROOT_ENV] = str(lessons_root)
    try:
        opened = {band: open_lesson(f"{band}/block-and-report") for band in BANDS}
    finally:
        if old is None:
            os.environ.pop(ROOT_ENV)
        else:
            os.environ[ROOT_ENV] = old
    assert all(isinstance(o, OpenLesson) for o in opened.values())
    return opened  # type: ignore[return-value]


# -- the inbox --------------------------------------------------------------------------------
@pytest.mark.parametrize("band", BANDS)
def test_inbox_best_answers_all_the_way_through(lessons: dict[str, OpenLesson], band: str) -> None:
    inbox, view = inbox_of(lessons[band])
    boxes = {b.description: b for b in find(view.widget, w.Checkbox)}
    assert list(boxes) == [a.label for a in inbox.actions]
    total = len(inbox.messages)
    for i, m in enumerate(inbox.messages):
        assert f"{i + 1} of {total}" in view.progress.value
        assert m.sender in view.phone.value
        b = buttons(view)
        assert b["Next message"].disabled and b["Try again"].disabled
        for action in m.best:
            boxes[inbox.label(action)].value = True
        b["Done"].click()
        assert text_of(lessons[band].words.say("right")) in view.feedback.value
        assert all(box.disabled for box in boxes.values())
        assert not b["Next message"].disabled
        b["Next message"].click()
    assert f"{total} of {total}" in view.feedback.value
    assert all(not box.value and box.disabled for box in boxes.values())
    buttons(view)["Start again"].click()
    assert f"1 of {total}" in view.progress.value and not any(box.disabled for box in boxes.values())


def test_inbox_feedback_names_each_group_and_what_block_and_report_do(lessons: dict[str, OpenLesson]) -> None:
    inbox, view = inbox_of(lessons["ages-11-14"])
    boxes = {b.description: b for b in find(view.widget, w.Checkbox)}
    for _ in range(3):
        buttons(view)["Done"].click()  # nothing chosen
        assert text_of(inbox.words.nothing_chosen) in view.feedback.value
        assert buttons(view)["Next message"].disabled
        buttons(view)["Try again"].click()
    boxes["Block"].value = True
    boxes["Mute"].value = True
    buttons(view)["Done"].click()  # Maya's friendly message
    html = view.feedback.value
    assert text_of(lessons["ages-11-14"].words.say("try-again")) in html
    assert "Not a good idea here:</strong> Block" in html and "Not a good idea here:</strong> Mute" in html
    assert "Also do:</strong> Reply" in html and "Best:</strong> Reply." in html
    assert "<dt>Block</dt>" in html and "not told" in html
    assert html.index(text_of(inbox.words.what_they_do or "-")) < html.index("<dt>Block</dt>")
    buttons(view)["Try again"].click()
    assert boxes["Block"].value and not boxes["Block"].disabled  # choices kept to change one thing
    boxes["Block"].value = False
    boxes["Mute"].value = False
    boxes["Reply"].value = True
    boxes["Ignore it"].value = True
    buttons(view)["Done"].click()
    assert text_of(inbox.words.clash) in view.feedback.value


def test_inbox_escapes_content(lessons: dict[str, OpenLesson]) -> None:
    from dataclasses import replace

    inbox, _ = inbox_of(lessons["ages-7-11"])
    evil = replace(inbox, messages=[replace(inbox.messages[0], sender="<b>x</b>", text="<script>1</script>")])
    view = InboxView(evil, lessons["ages-7-11"])
    assert "<script>" not in view.phone.value and "&lt;script&gt;" in view.phone.value


def test_a_forged_tick_while_locked_is_undone(lessons: dict[str, OpenLesson]) -> None:
    _, view = inbox_of(lessons["ages-7-11"])
    boxes = find(view.widget, w.Checkbox)
    boxes[0].value = True
    buttons(view)["Done"].click()
    boxes[1].value = True  # a disabled checkbox changed over the comm
    assert not boxes[1].value and view.run.chosen == {"reply"}


@given(ops=st.lists(st.tuples(st.sampled_from(["tick", "forge", "done", "again", "next", "restart", "call"]),
                              st.integers(0, 7), ANYTHING), max_size=30),
       band=st.sampled_from(BANDS))
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_inbox_handlers_survive_anything(lessons: dict[str, OpenLesson], ops: list[tuple[str, int, Any]],
                                         band: str) -> None:
    inbox, view = inbox_of(lessons[band])
    boxes = find(view.widget, w.Checkbox)
    for op, n, value in ops:
        box = boxes[n % len(boxes)]
        if op == "tick":
            box.value = not box.value
        elif op == "forge":  # any value sent over the comm: the Bool trait refuses non-bools
            try:
                box.set_state({"value": value})
            except (TraitError, TypeError, ValueError):
                pass
        elif op == "call":
            for handler in (view.ticked, view.done, view.try_again, view.next, view.restart):
                handler(value)
        else:
            getattr(view, {"done": "done", "again": "try_again", "next": "next", "restart": "restart"}[op])()
        assert "sl-oops" not in view.feedback.value
        run = view.run
        assert 0 <= run.index <= len(inbox.messages) and run.chosen <= set(inbox.ids)
        assert {a for a, b in view.boxes.items() if b.value} == set(run.chosen)


# -- the walkthrough ------------------------------------------------------------------------------
@pytest.mark.parametrize("band", BANDS)
def test_walkthrough_right_presses_all_the_way_through(lessons: dict[str, OpenLesson], band: str) -> None:
    walk, view = walk_of(lessons[band])
    for t, task in enumerate(walk.tasks):
        for s, step in enumerate(task.steps):
            assert f"{s + 1} of {len(task.steps)}" in view.progress.value
            assert text_of(step.do) in view.feedback.value
            shown = buttons(view)
            for control in step.controls:
                if not control.right:
                    shown[control.label].click()
                    assert text_of(control.hint) in view.feedback.value and "↻" in view.feedback.value
                    assert f"{s + 1} of {len(task.steps)}" in view.progress.value
            shown[next(c.label for c in step.controls if c.right)].click()
        assert text_of(task.done) in view.feedback.value
        assert all(not is_shown(b) for b in view.controls)
        if t < len(walk.tasks) - 1:
            buttons(view)[walk.words.next_task].click()
    assert text_of(walk.words.finished) in view.feedback.value
    assert walk.words.next_task not in buttons(view)
    buttons(view)[walk.words.start_again].click()
    assert "1 of" in view.progress.value


@given(ops=st.lists(st.one_of(st.integers(-2, 7), st.sampled_from(["next", "restart"]),
                              st.tuples(st.just("call"), ANYTHING)), max_size=40),
       band=st.sampled_from(BANDS))
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_walkthrough_handlers_survive_anything(lessons: dict[str, OpenLesson], ops: list[Any], band: str) -> None:
    walk, view = walk_of(lessons[band])
    for op in ops:
        if op == "next":
            view.next_button.click()  # also when hidden: a forged click
        elif op == "restart":
            view.restart_button.click()
        elif isinstance(op, tuple):  # a forged message to every button: anything but a click is dropped
            for b in (*view.controls, view.next_button):
                b._handle_custom_msg({"event": op[1]}, [])
        elif 0 <= op < len(view.controls):
            view.controls[op].click()  # also hidden buttons
        assert "sl-oops" not in view.feedback.value
        step = view.run.current(walk)
        visible = [b for b in view.controls if is_shown(b)]
        if step is None:
            assert not visible and text_of(walk.tasks[view.run.task].done) in view.feedback.value
        else:
            assert [b.description for b in visible] == [c.label for c in step.controls]


def test_every_control_has_an_accessible_name(lessons: dict[str, OpenLesson]) -> None:
    for band in BANDS:
        for make in (inbox_of, walk_of):
            _, view = make(lessons[band])
            for control in find(view.widget, w.Button) + find(view.widget, w.Checkbox):
                if not is_shown(control):
                    continue
                assert control.description.strip() and control.tooltip, (band, control)


def test_a_failing_handler_shows_a_kind_message(lessons: dict[str, OpenLesson],
                                                monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    _, view = inbox_of(lessons["ages-4-7"])

    def broken(*_: object) -> None:
        raise RuntimeError("secret-marker")

    monkeypatch.setattr(Inbox, "judge", broken)
    buttons(view)["Done"].click()
    assert text_of(view.page.words.say("something-went-wrong")) in view.feedback.value
    err = capsys.readouterr().err
    assert "RuntimeError" in err and "secret-marker" not in err


def test_shown_through_the_lesson(opened: Callable[[str], OpenLesson]) -> None:
    lesson = opened("ages-14-18/block-and-report")
    assert find(lesson.show("inbox"), w.Checkbox)
    assert "sl-app-walkthrough" in lesson.show("walkthrough")._dom_classes
