"""Read aloud (static/read-aloud.js): the browser's own voices read each part of a lesson.

A stand-in speechSynthesis (speech_stub.js, put into the page before its scripts) records every
utterance's text, rate and voice in order, so these tests hear what a pupil would hear. One test
uses Chromium's real speechSynthesis: headless, it has no voices, and the page says so."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from . import harness
from .explore import axe
from .harness import ARTIFACTS, Server, Watch, tab_to, watched_page

STUB = (Path(__file__).parent / "speech_stub.js").read_text(encoding="utf-8")
# A remote voice first: the page must pass it over for the local one (nothing is sent anywhere).
VOICES = [{"name": "Remote English", "lang": "en-GB", "localService": False, "default": True},
          {"name": "Local French", "lang": "fr-FR", "localService": True, "default": False},
          {"name": "Local English", "lang": "en-GB", "localService": True, "default": False}]
CANNOT = "This computer cannot read aloud."


def stubbed(page: Page, voices: Any = VOICES) -> Page:
    page.add_init_script(script=f"window.__stubVoices = {json.dumps(voices)};")
    page.add_init_script(script=STUB)
    return page


@pytest.fixture
def speech(browser: Browser, server: Server, watch: Watch) -> Iterator[Page]:
    with watched_page(browser, server, watch) as pg:
        yield stubbed(pg)


def open_lesson(page: Page, server: Server, ref: str, *, teacher: bool = False) -> None:
    harness.open_lesson(page, server, ref, teacher=teacher)
    page.locator(".sl-read").last.wait_for(state="attached")


def spoken(page: Page) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = page.evaluate("window.__spoken")
    return result


def said(page: Page) -> list[str]:
    return [s["text"] for s in spoken(page)]


def cancels(page: Page) -> int:
    count: int = page.evaluate("window.__cancels")
    return count


def read_button(part: Locator) -> Locator:
    """The "Read aloud" button of an activity (just before it) or of a Markdown block (inside it)."""
    return part.locator("xpath=preceding-sibling::div[contains(@class, 'sl-read')][1]").get_by_role("button")


def markdown(page: Page, heading: str) -> Locator:
    return page.locator(".jp-RenderedMarkdown").filter(has=page.get_by_role("heading", name=heading, exact=True))


def in_order(text: str, pieces: list[str]) -> None:
    """Each of `pieces` is in `text`, each after the one before."""
    at = 0
    for piece in pieces:
        found = text.find(piece, at)
        assert found >= 0, f"{piece!r} not after {text[:at]!r} in {text!r}"
        at = found + len(piece)


def test_ages_4_7_read_each_part_slowly_with_a_local_voice(speech: Page, server: Server) -> None:
    page = speech
    open_lesson(page, server, "ages-4-7/passwords")
    option = page.locator(".sl-toolbar").get_by_role("button", name="Read aloud")
    expect(option).to_have_attribute("aria-pressed", "true")  # on from the start for ages 4-7
    first = markdown(page, "Passwords are like a secret key")
    button = first.locator(".sl-read-button")
    expect(button).to_have_accessible_name("Read aloud")
    expect(button).to_be_visible()
    button.click()
    expect(button).to_have_attribute("aria-pressed", "true")
    expect(button).to_have_accessible_name("Stop reading")
    assert spoken(page) == [{
        "text": "Passwords are like a secret key. Meet Pip. Pip likes to play a game on a tablet. To play, Pip "
                "types a password. A password is like a key. It opens the door to Pip's game. We never type real "
                "passwords in these lessons.",
        "rate": 0.8, "voice": "Local English", "lang": "en-GB"}]
    expect(first).to_have_class(re.compile("sl-reading"))
    # The voice says where it is: that word is marked.
    ARTIFACTS.mkdir(exist_ok=True)
    page.evaluate("window.__boundary(0, 33, 4)")
    assert page.evaluate("[...CSS.highlights.get('sl-read-word')][0].toString()") == "Meet"
    first.screenshot(path=str(ARTIFACTS / "read-aloud-reading.png"))  # the block and the word marked
    before = cancels(page)
    button.click()  # a second press stops
    assert cancels(page) == before + 1
    expect(button).to_have_attribute("aria-pressed", "false")
    expect(button).to_have_accessible_name("Read aloud")
    expect(first).not_to_have_class(re.compile("sl-reading"))
    assert page.evaluate("CSS.highlights.has('sl-read-word')") is False

    # Inline words (<code>) are read in their place.
    markdown(page, "A good key is long").locator(".sl-read-button").click()
    assert "Like JellySockRocket." in said(page)[-1]

    # A sorter: its prompt, each card with its choices, then the feedback shown.
    sorter = page.locator(".sl-sorter").filter(has_text="Who can know Pip's password?")
    card = sorter.locator(".sl-card").filter(has_text="Pip's best friend")
    card.get_by_role("button", name="No, keep it secret").click()
    expect(card.locator(".sl-feedback")).to_contain_text("Well done!")
    read_button(sorter).click()  # starting another part stops the one before
    text = said(page)[-1]
    in_order(text, ["Who can know Pip's password?", "Pip's password is a secret key. Who can Pip tell?",
                    "Pip's mum. Yes, they can know. No, keep it secret.",
                    "Pip's best friend. Yes, they can know. No, keep it secret.",
                    "Well done! Friends are great. But a password is just for you and your grown-ups.",
                    "Someone in a game chat."])

    # A quiz: the question, its choices in order, then the feedback for the choice made.
    quiz = page.locator(".sl-quiz")
    quiz.get_by_role("radio", name="Say no. Then tell a grown-up.").check()
    expect(quiz.locator(".sl-feedback").first).to_contain_text("tell a grown-up you trust")
    read_button(quiz).click()
    in_order(said(page)[-1], ["Someone asks for the password.", 'someone says "Tell me your password!"',
                              "Tell them the password.", "Say no. Then tell a grown-up.", "Say nothing to anyone.",
                              "tell a grown-up you trust"])

    # The help card: who can help.
    read_button(page.locator(".sl-help")).click()
    assert said(page)[-1].startswith("Who can help? If something online makes you feel sad or worried, tell someone.")
    assert {s["rate"] for s in spoken(page)} == {0.8}
    page.evaluate("window.__finish()")  # the voice reaches the end: the button is ready again
    expect(read_button(page.locator(".sl-help"))).to_have_attribute("aria-pressed", "false")


def test_reading_stops_when_another_part_starts(speech: Page, server: Server) -> None:
    page = speech
    open_lesson(page, server, "ages-4-7/passwords")
    one = markdown(page, "Passwords are like a secret key").locator(".sl-read-button")
    two = markdown(page, "A good key is long").locator(".sl-read-button")
    one.click()
    before = cancels(page)
    two.click()
    assert cancels(page) > before
    expect(one).to_have_attribute("aria-pressed", "false")
    expect(two).to_have_attribute("aria-pressed", "true")
    expect(page.locator(".sl-reading")).to_have_count(1)


# One lesson of each kind of activity not in the 4-7 passwords lesson: every activity's button reads
# its title first, then every control's words it shows, in the order they are on the page.
KINDS = {"ages-4-7/meeting-online-friends": ".sl-story", "ages-4-7/group-chat-admin": ".sl-group-chat",
         "ages-11-14/passwords": ".sl-strength-meter", "ages-4-7/privacy-and-friends": ".sl-friend-requests",
         "ages-4-7/block-and-report": ".sl-inbox", "ages-4-7/age-limits": ".sl-age-sort",
         "ages-4-7/reporting-concerns": ".sl-route-finder", "ages-4-7/personal-details": ".sl-spot-the-clues"}
EMOJI = re.compile(r"[\U0001F000-\U0001FFFF\u2600-\u27BF\uFE0F\u200D]")


@pytest.mark.parametrize("ref", KINDS)
def test_each_kind_of_activity_is_read_in_page_order(speech: Page, server: Server, ref: str) -> None:
    page = speech
    open_lesson(page, server, ref)
    option = page.locator(".sl-toolbar").get_by_role("button", name="Read aloud")
    if ref.startswith("ages-11-14"):  # off from the start for older pupils: the option shows the buttons
        expect(option).to_have_attribute("aria-pressed", "false")
        expect(page.locator(".sl-read-part").first).to_be_hidden()
        option.click()
        expect(option).to_have_attribute("aria-pressed", "true")
    activity = page.locator(KINDS[ref]).first
    activity.scroll_into_view_if_needed()
    read_button(activity).click()
    text = said(page)[-1]
    labels = [EMOJI.sub("", t).strip() for t in activity.locator("button:visible, label:visible").all_inner_texts()]
    title = activity.locator(".sl-title").first.inner_text().strip()
    assert text.startswith(title)
    in_order(text, [" ".join(label.split()) for label in labels if label])
    assert not EMOJI.search(text)
    assert spoken(page)[-1]["rate"] == (1.0 if ref.startswith("ages-11-14") else 0.8)


def test_the_teacher_reads_a_step_to_the_class_and_next_stops_it(speech: Page, server: Server) -> None:
    page = speech
    open_lesson(page, server, "ages-7-11/passwords", teacher=True)
    steps = page.locator(".sl-steps")
    expect(page.locator(".sl-read-part").first).to_be_hidden()  # 7-11: the option is off
    read = steps.locator(".sl-read-button")
    expect(read).to_have_accessible_name("Read this step aloud")
    steps.get_by_role("button", name="Next").click()
    read.click()
    texts = said(page)
    assert texts and texts[0].startswith("What makes a password weak?")
    assert not any("Teacher notes" in t or "If a pupil discloses" in t for t in texts)  # never the notes
    expect(read).to_have_accessible_name("Stop reading")
    expect(read).to_have_attribute("aria-pressed", "true")
    before = cancels(page)
    steps.get_by_role("button", name="Next").click()  # moving on stops it
    assert cancels(page) == before + 1
    expect(read).to_have_accessible_name("Read this step aloud")
    assert axe(page) == []


def test_keyboard_alone_reads_and_stops(speech: Page, server: Server) -> None:
    page = speech
    open_lesson(page, server, "ages-4-7/passwords")
    button = markdown(page, "Easy or hard to guess?").locator(".sl-read-button")
    tab_to(page, button)
    outline = button.evaluate("b => getComputedStyle(b).outlineStyle")
    assert outline == "solid"  # the focus is visible
    box = button.bounding_box()
    assert box and box["height"] >= 44 and box["width"] >= 44  # big enough to tap
    page.keyboard.press("Enter")
    assert said(page) == ["Easy or hard to guess? Some passwords are easy to guess. A name is easy. One short word "
                          "is easy. Three silly words are hard to guess. Help Pip sort them."]
    expect(button).to_have_attribute("aria-pressed", "true")
    page.keyboard.press("Space")
    expect(button).to_have_attribute("aria-pressed", "false")
    assert axe(page) == []


@pytest.mark.parametrize("voices", ["none", []])
def test_no_voice_says_so(browser: Browser, server: Server, watch: Watch, voices: Any) -> None:
    with watched_page(browser, server, watch) as page:
        stubbed(page, voices)
        open_lesson(page, server, "ages-4-7/passwords")
        part = markdown(page, "Passwords are like a secret key")
        part.get_by_role("button", name="Read aloud").click()
        expect(part.get_by_role("status")).to_have_text(CANNOT)
        expect(part.locator(".sl-read-button")).to_have_attribute("aria-pressed", "false")
        assert page.evaluate("window.__spoken || []") == []


def test_chromium_here_has_no_voices_and_the_page_says_so(page: Page, server: Server) -> None:
    """The real speechSynthesis of the Chromium the tests use (headless): the voices it offers are
    kept in test-artifacts/read-aloud-voices.json; with none, the button says so."""
    open_lesson(page, server, "ages-4-7/passwords")
    page.wait_for_timeout(2000)  # voices may arrive late
    voices = page.evaluate("window.speechSynthesis ? speechSynthesis.getVoices().map(v => "
                           "({name: v.name, lang: v.lang, localService: v.localService})) : null")
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "read-aloud-voices.json").write_text(json.dumps(voices, indent=1) + "\n", encoding="utf-8")
    part = markdown(page, "Passwords are like a secret key")
    part.get_by_role("button", name="Read aloud").click()
    if not voices or not any(v["localService"] for v in voices):
        expect(part.get_by_role("status")).to_have_text(CANNOT)
        part.screenshot(path=str(ARTIFACTS / "read-aloud-no-voice.png"))
        assert axe(page) == []
