"""The pieces browser tests share: a real `safety-lessons serve` process, what a page did,
and how to open a lesson and keep a screenshot. benchmarks/run.py starts its servers with
`Server` too (Playwright is imported only for type checking, so that needs no browser)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Locator, Page

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
READY_TIMEOUT = 60  # seconds for a server to start or a lesson to render, on a busy CI machine
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

S = TypeVar("S", bound="Server")


class HasUrl(Protocol):
    @property
    def url(self) -> str: ...


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    """One `safety-lessons serve` process on a free loopback port, in a process group of its own.

    A subclass may run another server (`command`), as the benchmark's bare Voila does."""

    root: Path
    log: Path
    extra: list[str] = field(default_factory=list)
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def lesson_url(self, ref: str) -> str:
        return f"{self.url}voila/render/{ref}.ipynb"

    def command(self) -> list[str]:
        return [sys.executable, "-m", "safety_lessons.cli", "serve", str(self.root),
                "--port", str(self.port), *self.extra]

    def start(self: S, timeout: float = READY_TIMEOUT) -> S:
        """Start the server and wait until it answers (200, or 503 while its kernels warm up)."""
        env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER", "SAFETY_LESSONS"))}
        with self.log.open("wb") as out:
            self.process = subprocess.Popen(self.command(), stdout=out, stderr=subprocess.STDOUT, env=env,
                                            start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited:\n{self.log.read_text()}")
            try:
                with urllib.request.urlopen(self.url, timeout=2) as response:
                    if response.status in (200, 503):
                        return self
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"server did not answer in {timeout}s:\n{self.log.read_text()}")

    def kernels(self) -> list[int]:
        """Process ids of the kernels this server runs now."""
        assert self.process is not None
        out = subprocess.run(["ps", "-ww", "-o", "pid=,args=", "--ppid", str(self.process.pid)],
                             capture_output=True, text=True, check=False).stdout
        return [int(line.split()[0]) for line in out.splitlines() if "ipykernel" in line]

    def stop(self, timeout: float = 15) -> str:
        """Stop the server and its kernels (SIGTERM, SIGKILL after `timeout`); its log."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        return self.log.read_text(errors="replace")


class StaticSite:
    """A built site served by `python -m http.server`: nothing but files."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = free_port()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "http.server", str(self.port), "--bind", "127.0.0.1", "-d", str(folder)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + READY_TIMEOUT
        while True:
            try:
                urllib.request.urlopen(self.url, timeout=2).close()
                return
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def lesson_url(self, ref: str, *, teacher: bool = False) -> str:
        return f"{self.url}voici/render/lessons/{'teacher/' if teacher else ''}{ref}.html"

    def kernels(self) -> list[int]:
        return []  # Python runs in the browser: no kernel process on the server

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


@dataclass
class Watch:
    """What a page did: every URL it requested and every error it logged."""

    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def foreign(self, server: HasUrl) -> list[str]:
        own = urlsplit(server.url).netloc
        return [u for u in self.requests
                if urlsplit(u).scheme not in ("data", "blob") and urlsplit(u).netloc != own]


@contextmanager
def watched_page(browser: Browser, server: HasUrl, watch: Watch | None = None) -> Iterator[Page]:
    """A fresh page (own context, 1280x900) that records into `watch` every request and error;
    when the block ends the page must have asked nothing of any host but `server` and logged no
    error, not even a failed load."""
    seen = watch if watch is not None else Watch()
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        pg = context.new_page()
        pg.set_default_timeout(READY_TIMEOUT * 1000)
        pg.on("request", lambda r: seen.requests.append(r.url))
        pg.on("console", lambda m: seen.errors.append(m.text) if m.type == "error" else None)
        pg.on("pageerror", lambda e: seen.errors.append(str(e)))
        pg.on("response", lambda r: seen.errors.append(f"{r.status} {r.url}") if r.status >= 400 else None)
        yield pg
    finally:
        context.close()
    assert not seen.foreign(server), f"requests to other hosts: {seen.foreign(server)}"
    assert not seen.errors, f"console errors: {seen.errors}"


def open_lesson(page: Page, server: Server, ref: str) -> None:
    """Open a lesson and wait until its last activity (who to talk to) has rendered."""
    page.goto(server.lesson_url(ref))
    page.locator(".sl-help").wait_for(state="visible")


def complete_4_7_passwords(page: Page) -> None:
    """A pupil's way through the 4-7 passwords lesson: one right and one wrong sort, then the quiz."""
    from playwright.sync_api import expect

    card = page.locator(".sl-card").filter(has_text="Pip's best friend")
    card.get_by_role("button", name="No, keep it secret").click()
    expect(card.locator(".sl-feedback")).to_contain_text("Well done!")
    card.get_by_role("button", name="Yes, they can know").click()
    expect(card.locator(".sl-feedback")).to_contain_text("Good try! Have another go.")
    page.get_by_role("radio", name="Say no. Then tell a grown-up.").check()
    expect(page.locator(".sl-quiz .sl-feedback")).to_contain_text("tell a grown-up you trust")


def screenshot(page: Page, name: str) -> None:
    """Keep a picture of what the pupil saw, for reviewers (test-artifacts/)."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


# null while the focus is on `el` or inside it; else what has the focus (for the failure message)
FOCUS_ELSEWHERE = """el => { const f = document.activeElement;
  if (f && (f === el || el.contains(f))) return null;
  if (!f || f === document.body) return '(page)';
  const name = (f.getAttribute('title') || f.getAttribute('aria-label') || f.innerText || '').trim();
  return f.tagName.toLowerCase() + (name ? ' ' + name.slice(0, 40) : ''); }"""


def tab_to(page: Page, target: Locator, limit: int = 250) -> None:
    """Move the keyboard focus to `target` (or into it) with Tab only, as a keyboard user would."""
    target.wait_for(state="visible")
    handle = target.element_handle()
    passed: list[str] = []
    for _ in range(limit):
        where = page.evaluate(FOCUS_ELSEWHERE, handle)
        if where is None:
            return
        passed.append(where)
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {target}; the focus went through {passed[-20:]}")
