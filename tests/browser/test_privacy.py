"""Nothing a pupil types is kept: not in the server's log, not in any file written during
the lesson (repo, home, temp), not in the notebooks."""

from __future__ import annotations

import os
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from tests.conftest import REPO

from .harness import Server, open_lesson

SKIP = {".git", ".venv", "node_modules", "__pycache__", "proc"}


def files_written_since(roots: list[Path], since: float) -> Iterator[Path]:
    for root in roots:
        for folder, dirs, files in os.walk(root):
            dirs[:] = [d for d in dirs if d not in SKIP]
            for name in files:
                path = Path(folder) / name
                try:
                    if path.is_file() and path.stat().st_mtime >= since and path.stat().st_size < 50_000_000:
                        yield path
                except OSError:
                    continue


@pytest.mark.parametrize("ref", ["ages-11-14/passwords", "ages-14-18/passwords"])  # every box a pupil types in
def test_a_typed_password_is_kept_nowhere(browser: Browser, own_server: Server, ref: str) -> None:
    marker = f"Zebra{uuid.uuid4().hex[:12]}Kettle"
    start = time.time() - 1
    page = browser.new_page()
    open_lesson(page, own_server, ref)
    box = page.locator(".sl-strength-meter").get_by_role("textbox")
    box.press_sequentially(marker, delay=5)
    expect(page.locator(".sl-strength-meter .sl-meter-label")).to_contain_text("strong")
    page.close()
    log = own_server.stop()
    assert marker not in log
    roots = [REPO, Path.home(), Path(tempfile.gettempdir())]
    leaked = [p for p in files_written_since(roots, start) if marker.encode() in p.read_bytes()]
    assert leaked == []
