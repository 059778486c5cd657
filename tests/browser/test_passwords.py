"""The four passwords lessons in a real browser: what a pupil does and what they see."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from .harness import NOT_QUICK, Server, complete_4_7_passwords, open_lesson, screenshot, tab_to


def test_ages_4_7_sorting_and_quiz(page: Page, server: Server) -> None:
    open_lesson(page, server, "ages-4-7/passwords")
    expect(page.get_by_text("Pip's password is a secret key")).to_be_visible()
    complete_4_7_passwords(page)
    expect(page.locator(".sl-help")).to_contain_text("Childline")
    screenshot(page, "ages-4-7-passwords")


def test_ages_7_11_three_random_words(page: Page, server: Server) -> None:
    open_lesson(page, server, "ages-7-11/passwords")
    builder = page.locator(".sl-word-builder")
    expect(builder.locator(".sl-reminder")).to_contain_text("Never type your real password")
    add = builder.get_by_role("button", name="Add a random word")
    for step in ("One word is easy to guess", "Two words are better", "Three random words make"):
        add.click()
        expect(builder.locator(".sl-step")).to_contain_text(step)
    expect(add).to_be_disabled()
    expect(builder.locator(".sl-password")).to_have_text(re.compile(r"^([A-Z][a-z]+){3}$"))
    expect(builder.locator(".sl-meter-label")).to_contain_text(re.compile("Strong|Very strong"))
    builder.get_by_role("button", name="Start again").click()
    expect(builder.locator(".sl-password")).to_have_count(0)
    expect(add).to_be_enabled()
    screenshot(page, "ages-7-11-passwords")


def test_ages_11_14_meter_updates_as_the_pupil_types(page: Page, server: Server) -> None:
    open_lesson(page, server, "ages-11-14/passwords")
    meter = page.locator(".sl-strength-meter")
    box = meter.get_by_role("textbox")
    box.press_sequentially("password")
    expect(meter.locator(".sl-meter-label")).to_contain_text("Very weak")
    expect(meter.locator(".sl-advice")).not_to_be_empty()
    box.fill("")
    box.press_sequentially("lantern walrus pickle comet")
    expect(meter.locator(".sl-meter-label")).to_contain_text("Very strong")
    expect(meter.locator("[role=meter]")).to_have_attribute("aria-valuenow", "4")
    screenshot(page, "ages-11-14-passwords")


def test_ages_11_14_a_huge_paste_is_capped(page: Page, server: Server) -> None:
    open_lesson(page, server, "ages-11-14/passwords")
    box = page.locator(".sl-strength-meter").get_by_role("textbox")
    box.fill("x" * 5000)
    expect(box).to_have_value("x" * 64)
    expect(page.locator(".sl-strength-meter .sl-meter-label")).to_be_visible()


def test_ages_14_18_which_is_stronger(page: Page, server: Server) -> None:
    open_lesson(page, server, "ages-14-18/passwords")
    pair = page.locator(".sl-pair").first
    pair.get_by_role("button", name="marble otter lantern fog", exact=True).click()
    expect(pair.locator(".sl-feedback")).to_contain_text("Correct.")
    expect(pair.locator(".sl-compare")).to_have_count(2)
    pair.get_by_role("button", name="P@ssw0rd!", exact=True).click()
    expect(pair.locator(".sl-feedback")).to_contain_text("Not quite.")
    screenshot(page, "ages-14-18-passwords")


def test_every_band_by_keyboard_only(page: Page, server: Server) -> None:
    open_lesson(page, server, "ages-4-7/passwords")
    card = page.locator(".sl-card").filter(has_text="Pip's best friend")
    tab_to(page, card.get_by_role("button", name="No, keep it secret"))
    page.keyboard.press("Enter")
    expect(card.locator(".sl-feedback")).to_contain_text("Well done!")
    tab_to(page, page.locator(NOT_QUICK).get_by_role("radio", name="Tell them the password."))
    page.keyboard.press("ArrowDown")  # radio groups move with the arrow keys
    expect(page.locator(".sl-quiz-item .sl-feedback")).to_contain_text("tell a grown-up you trust")

    open_lesson(page, server, "ages-7-11/passwords")
    add = page.get_by_role("button", name="Add a random word")
    tab_to(page, add)
    for _ in range(3):
        page.keyboard.press("Space")
    expect(page.locator(".sl-word-builder .sl-step")).to_contain_text("Three random words make")

    open_lesson(page, server, "ages-11-14/passwords")
    tab_to(page, page.locator(".sl-strength-meter").get_by_role("textbox"))
    page.keyboard.type("walrus jigsaw parsnip lantern")
    expect(page.locator(".sl-strength-meter .sl-meter-label")).to_contain_text("Very strong")

    open_lesson(page, server, "ages-14-18/passwords")
    pair = page.locator(".sl-pair").first
    tab_to(page, pair.get_by_role("button", name="marble otter lantern fog", exact=True))
    page.keyboard.press("Enter")
    expect(pair.locator(".sl-feedback")).to_contain_text("Correct.")
