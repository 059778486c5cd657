"""Character pictures in a real browser: beside the activity title, named for screen readers,
larger in the teacher view, out of the way at 200% zoom, and no new accessibility problems.
In a mock chat, the senders' pictures are decoration (the names are written beside them)."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from .explore import axe as violations
from .harness import Server, open_lesson, screenshot

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
    page.goto(server.lesson_url("ages-4-7/meeting-online-friends") + "?mode=teacher")
    page.locator(".sl-help").wait_for(state="attached")
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
