"""The guard on a real server (guard.py, server.Gatekeeper): one client's flood gets its cap and
a calm "busy" page, another website's requests start no kernel, a foreign Host is refused, a
kernel answers only the browser that opened it, warm kernels are shared fairly, and the optional
class and teacher codes. Loopback only; other clients are other loopback addresses (127.0.0.x).

Figures (the flood's answers, a pupil's page time during it) are printed: run with ``-s``.
"""

from __future__ import annotations

import http.client
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, expect
from safety_lessons.guard import SPACING
from tornado.httpclient import HTTPClientError, HTTPRequest
from tornado.websocket import websocket_connect

from .harness import READY_TIMEOUT, Server
from .pupil import Pupil, event_loop, kernel_id

REF = "ages-4-7/passwords"
PAGE = f"/voila/render/{REF}.ipynb"


def get(server: Server, path: str = PAGE, *, source: str = "127.0.0.1", headers: dict[str, str] | None = None,
        method: str = "GET", body: str | None = None) -> tuple[int, dict[str, str], str]:
    """One request from loopback address `source`: (status, headers, body)."""
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=READY_TIMEOUT * 3,
                                            source_address=(source, 0))
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        headers: dict[str, str] = {}
        for name, value in response.getheaders():
            headers[name.lower()] = f"{headers[name.lower()]}\n{value}" if name.lower() in headers else value
        return response.status, headers, response.read().decode()
    finally:
        connection.close()


def cookies_of(headers: dict[str, str]) -> str:
    return "; ".join(c.split(";", 1)[0] for c in headers.get("set-cookie", "").splitlines())


@pytest.fixture
def guarded(lessons_root: Path, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Server]:
    """A server started with the test's own flags (`@pytest.mark.parametrize("guarded", [[...]], indirect=True)`)."""
    srv = Server(lessons_root, tmp_path / "serve.log", extra=list(request.param)).start()
    yield srv
    log = srv.stop()
    assert "Traceback" not in log


@pytest.mark.parametrize("guarded", [["--per-client", "6", "--max-kernels", "40"]], indirect=True)
def test_one_client_sending_200_requests_gets_its_cap_and_a_calm_busy_page(guarded: Server) -> None:
    idle_start = time.monotonic()
    status, _, _ = get(guarded, source="127.0.0.2")
    idle = time.monotonic() - idle_start
    assert status == 200
    with ThreadPoolExecutor(max_workers=40) as pool:
        flood = [pool.submit(get, guarded) for _ in range(200)]
        time.sleep(0.5)
        during_start = time.monotonic()
        pupil_status, _, pupil_page = get(guarded, source="127.0.0.3")  # a pupil at another computer
        during = time.monotonic() - during_start
        answers = [f.result() for f in flood]
    statuses = Counter(status for status, _, _ in answers)
    print(f"\n200 GETs from one client: {dict(statuses)}; kernels running: {len(guarded.kernels())}; "
          f"another pupil's page: {idle:.2f} s on an idle server, {during:.2f} s during the flood")
    assert statuses[200] <= 6 and statuses[200] + statuses[503] == 200
    assert pupil_status == 200 and kernel_id(pupil_page)
    assert len(guarded.kernels()) <= 6 + 2  # the flood's cap, and the two pupils'
    busy = next(a for a in answers if a[0] == 503)
    assert busy[1]["retry-after"] in ("5", "60")  # its page is starting; its cap is reached
    assert "The lessons are busy" in busy[2] and "Try again" in busy[2] and "Traceback" not in busy[2]
    assert f'<meta http-equiv="refresh" content="{busy[1]["retry-after"]}">' in busy[2]


@pytest.mark.parametrize("guarded", [["--max-kernels", "2"]], indirect=True)
def test_beyond_the_servers_budget_pupils_are_asked_to_try_again(guarded: Server) -> None:
    statuses = [get(guarded, source=f"127.0.0.{n}")[0] for n in (2, 3, 4)]
    assert statuses == [200, 200, 503]
    assert len(guarded.kernels()) == 2


@pytest.mark.parametrize("guarded", [[]], indirect=True)
def test_another_websites_requests_start_no_kernel(guarded: Server) -> None:
    """Ten `<img>` tags on another website pointing at a lesson, then a link to it."""
    for _ in range(10):
        status, _, _ = get(guarded, headers={"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "no-cors",
                                             "Sec-Fetch-Dest": "image"})
        assert status == 403
    status, _, page = get(guarded, headers={"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate"})
    assert status == 200 and "Open the lesson" in page and f'href="{PAGE}"' in page
    assert guarded.kernels() == []
    status, _, _ = get(guarded, headers={"Sec-Fetch-Site": "same-origin", "Sec-Fetch-Mode": "navigate"})
    assert status == 200 and len(guarded.kernels()) == 1


@pytest.mark.parametrize("guarded", [[]], indirect=True)
def test_a_foreign_host_is_refused_even_on_the_kernels_websocket(guarded: Server) -> None:
    for path in ("/", PAGE, "/voila/static/landing.css"):
        assert get(guarded, path, headers={"Host": f"evil.example:{guarded.port}"})[0] == 403
    assert get(guarded, "/", headers={"Host": f"localhost:{guarded.port}"})[0] == 200
    assert guarded.kernels() == []

    with event_loop() as run:
        pupil = run(Pupil(guarded.url, REF).open())

        async def rebound() -> int:
            url = f"ws://127.0.0.1:{guarded.port}/api/kernels/{pupil.kernel}/channels"
            request = HTTPRequest(url, headers={"Host": f"evil.example:{guarded.port}", "Cookie": pupil.cookie,
                                                "Origin": f"http://evil.example:{guarded.port}"})
            try:
                (await websocket_connect(request)).close()
            except HTTPClientError as refused:
                return refused.code
            return 101

        assert run(rebound()) == 403
        assert run(pupil.alive())
        run(pupil.close())


@pytest.mark.parametrize("guarded", [[]], indirect=True)
def test_a_kernel_answers_only_the_browser_that_opened_it(guarded: Server) -> None:
    with event_loop() as run:
        pupil = run(Pupil(guarded.url, REF).open())
        assert "sl-browser=" in pupil.cookie
        xsrf = {"X-XSRFToken": "made-up", "Cookie": "_xsrf=made-up; sl-browser=made-up"}
        for method, path in (("POST", f"/voila/api/shutdown/{pupil.kernel}"),
                             ("DELETE", f"/api/kernels/{pupil.kernel}"),
                             ("GET", f"/api/kernels/{pupil.kernel}")):
            status, _, body = get(guarded, path, method=method, headers=xsrf, body="" if method == "POST" else None)
            assert status == 403, (method, path, status)
            assert "Traceback" not in body

        async def listen_in(cookie: str) -> int:
            url = f"ws://127.0.0.1:{guarded.port}/api/kernels/{pupil.kernel}/channels"
            try:
                (await websocket_connect(HTTPRequest(url, headers={"Cookie": cookie}))).close()
            except HTTPClientError as refused:
                return refused.code
            return 101

        assert run(listen_in("sl-browser=made-up")) == 403
        assert run(listen_in("")) == 403
        assert run(listen_in(pupil.cookie)) == 101  # the pupil's own browser, e.g. a page reconnecting
        assert run(pupil.alive()), "the pupil's kernel was stopped"
        run(pupil.close())
    assert len(guarded.kernels()) == 1


@pytest.mark.parametrize("guarded", [["--warm", REF, "--class-size", "4", "--per-client", "6"]], indirect=True)
def test_one_client_cannot_empty_the_warm_pool(guarded: Server) -> None:
    deadline = time.monotonic() + READY_TIMEOUT * 3
    while len(guarded.kernels()) < 4 and time.monotonic() < deadline:
        time.sleep(0.5)
    time.sleep(5)  # the pool's kernels run the lesson
    before = set(guarded.kernels())
    assert len(before) == 4
    statuses = []
    for _ in range(4):  # one after another, as often as the guard lets one address start a page
        statuses.append(get(guarded)[0])
        time.sleep(SPACING)
    assert statuses == [200] * 4
    started = set(guarded.kernels()) - before
    print(f"\none client, 4 pages: {4 - len(started)} warm kernels taken, {len(started)} started for it")
    assert len(started) >= 2  # at most two pages got warm kernels (fewer if the pool was still running the lesson)
    assert get(guarded, source="127.0.0.2")[0] == 200


@pytest.mark.parametrize("guarded", [["--class-code", "Otter 42", "--teacher-code", "heron-7"]], indirect=True)
def test_a_class_code_typed_once_opens_the_lessons(browser: Browser, guarded: Server) -> None:
    status, headers, _ = get(guarded, PAGE)
    assert status == 303 and headers["location"].startswith("/class-code?next=")
    assert get(guarded, "/api/kernels/0b9f1a4e-8c1d-4a55-9d3e-2f6a7b8c9d0e/channels")[0] == 303
    assert guarded.kernels() == []

    context = browser.new_context()
    page = context.new_page()
    page.goto(guarded.url + PAGE.lstrip("/"))
    expect(page.get_by_role("heading", name="Type your class code")).to_be_visible()
    page.get_by_label("Class code").fill("otter 41")
    page.get_by_role("button", name="Open the lessons").click()
    expect(page.get_by_role("alert")).to_contain_text("That code did not work")
    page.get_by_label("Class code").fill("OTTER 42")
    page.get_by_role("button", name="Open the lessons").click()
    page.locator(".sl-help").wait_for(timeout=READY_TIMEOUT * 1000)  # the lesson the pupil asked for
    assert urlsplit(page.url).path == PAGE
    cookies = {c["name"]: c for c in context.cookies()}
    assert cookies["sl-class"]["httpOnly"] and cookies["sl-class"]["sameSite"] == "Strict"
    assert "otter" not in cookies["sl-class"]["value"].lower()
    assert {"sl-class", "sl-browser", "_xsrf"} <= set(cookies)
    for name, cookie in cookies.items():  # no cookie goes with another website's request; scripts read only _xsrf
        assert cookie["sameSite"] == "Strict", name
        assert cookie["httpOnly"] == (name != "_xsrf"), name

    page.goto(guarded.url + PAGE.lstrip("/") + "?mode=teacher")  # teacher views need the teacher code too
    expect(page.get_by_role("heading", name="Teacher code")).to_be_visible()
    page.get_by_label("Teacher code").fill("heron-7")
    page.get_by_role("button", name="Open the teacher view").click()
    page.locator(".sl-help").wait_for(state="attached", timeout=READY_TIMEOUT * 1000)  # one step shows at a time
    assert "mode=teacher" in page.url
    context.close()


@pytest.mark.parametrize("guarded", [["--class-code", "Otter 42"]], indirect=True)
def test_guessing_the_class_code_is_stopped(guarded: Server) -> None:
    status, headers, page = get(guarded, "/class-code")
    cookie = cookies_of(headers)
    xsrf = next(part.split("=", 1)[1] for part in cookie.split("; ") if part.startswith("_xsrf="))
    statuses = []
    for guess in range(12):
        statuses.append(get(guarded, "/class-code", method="POST", body=f"code=guess{guess}&_xsrf={xsrf}",
                            headers={"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"})[0])
    assert statuses == [403] * 10 + [429] * 2
    status, _, page = get(guarded, "/class-code", method="POST", body=f"code=otter42&_xsrf={xsrf}",
                          headers={"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"})
    assert status == 429 and "too many tries" in page
