"""The path pupils take, served: the landing page has the browser fetch a lesson page's files
while the pupil chooses, so opening a lesson finds them in the browser's cache; and what the
server sends travels compressed."""

from __future__ import annotations

import urllib.request
from urllib.parse import urlsplit

from playwright.sync_api import Page

from .harness import Server

LESSON = "ages-11-14/passwords"
FRONT_END_FILE = ("/voila/static/", "/voila/labextensions/", "/voila/templates/")


def path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_opening_a_lesson_finds_every_front_end_file_prefetched(page: Page, server: Server) -> None:
    loaded: list[str] = []
    page.goto(server.url)
    prefetched = page.locator('link[rel="prefetch"]').evaluate_all("links => links.map(l => l.href)")
    page.evaluate("() => document.fonts.ready.then(() => true)")  # the landing page's own files are in
    page.on("request", lambda r: loaded.append(r.url))
    page.locator(f'a[href$="{LESSON}.ipynb"]').first.click()
    page.locator(".sl-activity button").first.wait_for(state="visible")
    front_end = [path(u) for u in loaded if urlsplit(u).path.startswith(FRONT_END_FILE)]
    # the lean page: our one script and the template's files (Voila's page, about 100)
    assert len(front_end) >= 8 and any("/static/lesson-page.js?v=" in u for u in front_end), front_end
    missing = sorted(set(front_end) - {path(u) for u in prefetched})
    assert not missing, f"a lesson page loaded files the landing page does not prefetch: {missing}"


def test_every_prefetched_file_is_served_compressed_and_kept(page: Page, server: Server) -> None:
    page.goto(server.url)
    prefetched = page.locator('link[rel="prefetch"]').evaluate_all("links => links.map(l => l.href)")
    kept = 0
    for url in prefetched:
        request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(request, timeout=30) as response:
            assert response.status == 200, url
            if url.endswith((".js", ".css")) or ".js?" in url or ".css?" in url:
                assert response.headers["Content-Encoding"] == "gzip", url
            if "?v=" in url:  # addresses that name their content's version: the browser keeps them
                assert "max-age=" in (response.headers["Cache-Control"] or ""), url
                kept += 1
    assert kept >= 8, kept  # the template's scripts and styles and the lean page's script


def test_pages_travel_compressed(server: Server) -> None:
    for url in (server.url, server.lesson_url(LESSON)):
        request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(request, timeout=60) as response:
            assert response.headers["Content-Encoding"] == "gzip", url
