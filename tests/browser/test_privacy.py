"""Nothing a pupil types is kept: not in the server's log, not in any file written during
the lesson (repo, home, temp), not in the notebooks."""

from __future__ import annotations

import tempfile
import time
import uuid
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from tests.conftest import REPO

from .harness import Server, files_written_since, open_lesson


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
    leaked = [p for p, data in files_written_since(roots, start) if marker.encode() in data]
    assert leaked == []
