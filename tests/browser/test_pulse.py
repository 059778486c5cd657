"""Class pulse (README "For teachers") with a real server and real Chromium: a teacher view starts
a pulse, six pupils join with its code (typed on the landing page, or by its link) and answer the
quick questions at the start and the end and the quiz's pulse questions; the teacher's screen shows
a snapshot when *Show class answers* is pressed (counts only once five answered; the before and
after), a page opened without the code is not counted, *Save class summary* hands a CSV to the
browser, and ending the pulse forgets the code. Nothing the pupils chose is logged or written.
The join pages are calm for an unknown code and limit wrong tries; the kernels' routes refuse
anything but a well-formed message with the key; the teacher's panel passes axe and works by
keyboard alone."""

from __future__ import annotations

import json
import re
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest
from jupyter_core.paths import jupyter_runtime_dir
from playwright.sync_api import Browser, Locator, Page, expect
from safety_lessons import registry
from safety_lessons.activities.before_after import BeforeAndAfter
from safety_lessons.activities.choose import Quiz, pulse_questions
from safety_lessons.server.pulse_routes import PULSE_TRIES

from .explore import axe as violations
from .harness import (
    READY_TIMEOUT,
    Server,
    Watch,
    files_written_since,
    open_lesson,
    screenshot,
    tab_to,
    tracebacks,
    watched_page,
)

REF = "ages-11-14/personal-details"
BAND, TOPIC = REF.split("/")
QUIZ = ".sl-activity.sl-quiz"  # the lesson's quiz (the quick questions are .sl-before-and-after)
POLL_WAIT = 15_000  # ms for the teacher's screen to show new counts (it asks every 2 s)
KEY_ENV = "SAFETY_LESSONS_PULSE_KEY"
KEY_HEADER = "X-Safety-Lessons-Pulse"


def pulse_quiz(root: Path) -> tuple[Quiz, dict[str, int]]:
    """The lesson's quiz with pulse questions, and its pulse questions ("quiz-id/n" → answers)."""
    activities = registry.library(root).lesson(BAND, TOPIC).activities
    questions = pulse_questions(activities)
    name = next(key.split("/")[0] for key in questions)
    quiz = activities[name]
    assert isinstance(quiz, Quiz)
    assert set(questions) == {f"{name}/{n}" for n in range(1, len(quiz.questions) + 1)
                              if quiz.questions[n - 1].pulse}
    return quiz, questions


def answers(quiz: Quiz, question: int) -> list[str]:
    return [str(a.answer) for a in quiz.questions[question].answers]


def status(url: str, *, data: bytes | None = None, headers: Mapping[str, str] | None = None) -> tuple[int, str]:
    request = urllib.request.Request(url, data=data, headers=dict(headers or {}), method="POST" if data else "GET")
    try:
        with urllib.request.urlopen(request, timeout=10) as reply:
            return reply.status, reply.read().decode(errors="replace")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode(errors="replace")


def teacher_panel(page: Page, server: Server) -> Locator:
    """Open the lesson's teacher view and step to its first pulse panel (the quick questions')."""
    open_lesson(page, server, REF, teacher=True)
    panel = page.locator(".sl-pulse:visible")
    where = page.locator(".sl-step-where")
    for _ in range(8):
        if panel.is_visible():
            break
        before = where.inner_text()
        page.get_by_role("button", name="Next").click()
        expect(where).not_to_have_text(before)
    expect(panel).to_be_visible()
    return panel


def start_pulse(panel: Locator) -> str:
    panel.get_by_role("button", name="Start class pulse").click()
    shown = panel.locator(".sl-pulse-code")
    expect(shown).to_have_text(re.compile(r"Pulse code: [A-Z2-9]{3} [A-Z2-9]{3}"))
    return shown.inner_text().split(":", 1)[1].replace(" ", "")


def open_joined_lesson(page: Page, server: Server, code: str) -> None:
    """From a pulse's join page: open the lesson with the code."""
    expect(page.locator("main")).to_contain_text("Your teacher sees how many chose each answer. They see it only once "
                                                 "at least 5")
    link = page.get_by_role("link", name="Open the lesson")
    expect(link).to_have_attribute("href", re.compile(rf"/voila/render/{REF}\.ipynb\?pulse={code}$"))
    link.click()
    page.locator(".sl-help").wait_for(state="visible")
    assert f"pulse={code}" in page.url


def choose(page: Page, question: int, answer: str) -> None:
    quiz = page.locator(QUIZ)
    quiz.locator(".sl-quiz-item").nth(question).get_by_role("radio", name=answer).check()
    expect(quiz.locator(".sl-quiz-item").nth(question).locator(".sl-feedback")).not_to_be_empty()


def expect_counts(panel: Locator, number: int, expected: Mapping[str, int]) -> None:
    table = panel.locator("table.sl-pulse-chart").nth(number)
    for answer, n in expected.items():
        row = table.locator("tr").filter(has=panel.page.get_by_role("rowheader", name=answer, exact=True))
        expect(row.locator(".sl-pulse-count")).to_have_text(str(n), timeout=POLL_WAIT)


@contextmanager
def browser_page(browser: Browser) -> Iterator[Page]:
    """A page that may meet an error status on purpose (watched_page would fail on it)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.set_default_timeout(READY_TIMEOUT * 1000)
        yield page
    finally:
        context.close()


# -- a class: a teacher, six pupils who joined and one who did not; a saved summary; then nothing kept ------
QUICK = ".sl-activity.sl-before-and-after"


def quick_answers(root: Path) -> list[tuple[str, list[str]]]:
    """The quick questions' first question: its right answer and the others."""
    activities = registry.library(root).lesson(BAND, TOPIC).activities.values()
    activity = next(a for a in activities if isinstance(a, BeforeAndAfter))
    first = activity.questions[0].answers
    return [(str(a.answer), [str(b.answer) for b in first if not b.correct]) for a in first if a.correct]


def quick(page: Page, end: bool, question: int, answer: str) -> None:
    """Answer a quick question, in the round at the start or at the end."""
    rounds = page.locator(f"{QUICK}.sl-after" if end else f"{QUICK}:not(.sl-after)")
    item = rounds.locator(".sl-check-item").nth(question)
    choice = item.get_by_role("radio", name=answer, exact=True)
    choice.check()
    expect(choice).to_be_checked()


def counted(page: Page, where: str) -> None:
    """Until the class's count took this page's latest answer (the pupil is told)."""
    expect(page.locator(f"{where} .sl-pulse-note")).to_contain_text("added to your class's count", timeout=POLL_WAIT)


def test_a_class_pulse_counts_joined_pupils_before_and_after_and_keeps_nothing(
        browser: Browser, own_server: Server, lessons_root: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    began = time.time() - 1
    quiz, keys = pulse_quiz(lessons_root)
    first, second = answers(quiz, 0), answers(quiz, 1)
    [(right, wrong)] = quick_answers(lessons_root)
    with ExitStack() as stack:
        teacher, no_code, *pupils = [stack.enter_context(watched_page(browser, own_server, Watch()))
                                     for _ in range(8)]
        code = start_pulse(teacher_panel(teacher, own_server))
        panel = teacher.locator(".sl-pulse:visible")  # (each step with quick questions or the quiz has one)

        # Without the code: a pupil's answer goes to no count.
        no_code.goto(own_server.lesson_url(REF))
        no_code.locator(".sl-help").wait_for(state="visible")
        choose(no_code, 0, first[0])

        # One types the code on the landing page, as the teacher's screen shows it; five follow its link.
        pupils[0].goto(own_server.url)
        form = pupils[0].locator("form.pulse")
        form.get_by_label("Has your teacher shown you a pulse code? Type it here:").fill(
            f"{code[:3]} {code[3:]}".lower())
        form.get_by_role("button", name="Join").click()
        open_joined_lesson(pupils[0], own_server, code)
        for pupil in pupils[1:]:
            pupil.goto(f"{own_server.url}pulse/{code}")
            open_joined_lesson(pupil, own_server, code)

        # At the start, two of six know the first quick question; four answer the second.
        for n, pupil in enumerate(pupils):
            quick(pupil, False, 0, right if n < 2 else wrong[0])
            counted(pupil, f"{QUICK}:not(.sl-after)")
        for pupil in pupils[:4]:
            quick(pupil, False, 1, answers_of_quick(lessons_root, 1)[0])
        # Five answer the quiz's first question (one changes her mind); one answers its second.
        for n, pupil in enumerate(pupils[:5]):
            choose(pupil, 0, first[n % 2])
        choose(pupils[0], 0, first[1])
        choose(pupils[0], 1, second[0])
        for pupil in pupils[:5]:
            counted(pupil, QUIZ)

        panel.get_by_role("button", name="Show class answers").click()
        expect(panel.locator(".sl-pulse-answered")).to_have_text("Pupils who have answered: 6")
        expect(panel.locator("table.sl-pulse-chart")).to_have_count(len(keys))
        expect_counts(panel, 0, {first[0]: 2, first[1]: 3})
        withheld = panel.locator("table.sl-pulse-chart").nth(1)
        expect(withheld).to_contain_text("Counts show once 5 have answered (1 so far)")

        # A snapshot: the sixth pupil's answer is counted, but the teacher's screen stays as it was.
        choose(pupils[5], 0, first[0])
        counted(pupils[5], QUIZ)
        expect_counts(panel, 0, {first[0]: 2, first[1]: 3})
        # At the end all six know the first quick question.
        for pupil in pupils:
            quick(pupil, True, 0, right)
            counted(pupil, f"{QUICK}.sl-after")
        panel.get_by_role("button", name="Show class answers").click()
        expect(panel.locator(".sl-pulse-answered")).to_have_text("Pupils who have answered: 6")
        # Pressed again with one more answer since: the counts stay (they move after five more), so
        # the difference cannot tell what the sixth pupil chose.
        expect_counts(panel, 0, {first[0]: 2, first[1]: 3})
        table = panel.locator("table.sl-pulse-progress")
        expect(table.locator("tr").nth(1)).to_have_text(re.compile(r"Q1\s*2 of 6\s*6 of 6"))
        expect(table.locator("tr").nth(2)).to_have_text(re.compile(r"Q2\s*fewer than 5 answered\s*fewer than 5"))
        expect(no_code.locator(".sl-pulse-note")).to_have_count(0)
        screenshot(teacher, "pulse-teacher-before-and-after")

        # Save class summary: a page to print and a CSV, handed to the teacher's browser.
        panel.get_by_role("button", name="Save class summary").click()
        with teacher.expect_download() as saving:
            panel.get_by_role("link", name="Class summary as a spreadsheet (CSV)").click()
        download = saving.value
        assert re.fullmatch(rf"class-summary-{TOPIC}-\d{{4}}-\d\d-\d\d\.csv", download.suggested_filename)
        sheet = Path(download.path()).read_text(encoding="utf-8")
        download.delete()  # (the teacher keeps it; the privacy check below is about the server)
        assert "Q1,2 of 6,6 of 6" in sheet and f"{first[0]},2" in sheet and code not in sheet
        assert "Pupils who have answered: 6" in sheet
        with teacher.expect_download() as saving:
            panel.get_by_role("link", name="Class summary to print").click()
        assert saving.value.suggested_filename.endswith(".html")
        saving.value.delete()

        panel.get_by_role("button", name="Hide class answers").click()
        expect(panel.locator("table.sl-pulse-chart")).to_have_count(0)
        panel.get_by_role("button", name="End class pulse").click()
        expect(panel.get_by_role("button", name="Start class pulse")).to_be_visible()
        expect(panel.locator(".sl-pulse-code")).to_have_count(0)

        with browser_page(browser) as late:  # (a 200: the server logs the address of a 404, code and all)
            reply = late.goto(f"{own_server.url}pulse/{code}")
            assert reply is not None and reply.status == 200
            expect(late.locator("main")).to_contain_text("not running now")

    # Privacy: nothing the pupils chose is in the server's log or any file written meanwhile.
    log = own_server.stop()
    chosen = {first[0], first[1], second[0], right, wrong[0]}
    needles = [*keys, *chosen, '"answer"', '"question"', '"round": 0', '"round": 1', '"round":0', '"round":1']
    assert [n for n in needles if n in log] == [], log[-3000:]
    connection = re.findall(r"Storing connection files in (\S+?)\.?$", log, re.M)
    roots = [lessons_root, Path(jupyter_runtime_dir()), Path(tempfile.gettempdir()),
             *(Path(p) for p in connection)]
    # Other tests running beside this one write their own files below pytest's temporary folder
    # (a static site holds the lessons' content, answers and all): this server's own folder is searched.
    base = tmp_path_factory.getbasetemp().resolve()
    sessions = [p for p in (base, *base.parents) if p.name.startswith("pytest-of-")]  # every run's, if several run
    others = sessions[0] if sessions else base.parent if base.name.startswith("popen-gw") else base
    leaked = {str(path): [n for n in needles if n.encode() in data]
              for path, data in files_written_since(roots, began) if path != own_server.log
              and (others not in path.resolve().parents or own_server.log.parent.resolve() in path.resolve().parents)}
    assert leaked, "no file written during the class was searched"  # (the server's and browsers' files are)
    assert {p: found for p, found in leaked.items() if found} == {}


def answers_of_quick(root: Path, question: int) -> list[str]:
    activities = registry.library(root).lesson(BAND, TOPIC).activities.values()
    activity = next(a for a in activities if isinstance(a, BeforeAndAfter))
    return [str(a.answer) for a in activity.questions[question].answers]


# -- the join pages ------------------------------------------------------------------------------------
def test_an_unknown_code_gets_a_calm_page_and_too_many_a_wait(browser: Browser, own_server: Server) -> None:
    """Calm pages, and nothing typed in the server's log: a link's wrong code is answered with a
    200, a typed one is posted (its 404 and 429 are logged at /pulse, without it)."""
    with browser_page(browser) as page:
        reply = page.goto(f"{own_server.url}pulse/ZZZ222")
        assert reply is not None and reply.status == 200
        main = page.locator("main")
        expect(main).to_contain_text("not running now")
        expect(main).to_contain_text("You can still do the lesson without it")
        assert "Traceback" not in page.content()
        page.goto(own_server.url)
        page.locator("form.pulse").get_by_role("textbox").fill("nope-99")
        with page.expect_response(lambda r: r.request.method == "POST") as posted:
            page.locator("form.pulse").get_by_role("button", name="Join").click()
        assert posted.value.status == 404
        expect(main).to_contain_text("not running now")
        expect(page.get_by_role("textbox", name="Pulse code")).to_be_visible()  # and can try again
        tried, cookie = 2, "; ".join(f"{c['name']}={c['value']}" for c in page.context.cookies())
        while tried < PULSE_TRIES:  # wrong codes one browser may send before each try waits longer
            assert "not running now" in status(f"{own_server.url}pulse/WRONG{tried}", headers={"Cookie": cookie})[1]
            tried += 1
        reply = page.goto(f"{own_server.url}pulse/ABCDEF")
        assert reply is not None and reply.status == 200
        expect(main).to_contain_text("too many tries")
        page.get_by_role("textbox", name="Pulse code").fill("ABC DEF")
        with page.expect_response(lambda r: r.request.method == "POST") as posted:
            page.get_by_role("button", name="Join").click()
        assert posted.value.status == 429
        expect(main).to_contain_text("too many tries")
        assert "Traceback" not in page.content()
    log = own_server.stop()
    assert tracebacks(log) == []
    assert [typed for typed in ("ZZZ222", "nope", "WRONG", "ABCDEF", "ABC") if typed in log] == [], log[-2000:]


# -- the kernels' routes -------------------------------------------------------------------------------
def kernel_key(server: Server) -> str:
    """The key `serve` gave its kernels, read from a kernel's environment (this user's process)."""
    for pid in server.kernels():
        environ = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
        for entry in environ:
            if entry.startswith(f"{KEY_ENV}=".encode()):
                return entry.split(b"=", 1)[1].decode()
    raise AssertionError("no kernel has the pulse key in its environment")


def test_the_kernel_routes_refuse_all_but_a_kernels_message(page: Page, server: Server, watch: Watch) -> None:
    page.goto(server.lesson_url(REF))
    page.locator(".sl-help").wait_for(state="visible")  # a kernel runs: its environment has the key
    key = kernel_key(server)
    url = f"{server.url}pulse/kernel/answer"
    good = {"kernel": "0123abcd-0000-4000-8000-000000000000", "question": "location-quiz/1", "answer": 0}

    def post(body: bytes | dict[str, object], headers: Mapping[str, str] | None = None) -> int:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        return status(url, data=data, headers={"Content-Type": "application/json", **(headers or {})})[0]

    assert post(good) == 403  # no key
    assert post(good, {KEY_HEADER: "not-the-key"}) == 403
    assert post(good, {KEY_HEADER: key[:-1]}) == 403
    with_key = {KEY_HEADER: key}
    no_pulse = '{"counted": false, "minimum": 5}'  # no pulse joined
    assert status(url, data=json.dumps(good).encode(), headers=with_key)[1] == no_pulse
    assert post(b"{not json", with_key) == 400
    assert post({**good, "name": "Sam"}, with_key) == 400
    assert post({**good, "question": "location-quiz/1" + " " * 1100}, with_key) == 400  # over 1 KiB
    assert post({**good, "answer": True}, with_key) == 400
    assert post({"kernel": good["kernel"], "question": "location-quiz/1"}, with_key) == 400  # a field missing
    assert status(f"{server.url}pulse/kernel/start", data=b"{}")[0] == 403
    assert status(f"{server.url}pulse/kernel/counts", data=b"{}", headers=with_key)[0] == 400
    # What a browser can send without the key is refused before any counting.
    assert page.evaluate("""url => fetch(url, {method: 'POST', body: '{}'}).then(r => r.status)""", url) == 403
    expect(page.locator(".sl-help")).to_be_visible()
    refused = [e for e in watch.errors if "403" in e]
    assert len(refused) >= 1 and all("403" in e for e in watch.errors), watch.errors
    watch.errors.clear()  # (the one error this page was meant to meet)


# -- the teacher's panel: axe and keyboard --------------------------------------------------------------
def test_the_teachers_panel_passes_axe_and_works_by_keyboard(browser: Browser, server: Server) -> None:
    watch = Watch()
    with watched_page(browser, server, watch) as page:
        panel = teacher_panel(page, server)
        start = panel.get_by_role("button", name="Start class pulse")
        tab_to(page, start)
        page.keyboard.press("Enter")
        expect(panel.locator(".sl-pulse-code")).to_be_visible()
        show = panel.get_by_role("button", name="Show class answers")
        tab_to(page, show)
        page.keyboard.press("Enter")
        expect(panel.locator("table.sl-pulse-chart").first).to_be_visible()
        expect(panel.get_by_role("button", name="Hide class answers")).to_be_visible()
        assert violations(page, panel.element_handle()) == []
        screenshot(page, "pulse-teacher-panel")
        end = panel.get_by_role("button", name="End class pulse")
        tab_to(page, end)
        page.keyboard.press("Space")
        expect(panel.get_by_role("button", name="Start class pulse")).to_be_visible()
        expect(panel.locator("table.sl-pulse-chart")).to_have_count(0)
