"""The pieces browser tests share: what a page did, how to open a lesson, keep a screenshot and
move with the keyboard. The servers they drive (`Server`, `StaticSite`) and the Chromium settings
are the package's own `safety_lessons.harness`, which benchmarks/run.py uses too."""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol
from urllib.parse import urlsplit

from safety_lessons.harness import CHROMIUM, CHROMIUM_FLAGS, READY_TIMEOUT, Server, StaticSite, free_port, tracebacks

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Locator, Page

__all__ = ["ARTIFACTS", "CHROMIUM", "CHROMIUM_FLAGS", "READY_TIMEOUT", "Server", "StaticSite", "Watch",
           "complete_4_7_passwords", "files_written_since", "free_port", "open_lesson", "screenshot", "tab_to",
           "tracebacks", "watched_page"]

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
NOT_SEARCHED = {".git", ".venv", "node_modules", "__pycache__", "proc"}  # folders the privacy tests skip


def files_written_since(roots: list[Path], since: float) -> Iterator[tuple[Path, bytes]]:
    """Every file below `roots` written at or after `since` (a time.time()), each once, up to 50 MB,
    with what it holds (a file gone before it is read is passed over): where a privacy test looks
    for what a pupil did."""
    seen: set[Path] = set()
    for root in roots:
        for folder, dirs, files in os.walk(root):
            dirs[:] = [d for d in dirs if d not in NOT_SEARCHED]
            for name in files:
                path = Path(folder) / name
                try:
                    if path not in seen and path.is_file() and path.stat().st_mtime >= since \
                            and path.stat().st_size < 50_000_000:
                        seen.add(path)
                        yield path, path.read_bytes()
                except OSError:
                    continue


class HasUrl(Protocol):
    @property
    def url(self) -> str: ...


@dataclass
class Watch:
    """What a page did: every URL it requested and every error it logged."""

    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def forgive(self, signature: str) -> int:
        """Take out the errors that hold `signature` (a known fault, reported another way); how many."""
        kept = [e for e in self.errors if signature not in e]
        forgiven, self.errors[:] = len(self.errors) - len(kept), kept
        return forgiven

    def context(self, server: HasUrl) -> str:
        """For a failure message: the page's warnings and the end of the server's log, if it has one."""
        log = getattr(server, "log", None)
        tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-40:] if log and log.exists() else []
        return "\nconsole warnings: " + repr(self.warnings) + "\nserver log (end):\n" + "\n".join(tail)

    def foreign(self, server: HasUrl) -> list[str]:
        own = urlsplit(server.url).netloc
        return [u for u in self.requests
                if urlsplit(u).scheme not in ("data", "blob") and urlsplit(u).netloc != own]


@contextmanager
def watched_page(browser: Browser, server: HasUrl, watch: Watch | None = None,
                 context: BrowserContext | None = None) -> Iterator[Page]:
    """A fresh page (in a context of its own, 1280x900, or in `context`, which keeps its cache and
    storage between pages) that records into `watch` every request and error; when the block ends
    the page must have asked nothing of any host but `server` and logged no error, not even a
    failed load."""
    seen = watch if watch is not None else Watch()
    own = context is None
    context = browser.new_context(viewport={"width": 1280, "height": 900}) if context is None else context
    pg = None
    try:
        pg = context.new_page()
        pg.set_default_timeout(READY_TIMEOUT * 1000)
        WATCHES[id(pg)] = seen
        pg.on("request", lambda r: seen.requests.append(r.url))
        pg.on("console", lambda m: seen.errors.append(m.text) if m.type == "error" else
              seen.warnings.append(m.text) if m.type == "warning" else None)
        pg.on("pageerror", lambda e: seen.errors.append(str(e)))
        pg.on("response", lambda r: seen.errors.append(f"{r.status} {r.url}") if r.status >= 400 else None)
        yield pg
    finally:
        WATCHES.pop(id(pg), None)
        if own:
            context.close()
        elif pg is not None:
            pg.close()
    assert not seen.foreign(server), f"requests to other hosts: {seen.foreign(server)}"
    assert not seen.errors, f"console errors: {seen.errors}{seen.context(server)}"


# Every activity but the quick questions (asked at the start and the end, with answers that may
# repeat a quiz's): a locator within it finds what a test means, once.
NOT_QUICK = ".sl-activity:not(.sl-before-and-after)"


WATCHES: dict[int, Watch] = {}  # id(page) → what `watched_page` records for it
# Known, not yet understood (issue 28 note): on a very busy machine, about one lesson page in a
# few thousand shows some activities as "Error displaying widget: model not found" (jupyterlab-
# manager's words) though its kernel ran them. A pupil reloads; `open_lesson` does too, once, and
# says so as a pytest warning, so the fault stays visible without failing an unrelated test.
NOT_FOUND = "widget model not found"


def open_lesson(page: Page, server: Server, ref: str, *, teacher: bool = False) -> None:
    """Open a lesson (or its teacher view) and wait until its last activity, who to talk to, has
    rendered (in the teacher view: is on the page, on its own step). A page whose widgets met the
    intermittent 'model not found' is opened once more, with a warning."""
    url = server.lesson_url(ref) + ("?mode=teacher" if teacher else "")
    state = "attached" if teacher else "visible"
    for attempt in (1, 2):
        page.goto(url)
        broken = page.locator(".jupyter-widgets").filter(has_text="Error displaying widget")
        page.locator(".sl-help").or_(broken).first.wait_for(state=state)
        if attempt == 2 or broken.count() == 0:
            break
        forgiven = WATCHES[id(page)].forgive(NOT_FOUND) if id(page) in WATCHES else 0
        warnings.warn(f"{ref}: {broken.count()} activities showed 'model not found' ({forgiven} console "
                      "errors); reopened once", stacklevel=2)
    page.locator(".sl-help").wait_for(state=state)


def complete_4_7_passwords(page: Page) -> None:
    """A pupil's way through the 4-7 passwords lesson: one right and one wrong sort, then the quiz."""
    from playwright.sync_api import expect

    card = page.locator(".sl-card").filter(has_text="Pip's best friend")
    card.get_by_role("button", name="No, keep it secret").click()
    expect(card.locator(".sl-feedback")).to_contain_text("Well done!")
    card.get_by_role("button", name="Yes, they can know").click()
    expect(card.locator(".sl-feedback")).to_contain_text("Good try! Have another go.")
    page.locator(NOT_QUICK).get_by_role("radio", name="Say no. Then tell a grown-up.").check()
    expect(page.locator(".sl-quiz-item .sl-feedback")).to_contain_text("tell a grown-up you trust")


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
