"""What one pupil's page may take from the server (limits.py), tried with a real server, a real
browser and a hand-written websocket client: message size and rate, kernel memory, the idle
limit, and what leaks (no traceback, no server path) from what a pupil's page can cause.

Figures (kernel CPU for a flood, the largest message a page sends) are printed; run with ``-s``.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page
from safety_lessons.limits import BURST, IDLE_CODE, MAX_MESSAGE, RATE, TOO_FAST_CODE
from tornado.websocket import WebSocketClosedError

from .harness import Server, complete_4_7_passwords, open_lesson
from .pupil import Pupil, event_loop

REF = "ages-4-7/passwords"
SERVER_PATHS = ("Traceback", "site-packages", "/tmp/", "/work/", "/home/", "/usr/")


@pytest.fixture
def run() -> Iterator[Any]:
    with event_loop(300) as run_:
        yield run_


def own(lessons_root: Path, tmp_path: Path, *extra: str) -> Server:
    return Server(lessons_root, tmp_path / "serve.log", extra=list(extra)).start()


@pytest.fixture
def limited(lessons_root: Path, tmp_path: Path) -> Iterator[Server]:
    srv = own(lessons_root, tmp_path, "--kernel-memory", "256")
    yield srv
    srv.stop()


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / 100  # utime + stime, in clock ticks (100 a second)


def status(pid: int, key: str) -> int:
    """A /proc/<pid>/status figure in KiB (VmData, VmRSS)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    raise AssertionError(key)


def clean(log: str) -> list[str]:
    """Lines of the teacher's terminal with a traceback (its start-up lines name its folders)."""
    return [line for line in log.splitlines() if "Traceback" in line or line.lstrip().startswith('File "')]


# --- message size and rate ------------------------------------------------------------------

def test_the_largest_message_a_lesson_page_sends_is_far_below_the_cap(page: Page, server: Server) -> None:
    sizes: list[int] = []
    page.on("websocket", lambda ws: ws.on("framesent", lambda payload: sizes.append(len(payload))))
    open_lesson(page, server, REF)
    complete_4_7_passwords(page)
    for box in page.get_by_role("textbox").all()[:3]:  # a pupil typing a long answer, if the lesson asks
        box.fill("a long answer " * 200)
    page.wait_for_timeout(1000)
    print(f"\n{len(sizes)} messages from the page, the largest {max(sizes)} bytes (cap {MAX_MESSAGE})")
    assert sizes and max(sizes) * 8 < MAX_MESSAGE


def test_a_page_that_reconnects_still_works_without_a_replay_buffer(page: Page, server: Server) -> None:
    open_lesson(page, server, REF)
    page.evaluate("() => Promise.resolve(window.jupyterapp.widgetManager).then(wm => wm.kernel.reconnect())")
    page.wait_for_timeout(1000)
    complete_4_7_passwords(page)


def test_an_oversized_message_closes_the_socket_and_a_fair_one_is_handled(limited: Server, run: Any) -> None:
    async def send() -> tuple[int | None, bool, bool]:
        fair = await Pupil(limited.url, REF).open()
        await fair.learn_models()
        text = fair.of("TextModel") or fair.of("ButtonModel")
        fair.update(text[0], {"description": "x" * (MAX_MESSAGE // 2)})
        answered = await fair.alive(60)
        big = await Pupil(limited.url, REF).open()
        big.update(text[0], {"description": "x" * (MAX_MESSAGE + 1024)})
        await big.wait_for(lambda m: False, 10)
        assert big.ws is not None
        code = big.ws.close_code
        await fair.close()
        return code, answered, big.closed

    code, answered, closed = run(send())
    assert answered, "a message half the cap was not handled"
    assert closed and code == 1009, f"an oversized message was taken (close code {code})"
    assert clean(limited.stop()) == []


def test_a_flood_is_cut_to_the_rate_and_the_socket_closed(limited: Server, run: Any) -> None:
    async def flood() -> tuple[int, int, int | None, float, bool]:
        pupil = await Pupil(limited.url, REF).open()
        await pupil.learn_models()
        [pid] = limited.kernels()
        before = cpu_seconds(pid)
        sent = []
        start = time.monotonic()
        for _ in range(5):  # 1,000 messages a second for 5 s, until the server closes the socket
            try:
                sent += [pupil.send("shell", "comm_info_request", {}) for _ in range(1000)]
            except WebSocketClosedError:
                break
            await asyncio.sleep(1)
        await pupil.wait_for(lambda m: False, 10)
        replies = sum(bool(pupil.replies_to(s)) for s in sent)
        cpu = cpu_seconds(pid) - before
        assert pupil.ws is not None
        print(f"\nflood: {len(sent)} messages in {time.monotonic() - start:.1f} s, {replies} handled, "
              f"kernel CPU {cpu:.2f} s, close code {pupil.ws.close_code}")
        other = await Pupil(limited.url, REF).open()
        alive = await other.alive(60)
        await other.close()
        return len(sent), replies, pupil.ws.close_code, cpu, alive

    sent, replies, code, _cpu, alive = run(flood())
    assert replies <= BURST + RATE * 15, f"{replies} of {sent} flooded messages reached the kernel"
    assert code == TOO_FAST_CODE
    assert alive, "the server stopped answering other pupils"


# --- kernel memory --------------------------------------------------------------------------

def test_a_kernel_stays_under_its_memory_bound_and_says_nothing(limited: Server, run: Any) -> None:
    value = "v" * 200_000

    async def grow() -> tuple[Pupil, int, bool]:
        pupil = await Pupil(limited.url, REF).open()
        await pupil.learn_models()
        [pid] = limited.kernels()
        for _ in range(20):  # 800 widgets of 200 kB: well over 256 MiB, at under the message rate
            for _ in range(40):
                pupil.send("shell", "comm_open", {
                    "comm_id": uuid.uuid4().hex, "target_name": "jupyter.widget",
                    "data": {"state": {"_model_module": "@jupyter-widgets/controls", "_model_name": "TextModel",
                                       "_model_module_version": "2.0.0", "_view_module": "@jupyter-widgets/controls",
                                       "_view_name": "TextView", "_view_module_version": "2.0.0",
                                       "value": value}, "buffer_paths": []}}, metadata={"version": "2.1.0"})
            await asyncio.sleep(1)
        alive = await pupil.alive(90)
        return pupil, status(pid, "VmData"), alive

    pupil, data_kib, alive = run(grow())
    print(f"\nkernel VmData after 800 x 200 kB widgets: {data_kib // 1024} MiB (bound 256 MiB)")
    assert data_kib <= 256 * 1024
    assert alive, "the kernel stopped answering"
    assert pupil.leaks() == []
    run(pupil.close())
    assert clean(limited.stop()) == []


# --- the idle limit -------------------------------------------------------------------------

def test_an_unused_page_is_closed_as_idle_and_a_used_one_kept(lessons_root: Path, tmp_path: Path, run: Any) -> None:
    srv = own(lessons_root, tmp_path, "--idle-limit", "8")
    try:
        async def wait() -> tuple[Pupil, Pupil]:
            away, busy = await Pupil(srv.url, REF).open(), await Pupil(srv.url, REF).open()
            await busy.learn_models()
            button = busy.of("ButtonModel")[0]
            for _ in range(12):  # 24 s: three idle limits
                busy.click(button)
                with contextlib.suppress(WebSocketClosedError):
                    away.send("shell", "comm_info_request", {})  # the page's kernel check: not use
                await asyncio.sleep(2)
            return away, busy

        away, busy = run(wait())
        assert away.ws is not None and busy.ws is not None
        assert away.closed and away.ws.close_code == IDLE_CODE and away.ws.close_reason == "idle"
        assert not busy.closed, "a page in use lost its kernel"
        assert run(busy.alive(30))
        kernels = srv.kernels()
        assert len(kernels) == 1, f"the idle page's kernel is still running: {kernels}"
        run(busy.close())
    finally:
        log = srv.stop()
    assert clean(log) == []


# --- nothing leaks --------------------------------------------------------------------------

def test_a_forged_comm_open_gets_no_traceback(server: Server, run: Any) -> None:
    async def forge() -> Pupil:
        pupil = await Pupil(server.url, REF).open()
        await pupil.learn_models()
        for module, name in [("nosuch", "X"), ("@jupyter-widgets/controls", "NoSuchModel"), ("os", "system")]:
            pupil.send("shell", "comm_open", {"comm_id": uuid.uuid4().hex, "target_name": "jupyter.widget",
                                              "data": {"state": {"_model_module": module, "_model_name": name,
                                                                 "_model_module_version": "1"},
                                                       "buffer_paths": []}}, metadata={"version": "2.1.0"})
        pupil.send("shell", "comm_open", {"comm_id": uuid.uuid4().hex, "target_name": "no.such.target", "data": {}})
        assert await pupil.alive(60)
        await asyncio.sleep(1)
        return pupil

    pupil = run(forge())
    streams = [m for m in pupil.received if m["header"]["msg_type"] == "stream"]
    assert streams, "the kernel said nothing about the refused comm (the test would prove nothing)"
    assert pupil.leaks() == []
    run(pupil.close())


ODD_PATHS = ["voila/templates/../../etc/passwd", "voila/templates/x", "voila/templates/%00",
             "voila/templates/lab/static/../../../../etc/passwd", "voila/templates/nosuch/static/x.css",
             "voila/templates/lab/nostatic/x", "logout"]


def test_odd_paths_get_404_and_no_traceback(lessons_root: Path, tmp_path: Path) -> None:
    srv = own(lessons_root, tmp_path)
    try:
        codes = {}
        for path in ODD_PATHS:
            request = urllib.request.Request(srv.url + path)
            try:
                with urllib.request.urlopen(request, timeout=30) as response:
                    codes[path] = response.status
            except urllib.error.HTTPError as err:
                codes[path] = err.code
                assert not any(s in err.read().decode(errors="replace") for s in SERVER_PATHS)
    finally:
        log = srv.stop()
    assert codes == dict.fromkeys(ODD_PATHS, 404)
    assert clean(log) == [], "a traceback or server path in the teacher's terminal"
