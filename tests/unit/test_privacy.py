"""Privacy settings and friend requests: the logic exhaustively, on the shipped content of all
four bands, and the rules `check()` adds to the schema."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from safety_lessons.activities.privacy import (
    AUDIENCES,
    CHOICES,
    VIEWERS,
    Choice,
    FriendRequests,
    Option,
    Profile,
    ProfileSettings,
    Request,
    Setting,
    ViewAs,
    can_see,
)
from safety_lessons.content.library import Library
from safety_lessons.content.schema import rules
from safety_lessons.lesson import OpenLesson

BANDS = ("ages-4-7", "ages-7-11", "ages-11-14", "ages-14-18")
TOPIC = "privacy-and-friends"

# Written out by hand, not derived from the code: who each audience lets in.
EXPECTED = {
    ("everyone", "stranger"): True,
    ("everyone", "friend-of-friend"): True,
    ("everyone", "friend"): True,
    ("friends-of-friends", "stranger"): False,
    ("friends-of-friends", "friend-of-friend"): True,
    ("friends-of-friends", "friend"): True,
    ("friends", "stranger"): False,
    ("friends", "friend-of-friend"): False,
    ("friends", "friend"): True,
    ("only-me", "stranger"): False,
    ("only-me", "friend-of-friend"): False,
    ("only-me", "friend"): False,
}


def activities(opened: Callable[[str], OpenLesson], kind: type) -> list[tuple[str, str, object]]:
    found = []
    for band in BANDS:
        lesson = opened(f"{band}/{TOPIC}")
        found += [(band, name, a) for name, a in lesson.content.activities.items() if isinstance(a, kind)]
    return found


@pytest.fixture
def settings_activities(opened: Callable[[str], OpenLesson]) -> list[tuple[str, str, ProfileSettings]]:
    found = activities(opened, ProfileSettings)
    assert {band for band, _, _ in found} == set(BANDS)  # 4-7 too: a grown-up helps make it private
    return found  # type: ignore[return-value]


@pytest.fixture
def request_activities(opened: Callable[[str], OpenLesson]) -> list[tuple[str, str, FriendRequests]]:
    found = activities(opened, FriendRequests)
    assert {band for band, _, _ in found} == set(BANDS)
    return found  # type: ignore[return-value]


# -- the rule ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("audience", "viewer"), list(EXPECTED))
def test_who_each_audience_lets_in(audience: str, viewer: str) -> None:
    assert can_see(audience, viewer) is EXPECTED[audience, viewer]


def test_every_audience_and_viewer_is_in_the_table() -> None:
    assert set(EXPECTED) == set(itertools.product(AUDIENCES, VIEWERS))


@pytest.mark.parametrize("value", ["", "Everyone", "public", None, 3, "stranger"])
def test_unknown_audiences_let_nobody_in(value: object) -> None:
    assert not any(can_see(value, v) for v in VIEWERS)  # type: ignore[arg-type]


# -- every setting, option and viewer of every shipped lesson ------------------------------------

def test_every_setting_option_and_viewer(settings_activities: list[tuple[str, str, ProfileSettings]]) -> None:
    checked = 0
    for _, _, a in settings_activities:
        start = a.start()
        for s in a.settings:
            for option in s.options:
                chosen = a.choose(start, s.id, option.audience)
                assert chosen[s.id] == option.audience
                for viewer in VIEWERS:
                    lines = {line.setting: line for line in a.preview(chosen, viewer)}
                    line = lines[s.id]
                    expected = EXPECTED[option.audience, viewer]
                    assert line.visible is expected, (s.id, option.audience, viewer)
                    if s.is_action:
                        assert line.text == (s.can if expected else s.cannot)
                    else:
                        assert line.text == (s.shows if expected else "")
                    for other in a.settings:  # changing one setting changes only its own line
                        if other.id != s.id:
                            assert lines[other.id].visible is EXPECTED[start[other.id], viewer]
                    checked += 1
    assert checked > 100


def test_each_setting_alone_open_to_strangers_is_named(
        settings_activities: list[tuple[str, str, ProfileSettings]]) -> None:
    for _, _, a in settings_activities:
        closed = {s.id: next(o.audience for o in s.options if o.audience in ("friends", "only-me"))
                  for s in a.settings}
        assert a.privacy_check(closed).private
        assert a.progress_text(closed).startswith(a.progress.split("{n}")[0])
        for s in a.settings:
            for option in s.options:
                verdict = a.privacy_check(a.choose(closed, s.id, option.audience))
                open_to_strangers = EXPECTED[option.audience, "stranger"]
                assert verdict.private is not open_to_strangers
                assert [x.id for x in verdict.open_to_strangers] == ([s.id] if open_to_strangers else [])
                assert [x.id for x in verdict.open_to_friends_of_friends] == (
                    [s.id] if option.audience == "friends-of-friends" else [])


def test_lessons_start_open_so_there_is_something_to_do(
        settings_activities: list[tuple[str, str, ProfileSettings]]) -> None:
    for _, _, a in settings_activities:
        assert not a.privacy_check(a.start()).private
        assert a.visible_count(a.start(), "stranger") > 0


def test_counts_and_progress_words(opened: Callable[[str], OpenLesson]) -> None:
    a = opened("ages-11-14/privacy-and-friends").content.activities["jess-settings"]
    assert isinstance(a, ProfileSettings)
    assert a.counts_text(a.start(), "stranger") == "A stranger can see or do 7 of 8 things."
    assert a.progress_text(a.start()) == "Kept from strangers: 1 of 8 settings."
    everything_friends = {s.id: "friends" for s in a.settings}
    assert a.counts_text(everything_friends, "friend") == "Amir (a friend) can see or do 8 of 8 things."
    assert a.counts_text(everything_friends, "friend-of-friend").endswith("0 of 8 things.")


@pytest.mark.parametrize(("setting", "audience"), [
    ("posts", "nobody"), ("nothing", "friends"), (None, "friends"), ("posts", None), (3, 4),
    ("location", "friends-of-friends"),  # a real audience, but not one this setting offers
    ("posts", ["friends"]), ("x" * 10_000, "é" * 10_000),
])
def test_choose_ignores_what_is_not_offered(opened: Callable[[str], OpenLesson],
                                            setting: object, audience: object) -> None:
    a = opened("ages-11-14/privacy-and-friends").content.activities["jess-settings"]
    assert isinstance(a, ProfileSettings)
    assert a.choose(a.start(), setting, audience) == a.start()


def test_normalise_mends_missing_and_unknown_values(opened: Callable[[str], OpenLesson]) -> None:
    a = opened("ages-11-14/privacy-and-friends").content.activities["jess-settings"]
    assert isinstance(a, ProfileSettings)
    assert a.normalise({}) == a.start()
    assert a.normalise({"posts": "friends", "made-up": "friends", "birthday": "nobody"}) == {
        **a.start(), "posts": "friends"}


settings_states = st.dictionaries(st.sampled_from(["posts", "photos", "school", "birthday", "location",
                                                   "messages", "find", "tagging", "other"]),
                                  st.one_of(st.sampled_from(AUDIENCES), st.text(max_size=5)))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(chosen=settings_states)
def test_friends_see_at_least_what_others_see(opened_1114: ProfileSettings, chosen: dict[str, str]) -> None:
    a = opened_1114
    seen = {v: {line.setting for line in a.preview(chosen, v) if line.visible} for v in VIEWERS}
    assert seen["stranger"] <= seen["friend-of-friend"] <= seen["friend"]
    assert a.privacy_check(chosen).private is (not seen["stranger"])
    assert all(a.normalise(chosen)[s.id] in s.audiences for s in a.settings)


@pytest.fixture(scope="module")
def opened_1114(library: Library) -> ProfileSettings:
    activity = library.lesson("ages-11-14", TOPIC).activities["jess-settings"]
    assert isinstance(activity, ProfileSettings)
    return activity


# -- every request and choice of every shipped lesson ---------------------------------------------

def test_every_request_and_choice_gets_its_own_feedback(
        request_activities: list[tuple[str, str, FriendRequests]]) -> None:
    judged = 0
    for band, _, a in request_activities:
        for i, r in enumerate(a.requests):
            texts = set()
            for c in a.choice_ids:
                fb = a.judge(i, c)
                assert fb.text == r.feedback[c]
                assert fb.correct is (c in r.best)
                # the policy, independent of what `best` says: accept only people you know;
                # asking a trusted adult is never wrong
                if c == "accept":
                    assert fb.correct is (r.who == "known"), (band, r.name)
                if c == "ask":
                    assert fb.correct, (band, r.name)
                texts.add(fb.text)
                judged += 1
            assert len(texts) == len(a.choice_ids), f"{band} {r.name}: two choices share feedback"
    assert judged >= 3 * (4 + 5 + 6 + 5)


def test_the_four_to_seven_cards_are_few_and_simple(
        request_activities: list[tuple[str, str, FriendRequests]]) -> None:
    a = next(a for band, _, a in request_activities if band == "ages-4-7")
    assert 3 <= len(a.requests) <= 4
    assert [str(c.label) for c in a.choices] == ["Yes", "No", "Ask a grown-up"]


def test_progress_counts_right_answers_and_ignores_nonsense(
        request_activities: list[tuple[str, str, FriendRequests]]) -> None:
    for _, _, a in request_activities:
        n = len(a.requests)
        start = a.choosing().start()
        assert (start.right, dict(start.answers), start.total) == (frozenset(), {}, n)
        best = start
        for i, r in enumerate(a.requests):
            best, _ = best.choose(i, r.best[0])
        assert best.finished
        wrong = {i: next(c for c in a.choice_ids if c not in r.best) for i, r in enumerate(a.requests)
                 if set(a.choice_ids) - set(r.best)}
        p = best
        for i, c in wrong.items():
            p, _ = p.choose(i, c)
        assert len(p.right) == n - len(wrong) and len(p.answers) == n
        for junk in ((-1, "accept"), (n, "accept"), (0, "maybe"), ("1", "accept"), (True, "accept")):
            assert start.choose(*junk) == (start, None)


@pytest.mark.parametrize(("card", "choice"), [(-1, "accept"), (99, "accept"), (0, "maybe"),
                                                 (0, None), ("0", "accept"), (True, "accept"), (0.0, "ask")])
def test_what_is_not_offered_is_not_judged(request_activities: list[tuple[str, str, FriendRequests]],
                                         card: object, choice: object) -> None:
    a = request_activities[0][2]
    assert not a.choosing().offered(card, choice)


def test_mutual_friends_in_words(request_activities: list[tuple[str, str, FriendRequests]]) -> None:
    by_band = {band: a for band, _, a in request_activities}
    pixel = next(r for r in by_band["ages-11-14"].requests if r.name == "Pixel_Plays")
    assert by_band["ages-11-14"].mutual_text(pixel) == "23 mutual friends"
    block = next(r for r in by_band["ages-7-11"].requests if r.name == "BlockMaster")
    assert by_band["ages-7-11"].mutual_text(block) == "10 friends in common"
    gran = by_band["ages-4-7"].requests[0]
    assert by_band["ages-4-7"].mutual_text(gran) == ""


# -- check() rejects content that breaks the rules -----------------------------------------------

def setting(**kw: object) -> Setting:
    base: dict[str, object] = {
        "id": "posts", "label": "Who can see your posts?", "name": "Posts", "shows": "A post",
        "start": "everyone", "advice": "Keep it to friends.",
        "options": (Option("everyone", "Everyone"), Option("friends", "Friends"))}
    return Setting(**{**base, **kw})  # type: ignore[arg-type]


def closable(**kw: object) -> Setting:
    """A second setting, one a safe public profile must keep from strangers."""
    return setting(**{"id": "school", "name": "School", "shows": "Northgate", **kw})


def profile_settings(**kw: object) -> ProfileSettings:
    base: dict[str, object] = {
        "kind": "profile-settings", "profile": Profile("Jess", "@jess", "Everyone sees the name."),
        "settings": (setting(),), "viewers": (ViewAs("stranger", "A stranger", "Someone."),),
        "view_as": "View as:", "counts": "{viewer}: {n} of {total}", "progress": "{n} of {total}",
        "hidden": "Hidden", "check_button": "Check", "private": "Private.", "not_private": "Not yet:"}
    return ProfileSettings(**{**base, **kw})  # type: ignore[arg-type]


def problems(activity: ProfileSettings | FriendRequests) -> list[str]:
    """What the content reader reports: the activity's own rules and each item's."""
    found = [f"{field}: {message}" for field, message in rules(activity)]
    items = activity.settings if isinstance(activity, ProfileSettings) else activity.requests
    name = "settings" if isinstance(activity, ProfileSettings) else "requests"
    for i, item in enumerate(items, 1):
        found += [f"{name}[{i}].{field}: {message}" for field, message in rules(item)]
    return found


def test_good_settings_content_has_no_problems() -> None:
    assert problems(profile_settings()) == []
    public = profile_settings(settings=(setting(public_ok="It shows only your work."), closable()),
                              public_profile="Public, on purpose.")
    assert problems(public) == []


@pytest.mark.parametrize(("change", "expected"), [
    ({"settings": ()}, "settings: needs at least one setting"),
    ({"settings": (setting(), setting())}, "settings: two settings share an id"),
    ({"settings": (setting(options=(Option("everyone", "Everyone"),)),)},
     "settings[1].options: needs at least two options"),
    ({"settings": (setting(options=(Option("friends", "F"), Option("friends", "G"))),
                   )}, "settings[1].options: lists the same audience twice"),
    ({"settings": (setting(start="only-me"),)}, "settings[1].start: 'only-me' is not one of this setting's options"),
    ({"settings": (setting(options=(Option("everyone", "E"), Option("everyone", "P"))),)},
     "settings[1].options: every option lets strangers in"),
    ({"settings": (setting(shows=None),)}, "settings[1].shows: needs either `shows:`"),
    ({"settings": (setting(shows=None, can="Can"),)}, "settings[1].shows: needs either `shows:`"),
    ({"settings": (setting(can="Can", cannot="Cannot"),)}, "settings[1].shows: and `can:`/`cannot:` are both set"),
    ({"viewers": ()}, "viewers: needs at least one viewer"),
    ({"viewers": (ViewAs("friend", "A", "B"),)}, "viewers: must include `viewer: stranger`"),
    ({"viewers": (ViewAs("stranger", "A", "B"), ViewAs("stranger", "C", "D"))},
     "viewers: lists the same viewer twice"),
    ({"counts": "{viewer} sees {n}"}, "counts: must contain {total}"),
    ({"progress": "done"}, "progress: must contain {n}, {total}"),
    # a deliberate, safe public profile: only details may be public, and the lesson must opt in
    ({"settings": (setting(shows=None, can="Can message", cannot="Cannot message", public_ok="Why."), closable()),
      "public_profile": "Public."}, "settings[1].public-ok: is only for a detail"),
    ({"settings": (setting(start="friends", options=(Option("friends", "F"), Option("only-me", "M")),
                           public_ok="Why."), closable()), "public_profile": "Public."},
     "settings[1].public-ok: no option lets strangers in"),
    ({"settings": (setting(public_ok="Why."), closable())}, "public-profile: is missing, but 'posts' has `public-ok:`"),
    ({"public_profile": "Public."}, "public-profile: no setting has `public-ok:`"),
    ({"settings": (setting(public_ok="Why."),), "public_profile": "Public."},
     "settings: every setting has `public-ok:`"),
    ({"settings": (setting(public_ok="Why."), closable(start="friends")), "public_profile": "Public."},
     "settings: the profile passes the audit as it starts"),
    ({"settings": (setting(start="friends"),)}, "settings: the profile passes the audit as it starts"),
])
def test_check_rejects_bad_settings(change: dict[str, object], expected: str) -> None:
    found = problems(profile_settings(**change))
    assert any(p.startswith(expected) for p in found), found


def request(**kw: object) -> Request:
    base: dict[str, object] = {"name": "Amir", "about": "In your class.", "who": "known",
                               "best": ("accept",), "feedback": {"accept": "Yes.", "decline": "Hm.", "ask": "OK."}}
    return Request(**{**base, **kw})  # type: ignore[arg-type]


def friend_requests(**kw: object) -> FriendRequests:
    base: dict[str, object] = {
        "kind": "friend-requests", "question": "What now?", "done": "Done.",
        "choices": (Choice("accept", "Accept"), Choice("decline", "Decline")),
        "requests": (request(feedback={"accept": "Yes.", "decline": "Hm."}),)}
    return FriendRequests(**{**base, **kw})  # type: ignore[arg-type]


def test_good_request_content_has_no_problems() -> None:
    assert problems(friend_requests()) == []


THREE = (Choice("accept", "A"), Choice("decline", "D"), Choice("ask", "Q"))


@pytest.mark.parametrize(("change", "expected"), [
    ({"choices": (Choice("accept", "A"),)}, "choices: needs at least two choices"),
    ({"choices": (Choice("accept", "A"), Choice("accept", "B"))}, "choices: lists the same choice twice"),
    ({"choices": (Choice("ask", "A"), Choice("decline", "B"))}, "choices: must include `accept` and `decline`"),
    ({"requests": ()}, "requests: needs at least one request"),
    ({"requests": (request(best=(), feedback={"accept": "a", "decline": "d"}),)},
     "requests[1].best: needs at least one right choice"),
    ({"requests": (request(best=("accept", "ask"), feedback={"accept": "a", "decline": "d"}),)},
     "requests[1].best: 'ask' is not one of the choices"),
    ({"requests": (request(feedback={"accept": "a"}),)}, "requests[1].feedback: has no feedback for: decline"),
    ({"requests": (request(),)}, "requests[1].feedback: 'ask' is not a choice"),
    ({"requests": (request(best=("decline",), feedback={"accept": "a", "decline": "d"}),)},
     "requests[1].best: this is someone the pupil knows"),
    ({"requests": (request(who="mutual-friends", feedback={"accept": "a", "decline": "d"}),)},
     "requests[1].best: `who: mutual-friends` is someone the pupil does not know"),
    ({"choices": THREE, "requests": (request(),)},
     "requests[1].best: must include `ask`: asking a trusted adult is never the wrong choice"),
    ({"requests": (request(mutual_friends=-1, feedback={"accept": "a", "decline": "d"}),)},
     "requests[1].mutual-friends: cannot be negative"),
    ({"mutual": "mutual friends"}, "mutual: must contain {n}"),
])
def test_check_rejects_bad_requests(change: dict[str, object], expected: str) -> None:
    found = problems(friend_requests(**change))
    assert any(p.startswith(expected) for p in found), found


def test_choices_and_audiences_are_the_documented_ones() -> None:
    assert CHOICES == ("accept", "decline", "ask")
    assert AUDIENCES == ("everyone", "friends-of-friends", "friends", "only-me")
    assert VIEWERS == ("stranger", "friend-of-friend", "friend")
    assert replace(setting(), shows=None, can="c", cannot="d").is_action


# -- the audit's answer: private passes; a deliberate, safe public profile passes only where the
#    lesson opts in (`public-ok:` on a setting, `public-profile:` on the activity) ---------------

def audit_1418(opened: Callable[[str], OpenLesson]) -> ProfileSettings:
    a = opened("ages-14-18/privacy-and-friends").content.activities["audit"]
    assert isinstance(a, ProfileSettings)
    return a


def test_ages_14_18_private_and_a_safe_public_profile_both_pass(opened: Callable[[str], OpenLesson]) -> None:
    a = audit_1418(opened)
    closed = {s.id: "friends" for s in a.settings}
    private = a.answer(closed)
    assert (private.passed, private.public, private.says, private.reasons) == (True, False, a.private, ())
    portfolio = a.setting("portfolio")
    assert portfolio is not None and portfolio.public_ok
    public = a.answer(a.choose(closed, "portfolio", "everyone"))
    assert (public.passed, public.public, public.says) == (True, True, a.public_profile)
    assert public.reasons == (("Portfolio", portfolio.public_ok),)  # the reason it is safe, said
    assert a.progress_text(a.choose(closed, "portfolio", "everyone")) == a.progress_text(closed)


@pytest.mark.parametrize("setting_id", ["posts", "stories", "photos", "school", "birthday", "phone", "location",
                                        "status", "messages", "find", "tagging"])
def test_ages_14_18_a_public_profile_fails_on_anything_that_finds_dates_or_reaches_rory(
        opened: Callable[[str], OpenLesson], setting_id: str) -> None:
    a = audit_1418(opened)
    chosen = a.choose({s.id: "friends" for s in a.settings}, "portfolio", "everyone")
    answer = a.answer(a.choose(chosen, setting_id, "everyone"))
    s = a.setting(setting_id)
    assert s is not None and s.public_ok is None
    assert (answer.passed, answer.public, answer.says) == (False, False, a.not_private)
    assert answer.reasons == ((s.name, s.advice),)  # only what must close, with why; not the portfolio


def test_only_details_are_public_ok_in_the_shipped_lessons(
        settings_activities: list[tuple[str, str, ProfileSettings]]) -> None:
    for band, _, a in settings_activities:
        ok = [s.id for s in a.settings if s.public_ok is not None]
        assert all(not s.is_action for s in a.settings if s.public_ok is not None), band
        assert (a.public_profile is not None) is bool(ok), band
        assert ok == (["portfolio"] if band == "ages-14-18" else []), band  # younger bands: private only


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_the_audit_answer_on_any_settings_of_any_band(
        settings_activities: list[tuple[str, str, ProfileSettings]], data: st.DataObject) -> None:
    _, _, a = data.draw(st.sampled_from(settings_activities))
    chosen = data.draw(st.fixed_dictionaries({s.id: st.sampled_from(s.audiences) for s in a.settings}))
    answer, verdict = a.answer(chosen), a.privacy_check(chosen)
    open_ids = [s.id for s in a.settings if can_see(chosen[s.id], "stranger")]
    must_close = [i for i in open_ids if a.setting(i).public_ok is None]  # type: ignore[union-attr]
    assert [s.id for s in verdict.open_to_strangers] == open_ids
    assert verdict.private is (not open_ids)
    assert answer.passed is (not must_close) is verdict.passed
    assert answer.public is (answer.passed and bool(open_ids))
    if a.public_profile is None:  # 7-11 and 11-14: unchanged, only a private profile passes
        assert answer.passed is verdict.private
    if not answer.passed:
        assert [n for n, _ in answer.reasons] == [a.setting(i).name for i in must_close]  # type: ignore[union-attr]
    elif answer.public:
        assert [n for n, _ in answer.reasons] == [a.setting(i).name for i in open_ids]  # type: ignore[union-attr]
        assert all(why for _, why in answer.reasons)
    passing = len(a.settings) - len(must_close)
    assert a.progress_text(chosen) == a.progress.replace("{n}", str(passing)).replace("{total}", str(len(a.settings)))
