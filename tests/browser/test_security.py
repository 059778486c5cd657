"""What a pupil's page can make a lesson's kernel do, tried over the kernel websocket the page
itself uses: no code runs, forged widget messages break nothing and leak nothing, and a lesson
whose kernel dies comes back on reload.

Figures (messages tried, which were refused) are printed; run with ``-s`` to see them.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import nbformat
import pytest
from playwright.sync_api import Browser, Page, expect
from safety_lessons.server.limits import BURST, RATE

from tests.forged import BUTTON_PRESSES, CHOICES, EVERY_CONTROL, MB, forgeries

from .harness import Server, open_lesson
from .pupil import Pupil, event_loop, kernel_id

BARRIER = 90  # seconds for the kernel to work through a burst of forged messages on a busy machine
# Over a real websocket, two lessons (a text box and the password meter; radio buttons, toggle
# buttons, tick boxes and buttons, in the smallest lesson that has all four): the path from a page
# to its kernel, which is the same for every control. Every lesson gets the same forgeries in
# plain Python (tests/unit/test_forged_messages.py).
LESSONS = ["ages-11-14/passwords", "ages-4-7/reporting-concerns"]
Run = Any  # run(coroutine) -> its result, on the test's own event loop


@pytest.fixture
def run() -> Iterator[Run]:
    with event_loop(5 * BARRIER) as run_:
        yield run_


async def settle(pupil: Pupil) -> None:
    """Wait until the kernel has handled everything sent so far and said all it had to say: it
    handles shell messages in order, and its "idle" after a `kernel_info_request` comes on iopub
    after every message it published for those before."""
    msg_id = pupil.send("shell", "kernel_info_request", {})
    idle = await pupil.wait_for(lambda m: m.get("parent_header", {}).get("msg_id") == msg_id
                                and m["header"]["msg_type"] == "status"
                                and m["content"].get("execution_state") == "idle", BARRIER)
    assert idle is not None, "the lesson's kernel stopped answering"


def forge_everything(pupil: Pupil) -> list[Callable[[], str]]:
    """Every control of the page, every kind of wrong value: the messages, to send (`deliver`)."""
    sends: list[Callable[[], str]] = []
    for model_id, model in pupil.models.items():
        name = model["state"].get("_model_name", "")
        if name == "ButtonModel":
            sends += [lambda m=model_id: pupil.click(m)] * BUTTON_PRESSES
        sends += [lambda m=model_id, state=state: pupil.update(m, state) for state in forgeries(name)]
    return sends


async def deliver(sends: list[Callable[[], str]]) -> int:
    """Send them as fast as the server's rate limit lets one page (limits.RATE, in bursts of half
    limits.BURST), so that every forged value reaches the kernel; how many were sent. (Faster
    than that, the server drops them and closes the socket: tests/browser/test_limits.py.)"""
    batch = BURST // 2
    for done, send in enumerate(sends, 1):
        send()
        if done % batch == 0:
            await asyncio.sleep(batch / RATE)
    return len(sends)


def controls(pupil: Pupil) -> dict[str, int]:
    names = [m["state"].get("_model_name", "") for m in pupil.models.values()]
    return {n: names.count(n) for n in sorted(set(names))
            if n in EVERY_CONTROL}


async def still_answers(pupil: Pupil) -> bool:
    """A real action after the forgeries gets feedback: choose two answers on the first
    multiple-choice control (or press the first button) and see the kernel update the page."""
    choice = next((i for i, m in pupil.models.items() if m["state"].get("_model_name") in CHOICES), None)
    if choice is not None:
        options = len(pupil.models[choice]["state"].get("_options_labels", [])) or 2
        sent = [pupil.update(choice, {"index": k}) for k in (options - 1, 0)]
    else:
        choice = pupil.of("ButtonModel")[0]
        sent = [pupil.click(choice)]
    await settle(pupil)
    answered = [m for s in sent for m in pupil.replies_to(s)
                if m["header"]["msg_type"] == "comm_msg" and m["content"]["data"].get("method") == "update"
                and m["content"]["comm_id"] != choice]
    return bool(answered)


# --- no code runs ------------------------------------------------------------------------

REQUESTS: dict[str, dict[str, Any]] = {
    "inspect_request": {"code": "open", "cursor_pos": 4, "detail_level": 1},
    "complete_request": {"code": "import o", "cursor_pos": 8},
    "history_request": {"output": True, "raw": True, "hist_access_type": "tail", "n": 10},
    "is_complete_request": {"code": "1 +"},
    "comm_info_request": {},
    "kernel_info_request": {},
}


def test_a_page_cannot_run_code_in_its_kernel(server: Server, tmp_path: Path, run: Run) -> None:
    marker = tmp_path / "pwned"
    code = f"open({str(marker)!r}, 'w').write('x')"

    async def attempt() -> tuple[dict[str, bool], Pupil]:
        pupil = await Pupil(server.url, "ages-11-14/passwords").open()
        tries = {}
        for channel in ("shell", "control"):
            for silent in (False, True):
                tries[f"execute_request/{channel}/silent={silent}"] = pupil.send(channel, "execute_request", {
                    "code": code, "silent": silent, "store_history": not silent, "user_expressions": {"x": code},
                    "allow_stdin": False, "stop_on_error": True})
        # the same code smuggled through comm and user-expression routes
        tries["comm_open/unknown-target"] = pupil.send("shell", "comm_open", {
            "comm_id": "c0ffee", "target_name": "ipython.code", "data": {"code": code}})
        tries["comm_msg/unknown-comm"] = pupil.send("shell", "comm_msg", {"comm_id": "c0ffee", "data": {"code": code}})
        for msg_type, content in REQUESTS.items():
            tries[msg_type] = pupil.send("shell", msg_type, content)
        await settle(pupil)
        deadline = time.monotonic() + 5  # a bounded wait for a file that must never appear
        while time.monotonic() < deadline and not marker.exists():
            await asyncio.sleep(0.2)
        answered = {name: any(m["channel"] == "shell" for m in pupil.replies_to(msg_id))
                    for name, msg_id in tries.items()}
        return answered, pupil

    answered, pupil = run(attempt())
    print(f"\n{len(answered)} requests tried; answered: {sorted(k for k, v in answered.items() if v)}; "
          f"no reply (requests dropped by Voila's allowlist; comm messages have none by protocol): "
          f"{sorted(k for k, v in answered.items() if not v)}")
    assert not marker.exists(), "a page ran code in its kernel"
    assert not any(v for k, v in answered.items() if k.startswith("execute_request")), "execute_request answered"
    refused = {k for k, v in answered.items() if not v}
    assert {"inspect_request", "complete_request", "history_request", "is_complete_request"} <= refused
    # Voila's allowlist answers these two: neither runs code or reveals more than the comm ids
    assert answered["comm_info_request"] and answered["kernel_info_request"]
    assert pupil.leaks() == []
    run(pupil.close())

    async def lesson_still_works() -> bool:
        again = await Pupil(server.url, "ages-11-14/passwords").open()
        await again.learn_models()
        text = again.of("TextModel")[0]
        sent = again.update(text, {"value": "lantern walrus pickle comet"})
        await settle(again)
        feedback = [m for m in again.replies_to(sent) if 'aria-valuenow="4"' in str(m["content"])]
        await again.close()
        return bool(feedback)

    assert run(lesson_still_works())


# --- forged widget messages ----------------------------------------------------------------

@pytest.mark.parametrize("ref", LESSONS)
def test_forged_widget_messages_break_nothing_and_leak_nothing(server: Server, ref: str, run: Run) -> None:
    async def attack() -> tuple[int, dict[str, int], bool, Pupil]:
        pupil = await Pupil(server.url, ref).open()
        await pupil.learn_models()
        sends = forge_everything(pupil)
        for _ in range(3):  # rapid repeats of the whole burst
            sends += [lambda m=model_id: pupil.update(m, {"value": MB}) for model_id in pupil.of("TextModel")]
        sent = await deliver(sends)
        await settle(pupil)
        works = await still_answers(pupil)
        return sent, controls(pupil), works, pupil

    sent, kinds, works, pupil = run(attack())
    errors = sum(m["header"]["msg_type"] == "error" for m in pupil.received)
    oops = sum("sl-oops" in str(m["content"]) for m in pupil.received)
    print(f"\n{ref}: {sent} forged messages to {kinds}; {errors} refused by ipywidgets (error type only); "
          f"{oops} handler failures")
    assert sent > 50
    assert oops == 0, "a widget handler failed on a forged value (the pupil saw 'Something went wrong')"
    assert pupil.leaks() == [], "a traceback or server path reached the page"
    assert works, "the lesson stopped answering after forged messages"
    run(pupil.close())


def cookies(page: Page) -> str:
    """The page's cookies, as its own requests send them."""
    return "; ".join(f"{c['name']}={c['value']}" for c in page.context.cookies())


def test_after_forged_messages_the_page_still_works(page: Page, server: Server, run: Run) -> None:
    """A pupil's open page, while another client on the same kernel forges messages to its
    widgets (echoed to the page): the meter and the quiz still answer the pupil."""
    open_lesson(page, server, "ages-11-14/passwords")
    kernel, cookie = kernel_id(page.content()), cookies(page)

    async def attack() -> Pupil:  # a script in the pupil's browser (another browser is refused: test_guard.py)
        pupil = Pupil(server.url, "ages-11-14/passwords", kernel=kernel, cookie=cookie)
        await pupil.connect()
        await pupil.learn_models()
        await deliver(forge_everything(pupil))
        await settle(pupil)
        return pupil

    pupil = run(attack())
    assert pupil.leaks() == []
    run(pupil.close())
    box = page.locator(".sl-strength-meter").get_by_role("textbox")
    box.fill("lantern walrus pickle comet")
    expect(page.locator(".sl-strength-meter .sl-meter-label")).to_contain_text("Very strong")
    page.locator(".sl-quiz").get_by_role("radio").nth(1).check()
    expect(page.locator(".sl-quiz .sl-live").first).to_contain_text("Yes.")


# --- a failing handler, end to end -----------------------------------------------------------

@pytest.fixture
def failing_server(lessons_copy: Path, tmp_path: Path) -> Iterator[Server]:
    """The 4-7 passwords lesson with its quiz logic broken in the kernel, as a bug would."""
    path = lessons_copy / "ages-4-7" / "passwords.ipynb"
    nb = nbformat.read(path, as_version=4)
    nb.cells.insert(0, nbformat.v4.new_code_cell(
        "from safety_lessons.activities.choose import Quiz\n"
        "def judge(*_):\n    raise RuntimeError('secret-marker /srv/lessons/quiz.py')\n"
        "Quiz.judge = judge"))
    nbformat.write(nb, path)
    srv = Server(lessons_copy, tmp_path / "serve.log").start()
    yield srv
    srv.stop()


def test_a_failing_handler_shows_a_kind_message_and_sends_no_traceback(browser: Browser, failing_server: Server,
                                                                     run: Run) -> None:
    context = browser.new_context()
    page = context.new_page()
    open_lesson(page, failing_server, "ages-4-7/passwords")
    pupil = Pupil(failing_server.url, "ages-4-7/passwords", kernel=kernel_id(page.content()), cookie=cookies(page))
    run(pupil.connect())  # listen to what the kernel sends the page
    quiz = page.locator(".sl-quiz").first
    quiz.get_by_role("radio").first.check()
    expect(quiz.locator(".sl-oops")).to_contain_text("ask your teacher")
    text = page.inner_text("body")
    context.close()

    async def heard() -> Pupil:
        await settle(pupil)
        await pupil.close()
        return pupil

    run(heard())
    assert "Traceback" not in text and "secret-marker" not in text and "/srv" not in text
    sent_back = pupil.text_sent_back()
    assert "secret-marker" not in sent_back and pupil.leaks() == []
    log = failing_server.stop()
    assert "secret-marker" not in log


# --- a kernel that dies mid-lesson -------------------------------------------------------------

RECORD_STATUS = """() => {
  const kernel = window.slLessonPage.kernel;  // the lean page's kernel connection
  window.slStatuses = [];
  kernel.statusChanged.connect((_, s) => window.slStatuses.push(s));
  kernel.connectionStatusChanged.connect((_, s) => window.slStatuses.push('connection:' + s));
}"""


def wait_until(condition: Any, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.5)
    return bool(condition())


def kill_the_lesson_kernel(page: Page, server: Server) -> list[str]:
    """Open a lesson, kill its kernel, and return the kernel states the page went through."""
    open_lesson(page, server, "ages-11-14/passwords")
    page.evaluate(RECORD_STATUS)
    [pid] = server.kernels()
    os.kill(pid, 9)
    assert wait_until(lambda: server.kernels() not in ([], [pid]), 60), "Voila did not restart the kernel"
    # a function, not an expression: Playwright would eval an expression, which the page's CSP refuses
    page.wait_for_function("() => window.slStatuses.includes('idle')", timeout=60_000)
    return list(page.evaluate("window.slStatuses"))


def test_a_lesson_whose_kernel_died_works_again_after_reload(browser: Browser, own_server: Server) -> None:
    context = browser.new_context()
    page = context.new_page()
    statuses = kill_the_lesson_kernel(page, own_server)
    print(f"\nkernel states seen by the page after the kill: {statuses}")
    assert "autorestarting" in statuses  # Voila restarts the kernel; the page reconnects to it
    box = page.locator(".sl-strength-meter").get_by_role("textbox")
    seen = page.evaluate("window.slStatuses.length")
    box.fill("lantern walrus pickle comet")
    # the new kernel has handled what the page sent: busy, then idle
    page.wait_for_function("n => window.slStatuses.slice(n).join(' ').includes('busy idle')", arg=seen)
    # the fresh kernel has none of the lesson's widgets: the page no longer answers
    expect(page.locator(".sl-strength-meter .sl-meter-label")).to_have_count(0)
    page.reload()
    page.locator(".sl-help").wait_for()
    page.locator(".sl-strength-meter").get_by_role("textbox").fill("lantern walrus pickle comet")
    expect(page.locator(".sl-strength-meter .sl-meter-label")).to_contain_text("Very strong")
    context.close()


def test_leaving_a_lesson_shuts_its_kernel_down_at_once(browser: Browser, own_server: Server) -> None:
    """The lesson page sends a shutdown beacon (with the `_xsrf` cookie's value) when a pupil
    leaves; the server accepts it, so the kernel goes without waiting for culling (300 s here)."""
    context = browser.new_context()
    page = context.new_page()
    refused: list[str] = []
    page.on("response", lambda r: refused.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    open_lesson(page, own_server, "ages-7-11/passwords")
    assert any(c["name"] == "_xsrf" for c in context.cookies())
    assert len(own_server.kernels()) == 1
    page.goto(own_server.url)  # the pupil goes back to the list of lessons
    assert wait_until(lambda: not own_server.kernels(), 30), "the kernel stayed after the pupil left"
    context.close()
    assert refused == []
    assert "403 POST /voila/api/shutdown" not in own_server.stop()
