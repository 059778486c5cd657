"""The group-chat view driven as a browser would drive it, in plain Python, including values
no honest page would send (the widget comm accepts anything)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import ipywidgets as w
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from safety_lessons import registry
from safety_lessons.activities.group_chat import GroupChat
from safety_lessons.lesson import OpenLesson
from safety_lessons.views.group_chat import GroupChatView
from safety_lessons.views.markup import text_of

from ..conftest import LESSONS
from .conftest import find


@functools.cache
def lesson(band: str) -> OpenLesson:
    lib = registry.library(LESSONS)
    return OpenLesson(lib, band, lib.catalogue.bands[band], lib.lesson(band, "group-chat-admin"), lib.words(band))


def say(band: str, key: str, **values: object) -> str:
    """A band's word as the page shows it (escaped), from lessons/words/en.yaml."""
    return text_of(lesson(band).words.say(key, **values))


def view(band: str, activity_id: str) -> GroupChatView:
    activity = lesson(band).content.activities[activity_id]
    assert isinstance(activity, GroupChat)
    return GroupChatView(activity, lesson(band))


def test_the_notebook_shows_the_chat(opened: Callable[[str], OpenLesson]) -> None:
    widget = opened("ages-7-11/group-chat-admin").show("pet-club")
    assert "sl-group-chat" in widget._dom_classes
    chat = find(widget, w.HTML, "sl-chat")[0].value
    assert "Maple Class Pet Club" in chat and "That looks like a potato" in chat
    assert "(you, the admin)" in chat
    labels = [b.description for b in find(widget, w.Button, "sl-chat-action")]
    assert "Show a grown-up you trust" in labels and len(labels) == 9
    assert all(b.tooltip for b in find(widget, w.Button))  # every control has an accessible name


def test_each_action_updates_the_chat_progress_and_log() -> None:
    v = view("ages-7-11", "pet-club")
    assert say("ages-7-11", "chat-progress", n=0, done=0, total=3) in v.progress.value
    v.buttons["mute-lola"].click()
    muted = say("ages-7-11", "member-muted")
    assert f'Lola <span class="sl-chat-badge sl-chat-muted">🔇 {muted}</span>' in v.chat.value
    assert "Lola cannot send messages for now" in v.feedback.value
    assert v.buttons["mute-lola"].disabled
    v.buttons["remove-lolas-message"].click()
    assert f"🗑 {say('ages-7-11', 'message-removed')}" in v.chat.value and "potato" not in v.chat.value
    v.buttons["remove-thread"].click()
    assert say("ages-7-11", "thread-removed", title="Jo's drawing") in v.chat.value
    assert "Everyone laugh at Jo" not in v.chat.value and "Biscuit" in v.chat.value
    assert v.buttons["laugh"].disabled  # nothing left to post in
    assert "sl-chat-taken" in v.buttons["remove-thread"]._dom_classes  # struck through: done
    assert "sl-chat-taken" not in v.buttons["laugh"]._dom_classes  # greyed out only: not possible now
    assert say("ages-7-11", "chat-progress", n=3, done=1, total=3) in v.progress.value
    assert "sl-chat-status" not in v.chat.value  # nothing done outside the chat yet
    v.buttons["support-jo"].click()
    v.buttons["tell-adult"].click()
    v.buttons["report"].click()
    for said in (say("ages-7-11", "private-message-sent", name="Jo"), "A grown-up you trust has seen the chat",
                 say("ages-7-11", "reported-to-app")):
        assert said in v.chat.value
    assert v.log.value.index("Mute Lola") < v.log.value.index("Remove the thread") < v.log.value.index("Report")


def test_finishing_judges_the_order_and_start_again_resets() -> None:
    v = view("ages-7-11", "pet-club")
    v.done.click()
    assert "Choose something to do first" in v.feedback.value and not v.done.disabled
    for a in ("remove-thread", "tell-adult", "support-jo"):
        v.buttons[a].click()
    v.done.click()
    assert say("ages-7-11", "try-again") in v.feedback.value
    assert "You removed the thread before a grown-up saw it" in v.feedback.value
    assert f"✓</span> <strong>{say('ages-7-11', 'rule-kept')}</strong> You were kind to Jo." in v.feedback.value
    assert v.done.disabled and all(b.disabled for b in v.buttons.values())
    v.take("report")  # after finishing, nothing more happens
    assert v.taken == ("remove-thread", "tell-adult", "support-jo")
    v.restart.click()
    assert v.taken == () and v.feedback.value == "" and "potato" in v.chat.value
    assert not any(b.disabled for b in v.buttons.values()) and not v.done.disabled
    for a in ("support-jo", "tell-adult", "remove-thread"):
        v.buttons[a].click()
    v.done.click()
    assert say("ages-7-11", "right") in v.feedback.value and say("ages-7-11", "rule-broken") not in v.feedback.value


def test_ages_4_7_three_steps() -> None:
    v = view("ages-4-7", "pips-chat")
    v.buttons["laugh"].click()
    assert "Pip:</strong> Ha ha!" in v.chat.value
    v.buttons["tell-adult"].click()
    v.done.click()
    assert say("ages-4-7", "try-again") in v.feedback.value and "Do not laugh" in v.feedback.value
    v.restart.click()
    v.buttons["tell-adult"].click()
    v.buttons["be-kind"].click()
    assert say("ages-4-7", "chat-progress", n=2, done=2, total=3) in v.progress.value
    assert "A grown-up has seen the chat" in v.chat.value
    assert "Your drawing is silly" in v.chat.value
    v.buttons["take-away"].click()
    assert say("ages-4-7", "chat-progress", n=3, done=3, total=3) in v.progress.value
    assert "Your drawing is silly" not in v.chat.value
    v.done.click()
    assert say("ages-4-7", "right") in v.feedback.value and "You helped Bo." in v.feedback.value


def test_a_forged_click_on_a_disabled_button_changes_nothing() -> None:
    v = view("ages-11-14", "drama-club")
    v.buttons["remove-thread"].click()
    b = v.buttons["hit-back"]
    assert b.disabled
    b.disabled = False  # as a page could send over the comm
    b.click()
    v.buttons["remove-thread"].disabled = False
    v.buttons["remove-thread"].click()
    assert v.taken == ("remove-thread",)
    assert b.disabled  # drawn again from the logic's state
    assert "You'll be the sorry one" not in v.chat.value


def test_escapes_whatever_the_content_says() -> None:
    v = view("ages-14-18", "bake-sale")
    assert "<script" not in v.chat.value
    assert text_of("That's not true.") in v.chat.value  # escaped, as text


def test_a_failing_handler_shows_a_kind_message(monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    v = view("ages-11-14", "drama-club")

    def broken(*_: object) -> Any:
        raise RuntimeError("secret-marker")

    monkeypatch.setattr(GroupChat, "judge", broken)
    v.buttons["report"].click()
    v.done.click()
    assert say("ages-11-14", "something-went-wrong") in v.feedback.value
    err = capsys.readouterr().err
    assert "RuntimeError" in err and "secret-marker" not in err


anything = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(), st.binary(),
                     st.integers(1_000, 200_000).map(lambda n: "é" * n), st.lists(st.text(), max_size=3),
                     st.dictionaries(st.text(max_size=5), st.integers(), max_size=3))


def invariants(v: GroupChatView) -> None:
    ids = [a.id for a in v.activity.actions]
    assert len(set(v.taken)) == len(v.taken) and set(v.taken) <= set(ids)
    assert "sl-oops" not in v.feedback.value
    open_ = set(v.activity.available(v.taken))
    for action_id, b in v.buttons.items():
        assert b.disabled == (v.finished or action_id not in open_)
    done, of = v.activity.key_steps(v.taken)
    assert text_of(v.page.words.say("chat-progress", n=len(v.taken), done=done, total=of)) in v.progress.value


@pytest.mark.parametrize(("band", "activity_id"), [("ages-4-7", "pips-chat"), ("ages-7-11", "pet-club"),
                                                   ("ages-11-14", "drama-club"),
                                                   ("ages-14-18", "bake-sale"), ("ages-14-18", "film-club")])
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_handlers_survive_any_values_and_rapid_repeats(band: str, activity_id: str, data: st.DataObject) -> None:
    v = view(band, activity_id)
    ids = [a.id for a in v.activity.actions]
    ops = data.draw(st.lists(st.tuples(
        st.sampled_from(["take", "click", "forged-click", "finish", "restart", "repeat"]),
        st.one_of(st.sampled_from(ids), anything)), max_size=40))
    for op, value in ops:
        button = v.buttons.get(value) if isinstance(value, str) else None
        if op == "take":
            v.take(value)  # the raw handler, unguarded: any exception fails the test
        elif op == "click" and button is not None:
            button.click()
        elif op == "forged-click" and button is not None:
            button.disabled = False
            button.click()
        elif op == "finish":
            v.finish(value)
        elif op == "restart":
            v.start_again(value)
        elif op == "repeat" and button is not None:
            for _ in range(20):
                button.click()
        invariants(v)
