"""`safety-lessons serve` as a pupil's browser meets it: the landing page, what cannot be
reached, kernels of closed lessons going away, and a broken lesson failing calmly."""

from __future__ import annotations

import json
import shutil
import stat
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, expect

from .harness import Server, Watch, open_lesson, screenshot

BANDS = ["Ages 4 to 7", "Ages 7 to 11", "Ages 11 to 14", "Ages 14 to 18"]


def status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as err:
        return err.code


def body(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return str(response.read().decode())
    except urllib.error.HTTPError as err:
        return str(err.read().decode())


def test_landing_lists_lessons_by_band_and_opens_one(page: Page, server: Server) -> None:
    page.goto(server.url)
    expect(page.locator("html")).to_have_attribute("lang", "en-GB")
    expect(page.get_by_role("heading", level=2)).to_have_text(BANDS)
    band = page.get_by_role("region", name="Ages 11 to 14")
    teacher = band.get_by_role("link", name="Strong passwords, Ages 11 to 14: teacher view")
    expect(teacher).to_have_attribute("href", "/voila/render/ages-11-14/passwords.ipynb?mode=teacher")
    band.get_by_role("link", name="Strong passwords Keep your accounts safe").click()
    page.locator(".sl-help").wait_for()
    assert page.url == server.lesson_url("ages-11-14/passwords")
    expect(page.locator("html")).to_have_attribute("lang", "en-GB")
    screenshot(page, "landing-then-lesson")


@pytest.mark.parametrize("path", [
    "voila/tree",                                   # Voila's raw file tree
    "voila/api/contents",                           # … and its listing API
    "voila/files/ages-7-11/passwords.yaml",         # content files
    "voila/files/ages-7-11/passwords.ipynb",        # notebook sources
    "voila/files/facts/helplines.yaml",
    "voila/files/../pyproject.toml",                # out of the lessons folder
    "voila/files/%2e%2e/pyproject.toml",
    "voila/files/..%2f..%2f..%2fetc%2fpasswd",
    "voila/render/../../etc/passwd",
    "voila/render/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "voila/static/../../../../../etc/passwd",
    "api/kernels",                                  # Jupyter's kernel and session APIs
    "api/sessions",
    "api/contents",
])
def test_nothing_but_lessons_can_be_read(server: Server, path: str) -> None:
    assert status(server.url + path) in (403, 404, 405)


def test_lesson_pages_hide_sources_and_send_security_headers(server: Server) -> None:
    page = body(server.lesson_url("ages-7-11/passwords"))
    assert "open_lesson" not in page and "from safety_lessons" not in page
    with urllib.request.urlopen(server.lesson_url("ages-7-11/passwords"), timeout=30) as response:
        assert "default-src 'self'" in response.headers["Content-Security-Policy"]
        assert response.headers["Referrer-Policy"] == "no-referrer"


@pytest.fixture
def quick_cull(lessons_root: Path, tmp_path: Path) -> Iterator[Server]:
    # 10 s, not less: on a loaded machine a kernel can sit idle for seconds between running the
    # lesson and the page connecting to it, and would be culled before the pupil arrived.
    srv = Server(lessons_root, tmp_path / "serve.log", extra=["--cull-after", "10"]).start()
    yield srv
    srv.stop()


def wait_until(condition: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.5)
    return condition()


def test_a_lesson_page_runs_no_front_end_extension(page: Page, server: Server, watch: Watch) -> None:
    """JupyterLab extensions installed beside the toolkit (JupyterLite's, which `build-static`
    needs) must not run in pupils' pages: the lean page loads none at all, drawing the widgets
    with its own script (Voila's page, `--front-end voila`, loads only the widget manager's)."""
    open_lesson(page, server, "ages-7-11/passwords")
    assert any(urlsplit(url).path.endswith("/static/lesson-page.js") for url in watch.requests), watch.requests
    assert not [url for url in watch.requests if "/labextensions/" in url]


def test_a_closed_lessons_kernel_goes_away(browser: Browser, quick_cull: Server) -> None:
    # Two pupils: one keeps reading, one closes the tab (no beforeunload: only the culler can tell).
    # When the culler has taken the closed tab's kernel, it has passed over the reader's, opened first.
    reading = browser.new_context()
    open_lesson(reading.new_page(), quick_cull, "ages-4-7/passwords")
    [kept] = quick_cull.kernels()
    leaving = browser.new_context()
    open_lesson(leaving.new_page(), quick_cull, "ages-4-7/passwords")
    [gone] = set(quick_cull.kernels()) - {kept}
    leaving.close()
    assert wait_until(lambda: gone not in quick_cull.kernels(), 30), "kernel still running after the tab closed"
    assert quick_cull.kernels() == [kept], "a pupil still on the page lost their lesson"
    reading.close()


def test_a_lessons_kernel_listens_on_a_private_unix_socket_not_a_port(page: Page, server: Server) -> None:
    # TCP ports are picked free and then bound: 30 kernels starting at once could get the same one.
    before = set(server.kernels())
    open_lesson(page, server, "ages-4-7/passwords")
    [kernel] = set(server.kernels()) - before
    args = Path(f"/proc/{kernel}/cmdline").read_text().split("\0")
    connection = Path(args[args.index("-f") + 1])
    info = json.loads(connection.read_text())
    assert info["transport"] == "ipc"
    assert Path(info["ip"]).parent == connection.parent
    assert connection.parent.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO) == 0  # only the server's user can connect


@pytest.fixture
def server_with_drafts(lessons_copy: Path, tmp_path: Path) -> Iterator[Server]:
    for name in ("passwords-answers.ipynb", "draft.ipynb"):  # beside a lesson, not in the catalogue
        shutil.copy(lessons_copy / "ages-7-11" / "passwords.ipynb", lessons_copy / "ages-7-11" / name)
    srv = Server(lessons_copy, tmp_path / "serve.log").start()
    yield srv
    srv.stop()


def test_only_catalogued_lessons_are_rendered(server_with_drafts: Server) -> None:
    assert status(server_with_drafts.lesson_url("ages-7-11/passwords-answers")) == 404
    assert status(server_with_drafts.lesson_url("ages-7-11/draft")) == 404
    assert status(server_with_drafts.lesson_url("ages-7-11/passwords")) == 200


@pytest.fixture
def broken_server(lessons_copy: Path, tmp_path: Path) -> Iterator[Server]:
    text = (lessons_copy / "ages-7-11" / "passwords.yaml").read_text()
    (lessons_copy / "ages-7-11" / "passwords.yaml").write_text(text.replace("    kind: sorter", "    kind: soter"))
    srv = Server(lessons_copy, tmp_path / "serve.log").start()
    yield srv
    srv.stop()


def test_a_broken_lesson_shows_a_calm_message_not_a_traceback(browser: Browser,
                                                             broken_server: Server) -> None:
    page = browser.new_page()
    page.goto(broken_server.lesson_url("ages-7-11/passwords"))
    expect(page.locator(".sl-needs-fixing").first).to_contain_text("Please tell your teacher")
    text = page.inner_text("body")
    assert "Traceback" not in text and "soter" not in text and "/tmp" not in text
    page.goto(broken_server.lesson_url("ages-4-7/passwords"))  # other lessons still work
    page.locator(".sl-help").wait_for()
    page.close()
    log = broken_server.stop()
    assert "soter" in log  # the teacher's terminal names the problem
