"""What one pupil's page may take from the server (limits.py), tried with a real server, a real
browser and a hand-written websocket client: message size and rate, kernel memory, the idle
limit, and what leaks (no traceback, no server path) from what a pupil's page can cause.
Issue 29: sockets piled on one kernel, slow clients and the open-file limit, oversized bodies, a
kernel that dies starting, and the teacher's terminal (one line per error, no query strings).

Figures (kernel CPU for a flood, the largest message a page sends, page times beside 300
sockets) are printed; run with ``-s``.
"""

from __future__ import annotations

import asyncio
import contextlib
import http.client
import os
import resource
import select
import signal
import socket
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page
from safety_lessons.server.limits import (
    BURST,
    IDLE_CODE,
    MAX_BODY,
    MAX_MESSAGE,
    RATE,
    REQUEST_TIMEOUT,
    SOCKETS_PER_KERNEL,
    TOO_FAST_CODE,
)
from tornado.httpclient import AsyncHTTPClient, HTTPRequest
from tornado.websocket import WebSocketClientConnection, WebSocketClosedError, websocket_connect

from .harness import Server, complete_4_7_passwords, open_lesson, tracebacks
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
    page.evaluate("() => window.slLessonPage.kernel.reconnect()")  # the lean page's kernel connection
    page.wait_for_function("() => window.slLessonPage.kernel.connectionStatus === 'connected'")
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
    assert tracebacks(limited.stop()) == []


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
    assert tracebacks(limited.stop()) == []


# --- the idle limit -------------------------------------------------------------------------

def test_an_unused_page_is_closed_as_idle_and_a_used_one_kept(lessons_root: Path, tmp_path: Path, run: Any) -> None:
    srv = own(lessons_root, tmp_path, "--idle-limit", "8")
    try:
        async def wait() -> tuple[Pupil, Pupil]:
            # One page is used all along, from before the other opens: were its clicks not use, it
            # would be closed by the same sweep as the other, or sooner.
            busy = await Pupil(srv.url, REF).open()
            await busy.learn_models()
            button = busy.of("ButtonModel")[0]

            async def use() -> None:  # a click every 2 s, well within the limit
                while True:
                    busy.click(button)
                    await asyncio.sleep(2)

            clicking = asyncio.ensure_future(use())
            try:
                away = await Pupil(srv.url, REF).open()
                deadline = time.monotonic() + 60
                while not away.closed and time.monotonic() < deadline:  # the limit, then the next sweep
                    with contextlib.suppress(WebSocketClosedError):
                        away.send("shell", "comm_info_request", {})  # the page's kernel check: not use
                    await away.wait_for(lambda m: False, 2)  # (returns when its socket closes)
            finally:
                clicking.cancel()
            return away, busy

        away, busy = run(wait())
        assert away.ws is not None and busy.ws is not None
        assert away.closed and away.ws.close_code == IDLE_CODE and away.ws.close_reason == "idle"
        assert not busy.closed, "a page in use lost its kernel"
        assert run(busy.alive(30))
        deadline = time.monotonic() + 30  # the sweep closed the socket, then shuts the kernel down
        while len(kernels := srv.kernels()) > 1 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert len(kernels) == 1, f"the idle page's kernel is still running: {kernels}"
        run(busy.close())
    finally:
        log = srv.stop()
    assert tracebacks(log) == []


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
        probe = pupil.send("shell", "kernel_info_request", {})  # its "idle" follows all it said before
        idle = await pupil.wait_for(lambda m: m.get("parent_header", {}).get("msg_id") == probe
                                    and m["header"]["msg_type"] == "status"
                                    and m["content"].get("execution_state") == "idle", 60)
        assert idle is not None, "the kernel stopped answering"
        return pupil

    pupil = run(forge())
    streams = [m for m in pupil.received if m["header"]["msg_type"] == "stream"]
    assert streams, "the kernel said nothing about the refused comm (the test would prove nothing)"
    assert pupil.leaks() == []
    run(pupil.close())


# --- issue 29: sockets piled on one kernel ---------------------------------------------------

PILE = 300  # websockets a script opens on one kernel (same cookies, new session ids)


async def timed_page(base: str) -> float:
    """Seconds for another pupil's page: the lesson rendered, its kernel connected and answering."""
    start = time.monotonic()
    pupil = await Pupil(base, REF).open()
    assert await pupil.alive(120), "another pupil's kernel did not answer"
    took = time.monotonic() - start
    await pupil.close()
    return took


async def connections(base: str, pupil: Pupil) -> int:
    """Websockets the server counts on a pupil's kernel (jupyter_server's kernel model)."""
    import json

    response = await AsyncHTTPClient().fetch(f"{base}api/kernels/{pupil.kernel}", headers={"Cookie": pupil.cookie})
    return int(json.loads(response.body)["connections"])


def test_300_sockets_on_one_kernel_leave_another_pupils_page_as_fast(server: Server, run: Any) -> None:
    async def pile() -> tuple[list[float], list[float], int, int, int]:
        idle = [await timed_page(server.url) for _ in range(2)]
        owner = await Pupil(server.url, REF).open()
        url = server.url.replace("http", "ws", 1) + f"api/kernels/{owner.kernel}/channels?session_id="
        held: list[WebSocketClientConnection] = []
        refused = 0

        async def open_one(i: int) -> None:
            nonlocal refused
            request = HTTPRequest(url + f"pile-{i}", headers={"Cookie": owner.cookie}, request_timeout=120)
            try:
                ws = await websocket_connect(request)
            except Exception:  # refused before it opened (replaced while opening): what a pile-up should get
                refused += 1
                return
            held.append(ws)
            while await ws.read_message() is not None:  # read, so the server's close is seen
                pass

        readers = []
        for batch in range(0, PILE, 50):
            readers += [asyncio.ensure_future(open_one(i)) for i in range(batch, batch + 50)]
            await asyncio.sleep(0.2)
        busy = [await timed_page(server.url) for _ in range(3)]  # while the pile is open
        counted = await connections(server.url, owner)
        deadline = time.monotonic() + 30  # the server's closes reach the script
        while time.monotonic() < deadline and sum(ws.close_code is None for ws in held) > SOCKETS_PER_KERNEL:
            await asyncio.sleep(0.2)
        still = sum(ws.close_code is None for ws in held)
        for ws in held:
            ws.close()
        await asyncio.wait(readers, timeout=30)
        await owner.close()
        return idle, busy, counted, still, refused

    idle, busy, counted, still, refused = run(pile())
    def seconds(times: list[float]) -> str:
        return ", ".join(f"{t:.1f}" for t in times)

    print(f"\nanother pupil's page: idle {seconds(idle)} s; beside {PILE} sockets on one kernel {seconds(busy)} s; "
          f"sockets the server counts {counted}, open at the script {still}, refused while opening {refused}")
    assert counted <= SOCKETS_PER_KERNEL and still <= SOCKETS_PER_KERNEL
    assert min(busy) <= 1.5 * max(idle), "another pupil's page was slowed by a pile of sockets on one kernel"


# --- issue 29: slow clients, open files, bodies, a kernel that dies, the terminal ----------------
# One server for these, started with the common soft limit of 1,024 open files (or the hard limit,
# if lower), and a limit per address (a kernel start that fails must not leave it "starting").

FEW_FILES = 1024
SLOW = 1000  # half-sent requests held open at once


class FewFiles(Server):
    """`serve`, started with a soft open-file limit of `FEW_FILES`."""

    def command(self) -> list[str]:
        lower = ("import os, resource, sys; soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE); "
                 f"resource.setrlimit(resource.RLIMIT_NOFILE, (min({FEW_FILES}, hard), hard)); "
                 "os.execv(sys.argv[1], sys.argv[1:])")
        return [sys.executable, "-c", lower, *super().command()]


@pytest.fixture(scope="module")
def few_files(lessons_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[FewFiles]:
    srv = FewFiles(lessons_root, tmp_path_factory.mktemp("few-files") / "serve.log",
                   extra=["--per-client", "6"]).start()
    yield srv
    srv.stop()


async def patient(pupil: Pupil) -> Pupil:
    """`pupil.open()`, again after a "starting" (503) from this server's limit per address."""
    from tornado.httpclient import HTTPClientError

    for _ in range(10):
        try:
            return await pupil.open()
        except HTTPClientError as err:
            if err.code != 503:
                raise
            await asyncio.sleep(2)
    raise AssertionError("the server stayed busy")


def open_files(pid: int) -> tuple[int, int]:
    """A process's (soft, hard) open-file limit."""
    for line in Path(f"/proc/{pid}/limits").read_text().splitlines():
        if line.startswith("Max open files"):
            soft, hard = line.split()[3:5]
            return int(soft), int(hard)
    raise AssertionError("no open-file limit")


def test_1000_slow_connections_leave_a_lesson_start_working(few_files: FewFiles, run: Any) -> None:
    assert few_files.process is not None
    soft, hard = open_files(few_files.process.pid)
    if hard < 2 * FEW_FILES:
        pytest.skip(f"this system allows {hard} open files: too few to show the limit raised")
    assert soft == hard, f"the server kept its soft open-file limit of {soft} (hard {hard})"
    own_soft, own_hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (own_hard, own_hard))  # this test holds them all too
    slow = []
    try:
        for _ in range(min(SLOW, own_hard - 200)):
            connection = socket.create_connection(("127.0.0.1", few_files.port))
            connection.sendall(b"GET / HTTP/1.1\r\nHost: localhost\r\n")  # and never the rest
            slow.append(connection)
        started = time.monotonic()

        async def lesson() -> bool:
            pupil = await patient(Pupil(few_files.url, REF))
            alive = await pupil.alive(120)
            await pupil.close()
            return alive

        assert run(lesson()), "a lesson did not start beside slow connections"
        took = time.monotonic() - started
        dropped: set[socket.socket] = set()
        deadline = started + REQUEST_TIMEOUT + 45
        while len(dropped) < len(slow) and time.monotonic() < deadline:
            ready, _, _ = select.select([c for c in slow if c not in dropped][:500], [], [], 1)
            dropped |= {c for c in ready if c.recv(1) == b""}
        waited = time.monotonic() - started
    finally:
        for connection in slow:
            connection.close()
        resource.setrlimit(resource.RLIMIT_NOFILE, (own_soft, own_hard))
    print(f"\nserver's open-file limit {soft} (started at {min(FEW_FILES, hard)}); a lesson beside {len(slow)} "
          f"slow connections in {took:.1f} s; the server dropped {len(dropped)} of them within {waited:.0f} s")
    assert len(dropped) == len(slow), "the server kept half-sent requests open past its timeout"


def raw_request(port: int, head: str, timeout: float = 10) -> bytes:
    """Send a request's head (and no body); the status line of the answer ('' if none came)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as connection:
        connection.sendall(head.encode())
        try:
            return connection.recv(200).split(b"\r\n")[0]
        except TimeoutError:
            return b""


def test_a_large_body_is_refused_before_it_is_sent(few_files: FewFiles) -> None:
    assert few_files.process is not None
    before = status(few_files.process.pid, "VmRSS")
    answers = {}
    for host in ("evil.example", "localhost"):
        for path in ("voila/render/ages-4-7/passwords.ipynb", "class-code", "pulse"):
            answers[(host, path)] = raw_request(few_files.port, (
                f"POST /{path} HTTP/1.1\r\nHost: {host}\r\nContent-Length: {95 * 1000 * 1000}\r\n"
                "Content-Type: application/x-www-form-urlencoded\r\n\r\n"))
    fair = raw_request(few_files.port, f"POST /class-code HTTP/1.1\r\nHost: localhost\r\nContent-Length: {MAX_BODY}"
                       "\r\n\r\n", timeout=3)  # a fair size: the server waits for the body
    grown = status(few_files.process.pid, "VmRSS") - before
    print(f"\n95 MB bodies announced: {sorted(set(answers.values()))}; server grew {grown // 1024} MiB")
    assert set(answers.values()) == {b"HTTP/1.1 400 Bad Request"}, answers
    assert fair == b"", "a fair body's size was refused"


def test_a_page_whose_kernel_dies_starting_ends_and_frees_its_address(few_files: FewFiles) -> None:
    """A kernel that dies before it answers (as one did when the server ran out of open files):
    its page ends, and a reload from that browser gets the lesson, not "starting" (503)."""
    before = set(few_files.kernels())
    killed: list[int] = []

    def kill_the_new_kernel() -> None:
        deadline = time.monotonic() + 60
        while not killed and time.monotonic() < deadline:
            for pid in set(few_files.kernels()) - before:
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)
            time.sleep(0.01)

    killer = threading.Thread(target=kill_the_new_kernel, daemon=True)
    killer.start()
    started = time.monotonic()
    first = http.client.HTTPConnection("127.0.0.1", few_files.port, timeout=90)
    first.request("GET", f"/voila/render/{REF}.ipynb")
    response = first.getresponse()
    cookie = "; ".join(v.split(";", 1)[0] for k, v in response.getheaders() if k.lower() == "set-cookie")
    chunks, deadline = [], started + 60  # (Voila sends a heartbeat every 10 s while it waits)
    while time.monotonic() < deadline and (chunk := response.read1(65536)):
        chunks.append(chunk)
    page = b"".join(chunks).decode() if time.monotonic() < deadline else None
    ended = time.monotonic() - started
    first.close()
    killer.join(10)
    assert killed, "no kernel was started for the page"
    assert page is not None, "the page of a kernel that died never ended"
    assert "Traceback" not in page and 'http-equiv="refresh"' in page
    statuses = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and 200 not in statuses:
        again = http.client.HTTPConnection("127.0.0.1", few_files.port, timeout=90)
        again.request("GET", f"/voila/render/{REF}.ipynb", headers={"Cookie": cookie})
        reply = again.getresponse()
        reply.read()
        again.close()
        statuses.append(reply.status)
        if reply.status != 200:
            time.sleep(1)
    print(f"\na kernel killed as it started: its page ended in {ended:.1f} s; the reload got {statuses}")
    assert statuses[-1] == 200, f"the browser's address stayed 'starting': {statuses}"


ODD_PATHS = ["voila/templates/../../etc/passwd", "voila/templates/x", "voila/templates/%00",
             "voila/templates/lab/static/../../../../etc/passwd", "voila/templates/nosuch/static/x.css",
             "voila/templates/lab/nostatic/x", "logout"]
# What the terminal saw each as a traceback, or with its query string, before issue 29.
ODD_REQUESTS = [f"{method} /{path} HTTP/1.1\r\nHost: {host}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                for method in ("GET", "POST", "PUT")
                for host, path in [("localhost", "voila/render/%"), ("localhost", "voila/render/%zz?pulse=ABCD"),
                                   ("localhost", "api/kernels/x/channels"), ("localhost", "voila/static/%"),
                                   ("localhost", "voila/labextensions/%"), ("localhost", "voila/api/themes/%"),
                                   ("localhost", "?pulse=ABCD"), ("localhost", "pulse?code=ABCD"),
                                   ("evil.example", "voila/render/ages-4-7/passwords.ipynb?pulse=ABCD"),
                                   ("evil.example", "pulse/ABCD"),
                                   ("localhost", "voila/render/ages-4-7/nosuch.ipynb?pulse=ABCD")]]
ODD_REQUESTS += ["GET /voila/render/ages-4-7/passwords.ipynb?pulse=ABCD HTTP/1.1\r\nHost: localhost\r\n"
                 "Sec-Fetch-Site: cross-site\r\nSec-Fetch-Mode: no-cors\r\nConnection: close\r\n\r\n",
                 "GARBAGE\r\n\r\n", "GET /\xff HTTP/1.1\r\nHost: localhost\r\n\r\n",
                 "GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: abc\r\n\r\n"]


def test_odd_paths_get_404_and_no_traceback(few_files: FewFiles) -> None:
    codes = {}
    for path in ODD_PATHS:
        request = urllib.request.Request(few_files.url + path)
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                codes[path] = response.status
        except urllib.error.HTTPError as err:
            codes[path] = err.code
            assert not any(s in err.read().decode(errors="replace") for s in SERVER_PATHS)
    assert codes == dict.fromkeys(ODD_PATHS, 404)


def test_the_terminal_gets_one_line_per_error_and_no_query_string(few_files: FewFiles, run: Any) -> None:
    """Odd requests, sockets closed mid-way and messages no page sends leave no traceback and no
    `?pulse=` code in the teacher's terminal (this runs last of the module's server: its log holds
    what the tests before did too)."""
    answers = [raw_request(few_files.port, head) for head in ODD_REQUESTS]
    for _ in range(3):  # requests abandoned half-way
        with socket.create_connection(("127.0.0.1", few_files.port)) as connection:
            connection.sendall(b"POST /class-code HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100\r\n\r\nab")

    async def junk() -> None:
        pupil = await patient(Pupil(few_files.url, REF))
        assert pupil.ws is not None
        pupil.ws.write_message("not json")
        await pupil.wait_for(lambda m: False, 5)
        assert pupil.closed, "a message no page sends left the socket open"
        for _ in range(3):  # sockets dropped without a close
            await pupil.connect()
            pupil.send("shell", "comm_info_request", {})
            assert pupil.ws is not None and pupil.ws.stream is not None
            pupil.ws.stream.close()
        deadline = time.monotonic() + 30  # until the server has seen them go
        while await connections(few_files.url, pupil) and time.monotonic() < deadline:
            await asyncio.sleep(0.2)

    run(junk())
    log = few_files.log.read_text(errors="replace")
    print(f"\n{len(answers)} odd requests: {sorted(set(answers))}; the log has {len(log.splitlines())} lines")
    assert all(answers), "a request got no answer"
    assert tracebacks(log) == [], "a traceback in the teacher's terminal"
    assert "ABCD" not in log, "a pulse code in the teacher's terminal"
