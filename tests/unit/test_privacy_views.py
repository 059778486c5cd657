"""The privacy views driven as a browser would drive them, in plain Python, then fuzzed with
any value a forged widget message could carry."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ipywidgets as w
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from safety_lessons.activities.privacy import FriendRequests, ProfileSettings
from safety_lessons.lesson import OpenLesson
from safety_lessons.views.markup import text_of
from safety_lessons.views.privacy import FriendRequestsView, ProfileSettingsView
from traitlets import TraitError

from .conftest import find

FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

anything = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=50),
    st.just("x" * 100_000), st.just("é\u0000\u202e<script>"), st.binary(max_size=20),
    st.lists(st.text(max_size=5), max_size=3), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.sampled_from(["everyone", "friends-of-friends", "friends", "only-me", "stranger",
                     "friend-of-friend", "friend", "accept", "decline", "ask", "posts", "location"]),
)


def settings_view(opened: Callable[[str], OpenLesson], ref: str, name: str) -> ProfileSettingsView:
    lesson = opened(ref)
    activity = lesson.content.activities[name]
    assert isinstance(activity, ProfileSettings)
    return ProfileSettingsView(activity, lesson)


def requests_view(opened: Callable[[str], OpenLesson], ref: str, name: str) -> FriendRequestsView:
    lesson = opened(ref)
    activity = lesson.content.activities[name]
    assert isinstance(activity, FriendRequests)
    return FriendRequestsView(activity, lesson)


def assert_settings_state_valid(view: ProfileSettingsView) -> None:
    a = view.activity
    assert view.chosen == a.normalise(view.chosen)
    assert {sid: t.value for sid, t in view.toggles.items()} == view.chosen
    assert view.viewer in [v.viewer for v in a.viewers]
    assert view.look.value == view.viewer
    assert view.counts.value == f'<p class="sl-count">{text_of(a.counts_text(view.chosen, view.viewer))}</p>'
    for area in (view.result, view.counts):
        assert "sl-oops" not in area.value


# -- the settings view ------------------------------------------------------------------------

def test_changing_a_setting_changes_the_preview(opened: Callable[[str], OpenLesson]) -> None:
    view = settings_view(opened, "ages-11-14/privacy-and-friends", "jess-settings")
    toggles = find(view.widget, w.Dropdown, "sl-setting-choice")
    assert len(toggles) == 8
    birthday = toggles[3]
    assert "14 March" in view.phone.value
    birthday.value = "friends"
    assert "14 March" not in view.phone.value
    assert "Birthday:</span> <span aria-hidden=\"true\">⊘</span> Hidden" in view.phone.value
    view.look.value = "friend"
    assert "14 March" in view.phone.value
    assert "Amir (a friend) can see or do 8 of 8 things." in view.counts.value
    view.look.value = "friend-of-friend"
    assert "14 March" not in view.phone.value
    assert "Finn (friend of a friend)" in view.about.value or "Jess has never met Finn" in view.about.value


def test_actions_say_can_and_cannot_in_words(opened: Callable[[str], OpenLesson]) -> None:
    view = settings_view(opened, "ages-11-14/privacy-and-friends", "jess-settings")
    assert "→</span> Can send Jess a message" in view.phone.value
    view.toggles["messages"].value = "friends"
    assert "⊘</span> Cannot send Jess a message" in view.phone.value
    assert "sl-cannot" in view.phone.value


def test_make_it_private_check(opened: Callable[[str], OpenLesson]) -> None:
    view = settings_view(opened, "ages-11-14/privacy-and-friends", "jess-settings")
    check, restart = find(view.widget, w.Button)
    check.click()
    assert text_of(view.page.words.say("try-again")) in view.result.value
    for name in ("Posts", "Photos", "Birthday", "Location", "Messages", "Search", "Tagging"):
        assert f"<strong>{name}</strong>" in view.result.value
    assert "<strong>School</strong>" not in view.result.value  # friends of friends: not strangers
    assert "sl-fof-note" in view.result.value and "(School)" in view.result.value
    for toggle in view.toggles.values():
        toggle.value = "friends"
        assert view.result.value == ""  # an old verdict disappears when a setting changes
    assert "Kept from strangers: 8 of 8 settings." in view.progress.value
    check.click()
    assert text_of(view.page.words.say("right")) in view.result.value
    assert text_of("Jess's profile is private.") in view.result.value
    assert "sl-fof-note" not in view.result.value
    assert "A stranger can see or do 0 of 8 things." in view.counts.value
    restart.click()
    assert view.chosen == view.activity.start()
    assert view.result.value == ""
    assert "Kept from strangers: 1 of 8 settings." in view.progress.value
    assert_settings_state_valid(view)


def test_ages_14_18_a_deliberate_public_profile_passes_with_its_reasons(opened: Callable[[str], OpenLesson]) -> None:
    view = settings_view(opened, "ages-14-18/privacy-and-friends", "audit")
    a = view.activity
    for s in a.settings:
        view.toggles[s.id].value = "friends"
    view.toggles["portfolio"].value = "everyone"
    assert "Settings that pass the audit: 12 of 12." in view.progress.value
    view.check_button.click()
    assert "sl-right" in view.result.value and "Audit passed: a public profile, on purpose." in view.result.value
    assert '<ul class="sl-public-ok"><li><strong>Portfolio</strong>: It shows Rory' in view.result.value
    assert "sl-still-open" not in view.result.value
    view.toggles["location"].value = "everyone"  # a public profile must not say where he is
    assert view.result.value == ""
    view.check_button.click()
    assert "sl-try-again" in view.result.value
    assert '<ul class="sl-still-open"><li><strong>Live location</strong>:' in view.result.value
    assert "Portfolio" not in view.result.value  # the portfolio may stay public: not listed to close
    assert_settings_state_valid(view)


@pytest.mark.parametrize(("ref", "name"), [("ages-4-7/privacy-and-friends", "make-it-private"),
                                           ("ages-7-11/privacy-and-friends", "milo-settings"),
                                           ("ages-14-18/privacy-and-friends", "audit")])
def test_every_band_can_be_made_private(opened: Callable[[str], OpenLesson], ref: str, name: str) -> None:
    view = settings_view(opened, ref, name)
    for s in view.activity.settings:
        view.toggles[s.id].value = "friends"
    view.check_button.click()
    assert "sl-right" in view.result.value
    assert text_of(view.activity.private) in view.result.value


def test_a_failing_check_shows_a_kind_message(opened: Callable[[str], OpenLesson],
                                             monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    view = settings_view(opened, "ages-11-14/privacy-and-friends", "jess-settings")

    def broken(*_: object) -> Any:
        raise RuntimeError("secret-marker")

    monkeypatch.setattr(ProfileSettings, "privacy_check", broken)
    view.check_button.click()
    assert text_of(view.page.words.say("something-went-wrong")) in view.result.value
    err = capsys.readouterr().err
    assert "RuntimeError" in err and "secret-marker" not in err


def forge(widget: w.Widget, state: dict[str, Any]) -> None:
    """Apply a state as a comm `update` would (ipywidgets may refuse it before any handler runs)."""
    try:
        widget.set_state(state)
    except (TraitError, ValueError, TypeError, KeyError, IndexError):
        pass


@FUZZ
@given(steps=st.lists(st.one_of(
    st.tuples(st.just("choose"), anything, anything),
    st.tuples(st.just("choose"), st.sampled_from(["posts", "location", "tagging", "nope"]),
              st.sampled_from(["everyone", "friends-of-friends", "friends", "only-me", "Friends"])),
    st.tuples(st.just("toggle"), st.integers(0, 7), st.sampled_from(["everyone", "friends", "only-me"])),
    st.tuples(st.just("look"), anything),
    st.tuples(st.just("view-as"), st.sampled_from(["stranger", "friend-of-friend", "friend"])),
    st.tuples(st.just("check")),
    st.tuples(st.just("restart")),
), max_size=25))
def test_settings_handlers_survive_anything(opened: Callable[[str], OpenLesson],
                                            steps: list[tuple[Any, ...]]) -> None:
    view = settings_view(opened, "ages-11-14/privacy-and-friends", "jess-settings")
    ids = list(view.toggles)
    for step in steps:
        if step[0] == "choose":  # a forged message: any index for a setting's control
            forge(view.toggles[ids[hash(str(step[1])) % len(ids)]], {"index": step[2]})
        elif step[0] == "toggle":
            toggle = view.toggles[ids[step[1]]]
            if step[2] in [v for _, v in toggle.options]:
                toggle.value = step[2]
        elif step[0] == "look":
            forge(view.look, {"index": step[1]})
        elif step[0] == "view-as":
            view.look.value = step[1]
        elif step[0] == "check":
            view.check_button.click()
            view.check_button.click()  # a rapid double press
        else:
            view.restart.click()
        assert_settings_state_valid(view)


def test_forged_comm_messages_to_a_setting(opened: Callable[[str], OpenLesson]) -> None:
    """What the browser sends is an option index; ipywidgets refuses impossible ones and the
    view puts "nothing chosen" back to the pupil's setting."""
    from traitlets import TraitError

    view = settings_view(opened, "ages-11-14/privacy-and-friends", "jess-settings")
    location = view.toggles["location"]
    location.set_state({"index": 2})
    assert view.chosen["location"] == "only-me"
    for bad in (99, -5, "x", [1]):
        with pytest.raises(TraitError):
            location.set_state({"index": bad})
    location.set_state({"index": None})
    assert view.chosen["location"] == "only-me" and location.value == "only-me"
    assert_settings_state_valid(view)


# -- the friend-requests view -------------------------------------------------------------------

@pytest.mark.parametrize("ref", ["ages-4-7/privacy-and-friends", "ages-7-11/privacy-and-friends",
                                 "ages-11-14/privacy-and-friends", "ages-14-18/privacy-and-friends"])
def test_each_choice_on_each_card_shows_its_own_feedback(opened: Callable[[str], OpenLesson], ref: str) -> None:
    lesson = opened(ref)
    name = next(n for n, a in lesson.content.activities.items() if isinstance(a, FriendRequests))
    view = requests_view(opened, ref, name)
    a = view.activity
    toggles = find(view.widget, w.ToggleButtons, "sl-choice")
    assert len(toggles) == len(a.requests)
    for i, (toggle, r) in enumerate(zip(toggles, a.requests, strict=True)):
        for c in a.choice_ids:
            toggle.value = c
            said = view.feedback[i].value
            assert text_of(r.feedback[c]) in said
            lead = lesson.words.say("right" if c in r.best else "try-again")
            assert text_of(lead) in said
        toggle.value = r.best[0]
    assert text_of(lesson.words.say("done-count", n=len(a.requests), total=len(a.requests))) in view.score.value
    assert text_of(a.done) in view.score.value


def test_requests_progress_and_start_again(opened: Callable[[str], OpenLesson]) -> None:
    view = requests_view(opened, "ages-4-7/privacy-and-friends", "kit-requests")
    say = view.page.words.say  # lessons/words/en.yaml, in the band's words
    toggles = find(view.widget, w.ToggleButtons, "sl-choice")
    assert say("done-count", n=0, total=4) in view.score.value
    toggles[0].value = "accept"
    toggles[2].value = "accept"  # StarPlayer: not known
    assert say("done-count", n=1, total=4) in view.score.value
    assert text_of(say("try-again")) in view.feedback[2].value
    toggles[2].value = "ask"
    assert say("done-count", n=2, total=4) in view.score.value
    view.restart.click()
    assert all(t.value is None for t in toggles)
    assert all(f.value == "" for f in view.feedback)
    assert say("done-count", n=0, total=4) in view.score.value and view.answers == {}


def test_request_cards_show_who_and_mutual_friends(opened: Callable[[str], OpenLesson]) -> None:
    view = requests_view(opened, "ages-11-14/privacy-and-friends", "requests")
    cards = find(view.widget, w.HTML)
    text = " ".join(c.value for c in cards)
    assert "Pixel_Plays" in text and "23 mutual friends" in text
    assert "Lola" in text


def test_forged_comm_messages_to_a_request(opened: Callable[[str], OpenLesson]) -> None:
    from traitlets import TraitError

    view = requests_view(opened, "ages-11-14/privacy-and-friends", "requests")
    first = view.choices[0]
    first.set_state({"index": 1})
    assert view.answers == {0: "decline"}
    with pytest.raises(TraitError):
        first.set_state({"index": 99})
    first.set_state({"index": None})  # "nothing chosen": the judged answer is shown again
    assert first.value == "decline" and view.answers == {0: "decline"}
    say = view.page.words.say
    assert say("done-count", n=1, total=6) not in view.score.value
    assert say("done-count", n=0, total=6) in view.score.value


@FUZZ
@given(steps=st.lists(st.one_of(
    st.tuples(st.just("choose"), anything, anything),
    st.tuples(st.just("choose"), st.integers(-1, 6), st.sampled_from(["accept", "decline", "ask", "Accept"])),
    st.tuples(st.just("toggle"), st.integers(0, 5), st.sampled_from(["accept", "decline", "ask"])),
    st.tuples(st.just("restart")),
), max_size=30))
def test_request_handlers_survive_anything(opened: Callable[[str], OpenLesson],
                                           steps: list[tuple[Any, ...]]) -> None:
    view = requests_view(opened, "ages-11-14/privacy-and-friends", "requests")
    a = view.activity
    for step in steps:
        if step[0] == "choose":
            view.choose(step[1], step[2])
        elif step[0] == "toggle":
            view.choices[step[1]].value = step[2]
            view.choices[step[1]].value = step[2]  # rapid repeat of the same value
        else:
            view.restart.click()
        assert all(view.round.choosing.offered(i, c) for i, c in view.answers.items())
        assert all(view.choices[i].value == c for i, c in view.answers.items())
        assert all(view.feedback[i].value for i in view.answers)
        assert all(t.value is None for i, t in enumerate(view.choices) if i not in view.answers)
        right = sum(c in a.requests[i].best for i, c in view.answers.items())
        assert f"{right} of {len(a.requests)} done" in view.score.value
        assert all("sl-oops" not in f.value for f in view.feedback)
