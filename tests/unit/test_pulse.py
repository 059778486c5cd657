"""Class pulse without a browser: the counting (pulse.py), what kernels may send, the kernel side
(pulse_link.py), the teacher's chart and panel (views/pulse.py), and `check`'s rule for pulse
questions."""

from __future__ import annotations

import base64
import csv
import datetime
import io
import json
import re
import threading
from pathlib import Path
from typing import Any

import pytest
from safety_lessons import pulse_link, registry
from safety_lessons.activities.choose import Quiz, pulse_questions
from safety_lessons.content.schema import ContentError
from safety_lessons.lesson import open_lesson
from safety_lessons.pulse_link import Sender, Session
from safety_lessons.server.guard import Guard, Request
from safety_lessons.server.pulse import ALPHABET, CODE_LENGTH, IDLE, MAX_MESSAGE, Pulses, normal_code, read_message
from safety_lessons.server.pulse_routes import ACTIONS, kernel_url
from safety_lessons.views.common import is_shown
from safety_lessons.views.pulse import (
    Asked,
    PulsePanel,
    chart,
    progress,
    progress_cells,
    summary,
    summary_csv,
    summary_page,
)

QUESTIONS = {"quiz/1": 3, "quiz/2": 2}
TEACHER, ANA, BEN, CAL = "teacher-k", "page-a", "page-b", "page-c"
LESSON = "ages-11-14/passwords"


def join(pulses: Pulses, code: str, page: str, lesson: str = LESSON, browser: str | None = None) -> bool:
    """A page joins with a browser of its own unless told (`browser`: its cookie)."""
    return pulses.join(code, page, lesson, browser or f"browser-of-{page}")


def tally(pulses: Pulses, code: str) -> dict[str, list[int] | None]:
    """Each question's counts as kept (the minimum aside: see the tests of the minimum)."""
    return {q: shown["counts"] for q, shown in pulses.running[code].counts(minimum=0).items()}


def answered(pulses: Pulses, code: str) -> int:
    counts = pulses.counts(code, TEACHER)
    assert counts is not None
    return int(counts["pages"])


def running(now: float = 0.0) -> tuple[Pulses, str]:
    pulses = Pulses()
    code = pulses.start(LESSON, QUESTIONS, TEACHER, now)
    for page in (ANA, BEN):
        assert join(pulses, code, page)
    return pulses, code


# -- counting ---------------------------------------------------------------------------------------
def test_a_code_is_short_unambiguous_and_typed_in_any_case() -> None:
    pulses, code = running()
    assert len(code) == CODE_LENGTH and set(code) <= set(ALPHABET)
    assert not set(code) & set("IL0O1")
    assert pulses.find(f" {code[:3].lower()}-{code[3:]} ") is pulses.running[code]
    assert normal_code("k7q m4p") == "K7QM4P"


def test_each_page_counts_once_per_question_and_a_re_answer_replaces_its_first() -> None:
    pulses, code = running()
    assert pulses.answer(ANA, "quiz/1", 0, now=1)
    assert pulses.answer(BEN, "quiz/1", 0, now=1)
    assert pulses.answer(ANA, "quiz/1", 2, now=2)  # Ana changes her mind
    assert pulses.answer(ANA, "quiz/1", 2, now=3)  # and presses it again
    assert pulses.answer(BEN, "quiz/2", 1, now=3)
    assert (tally(pulses, code), answered(pulses, code)) == ({"quiz/1": [1, 0, 1], "quiz/2": [0, 1]}, 2)


def test_only_pages_that_joined_are_counted_and_only_for_the_lessons_questions() -> None:
    pulses, code = running()
    assert not pulses.answer(CAL, "quiz/1", 0)  # opened the lesson without the code
    assert not pulses.answer(ANA, "quiz/3", 0)  # a question the lesson does not pulse
    assert not pulses.answer(ANA, "other/1", 0)
    assert not pulses.answer(ANA, "quiz/2", 2)  # an answer it does not have
    assert not pulses.answer(ANA, "quiz/2", -1)
    assert not join(pulses, "ZZZZZZ", CAL)  # no such pulse
    assert not join(pulses, code, TEACHER)  # the teacher's own page is not a pupil
    assert not join(pulses, code, CAL, lesson="ages-11-14/privacy")  # another lesson's page, with the code
    assert not pulses.answer(CAL, "quiz/1", 0)
    assert (tally(pulses, code), answered(pulses, code)) == ({"quiz/1": [0, 0, 0], "quiz/2": [0, 0]}, 0)


def test_a_browser_votes_once_per_question_however_many_pages_it_opens() -> None:
    """Six pages from one browser (tabs, reloads, a script reusing its cookie) are one vote."""
    pulses, code = running()
    pages = [f"page-{n}" for n in range(6)]
    for page in pages:
        assert join(pulses, code, page, browser="one-browser")
        assert pulses.answer(page, "quiz/1", 1)
    assert pulses.answer(pages[2], "quiz/1", 0)  # its latest answer stands
    assert (tally(pulses, code), answered(pulses, code)) == ({"quiz/1": [1, 0, 0], "quiz/2": [0, 0]}, 1)
    pulses.sweep([TEACHER, ANA, BEN, *pages[1:]])  # one tab closed: the browser still votes
    assert tally(pulses, code)["quiz/1"] == [1, 0, 0]
    pulses.sweep([TEACHER, ANA, BEN])  # all its pages closed: its vote goes with them
    assert tally(pulses, code)["quiz/1"] == [0, 0, 0]


def test_only_the_teacher_page_that_started_a_pulse_reads_or_ends_it() -> None:
    pulses, code = running()
    assert pulses.counts(code, ANA) is None
    assert not pulses.end(code, ANA)
    assert pulses.end(code, TEACHER)
    assert pulses.counts(code, TEACHER) is None


def test_a_teacher_page_runs_one_pulse_at_a_time() -> None:
    pulses, first = running()
    second = pulses.start("ages-11-14/passwords", QUESTIONS, TEACHER)
    assert list(pulses.running) == [second] and first != second
    assert not pulses.answer(ANA, "quiz/1", 0)  # the old code's pages are not in the new one


def test_nothing_but_counts_and_random_page_ids_is_kept() -> None:
    """A pupil's page joins through the guard's ticket, which knows its address and browser
    cookie: the pulse keeps neither (a browser is a digest keyed by the pulse's own secret), nor
    any time with an answer."""
    from safety_lessons.server.app import Joining

    pulses, code = running()
    guard = Guard(names=frozenset({"localhost"}), max_kernels=10)
    request = Request(path=f"voila/render/{LESSON}.ipynb", host="localhost", address="10.9.8.7",
                      cookies={"sl-browser": "browser-cookie-value"})
    ticket = guard.lesson(request, live=[])
    assert not isinstance(ticket, type(None)) and hasattr(ticket, "record")
    Joining(ticket, pulses, code, LESSON).record("kernel-of-dana")  # type: ignore[arg-type]
    assert pulses.answer("kernel-of-dana", "quiz/1", 1, now=5)
    kept = repr(pulses)
    assert "10.9.8.7" not in kept and "browser-cookie-value" not in kept
    pulse = pulses.running[code]
    assert pulse.choices[pulse.voter("browser-cookie-value")] == {"quiz/1": 1}  # latest answer only, no time
    assert set(vars(pulse)) == {"lesson", "questions", "teacher", "active", "rounds", "choices", "secret",
                                "changes", "shown"}
    assert pulse.changes == {"quiz/1": 1} and pulse.shown == {}  # per question: how many answers changed; totals shown
    other = Pulses()
    other_pulse = other.running[other.start(LESSON, QUESTIONS, TEACHER)]
    assert other_pulse.voter("browser-cookie-value") != pulse.voter("browser-cookie-value")  # not linkable


def test_a_page_of_another_lesson_opened_with_the_code_does_not_join() -> None:
    from safety_lessons.server.app import LESSON_PAGE, Joining

    pulses, code = running()
    guard = Guard(names=frozenset({"localhost"}), max_kernels=10)
    path = "voila/render/ages-11-14/privacy.ipynb"
    ticket = guard.lesson(Request(path=path, host="localhost", address="10.0.0.3", cookies={"sl-browser": "c"}), [])
    page = LESSON_PAGE.fullmatch(path)
    assert page is not None and page[1] == "ages-11-14/privacy"
    Joining(ticket, pulses, code, page[1]).record("other-lesson-page")  # type: ignore[arg-type]
    assert "other-lesson-page" not in pulses.joined and not pulses.answer("other-lesson-page", "quiz/1", 0)


def test_a_closed_page_takes_its_answers_with_it() -> None:
    pulses, code = running()
    pulses.answer(ANA, "quiz/1", 0)
    pulses.answer(BEN, "quiz/1", 1)
    pulses.sweep(live=[TEACHER, BEN])
    assert (tally(pulses, code), answered(pulses, code)) == ({"quiz/1": [0, 1, 0], "quiz/2": [0, 0]}, 1)
    assert ANA not in pulses.joined


def test_a_pulse_ends_with_its_teacher_page_and_everything_about_it_goes() -> None:
    pulses, _ = running()
    pulses.answer(ANA, "quiz/1", 0)
    pulses.sweep(live=[ANA, BEN])
    assert pulses.running == {} and pulses.joined == {}


def test_a_pulse_idle_for_two_hours_ends_and_an_answer_keeps_it_going() -> None:
    pulses, code = running(now=0)
    pulses.sweep(live=[TEACHER, ANA, BEN], now=IDLE - 1)
    assert code in pulses.running
    pulses.answer(ANA, "quiz/1", 0, now=IDLE - 1)
    pulses.sweep(live=[TEACHER, ANA, BEN], now=2 * IDLE - 2)
    assert code in pulses.running
    pulses.sweep(live=[TEACHER, ANA, BEN], now=2 * IDLE)
    assert pulses.running == {} and pulses.joined == {}
    assert not pulses.answer(ANA, "quiz/1", 0)


# -- what a kernel may send ------------------------------------------------------------------------
ANSWER = ACTIONS["answer"]


def body(**fields: Any) -> bytes:
    return json.dumps(fields).encode()


def test_a_well_formed_answer_is_read() -> None:
    message = read_message(body(kernel="0f1e2d3c-aaaa-bbbb", question="quiz/2", answer=1), ANSWER)
    assert message == {"kernel": "0f1e2d3c-aaaa-bbbb", "question": "quiz/2", "answer": 1}


@pytest.mark.parametrize("raw", [
    b"", b"not json", b"[1, 2]", b"\xff\xfe",
    body(kernel="0f1e2d3c", question="quiz/2"),  # a field missing
    body(kernel="0f1e2d3c", question="quiz/2", answer=1, name="Dana"),  # one more: nothing personal passes
    body(kernel="0f1e2d3c", question="quiz/2", answer=True),  # a bool is not an answer
    body(kernel="0f1e2d3c", question="quiz/2", answer="1"),
    body(kernel="0f1e2d3c", question="quiz/2", answer=1000),
    body(kernel="0f1e2d3c", question="../etc/passwd", answer=1),
    body(kernel="0f1e2d3c", question="quiz/0", answer=1),
    body(kernel="<script>", question="quiz/2", answer=1),
    body(kernel="0f1e2d3c", question="quiz/2", answer=1, pad="x" * MAX_MESSAGE),  # too big
])
def test_anything_else_is_refused(raw: bytes) -> None:
    assert read_message(raw, ANSWER) is None


def test_kernels_reach_the_server_on_this_computer() -> None:
    assert kernel_url("127.0.0.1", 8866) == "http://127.0.0.1:8866/"
    assert kernel_url("0.0.0.0", 8866) == "http://127.0.0.1:8866/"
    assert kernel_url("::", 80) == "http://[::1]:80/"
    assert kernel_url("192.168.1.20", 8866) == "http://192.168.1.20:8866/"


# -- the kernel side -----------------------------------------------------------------------------
class FakeServer:
    """A server's pulse routes over a real Pulses, as a kernel's `call` reaches them."""

    def __init__(self, kernel: str, pulses: Pulses, questions: dict[str, int] | None = None) -> None:
        self.kernel, self.pulses, self.questions = kernel, pulses, questions or QUESTIONS
        self.calls: list[tuple[str, dict[str, Any]]] = []

    def __call__(self, action: str, **fields: Any) -> dict[str, Any] | None:
        self.calls.append((action, fields))
        if action == "start":
            return {"code": self.pulses.start(fields["lesson"], self.questions, self.kernel), "join": ["http://x:1/"]}
        if action == "answer":
            return {"counted": self.pulses.answer(self.kernel, fields["question"], fields["answer"]), "minimum": 4}
        if action == "round":
            return {"counted": self.pulses.answer_round(self.kernel, fields["question"], fields["round"],
                                                        fields["answer"]), "minimum": 4}
        if action == "counts":
            counts = self.pulses.counts(fields["code"], self.kernel)
            return {"running": False} if counts is None else {"running": True, **counts}
        return {"ended": self.pulses.end(fields["code"], self.kernel)}


def test_a_pupils_choices_are_sent_in_order_and_the_pupil_told_when_counted() -> None:
    pulses, code = running()
    told: list[str] = []
    sender = Sender(FakeServer(ANA, pulses))
    sender.send("quiz/1", 0, lambda: told.append("first"))
    sender.send("quiz/1", 2, lambda: told.append("again"))
    sender.wait()
    assert told == ["first", "again"]
    assert tally(pulses, code)["quiz/1"] == [0, 0, 1]


def test_a_page_that_joined_no_pulse_stops_sending_after_the_first_answer() -> None:
    pulses, _ = running()
    server = FakeServer(CAL, pulses)
    sender = Sender(server)
    sender.send("quiz/1", 0, lambda: pytest.fail("not counted"))
    sender.wait()
    sender.send("quiz/2", 1, lambda: pytest.fail("not counted"))
    sender.wait()
    assert [action for action, _ in server.calls] == ["answer"]


def test_a_teacher_session_starts_follows_and_ends() -> None:
    pulses = Pulses()
    changed = threading.Event()
    session = Session(FakeServer(TEACHER, pulses), "ages-11-14/passwords")
    session.listeners.append(changed.set)
    session.start()
    assert session.running and changed.is_set() and session.join == ("http://x:1/",)
    assert session.code is not None and join(pulses, session.code, ANA)
    pulses.answer(ANA, "quiz/2", 1)
    assert session.take_snapshot()
    assert session.snapshot["questions"] == {"quiz/1": {"answered": 0, "counts": None},
                                             "quiz/2": {"answered": 1, "counts": None}} and session.pages == 1
    session.end()
    assert not session.running and pulses.running == {} and session.problem is None


def test_a_teacher_session_says_so_when_the_pulse_is_gone_or_will_not_start() -> None:
    pulses = Pulses()
    session = Session(FakeServer(TEACHER, pulses), "ages-11-14/passwords")
    session.start()
    pulses.sweep(live=[])  # the server ended it (idle, or restarted)
    assert not session.take_snapshot() and not session.running and session.problem == "pulse-gone"
    broken = Session(lambda action, **fields: None, "ages-11-14/passwords")
    broken.start()
    assert not broken.running and broken.problem == "pulse-not-started"


def test_without_serve_a_kernel_has_no_link(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(pulse_link.URL_ENV, raising=False)
    monkeypatch.setenv("VOILA_KERNEL_ID", "k")
    assert pulse_link.link() is None
    monkeypatch.setenv(pulse_link.URL_ENV, "http://127.0.0.1:1/")
    monkeypatch.setenv(pulse_link.KEY_ENV, "key")
    assert pulse_link.link() == pulse_link.Link("http://127.0.0.1:1/", "key", "k")


def test_a_link_to_a_server_that_is_not_there_answers_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("http_proxy", "http://proxy.example:3128")  # never used: this computer only
    assert pulse_link.Link("http://127.0.0.1:9/", "key", "k").call("answer", question="q/1", answer=0) is None


# -- the teacher's screen --------------------------------------------------------------------------
@pytest.fixture
def lesson() -> Any:
    opened = open_lesson("ages-11-14/personal-details")
    assert hasattr(opened, "words")
    return opened


ASKED = [Asked("quiz/1", 1, "Who can see it?", ("Only me", "Friends <b>of</b> friends", "Everyone")),
         Asked("quiz/2", 2, "Is it safe?", ("Yes", "No"))]


def test_the_chart_gives_every_count_as_a_number_in_a_table(lesson: Any) -> None:
    shown = str(chart(ASKED, {"quiz/1": {"answered": 8, "counts": [2, 0, 6]}}, 5, lesson.words))
    assert shown.count("<table") == 2 and shown.count('scope="row"') == 3
    assert '<caption>1. Who can see it?</caption>' in shown
    assert '<span class="sl-pulse-count">6</span>' in shown and 'style="width: 100%"' in shown
    assert 'style="width: 33%"' in shown  # 2 of the most chosen 6
    assert "&lt;b&gt;of&lt;/b&gt;" in shown  # content is escaped
    assert shown.count('<span class="sl-pulse-count">0</span>') == 1
    assert "Counts show once 5 have answered (0 so far)." in shown  # a question with too few answers
    assert 'aria-hidden="true"' in shown  # the bars are for the eye; the numbers are read


def test_the_panel_shows_the_code_and_the_counts_when_the_teacher_chooses(lesson: Any) -> None:
    pulses = Pulses(minimum=3)
    session = Session(FakeServer(TEACHER, pulses), lesson.ref)
    panel = PulsePanel(ASKED, lesson, session)
    assert is_shown(panel.start) and not is_shown(panel.end) and not is_shown(panel.reveal)
    session.start()
    assert session.code is not None
    assert f"{session.code[:3]} {session.code[3:]}" in panel.status.value
    assert f"http://x:1/pulse/{session.code}" in panel.status.value
    for page in (ANA, BEN, CAL):
        join(pulses, session.code, page, lesson=lesson.ref)
        pulses.answer(page, "quiz/1", 2)
    assert "sl-pulse-chart" not in panel.chart.value  # hidden until the teacher shows it
    panel.toggle()
    assert "sl-pulse-count" in panel.chart.value and is_shown(panel.hide)
    assert "Pupils who have answered: 3" in panel.chart.value
    panel.toggle()
    assert "sl-pulse-chart" not in panel.chart.value and not is_shown(panel.hide)
    session.end()
    assert panel.chart.value == "" and is_shown(panel.start) and not is_shown(panel.end)


def test_without_the_server_the_panel_says_the_pulse_needs_it(lesson: Any) -> None:
    panel = PulsePanel(ASKED, lesson, None)
    assert "safety-lessons serve" in panel.status.value
    assert not any(is_shown(b) for b in (panel.start, panel.reveal, panel.end))


def test_a_teacher_view_has_the_panel_and_a_pupils_page_sends_its_pulse_answers(
        lesson: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from safety_lessons.views.choose import QuizView

    quiz = next(a for a in lesson.content.activities.values()
                if isinstance(a, Quiz) and any(q.pulse for q in a.questions))
    name = lesson.activity_id(quiz)
    sent: list[tuple[str, int, int | None]] = []

    class Recorder:
        minimum = 7  # as the server said

        def send(self, question: str, answer: int, counted: Any, round_: int | None = None) -> None:
            sent.append((question, answer, round_))
            counted()

    monkeypatch.setattr(pulse_link, "sender", lambda: Recorder())
    view = QuizView(quiz, lesson)
    view.choose(0, 1)
    view.choose(0, 99)  # not offered: nothing sent
    assert sent == [(f"{name}/1", 1, None)]
    assert "They see it only once at least 7 have answered" in view.note.value

    # The three quick questions: each round's answers, round 0 at the start and 1 at the end.
    from safety_lessons.activities.before_after import BeforeAndAfter
    from safety_lessons.views.before_after import BeforeAndAfterView

    quick = next(a for a in lesson.content.activities.values() if isinstance(a, BeforeAndAfter))
    key = lesson.activity_id(quick)
    first = BeforeAndAfterView(quick, lesson).view
    first.choose(1, 2)
    again = BeforeAndAfterView(quick, lesson).view
    again.choose(1, 0)
    assert sent[1:] == [(f"{key}/2", 2, 0), (f"{key}/2", 0, 1)]
    assert "once at least 7 have answered" in again.note.value  # type: ignore[attr-defined]

    monkeypatch.setenv("QUERY_STRING", "mode=teacher")
    teacher = QuizView(quiz, lesson)
    teacher.choose(0, 1)
    BeforeAndAfterView(quick, lesson).view.choose(0, 0)
    assert len(sent) == 3  # the teacher's own clicks are not counted
    assert any("sl-pulse" in getattr(c, "_dom_classes", ()) for c in teacher.widget.children)


# -- content ---------------------------------------------------------------------------------------
def test_every_shipped_pulse_question_is_found_by_the_server() -> None:
    lesson = open_lesson("ages-11-14/personal-details")
    found = pulse_questions(lesson.content.activities)  # type: ignore[union-attr]
    assert found and all(n >= 2 for n in found.values())
    assert all(key.split("/")[0] in lesson.content.activities for key in found)  # type: ignore[union-attr]


def test_check_refuses_a_pulse_question_about_the_pupils_own_life() -> None:
    def quiz(question: str) -> list[tuple[str, str]]:
        answers = [{"answer": "Yes", "correct": True, "feedback": "Thank you."},
                   {"answer": "No", "correct": False, "feedback": "Thank you."}]
        activity = Quiz(kind="quiz", questions=(_question(question, answers, pulse=True),))
        return list(activity.check())

    assert quiz("Jay shares a post with friends of friends. Who can see it?") == []
    assert quiz("Someone asks for your password. What should you do?") == []
    assert quiz("Did Sam's friend send the photo to anyone?") == []
    assert quiz("Who can Jay tell about the message?") == []
    for personal in ("Has this happened to you?", "Have you ever been sent a photo like this?",
                     "Do you use this app?", "How old were you when you got a phone?",
                     "Did someone ever send you a message like this?", "Has anybody asked you for a photo?",
                     "Who here has been added to a group chat?", "Who in this class plays this game?",
                     "What did you see online this week?", "Is anyone in our class on this app?",
                     "What happened at your school yesterday?"):
        problems = quiz(personal)
        assert problems and problems[0][0] == "questions[1].pulse" and "own life" in problems[0][1], personal


def _question(text: str, answers: list[dict[str, Any]], pulse: bool) -> Any:
    from safety_lessons.activities.choose import Answer, Question

    return Question(text, tuple(Answer(a["answer"], a["correct"], a["feedback"]) for a in answers), pulse)


def test_a_pulse_field_on_a_kind_without_pulse_questions_is_refused(lessons_copy: Path) -> None:

    root = lessons_copy
    path = root / "ages-11-14" / "passwords.yaml"
    text = path.read_text(encoding="utf-8")
    assert "kind: sorter" in text or "kind: quiz" in text
    path.write_text(text.replace("    kind: quiz\n", "    kind: quiz\n    pulse: true\n", 1), encoding="utf-8")
    with pytest.raises(ContentError) as raised:
        registry.library(root).lesson("ages-11-14", "passwords")
    assert "pulse" in str(raised.value)


def test_a_page_joining_a_pulse_may_take_a_warm_kernel_as_any_page_may(tmp_path: Path) -> None:
    """`serve --warm`: a page opened with a pulse code is given a warm kernel by the same rules."""
    from types import SimpleNamespace

    from safety_lessons.server.app import Gatekeeper, Joining
    from safety_lessons.server.options import ServeOptions

    pulses, code = running()
    gate = Gatekeeper(Guard(names=frozenset({"localhost"}), max_kernels=10), ServeOptions(root=tmp_path), pulses)
    request = Request(path=f"voila/render/{LESSON}.ipynb", host="localhost", address="10.0.0.2",
                      cookies={"sl-browser": "b"})
    ticket = gate.guard.lesson(request, live=[])
    assert not isinstance(ticket, type(None)) and hasattr(ticket, "warm")
    joining = Joining(ticket, pulses, code, LESSON)  # type: ignore[arg-type]
    assert gate.warm_ok(SimpleNamespace(claim=joining)) and ticket.warm  # type: ignore[union-attr]
    joining.record("warm-kernel")
    assert pulses.joined["warm-kernel"][0] == code


def test_starting_and_ending_keep_the_keyboard_focus_on_a_button_still_shown(lesson: Any) -> None:
    focused: list[str] = []
    session = Session(FakeServer(TEACHER, Pulses()), lesson.ref)
    panel = PulsePanel(ASKED, lesson, session)
    for button in (panel.start, panel.reveal, panel.end):
        button.focus = lambda b=button: focused.append(b.description)  # type: ignore[method-assign]
    for button in (panel.hide, panel.save):
        button.focus = lambda b=button: focused.append(b.description)  # type: ignore[method-assign]
    panel.press(panel.start, session.start)
    assert focused == ["Show class answers"] and session.running
    panel.show_answers()
    panel.hide_answers()
    assert focused[-1] == "Show class answers"
    focused.clear()
    panel.press(panel.end, session.end)
    assert focused == ["Start class pulse"] and not session.running


# -- issue 32: totals nobody can trace, before and after, a summary to keep ---------------------------
ROUNDS = {"quick/1": (3, frozenset({0})), "quick/2": (3, frozenset({1}))}


def a_class(pupils: int, minimum: int = 5, tag: str = "") -> tuple[Pulses, str]:
    """A pulse with `pupils` pages joined, each from a browser of its own (`tag` names them)."""
    pulses = Pulses(minimum=minimum)
    code = pulses.start(LESSON, QUESTIONS, TEACHER, rounds=ROUNDS)
    for n in range(pupils):
        assert join(pulses, code, f"{tag}page-{n}", browser=f"{tag}browser-{n}")
    return pulses, code


def test_no_count_of_a_question_or_round_is_sent_until_the_minimum_answered_it() -> None:
    pulses, code = a_class(6)
    for n in range(4):  # four answer everything, in both rounds
        assert pulses.answer(f"page-{n}", "quiz/1", n % 3) and pulses.answer(f"page-{n}", "quiz/2", 1)
        assert pulses.answer_round(f"page-{n}", "quick/1", 0, 0) and pulses.answer_round(f"page-{n}", "quick/1", 1, 0)
    sent = pulses.counts(code, TEACHER)
    assert sent is not None and sent["minimum"] == 5
    assert sent["questions"] == {"quiz/1": {"answered": 4, "counts": None}, "quiz/2": {"answered": 4, "counts": None}}
    assert sent["rounds"]["quick/1"] == [{"answered": 4, "right": None}, {"answered": 4, "right": None}]
    # A fifth answers quiz/1 and the start round only: just those are shown.
    assert pulses.answer("page-4", "quiz/1", 1) and pulses.answer_round("page-4", "quick/1", 0, 2)
    sent = pulses.counts(code, TEACHER)
    assert sent is not None
    assert sent["questions"]["quiz/1"] == {"answered": 5, "counts": [2, 2, 1]}
    assert sent["questions"]["quiz/2"] == {"answered": 4, "counts": None}
    assert sent["rounds"]["quick/1"] == [{"answered": 5, "right": 4}, {"answered": 4, "right": None}]
    assert sent["rounds"]["quick/2"] == [{"answered": 0, "right": None}, {"answered": 0, "right": None}]
    # A pupil who leaves takes their answers: the question drops back under the minimum.
    pulses.sweep([TEACHER, *(f"page-{n}" for n in range(1, 6))])
    sent = pulses.counts(code, TEACHER)
    assert sent is not None and sent["questions"]["quiz/1"]["counts"] is None
    assert sent["rounds"]["quick/1"][0] == {"answered": 4, "right": None}


def test_two_presses_around_one_pupils_answer_cannot_tell_what_they_chose() -> None:
    pulses, code = a_class(12)
    for n in range(5):
        assert pulses.answer(f"page-{n}", "quiz/1", 0) and pulses.answer_round(f"page-{n}", "quick/1", 0, 0)
    before = pulses.counts(code, TEACHER)
    assert before is not None and before["questions"]["quiz/1"]["counts"] == [5, 0, 0]
    # One more answer, then one pupil's change of mind: what is shown stays, how many answered moves.
    assert pulses.answer("page-5", "quiz/1", 2) and pulses.answer_round("page-5", "quick/1", 0, 1)
    assert pulses.answer("page-0", "quiz/1", 1)
    after = pulses.counts(code, TEACHER)
    assert after is not None and after["questions"]["quiz/1"] == {"answered": 6, "counts": [5, 0, 0]}
    assert after["rounds"]["quick/1"][0] == {"answered": 6, "right": 5}
    # Five changes since it was shown (a pupil leaving counts: their answer goes): the counts move on.
    for n in range(6, 8):
        assert pulses.answer(f"page-{n}", "quiz/1", 2)
    assert pulses.counts(code, TEACHER)["questions"]["quiz/1"]["counts"] == [5, 0, 0]  # type: ignore[index]
    pulses.sweep([TEACHER, *(f"page-{n}" for n in range(1, 12))])  # page-0 leaves: the fifth change
    assert pulses.counts(code, TEACHER)["questions"]["quiz/1"] == {  # type: ignore[index]
        "answered": 7, "counts": [4, 0, 3]}


def test_the_minimum_is_never_below_three_and_serve_says_why() -> None:
    from safety_lessons.cli import main
    from safety_lessons.pulse_link import FLOOR

    assert FLOOR == 3 and Pulses(minimum=3).minimum == 3
    with pytest.raises(ValueError):
        Pulses(minimum=2)
    with pytest.raises(SystemExit) as refused:
        main(["serve", "--pulse-minimum", "2"])
    assert refused.value.code == 2


def test_a_round_answer_is_counted_only_for_the_lessons_quick_questions() -> None:
    pulses, code = a_class(2)
    assert not pulses.answer_round("page-0", "quick/3", 0, 0)  # not one of the lesson's
    assert not pulses.answer_round("page-0", "quick/1", 2, 0)  # no third round
    assert not pulses.answer_round("page-0", "quick/1", 0, 3)  # no such answer
    assert not pulses.answer_round("stranger", "quick/1", 0, 0)  # joined no pulse
    assert not pulses.answer("page-0", "quick/1", 0)  # a quick question is not a quiz question
    assert pulses.answer_round("page-0", "quick/1", 0, 1) and pulses.answer_round("page-0", "quick/1", 0, 0)
    assert pulses.running[code].progress(0)["quick/1"][0] == {"answered": 1, "right": 1}  # the latest answer


def test_the_teachers_screen_changes_only_when_show_class_answers_is_pressed(lesson: Any) -> None:
    pulses, code = a_class(0, minimum=3)
    session = Session(FakeServer(TEACHER, pulses), lesson.ref)
    session.code = code  # (the teacher's page that started it)
    panel = PulsePanel(ASKED, lesson, session)
    for n in range(3):
        join(pulses, code, f"p{n}")
        pulses.answer(f"p{n}", "quiz/1", 0)
    panel.show_answers()
    shown, calls = panel.chart.value, len(session.call.calls)  # type: ignore[attr-defined]
    assert '<span class="sl-pulse-count">3</span>' in shown and "Pupils who have answered: 3" in shown
    for n in range(3, 6):  # more pupils answer, one changes her mind, one leaves: nothing moves on screen
        join(pulses, code, f"p{n}")
        pulses.answer(f"p{n}", "quiz/1", 2)
    pulses.answer("p0", "quiz/1", 1)
    pulses.sweep([TEACHER, *(f"p{n}" for n in range(1, 6))])
    session.listeners[-1]()  # (any other panel's change re-renders this one)
    assert panel.chart.value == shown and len(session.call.calls) == calls  # type: ignore[attr-defined]
    panel.show_answers()
    assert panel.chart.value != shown and "Pupils who have answered: 5" in panel.chart.value
    assert '<span class="sl-pulse-count">3</span>' in panel.chart.value  # quiz/1: 2, 0, 3


def test_the_before_and_after_table_says_right_of_answered_per_round(lesson: Any) -> None:
    rounds = {"quick/2": [{"answered": 27, "right": 11}, {"answered": 26, "right": 24}],
              "quick/1": [{"answered": 6, "right": 2}, {"answered": 4, "right": None}]}
    shown = str(progress(rounds, 5, lesson.words))
    assert progress_cells(rounds, 5, lesson.words) == [("Q1", "2 of 6", "fewer than 5 answered"),
                                                       ("Q2", "11 of 27", "24 of 26")]
    assert "<th scope=\"col\">At the start</th>" in shown and "<td>24 of 26</td>" in shown


def summary_of(pulses: Pulses, code: str) -> tuple[str, str]:
    snapshot = pulses.counts(code, TEACHER)
    assert snapshot is not None
    kept = summary("Personal details", ASKED, snapshot, day=datetime.date(2026, 12, 7))
    words = open_lesson("ages-11-14/personal-details").words  # type: ignore[union-attr]
    return summary_page(kept, words), summary_csv(kept, words)


def class_answers(pulses: Pulses, code: str, pages: list[str], choices: list[int]) -> None:
    for page, choice in zip(pages, choices, strict=True):
        pulses.answer(page, "quiz/1", choice, now=len(page))
        pulses.answer_round(page, "quick/1", 0, choice, now=len(page))
        pulses.answer_round(page, "quick/1", 1, 0, now=len(page) + 60)


def test_the_class_summary_holds_the_lesson_the_date_and_totals_and_nothing_per_pupil() -> None:
    choices = [0, 0, 1, 2, 2, 2]
    pulses, code = a_class(6)
    class_answers(pulses, code, [f"page-{n}" for n in range(6)], choices)
    page, sheet = summary_of(pulses, code)
    # The same totals from other pupils, other browsers, in another order, at other times: the same summary.
    others, other_code = a_class(6, tag="x-")
    class_answers(others, other_code, [f"x-page-{n}" for n in (5, 3, 1, 0, 4, 2)], list(reversed(choices)))
    assert summary_of(others, other_code) == (page, sheet)
    for kept in (page, sheet):
        assert "Personal details" in kept and "2026-12-07" in kept and "Pupils who have answered: 6" in kept
        for per_pupil in [code, other_code, TEACHER, "page-", "browser-", *pulses.running[code].choices]:
            assert per_pupil not in kept
        assert not re.search(r"\d\d:\d\d", kept)  # no time of day
    assert 'Only me</th><td><span class="sl-pulse-share"><span class="sl-pulse-count">2</span>' in page
    assert "<td>2 of 6</td><td>6 of 6</td>" in page  # quick/1 right at the start, and at the end
    rows = list(csv.reader(io.StringIO(sheet)))
    assert ["Lesson", "Personal details"] in rows and ["Date", "2026-12-07"] in rows
    assert ["Q1", "2 of 6", "6 of 6"] in rows and ["1. Who can see it?", "Everyone", "3"] in rows
    assert ["2. Is it safe?", "Counts show once 5 have answered (0 so far).", ""] in rows
    assert "<script" not in page and "http" not in page  # a page to print: nothing to run or fetch


def test_the_summary_is_offered_from_memory_as_a_page_and_a_csv(lesson: Any, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    pulses, code = a_class(0, minimum=3)
    session = Session(FakeServer(TEACHER, pulses), lesson.ref)
    session.code = code
    panel = PulsePanel(ASKED, lesson, session, "Personal details")
    panel.save_summary()
    links = re.findall(r'download="([^"]+)" href="data:(text/\w+);charset=utf-8;base64,([^"]+)"', panel.saved.value)
    assert [(name.rsplit(".", 1)[1], mime) for name, mime, _ in links] == [("html", "text/html"), ("csv", "text/csv")]
    assert all(name.startswith("class-summary-personal-details-") for name, _, _ in links)
    assert "Personal details" in base64.b64decode(links[1][2]).decode()
    assert list(tmp_path.iterdir()) == []  # nothing written
    panel.show_answers()
    assert panel.saved.value == ""  # a newer snapshot: the old summary's links go


def test_the_pupils_words_say_what_is_shared_and_the_review_pack_shows_them(tmp_path: Path) -> None:
    from safety_lessons.authoring.review_pack import words_html
    from safety_lessons.server.app import PULSE_NOTICES, notice_page

    root = Path(open_lesson("ages-11-14/personal-details").library.root)  # type: ignore[union-attr]
    joined = notice_page(root, "/", PULSE_NOTICES["pulse-joined"], href="/x", minimum=7)
    assert "They see it only once at least 7 have answered." in joined
    assert "{minimum}" not in joined
    pack = str(words_html(registry.library(root)))
    for key in ("pulse joined", "pulse counted"):  # the join page's words and the quiz's note, the minimum filled
        row = pack[pack.index(f'<th scope="row">{key}</th>'):][:600]
        assert "Your teacher sees how many chose each answer. They see it only once at least <span" in row, row
