"""The group-chat admin simulation's logic (policy 5.5(8)): what each action does to the chat,
which actions stay possible, and how the order and combination of actions are judged."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from safety_lessons import registry
from safety_lessons.activities.group_chat import (
    MAX_ACTIONS,
    Action,
    GroupChat,
    Member,
    Message,
    Rule,
    Thread,
)
from safety_lessons.authoring.check import Report, check
from safety_lessons.content.schema import Problem

from ..conftest import LESSONS

BANDS = {
    "ages-4-7": "pips-chat",
    "ages-7-11": "pet-club",
    "ages-11-14": "drama-club",
    "ages-14-18": "bake-sale",
}


@functools.cache
def chat(band: str) -> GroupChat:
    activity = registry.library(LESSONS).lesson(band, "group-chat-admin").activities[BANDS[band]]
    assert isinstance(activity, GroupChat)
    return activity


def run(activity: GroupChat, *actions: str) -> tuple[str, ...]:
    """Take actions one at a time, as a pupil would; every one must be possible."""
    taken: tuple[str, ...] = ()
    for a in actions:
        after = activity.take(taken, a)
        assert after == (*taken, a), f"{a} could not be taken after {taken}"
        taken = after
    return taken


def texts(activity: GroupChat, taken: tuple[str, ...]) -> tuple[set[str], set[str]]:
    """(broken feedback, praise) the verdict gives."""
    verdict = activity.judge(taken)
    return ({s.text for s in verdict.lines if not s.kept}, {s.text for s in verdict.lines if s.kept})


def feedback(activity: GroupChat, kind: str, action: str) -> str:
    return next(r.feedback for r in activity.rules if r.rule == kind and r.action == action)


# -- every band's content can be won, and its ideal sequence is the one we teach ------------

@pytest.mark.parametrize("band", BANDS)
def test_the_best_sequence_keeps_every_rule_and_praises_it(band: str) -> None:
    activity = chat(band)
    taken = run(activity, *activity.best())
    verdict = activity.judge(taken)
    assert verdict.correct and verdict.summary == activity.all_kept
    assert all(s.kept for s in verdict.lines)
    assert {s.text for s in verdict.lines} == {r.praise for r in activity.rules if r.praise}
    assert activity.key_steps(taken) == (len(taken), len(taken))


@pytest.mark.parametrize(("band", "best"), [
    ("ages-4-7", ("tell-adult", "be-kind", "take-away")),
    ("ages-7-11", ("tell-adult", "support-jo", "remove-thread")),
    ("ages-11-14", ("support-ash", "tell-adult", "report", "remove-thread")),
    ("ages-14-18", ("support-nia", "tell-adult", "report", "remove-thread")),
])
def test_the_taught_order(band: str, best: tuple[str, ...]) -> None:
    assert chat(band).best() == best


def test_ages_4_7_every_sequence_is_judged() -> None:
    """All 65 sequences of the four actions: right only with the three good ones, the grown-up
    told before the unkind words are taken away, and no laughing."""
    activity = chat("ages-4-7")
    ids = [a.id for a in activity.actions]
    for k in range(len(ids) + 1):
        for seq in itertools.permutations(ids, k):
            taken = run(activity, *seq)
            broken, praise = texts(activity, taken)
            told_first = ("take-away" not in seq
                          or ("tell-adult" in seq and seq.index("tell-adult") < seq.index("take-away")))
            assert activity.judge(taken).correct == ({"tell-adult", "be-kind", "take-away"} <= set(seq)
                                                      and told_first and "laugh" not in seq)
            assert ("Tell a grown-up. They can help." in broken) == ("tell-adult" not in seq)
            assert ("You were kind to Bo." in praise) == ("be-kind" in seq)
            assert ("Do not laugh. It makes Bo sad." in broken) == ("laugh" in seq)
            first = "Tell a grown-up first. They need to see the unkind words. Then they can help."
            assert (first in broken) == (not told_first)


@pytest.mark.parametrize("band", BANDS)
def test_every_combination_in_the_taught_order_is_judged_by_its_rules(band: str) -> None:
    """Every subset of actions (taken in content order, skipping what is gone): the verdict
    is right exactly when no rule is broken, and each broken rule says its own feedback."""
    activity = chat(band)
    ids = [a.id for a in activity.actions]
    for mask in range(2 ** len(ids)):
        taken: tuple[str, ...] = ()
        for i, a in enumerate(ids):
            if mask >> i & 1:
                taken = activity.take(taken, a)
        verdict = activity.judge(taken)
        broken = [r for r in activity.rules if activity.broken(r, taken)]
        assert verdict.correct == (not broken)
        assert [s.text for s in verdict.lines if not s.kept] == [r.feedback for r in broken]


# -- each rule's feedback, on the sequences that matter -------------------------------------

@pytest.mark.parametrize("band", BANDS)
def test_each_rule_fires_on_its_own_mistake(band: str) -> None:
    activity = chat(band)
    best = activity.best()
    for rule in activity.rules:
        if rule.rule == "must-take":
            seq = tuple(a for a in best if a != rule.action)
        elif rule.rule == "must-not-take":
            seq = (*best[:-1], rule.action, best[-1])
        elif rule.rule == "order":
            rest = [a for a in best if a not in (rule.action, rule.then)]
            seq = (rule.then or "", rule.action, *rest)
        else:  # not-alone
            seq = (*[a for a in best if a != rule.also], rule.action)
        taken = run(activity, *seq)
        broken, praise = texts(activity, taken)
        assert rule.feedback in broken, (rule, seq)
        assert rule.praise is None or rule.praise not in praise
        assert not activity.judge(taken).correct


@pytest.mark.parametrize("band", ["ages-7-11", "ages-11-14", "ages-14-18"])
def test_removing_the_thread_first_is_noted(band: str) -> None:
    """Removing before an adult could see it: the order rule, even if the adult is told later."""
    activity = chat(band)
    late = [a for a in activity.best() if a != "remove-thread"]
    broken, _ = texts(activity, run(activity, "remove-thread", *late))
    assert feedback(activity, "order", "tell-adult") in broken
    assert feedback(activity, "must-take", "tell-adult") not in broken
    broken, _ = texts(activity, run(activity, "remove-thread"))
    assert feedback(activity, "order", "tell-adult") in broken
    assert feedback(activity, "must-take", "tell-adult") in broken


@pytest.mark.parametrize(("band", "message"), [("ages-7-11", "remove-lolas-message"),
                                               ("ages-11-14", "remove-morgans-message"),
                                               ("ages-14-18", "remove-toms-message")])
def test_removing_a_message_before_an_adult_saw_it_is_noted(band: str, message: str) -> None:
    activity = chat(band)
    broken, _ = texts(activity, run(activity, message, *activity.best()))
    assert broken == {next(r.feedback for r in activity.rules if r.rule == "order" and r.then == message)}
    broken, _ = texts(activity, run(activity, "tell-adult", message,
                                    *[a for a in activity.best() if a != "tell-adult"]))
    assert not broken  # told first, then removed the message and the thread: all fine


@pytest.mark.parametrize(("band", "mute"), [("ages-7-11", "mute-lola"), ("ages-11-14", "mute-morgan"),
                                            ("ages-14-18", "mute-tom")])
def test_only_muting_when_the_thread_should_go(band: str, mute: str) -> None:
    activity = chat(band)
    without = [a for a in activity.best() if a != "remove-thread"]
    broken, _ = texts(activity, run(activity, *without, mute))
    assert feedback(activity, "not-alone", mute) in broken
    assert feedback(activity, "must-take", "remove-thread") in broken
    broken, _ = texts(activity, run(activity, *without, mute, "remove-thread"))
    assert not broken  # muting as well as removing the thread is fine


@pytest.mark.parametrize("band", ["ages-11-14", "ages-14-18"])
def test_reporting_after_removing(band: str) -> None:
    activity = chat(band)
    seq = [a for a in activity.best() if a != "report"] + ["report"]
    broken, praise = texts(activity, run(activity, *seq))
    assert broken == {feedback(activity, "order", "report")}
    assert feedback(activity, "must-take", "report") not in broken
    order = next(r for r in activity.rules if r.rule == "order" and r.action == "report")
    assert order.praise not in praise
    assert next(r.praise for r in activity.rules if r.rule == "must-take" and r.action == "report") in praise


def test_ages_14_18_repeating_the_rumour_is_noted() -> None:
    activity = chat("ages-14-18")
    broken, _ = texts(activity, run(activity, "ask-around", *activity.best()))
    assert broken == {feedback(activity, "must-not-take", "ask-around")}
    assert "repeats the claim" in feedback(activity, "must-not-take", "ask-around")


@functools.cache
def film_club() -> GroupChat:
    activity = registry.library(LESSONS).lesson("ages-14-18", "group-chat-admin").activities["film-club"]
    assert isinstance(activity, GroupChat)
    return activity


def test_ages_14_18_a_fake_nude_in_the_chat_report_remove_tell_support() -> None:
    """A nudified picture: report, then remove at once; tell the DSL where it was (never showing it);
    tell Riley it is not their fault. Forwarding it, even to help, and asking if it is real are wrong."""
    activity = film_club()
    assert activity.best() == ("report", "remove-picture", "tell-adult", "support-riley")
    taken = run(activity, *activity.best())
    assert activity.judge(taken).correct
    state = activity.state(taken)
    assert state.removed_messages == {"p1"} and state.reported and state.told_adult and state.private == ("riley",)
    assert "without" in activity.adult_seen  # the safeguarding lead is told, not shown
    for wrong in ("send-to-casey", "ask-riley"):
        broken, _ = texts(activity, run(activity, *activity.best(), wrong))
        assert broken == {feedback(activity, "must-not-take", wrong)}, wrong
    assert "Never send a nude picture of anyone under 18" in feedback(activity, "must-not-take", "send-to-casey")
    broken, _ = texts(activity, run(activity, "remove-picture", "report", "tell-adult", "support-riley"))
    assert broken == {feedback(activity, "order", "report")}
    broken, _ = texts(activity, run(activity, "report", "remove-dev", "tell-adult", "support-riley"))
    assert broken == {feedback(activity, "must-take", "remove-picture"), feedback(activity, "not-alone", "remove-dev")}
    taken = run(activity, *activity.best(), "warn-everyone", "remove-dev")  # speaking up and removing Dev: fine
    assert activity.judge(taken).correct


def test_ages_14_18_film_club_every_combination_is_judged_by_its_rules() -> None:
    activity = film_club()
    ids = [a.id for a in activity.actions]
    for mask in range(2 ** len(ids)):
        taken: tuple[str, ...] = ()
        for i, a in enumerate(ids):
            if mask >> i & 1:
                taken = activity.take(taken, a)
        broken = [r for r in activity.rules if activity.broken(r, taken)]
        assert activity.judge(taken).correct == (not broken)


def test_ages_7_11_removing_the_target_is_noted() -> None:
    activity = chat("ages-7-11")
    broken, _ = texts(activity, run(activity, *activity.best()[:2], "remove-jo", "remove-thread"))
    assert broken == {"Jo did nothing wrong. Removing Jo would hurt Jo even more."}


def test_nothing_done_breaks_only_the_must_take_rules() -> None:
    activity = chat("ages-11-14")
    broken, praise = texts(activity, ())
    assert broken == {r.feedback for r in activity.rules if r.rule == "must-take"}
    assert praise == set()  # an order is not praised when neither thing was done
    assert activity.judge(()).summary == activity.some_broken
    assert activity.key_steps(()) == (0, 4)


# -- what the chat looks like, and which actions stay possible -------------------------------

def test_the_chat_changes_with_each_action() -> None:
    activity = chat("ages-11-14")
    s = activity.state(run(activity, "mute-morgan", "remove-morgans-message", "support-ash",
                           "remove-morgan", "hit-back", "tell-adult", "report", "remove-thread"))
    assert s.muted_members == {"morgan"} and s.removed_members == {"morgan"}
    assert s.removed_messages == {"s2"} and s.removed_threads == {"saturday"}
    assert s.private == ("ash",) and s.told_adult and s.reported
    assert s.posts == (("saturday", "You'll be the sorry one, Morgan."),)
    nothing = activity.state(())
    assert not (nothing.removed_threads or nothing.muted_members or nothing.told_adult or nothing.reported)


def test_actions_on_something_gone_are_no_longer_possible() -> None:
    activity = chat("ages-11-14")
    taken = run(activity, "remove-thread")
    left = activity.available(taken)
    assert "remove-morgans-message" not in left and "hit-back" not in left
    assert "remove-thread" not in left and "report" in left
    taken = run(activity, "remove-morgan")
    assert "mute-morgan" not in activity.available(taken)
    assert activity.take(taken, "mute-morgan") == taken
    taken = run(activity, "mute-morgan")
    assert "remove-morgan" in activity.available(taken)  # muting first, then removing, is allowed


@pytest.mark.parametrize("junk", [None, 3, 2.5, b"report", ["report"], {"a": 1}, "", "REPORT",
                                  "report ", "x" * 100_000, "🙂", object()])
def test_take_ignores_anything_that_is_not_an_action(junk: object) -> None:
    activity = chat("ages-11-14")
    assert activity.take((), junk) == ()
    assert activity.take(("report",), junk) == ("report",)


def test_take_ignores_repeats() -> None:
    activity = chat("ages-7-11")
    taken = run(activity, "tell-adult")
    for _ in range(100):
        assert activity.take(taken, "tell-adult") == taken


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from([a.id for a in chat("ages-14-18").actions]),
                          st.text(max_size=30), st.integers(), st.none(), st.binary(max_size=8)),
                max_size=80))
def test_any_stream_of_requests_leaves_a_valid_sequence(requests: list[object]) -> None:
    activity = chat("ages-14-18")
    taken: tuple[str, ...] = ()
    for value in requests:
        before = taken
        taken = activity.take(taken, value)
        assert taken == before or (taken[:-1] == before and taken[-1] in activity.available(before))
    ids = {a.id for a in activity.actions}
    assert len(set(taken)) == len(taken) <= min(len(ids), MAX_ACTIONS) and set(taken) <= ids
    verdict = activity.judge(taken)
    assert verdict.correct == (not any(activity.broken(r, taken) for r in activity.rules))


@settings(max_examples=150, deadline=None)
@given(st.permutations([a.id for a in chat("ages-11-14").actions]), st.integers(0, 9))
def test_any_order_of_actions_is_judged_consistently(order: list[str], k: int) -> None:
    activity = chat("ages-11-14")
    taken: tuple[str, ...] = ()
    for a in order[:k]:
        taken = activity.take(taken, a)
    broken, praise = texts(activity, taken)
    for r in activity.rules:
        assert (r.feedback in broken) == activity.broken(r, taken)
        if r.praise:
            earned = r.rule not in ("order", "not-alone") or (r.then or r.action) in taken
            assert (r.praise in praise) == (not activity.broken(r, taken) and earned)


# -- check(): content a type cannot vet -----------------------------------------------------

def make(**changes: object) -> GroupChat:
    base: dict[str, object] = {
        "kind": "group-chat", "chat_name": "Club", "you": "me", "you_are": "you", "finish_button": "Done",
        "nothing_yet": "Do something", "all_kept": "Great", "some_broken": "Again",
        "members": (Member("me", "Me"), Member("jo", "Jo"), Member("sam", "Sam")),
        "threads": (Thread("t", "Talk", (Message("m1", "sam", "Mean"), Message("m2", "jo", "Hey"))),),
        "actions": (Action("tell", "Tell", "tell-adult", "Told"),
                 Action("rm", "Remove", "remove-thread", "Gone", target="t"),
                 Action("rm-m1", "Remove msg", "remove-message", "Gone", target="m1")),
        "rules": (Rule("must-take", "tell", "Tell someone"), Rule("must-take", "rm", "Remove it"),
               Rule("order", "tell", "Tell first", then="rm")),
    }
    base.update(changes)
    return GroupChat(**base)  # type: ignore[arg-type]


def problems(activity: GroupChat) -> list[tuple[str, str]]:
    return list(activity.check())


def test_good_content_has_no_problems() -> None:
    assert problems(make()) == []


@pytest.mark.parametrize(("changes", "field", "words"), [
    ({"you": "nobody"}, "you", "'nobody' is not a member"),
    ({"members": (Member("me", "Me"), Member("me", "Me2"), Member("sam", "Sam"), Member("jo", "Jo"))},
     "members", "'me' is used twice"),
    ({"threads": (Thread("t", "Talk", (Message("m1", "ghost", "Boo"),)),)},
     "threads[1].messages[1].by", "'ghost' is not a member"),
    ({"actions": (Action("tell", "Tell", "tell-adult", "Told", target="jo"),
                   Action("rm", "Remove", "remove-thread", "Gone", target="t"))},
     "actions[1].target", "takes no target"),
    ({"actions": (Action("tell", "Tell", "tell-adult", "Told"),
                   Action("rm", "Remove", "remove-thread", "Gone", target="m1"))},
     "actions[2].target", "needs the id of a thread"),
    ({"actions": (Action("tell", "Tell", "tell-adult", "Told"),
                   Action("rm", "Remove", "remove-thread", "Gone", target="t"),
                   Action("mute", "Mute me", "mute-member", "Muted", target="me"))},
     "actions[3].target", "the pupil themself"),
    ({"actions": (Action("tell", "Tell", "tell-adult", "Told"),
                   Action("rm", "Remove", "remove-thread", "Gone", target="t"),
                   Action("say", "Say", "post", "Said", target="t"))},
     "actions[3].text", "`text:` is needed for `does: post`"),
    ({"rules": (Rule("must-take", "tel", "Tell"),)}, "rules[1].action", "'tel' is not an action"),
    ({"rules": (Rule("must-take", "tell", "Tell"), Rule("order", "tell", "First"))},
     "rules[2].then", "`then:` is needed for `rule: order`"),
    ({"rules": (Rule("must-take", "tell", "Tell", also="rm"),)}, "rules[1].also", "only for it"),
    ({"rules": (Rule("must-not-take", "tell", "No"),)}, "rules", "at least one `rule: must-take`"),
    ({"rules": (Rule("must-take", "tell", "Tell"), Rule("must-not-take", "tell", "No"))},
     "rules", "no order of the must-take actions keeps every rule"),
    ({"rules": (Rule("must-take", "tell", "Tell"), Rule("must-take", "rm", "Rm"),
                 Rule("order", "tell", "a", then="rm"), Rule("order", "rm", "b", then="tell"))},
     "rules", "order rules in a circle"),
    ({"rules": (Rule("must-take", "rm-m1", "Msg"), Rule("must-take", "rm", "Rm"),
                 Rule("order", "rm", "Thread first", then="rm-m1"))},
     "rules", "cannot all be taken in this order: rm, rm-m1"),
])
def test_check_rejects_bad_content(changes: dict[str, object], field: str, words: str) -> None:
    found = problems(make(**changes))
    assert any(f == field and words in m for f, m in found), found


# -- a broken lesson file is reported with its file, line and field --------------------------

def only(problems: list[Problem], file: str) -> list[Problem]:
    return [p for p in problems if p.file.endswith(file) and not p.warning]


def test_a_wrong_target_is_reported_with_file_line_and_field(edit: Callable[..., Path],
                                                             lessons_copy: Path) -> None:
    edit("ages-7-11/group-chat-admin.yaml", "        target: d2\n", "        target: d9\n")
    found = only(check(lessons_copy).problems, "ages-7-11/group-chat-admin.yaml")
    assert len(found) == 1, found
    p = found[0]
    line = (lessons_copy / "ages-7-11/group-chat-admin.yaml").read_text().splitlines()[p.line - 1]
    assert p.field == "activities.pet-club.actions[3].target"
    assert "needs the id of a message" in p.message and "d1, d2" in p.message
    assert line.strip() == "target: d9"  # check() problems point at the field's own line


def test_a_misspelt_rule_kind_is_reported_with_a_suggestion(edit: Callable[..., Path],
                                                            lessons_copy: Path) -> None:
    edit("ages-11-14/group-chat-admin.yaml", "      - rule: not-alone\n", "      - rule: not-alon\n")
    found = only(check(lessons_copy).problems, "ages-11-14/group-chat-admin.yaml")
    assert [p.field for p in found] == ["activities.drama-club.rules[8].rule"]
    lines = (lessons_copy / "ages-11-14/group-chat-admin.yaml").read_text().splitlines()
    assert lines[found[0].line - 1].strip() == "- rule: not-alon"
    assert "did you mean 'not-alone'" in found[0].message


def test_an_unwinnable_rule_set_is_reported(edit: Callable[..., Path], lessons_copy: Path) -> None:
    edit("ages-14-18/group-chat-admin.yaml", "      - rule: must-not-take\n        action: ask-around",
         "      - rule: must-not-take\n        action: report")
    found = only(check(lessons_copy).problems, "ages-14-18/group-chat-admin.yaml")
    assert [p.field for p in found] == ["activities.bake-sale.rules"]
    assert "no order of the must-take actions keeps every rule" in found[0].message


def test_the_shipped_lessons_have_no_problems(shipped_report: Report) -> None:
    report = shipped_report
    assert not [p for p in report.errors if "group-chat-admin" in p.file]
