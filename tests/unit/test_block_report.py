"""Block and report: the inbox judging and the app walkthrough, exhaustively, as pure logic."""

from __future__ import annotations

from collections.abc import Callable
from itertools import combinations
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from safety_lessons.activities.block_report import (
    ACTION_IDS,
    Inbox,
    InboxRun,
    Verdict,
    WalkRun,
    Walkthrough,
    action_ids,
    control_index,
)
from safety_lessons.activities.choose import Quiz
from safety_lessons.authoring.check import Report
from safety_lessons.content.library import Library

BANDS = ["ages-4-7", "ages-7-11", "ages-11-14", "ages-14-18"]
TOPIC = "block-and-report"


_READ: dict[str, list[object]] = {}  # each lesson read once: the fuzzing below runs hundreds of examples


def activities(library: Library, kind: type) -> list[tuple[str, object]]:
    for band in BANDS:
        if band not in _READ:
            _READ[band] = list(library.lesson(band, TOPIC).activities.values())
    return [(band, a) for band in BANDS for a in _READ[band] if isinstance(a, kind)]


def inboxes(library: Library) -> list[tuple[str, Inbox]]:
    return activities(library, Inbox)  # type: ignore[return-value]


def walks(library: Library) -> list[tuple[str, Walkthrough]]:
    return activities(library, Walkthrough)  # type: ignore[return-value]


def subsets(ids: tuple[str, ...]) -> list[frozenset[str]]:
    return [frozenset(c) for n in range(len(ids) + 1) for c in combinations(ids, n)]


# -- every band has what the brief asks for --------------------------------------------------
def test_every_band_has_an_inbox_a_walkthrough_and_help(library: Library) -> None:
    for band in BANDS:
        kinds = [a.kind for a in library.lesson(band, TOPIC).activities.values()]
        assert kinds.count("inbox") == 1 and kinds.count("app-walkthrough") == 1, band
        assert [k for k in kinds if k != "before-and-after"][-1] == "help", band  # the quick questions may follow


def test_ages_4_7_is_three_messages_close_it_and_tell(library: Library) -> None:
    inbox = dict(inboxes(library))["ages-4-7"]
    assert len(inbox.messages) == 3
    assert inbox.ids == ("reply", "ignore", "tell")
    assert inbox.label("ignore") == "Close it"
    unwanted = [m for m in inbox.messages if "reply" not in m.best]
    assert unwanted and all(sorted(m.best) == ["ignore", "tell"] for m in unwanted)


def test_older_bands_cover_the_five_kinds_of_message(library: Library) -> None:
    for band, inbox in inboxes(library):
        if band == "ages-4-7":
            continue
        assert len(inbox.messages) == 5, band
        assert {"reply", "ignore", "block", "report", "tell"} <= set(inbox.ids), band
        if band != "ages-7-11":  # muting is left out below 11 to keep the choice simple
            assert "mute" in inbox.ids, band


# -- every message x every combination of actions ---------------------------------------------
def test_every_combination_of_every_message_is_judged(library: Library) -> None:
    judged = 0
    for band, inbox in inboxes(library):
        for i, m in enumerate(inbox.messages):
            best, fine = set(m.best), set(m.fine or ())
            for chosen in subsets(inbox.ids):
                v = inbox.judge(i, chosen)
                judged += 1
                where = f"{band} message {i + 1} {sorted(chosen)}"
                expected = (bool(chosen) and best <= chosen and chosen <= best | fine
                            and not {"reply", "ignore"} <= chosen)
                assert v.correct is expected, where
                assert set(v.helped) == chosen & best, where
                assert set(v.fine) == chosen & fine, where
                assert set(v.unwise) == chosen - best - fine, where
                assert set(v.missing) == best - chosen, where
                assert v.nothing is (not chosen), where
                lines = inbox.lines(i, v)
                assert len(lines) == len(chosen) + len(best - chosen), where
                for line in lines:
                    assert line.note and line.label in [a.label for a in inbox.actions], where
                    action = next(a.id for a in inbox.actions if a.label == line.label)
                    assert line.note == m.notes[action], where
                shown = {label for label, _ in inbox.explained(i, v)}
                assert shown == {a.label for a in inbox.actions if a.does and a.id in chosen | best}, where
    assert judged == sum(len(ib.messages) * 2 ** len(ib.ids) for _, ib in inboxes(library))


@pytest.mark.parametrize(("band", "message", "chosen", "correct", "unwise", "missing"), [
    ("ages-4-7", 0, {"reply"}, True, (), ()),
    ("ages-4-7", 1, {"ignore"}, False, (), ("tell",)),
    ("ages-4-7", 1, {"ignore", "tell"}, True, (), ()),
    ("ages-4-7", 2, {"reply", "tell"}, False, ("reply",), ("ignore",)),
    ("ages-7-11", 1, {"block", "report", "ignore"}, True, (), ()),
    ("ages-7-11", 4, {"tell"}, True, (), ()),
    ("ages-11-14", 0, {"block"}, False, ("block",), ("reply",)),
    ("ages-11-14", 1, {"report", "block"}, False, (), ("tell",)),  # a scam: the app's report tool and an adult
    ("ages-11-14", 2, {"reply", "tell"}, True, (), ()),  # a group dare: saying no and telling
    ("ages-11-14", 3, {"reply"}, False, ("reply",), ("block", "report")),  # a fake account asks for a code
    ("ages-11-14", 3, {"report", "block", "tell"}, True, (), ()),
    ("ages-11-14", 4, {"reply"}, False, ("reply",), ("block", "report", "tell")),  # asked for a private picture
    ("ages-11-14", 4, {"mute", "tell"}, False, ("mute",), ("block", "report")),
    ("ages-11-14", 4, {"report", "block", "tell"}, True, (), ()),
    ("ages-14-18", 2, {"report", "block"}, False, (), ("evidence", "tell")),
    ("ages-14-18", 2, {"evidence", "report", "block", "tell"}, True, (), ()),
    ("ages-14-18", 1, {"reply", "report", "block"}, False, ("reply",), ()),
])
def test_chosen_examples(library: Library, band: str, message: int, chosen: set[str], correct: bool,
                         unwise: tuple[str, ...], missing: tuple[str, ...]) -> None:
    inbox = dict(inboxes(library))[band]
    v = inbox.judge(message, chosen)
    assert (v.correct, v.unwise, v.missing) == (correct, unwise, missing)


def test_reply_and_ignore_together_is_a_clash(library: Library) -> None:
    inbox = dict(inboxes(library))["ages-11-14"]
    v = inbox.judge(2, {"reply", "ignore", "tell"})  # each alone is fine for the group dare
    assert v.clash and not v.correct and not v.unwise and not v.missing


def test_nothing_chosen_is_not_right(library: Library) -> None:
    for _, inbox in inboxes(library):
        v = inbox.judge(0, [])
        assert v.nothing and not v.correct and v.missing == tuple(inbox.messages[0].best)


# -- safeguarding rules the content must keep ---------------------------------------------------
def test_telling_an_adult_is_never_judged_unwise(library: Library) -> None:
    for band, inbox in inboxes(library):
        for i, m in enumerate(inbox.messages):
            assert "tell" in m.best or "tell" in (m.fine or ()), f"{band} message {i + 1}"


def test_replying_is_never_best_for_a_stranger(library: Library) -> None:
    for band, inbox in inboxes(library):
        for m in inbox.messages:
            if m.about and ("not in your contacts" in m.about.lower() or "does not know" in m.about):
                assert "reply" not in m.best and "reply" not in (m.fine or ()), (band, m.sender)


def test_no_correct_answer_advises_copying_an_image(library: Library) -> None:
    """Keeping evidence of bullying is fine; copying a nude image never is (the brief's rule)."""
    for band in BANDS:
        lesson = library.lesson(band, TOPIC)
        for a in lesson.activities.values():
            if isinstance(a, Quiz):
                for q in a.questions:
                    for ans in q.answers:
                        text = ans.answer.lower()
                        if ans.correct and any(w in text for w in ("screenshot", "save", "forward")) \
                                and ("nude" in q.question.lower() or "image" in q.question.lower()):
                            assert "not" in text or "never" in text, (band, ans.answer)
    for band in ("ages-11-14", "ages-14-18"):
        text = (library.lesson_path(band, TOPIC)).read_text(encoding="utf-8")
        assert "Never screenshot, save or forward a nude or sexual image of anyone under 18" in text, band


def test_ages_7_11_and_11_14_have_their_own_inboxes_and_walkthroughs(library: Library) -> None:
    """Issue 12 point 15: the two bands no longer share the same messages and walkthrough."""
    young, older = dict(inboxes(library))["ages-7-11"], dict(inboxes(library))["ages-11-14"]
    assert not {m.text for m in young.messages} & {m.text for m in older.messages}
    assert len({m.sender for m in young.messages} & {m.sender for m in older.messages}) <= 1  # a friend, at most
    walk_young, walk_older = dict(walks(library))["ages-7-11"], dict(walks(library))["ages-11-14"]
    assert not {t.name for t in walk_young.tasks} & {t.name for t in walk_older.tasks}
    shown = {s.show for w in (walk_young,) for t in w.tasks for s in t.steps if s.show}
    assert not shown & {s.show for t in walk_older.tasks for s in t.steps if s.show}


def test_ceop_only_for_the_request_for_a_picture(library: Library) -> None:
    """CEOP is for online sexual abuse and grooming: never for scams, fake accounts or bullying."""
    inbox = dict(inboxes(library))["ages-11-14"]
    texts = [" ".join([m.why, *m.notes.values()]) for m in inbox.messages]
    about_pictures = ["pic" in m.text.lower() or "photo" in m.text.lower() for m in inbox.messages]
    assert about_pictures.count(True) == 1
    assert ["CEOP" in text for text in texts] == about_pictures
    asks = inbox.messages[about_pictures.index(True)]
    assert set(asks.best) == {"report", "block", "tell"} and "reply" not in (asks.fine or ())


def test_no_years_in_senders_or_usernames(library: Library) -> None:
    """Fiction must not date: "Jaz_2011 says they are 13" is wrong next year (ages alone are fine)."""
    import re

    year = re.compile(r"(?<!\d)(19|20)\d\d(?!\d)")
    for band, inbox in inboxes(library):
        for m in inbox.messages:
            assert not year.search(f"{m.sender} {m.about or ''} {m.text}"), (band, m.sender)
    for band, walk in walks(library):
        for task in walk.tasks:
            for step in task.steps:
                assert not year.search(f"{step.screen} {step.show or ''}"), (band, step.screen)


def test_ages_11_14_live_stream_story(library: Library) -> None:
    """Issue 12 point 16 for 11-14: live streaming and pressure to send images, decided in a story.
    Issue 27: Priya watches and chats (she does not host a stream), and where harm has already
    happened the story asks what she can do now, with a safe way on, not only "go back"."""
    from safety_lessons.activities.story import Story

    [story] = [a for a in library.lesson("ages-11-14", TOPIC).activities.values() if isinstance(a, Story)]
    assert list(story.check()) == []
    ends = {story.nodes[p[-1]].ending for p in story.paths()}
    assert ends == {"safe", "unsafe", "recovery"}
    assert "helped" in story.reachable(safe_only=True)  # what now, without choosing the harm first
    for node_id, node in story.nodes.items():  # every decision has a safe choice
        assert node.ending is not None or any(c.safe for c in node.choices or ()), node_id
    rule = story.rule.lower()
    assert "end" in rule and "block" in rule and "report" in rule and "trusted adult" in rule
    assert "never your fault" in rule and "already" in rule
    after_harm = [i for i, node in story.nodes.items() if node.ending is None and "already happened" in node.text]
    assert after_harm, "no step says what to do once it has already happened"
    for node_id in after_harm:
        assert "not priya's fault" in story.nodes[node_id].text.lower() or "not her fault" in story.nodes[node_id].text
        assert any(c.safe for c in story.nodes[node_id].choices or ()), node_id
    for node_id, node in story.nodes.items():  # unsafe endings stay calm and point back to telling
        if node.ending == "unsafe":
            assert "not priya's fault" in node.text.lower() and "never too late" in node.text.lower(), node_id


# -- the pupil's place in the inbox ---------------------------------------------------------------
def test_a_run_through_the_inbox(library: Library) -> None:
    inbox = dict(inboxes(library))["ages-11-14"]
    run = InboxRun(len(inbox.messages))
    assert run.next() is run  # cannot skip before Done
    run = run.done(inbox)
    assert run.verdict is not None and run.verdict.nothing
    assert run.next() is run  # nothing chosen: cannot move on
    run = run.try_again().choose(inbox, ["block"]).done(inbox)
    assert run.verdict is not None and not run.verdict.correct
    assert run.choose(inbox, ["reply"]).chosen == {"block"}  # locked while feedback is shown
    run = run.try_again()
    assert run.chosen == {"block"} and run.verdict is None  # kept, so one thing can change
    run = run.choose(inbox, ["reply"]).done(inbox)
    assert run.verdict is not None and run.verdict.correct and run.right == {0}
    run = run.next()
    assert (run.index, run.chosen, run.verdict) == (1, frozenset(), None)
    for _ in range(1, len(inbox.messages)):
        run = run.choose(inbox, ["reply"]).done(inbox).next()
    assert run.finished and run.index == len(inbox.messages)
    assert run.done(inbox) is run and run.next() is run and run.try_again() is run
    assert run.choose(inbox, ["tell"]) is run
    assert run.restart() == InboxRun(len(inbox.messages))


def test_best_answers_score_full_marks(library: Library) -> None:
    for band, inbox in inboxes(library):
        run = InboxRun(len(inbox.messages))
        for m in inbox.messages:
            run = run.choose(inbox, list(m.best)).done(inbox).next()
        assert run.finished and len(run.right) == len(inbox.messages), band


@pytest.mark.parametrize("sent", [None, "block", b"block", 3, 2.5, {"block": 1}, ["block", "nope", 7, None],
                                  ("tell",) * 10_000, iter(["report"]), [["block"]], "x" * 100_000])
def test_action_ids_keep_only_known_ids(sent: object) -> None:
    got = action_ids(sent, ACTION_IDS)
    assert got <= set(ACTION_IDS)
    if isinstance(sent, (str, bytes, int, float)) or sent is None:
        assert got == frozenset()


@given(ops=st.lists(st.tuples(st.sampled_from(["choose", "done", "again", "next", "restart"]),
                              st.one_of(st.none(), st.text(), st.integers(),
                                        st.lists(st.one_of(st.sampled_from(ACTION_IDS), st.text(),
                                                           st.integers(), st.none())),
                                        st.frozensets(st.sampled_from(ACTION_IDS)))),
                    max_size=40),
       band=st.sampled_from(BANDS))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_sequence_of_presses_keeps_the_run_valid(library: Library, ops: list[tuple[str, object]],
                                                     band: str) -> None:
    inbox = dict(inboxes(library))[band]
    run = InboxRun(len(inbox.messages))
    for op, value in ops:
        if op == "choose":
            run = run.choose(inbox, value)
        elif op == "done":
            run = run.done(inbox)
        else:
            run = {"again": run.try_again, "next": run.next, "restart": run.restart}[op]()
        assert 0 <= run.index <= run.total == len(inbox.messages)
        assert run.chosen <= set(inbox.ids)
        assert run.right <= set(range(run.total))
        assert not (run.finished and (run.verdict is not None or run.chosen))
        if run.verdict is not None:
            assert run.verdict == inbox.judge(run.index, run.chosen)


# -- the app walkthrough ---------------------------------------------------------------------------
def test_every_wrong_press_gives_its_hint_and_every_right_press_moves_on(library: Library) -> None:
    for band, walk in walks(library):
        for t, task in enumerate(walk.tasks):
            for s, step in enumerate(task.steps):
                at = WalkRun(task=t, step=s)
                for c, control in enumerate(step.controls):
                    after = at.press(walk, c)
                    if control.right:
                        assert (after.task, after.step, after.hint) == (t, s + 1, None), band
                    else:
                        assert (after.task, after.step, after.hint) == (t, s, control.hint), band
                        assert after.hint
                        assert after.press(walk, next(i for i, x in enumerate(step.controls) if x.right)).hint is None


def test_every_walkthrough_can_be_completed_and_ends(library: Library) -> None:
    for band, walk in walks(library):
        run = WalkRun()
        presses = 0
        while not run.finished(walk):
            step = run.current(walk)
            if step is None:
                assert run.task_done(walk)
                run = run.next_task(walk)
                continue
            run = run.press(walk, next(i for i, c in enumerate(step.controls) if c.right))
            presses += 1
            assert presses < 100, band
        assert presses == sum(len(t.steps) for t in walk.tasks), band
        assert run.current(walk) is None and run.next_task(walk) is run and run.press(walk, 0) is run
        assert run.restart() == WalkRun()


def test_next_task_only_when_the_task_is_done(library: Library) -> None:
    walk = dict(walks(library))["ages-11-14"]
    assert WalkRun().next_task(walk) == WalkRun()
    done = WalkRun(task=0, step=len(walk.tasks[0].steps))
    assert done.task_done(walk) and done.next_task(walk) == WalkRun(task=1)


@pytest.mark.parametrize("sent", [None, True, False, -1, 2, 10**30, "0", 0.0, [0], b"\x00"])
def test_control_index_rejects_anything_but_a_control_number(sent: object) -> None:
    assert control_index(sent, 2) is None


@given(presses=st.lists(st.one_of(st.integers(-3, 8), st.none(), st.booleans(), st.text(max_size=5),
                                  st.sampled_from(["next", "restart"])), max_size=60),
       band=st.sampled_from(BANDS))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_presses_keep_the_walkthrough_valid(library: Library, presses: list[object], band: str) -> None:
    walk = dict(walks(library))[band]
    run = WalkRun()
    for p in presses:
        run = (run.next_task(walk) if p == "next" else run.restart() if p == "restart"
               else run.press(walk, p))
        assert 0 <= run.task < len(walk.tasks)
        assert 0 <= run.step <= len(walk.tasks[run.task].steps)
        step = run.current(walk)
        if run.hint is not None:
            assert step is not None and run.hint in [c.hint for c in step.controls if not c.right]


# -- broken content gives a problem with file, line and field ----------------------------------------
@pytest.mark.parametrize(("band", "old", "new", "field", "says"), [
    ("ages-11-14", "          tell: You can always talk to an adult, but nothing here needs help.\n", "",
     "activities.inbox.messages[1].notes", "no note for 'tell'"),
    ("ages-11-14", "best: [report, tell]", "best: [report, tell, shout]",
     "activities.inbox.messages[2].best[3]", "'shout' is not allowed"),
    ("ages-4-7", "        best: [ignore, tell]\n        why: This is unkind.",
     "        best: [ignore, tell, block]\n        why: This is unkind.",
     "activities.inbox.messages[2].best", "'block' is not an action of this inbox"),
    ("ages-7-11", "best: [reply]\n        fine: [tell]", "best: [reply, ignore]\n        fine: [tell]",
     "activities.inbox.messages[1].best", "both reply and ignore"),
    ("ages-14-18", "best: [reply]\n        fine: [tell]", "best: [reply]\n        fine: [tell, reply]",
     "activities.inbox.messages[1].fine", "in both best and fine"),
    ("ages-4-7", 'progress: "Message {n} of {total}"', 'progress: "Message {n}"',
     "activities.inbox.words.progress", "{total}"),
    ("ages-4-7", "              - label: Close\n                right: true",
     "              - label: Close", "activities.close-and-tell.tasks[1].steps[1].controls", "0 controls with"),
    ("ages-7-11",
     "              - label: It is spam\n"
     "                hint: Spam is adverts and tricks. Finn's message is unkind.\n",
     "              - label: It is spam\n", "activities.walkthrough.tasks[1].steps[3].controls[1].hint",
     "a wrong control needs a hint"),
    ("ages-4-7", ("              - label: Tell a grown-up\n                right: true\n"
                 "              - label: Keep playing\n                hint: Wait! First, tell a grown-up.\n"),
     ("              - label: Keep playing\n                hint: Wait! First, tell a grown-up.\n"
     "              - label: Tell a grown-up\n                right: true\n"),
     "activities.close-and-tell.tasks[1].steps[2].controls", "same place as the step before"),
    ("ages-11-14", "kind: app-walkthrough", "kind: app-walktrough", "activities.walkthrough.kind",
     "did you mean 'app-walkthrough'"),
])
def test_broken_content_is_reported_with_file_line_and_field(
        edit: Callable[[str, str, str], Path], lessons_copy: Path,
        band: str, old: str, new: str, field: str, says: str) -> None:
    from safety_lessons.authoring.check import check

    path = edit(f"{band}/{TOPIC}.yaml", old, new)
    problems = [p for p in check(lessons_copy).errors if p.field == field]
    assert problems, [str(p) for p in check(lessons_copy).problems]
    problem = problems[0]
    assert problem.file == f"lessons/{band}/{TOPIC}.yaml"
    assert says in problem.message
    lines = path.read_text(encoding="utf-8").splitlines()
    assert 1 <= problem.line <= len(lines)
    line = lines[problem.line - 1]  # a key of the field's path, or the list item it names
    assert (any(f"{part.split('[')[0]}:" in line for part in field.split(".")[1:])
            or line.strip().startswith("- ")), (str(problem), line)


def test_the_shipped_content_has_no_problems(shipped_report: Report) -> None:
    report = shipped_report
    mine = [str(p) for p in report.problems if TOPIC in p.file]
    assert mine == []
    assert report.lessons >= 4


def test_verdict_of_nothing_is_never_correct() -> None:
    assert not Verdict(nothing=True).correct
    assert Verdict(helped=("reply",)).correct
