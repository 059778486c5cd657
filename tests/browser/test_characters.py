"""Character pictures in a real browser: beside the activity title, named for screen readers,
larger in the teacher view, out of the way at 200% zoom, and no new accessibility problems.
In a mock chat, the senders' pictures are decoration (the names are written beside them).
A picture written to read one way to the XML check and another to the browser runs nothing."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect
from safety_lessons.content.pictures import ATTRIBUTES, DRAWING, inline_svg

from ..conftest import LESSONS, PICTURES
from ..svg_payloads import ISSUE, PAYLOADS
from .explore import axe as violations
from .harness import Server, open_lesson, screenshot, watched_page

KIT = "Kit, a girl with curly black hair and a yellow jumper, smiling"


def test_the_character_is_pictured_beside_the_title_with_its_name(page: Page, server: Server) -> None:
    open_lesson(page, server, "ages-4-7/meeting-online-friends")
    kit = page.get_by_role("img", name=KIT)
    expect(kit).to_be_visible()
    title = page.get_by_role("heading", name="Kit and the new friend", level=3)
    picture, words = kit.bounding_box(), title.bounding_box()
    assert picture is not None and words is not None
    assert 90 <= picture["width"] <= 100 and picture["height"] == picture["width"]  # 6rem
    assert picture["x"] + picture["width"] <= words["x"]  # to the left of the title, on its row
    assert picture["y"] < words["y"] + words["height"] and words["y"] < picture["y"] + picture["height"]
    assert violations(page) == []
    screenshot(page, "characters-ages-4-7-meeting-online-friends")

    page.set_viewport_size({"width": 640, "height": 900})  # a 1280-pixel screen zoomed to 200%
    page.wait_for_timeout(200)
    intro = page.locator(".sl-story .sl-intro")
    box = intro.bounding_box()
    assert box is not None and box["width"] >= 0.5 * 640 - 100  # the words keep their room
    wide = page.evaluate("document.scrollingElement.scrollWidth - window.innerWidth")
    assert wide <= 1, f"the page scrolls sideways by {wide}px at 200% zoom"


def test_the_teacher_view_shows_a_larger_picture(page: Page, server: Server) -> None:
    open_lesson(page, server, "ages-4-7/meeting-online-friends", teacher=True)
    kit = page.locator("svg.sl-character").first
    kit.wait_for(state="attached")
    width = page.evaluate("el => parseFloat(getComputedStyle(el).width)", kit.element_handle())
    assert width >= 115  # 6rem of the teacher view's 125% type


def test_chat_senders_are_pictured_as_decoration(page: Page, server: Server) -> None:
    open_lesson(page, server, "ages-11-14/group-chat-admin")
    chat = page.locator(".sl-chat-screen")
    expect(chat.locator(".sl-chat-avatar svg").first).to_be_visible()
    expect(chat.get_by_role("img")).to_have_count(0)  # the sender's name follows each picture in words
    expect(page.get_by_role("img", name=re.compile(r"^Riley, "))).to_be_visible()  # by the title: named
    assert violations(page) == []


# -- pictures that confuse parsers ---------------------------------------------------------------
RECORD_ALERTS = "window.slAlerts = []; window.alert = m => window.slAlerts.push(String(m));"
# Every image has loaded or failed, and a task later any error handler has run.
IMAGES_SETTLED = """() => new Promise(done => { const wait = () => [...document.images].every(i => i.complete)
    ? setTimeout(done) : requestAnimationFrame(wait); wait(); })"""
SVG_NS = "http://www.w3.org/2000/svg"


@pytest.fixture(scope="module")
def payload_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The shipped lessons with Kit's picture carrying the issue's comment that is not one to HTML."""
    root = tmp_path_factory.mktemp("payload")
    shutil.copytree(LESSONS, root / "lessons", ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    shutil.copytree(PICTURES, root / "assets" / "characters")
    kit = root / "assets" / "characters" / "kit.svg"
    kit.write_text(kit.read_text(encoding="utf-8").replace("</svg>", f"{ISSUE}\n</svg>"), encoding="utf-8")
    srv = Server(root / "lessons", Path(root / "serve.log")).start()
    yield srv
    srv.stop()


def test_a_picture_whose_comment_ends_early_in_html_runs_nothing(browser: Browser, payload_server: Server) -> None:
    with watched_page(browser, payload_server) as page:  # (and asks for no image, so no 404 is logged)
        page.add_init_script(RECORD_ALERTS)
        open_lesson(page, payload_server, "ages-4-7/meeting-online-friends")
        expect(page.get_by_role("img", name=KIT)).to_be_visible()  # still drawn, beside the title
        page.evaluate(IMAGES_SETTLED)
        assert page.evaluate("window.slAlerts") == []
        assert page.locator(".sl-head img").count() == 0 and page.locator("svg.sl-character img").count() == 0


def test_pictures_that_confuse_parsers_stay_drawings_in_chromium(browser: Browser) -> None:
    """Every rebuilt payload put into Chromium's HTML parser the way the page puts a picture in
    (innerHTML), beside the issue's picture as written: that one runs (so this page would show a
    payload that ran); none of the rebuilt ones does, and each is only listed SVG."""
    page = browser.new_page()
    try:
        page.set_content("<main></main>")  # no content security policy here: whatever reaches the DOM runs
        page.evaluate(f"() => {{ {RECORD_ALERTS} }}")
        drawn = [inline_svg(text, name) for name, text in PAYLOADS.items()]
        found = page.evaluate("""([drawn, raw]) => {
            const put = (html) => { const box = document.createElement('div');
                                    box.innerHTML = html; document.body.append(box); return box; };
            const box = put(drawn.join(''));
            put(raw);
            return [...box.querySelectorAll('*')].map(
                e => [e.namespaceURI, e.localName, [...e.attributes].map(a => a.name)]);
        }""", [drawn, PAYLOADS["comment closed by <!-->"]])
        page.wait_for_function("window.slAlerts.length > 0")
        page.evaluate(IMAGES_SETTLED)
        assert page.evaluate("window.slAlerts") == ["1"]  # the picture as written, and only that
        attributes = {name.lower() for name in ATTRIBUTES} | {"class", "role", "aria-label", "focusable", "xmlns"}
        assert len([e for e in found if e[1] == "svg"]) == sum(map(bool, drawn)) >= 30
        assert [e for e in found if e[0] != SVG_NS or e[1].lower() not in DRAWING] == []
        assert [e for e in found if {a.lower() for a in e[2]} - attributes] == []
    finally:
        page.close()
