"""The review pack opened from a file in Chromium, as a safeguarding lead would: it asks nothing of
any host, passes axe, and prints on A4."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Browser
from safety_lessons.authoring.review_pack import Selection, write_pack

from .explore import axe
from .harness import watched_page


@dataclass(frozen=True)
class File:
    url: str  # a file:// address: every request it makes must be to the file itself


def test_the_pack_opens_offline_passes_axe_and_prints_on_a4(browser: Browser, lessons_root: Path,
                                                            tmp_path: Path) -> None:
    out = tmp_path / "pack.html"
    write_pack(lessons_root, out, Selection(bands=("ages-4-7", "ages-14-18"), topics=("reporting-concerns",
                                                                                       "passwords")))
    with watched_page(browser, File(out.as_uri())) as page:  # fails on any request to another host
        page.goto(out.as_uri())
        assert page.locator("article.lesson").count() == 4
        assert page.get_by_role("heading", name="Sign-off").is_visible()
        assert axe(page) == []
        pdf = page.pdf(format="A4", print_background=True)
    assert pdf.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page(?![a-z])", pdf)) >= 5  # the contents, then each lesson on a new page
