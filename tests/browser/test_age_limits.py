"""The four age-limits lessons in a real browser: by mouse, and by keyboard only."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Locator, Page, expect

from .harness import NOT_QUICK, Server, open_lesson, screenshot, tab_to, watched_page


def facts(server: Server) -> dict[str, dict[str, object]]:
    data = yaml.safe_load((server.root / "facts" / "apps.yaml").read_text(encoding="utf-8"))
    return data  # type: ignore[no-any-return]


def facts_of(server: Server, name: str) -> dict[str, dict[str, object]]:
    data = yaml.safe_load((server.root / "facts" / f"{name}.yaml").read_text(encoding="utf-8"))
    return data  # type: ignore[no-any-return]


def group_label(age: int, any_age: str, from_age: str) -> str:
    return any_age if age <= 3 else from_age.replace("{age}", str(age))


def card(scope: Locator, text: str) -> Locator:
    return scope.locator(".sl-card").filter(has_text=text)


def test_ages_4_7_sort_then_pips_age_by_mouse(page: Page, server: Server) -> None:
    apps = facts(server)
    open_lesson(page, server, "ages-4-7/age-limits")
    sort = page.locator(".sl-age-sort")
    expect(sort).to_contain_text("Who is each one for?")
    expect(page.get_by_text("Teacher notes")).to_be_hidden()  # teacher notes stay in JupyterLab
    names = ("space-invaders-forever", "youtube", "tiktok", "whatsapp")
    for app in names:
        age = int(apps[app]["age"])  # type: ignore[call-overload]
        label = "For everyone" if age <= 3 else f"For big children and grown-ups ({age} and up)"
        row = card(sort, str(apps[app]["name"]))
        row.get_by_role("button", name=label, exact=True).click()
        expect(row.locator(".sl-feedback")).to_contain_text("Well done!")
    expect(sort.locator(".sl-progress")).to_have_text(f"{len(names)} of {len(names)} sorted")
    expect(card(sort, "YouTube").locator(".sl-feedback")).to_contain_text("YouTube Kids")
    sort.get_by_role("button", name="Start again").click()
    expect(sort.locator(".sl-progress")).to_have_text(f"0 of {len(names)} sorted")

    picker = page.locator(".sl-age-picker")
    picker.get_by_label("How old is Pip?").select_option("5")
    expect(picker.locator(".sl-for-you")).to_contain_text("Space Invaders Forever")
    expect(picker.locator(".sl-not-yet")).to_contain_text("TikTok")
    expect(picker.locator(".sl-not-yet")).to_contain_text("Pip can ask for this: YouTube Kids")
    page.locator(NOT_QUICK).get_by_role("radio", name="Ask a grown-up first.").first.check()
    expect(page.locator(".sl-quiz .sl-feedback").first).to_contain_text("Well done!")
    screenshot(page, "ages-4-7-age-limits")


def test_ages_7_11_sort_by_mouse_and_why_limits(page: Page, server: Server) -> None:
    apps = facts(server)
    open_lesson(page, server, "ages-7-11/age-limits")
    sort = page.locator(".sl-age-sort")
    game = card(sort, "It Takes Two")
    game.get_by_role("button", name="Any age", exact=True).click()
    expect(game.locator(".sl-feedback")).to_contain_text("Not quite. Have another go.")
    names = ["space-invaders-forever", "minecraft-dungeons", "it-takes-two", "youtube", "tiktok", "snapchat",
             "whatsapp"]
    for app in names:
        label = group_label(int(apps[app]["age"]), "Any age", "{age} and over")  # type: ignore[call-overload]
        card(sort, str(apps[app]["name"])).get_by_role("button", name=label, exact=True).click()
    expect(sort.locator(".sl-progress")).to_have_text(f"{len(names)} of {len(names)} sorted")
    expect(game.locator(".sl-feedback")).to_contain_text(f"made for {apps['it-takes-two']['age']} and over")
    expect(page.locator(".sl-source")).to_have_count(0)  # pupils see facts, never their sources

    why = page.locator(".sl-why-limits")
    expect(why.locator(".sl-fact")).to_contain_text("UK digital age of consent")
    card(why, "A game has fighting").get_by_role("button", name="What you see").click()
    expect(card(why, "A game has fighting").locator(".sl-feedback")).to_contain_text("That's right!")
    expect(why.locator(".sl-progress")).to_have_text("1 of 4 done")
    screenshot(page, "ages-7-11-age-limits")


def test_ages_7_11_by_keyboard_only(page: Page, server: Server) -> None:
    apps = facts(server)
    open_lesson(page, server, "ages-7-11/age-limits")
    sort = page.locator(".sl-age-sort")
    minecraft = card(sort, "Minecraft Dungeons")
    label = group_label(int(apps["minecraft-dungeons"]["age"]), "Any age", "{age} and over")  # type: ignore[call-overload]
    target = minecraft.get_by_role("button", name=label, exact=True)
    tab_to(page, target)
    page.keyboard.press("Enter")
    expect(minecraft.locator(".sl-feedback")).to_contain_text("That's right!")
    expect(sort.locator(".sl-progress")).to_have_text(re.compile(r"^1 of \d+ sorted$"))

    picker = page.locator(".sl-age-picker")
    select = picker.get_by_label("Pick an age:")
    tab_to(page, select)
    heading = picker.locator(".sl-for-you h4")
    page.keyboard.press("ArrowDown")  # the first age
    expect(heading).to_contain_text("Made for 3-year-olds")
    page.keyboard.press("ArrowDown")
    expect(heading).to_contain_text("Made for 4-year-olds")
    expect(picker.locator(".sl-not-yet")).to_contain_text("Minecraft Dungeons")
    tab_to(page, picker.get_by_role("button", name="Start again"))
    page.keyboard.press("Space")
    expect(picker.locator(".sl-verdict")).to_have_count(0)
    expect(select).to_have_value("Choose an age")


def test_ages_11_14_what_changes_at_the_age_of_consent(page: Page, server: Server) -> None:
    apps = facts(server)
    rule = yaml.safe_load((server.root / "facts" / "age-rules.yaml").read_text())["digital-consent"]
    consent = int(rule["age"])
    open_lesson(page, server, "ages-11-14/age-limits")
    picker = page.locator(".sl-age-picker")
    select = picker.get_by_label("Age:")
    select.select_option(str(consent - 1))
    expect(picker.locator(".sl-not-yet")).to_contain_text("Instagram")
    expect(picker.locator(".sl-ask")).to_have_count(0)  # no app here has no minimum age: no heading for one
    select.select_option(str(consent))
    if int(apps["instagram"]["age"]) <= consent:  # type: ignore[call-overload]
        expect(picker.locator(".sl-for-you")).to_contain_text("Instagram")
    why = page.locator(".sl-why-limits")
    expect(why.locator(".sl-reasons")).to_contain_text(f"from {consent} you can agree")
    case = card(why, "asks for a photo")
    case.get_by_role("button", name="Data").click()
    expect(case.locator(".sl-feedback")).to_contain_text("Not quite.")
    case.get_by_role("button", name="Contact").click()
    expect(case.locator(".sl-feedback")).to_contain_text("Correct.")
    page.locator(NOT_QUICK).get_by_role(
        "radio", name="The app treats you as older, so safer teen settings may be off.").check()
    expect(page.locator(".sl-quiz-item").nth(2).locator(".sl-feedback")).to_contain_text("Correct.")
    expect(page.locator(".sl-help")).to_contain_text("CEOP")
    screenshot(page, "ages-11-14-age-limits")
    # axe: no accessibility problem in the lesson's own parts (landmark regions are the page
    # shell's, shared by every lesson)
    violations = Axe().run(page).response["violations"]
    assert [(v["id"], [n["target"] for n in v["nodes"]]) for v in violations if v["id"] != "region"] == []


def test_ages_11_14_an_app_with_no_set_age_has_its_own_heading(browser: Browser, lessons_copy: Path,
                                                               tmp_path: Path) -> None:
    """No shipped app has no minimum age since Roblox was taken out (its terms were read only in a
    third-party copy); in a copy of the lessons with one, the picker lists it under its own heading."""
    apps_yaml = lessons_copy / "facts" / "apps.yaml"
    apps_yaml.write_text(apps_yaml.read_text(encoding="utf-8") + (
        "\nno-set-age:\n  name: A game with no set age\n  what: Play games with other players.\n"
        "  limit: none\n  also: You may need an age check before you can chat.\n"
        "  source: https://www.example.org/terms\n  source-kind: primary\n  checked: 2026-01-01\n"),
        encoding="utf-8")
    lesson_yaml = lessons_copy / "ages-11-14" / "age-limits.yaml"
    text = lesson_yaml.read_text(encoding="utf-8")
    for old, new in (("apps: [minecraft-dungeons, it-takes-two, youtube,",
                      "apps: [minecraft-dungeons, it-takes-two, no-set-age, youtube,"),
                     ("    none-here: None of these.\n",
                      "    ask: No minimum age, but check the settings\n    none-here: None of these.\n"),
                     ("      pegi: PEGI {age}. Its content is rated for {age} and over.\n",
                      "      pegi: PEGI {age}. Its content is rated for {age} and over.\n"
                      "      none: It has no minimum age, but parts of it, like chat, may need an age check.\n")):
        assert old in text, f"{old!r}: the test no longer matches the lesson"
        text = text.replace(old, new, 1)
    lesson_yaml.write_text(text, encoding="utf-8")
    consent = int(yaml.safe_load((lessons_copy / "facts" / "age-rules.yaml").read_text())["digital-consent"]["age"])
    server = Server(lessons_copy, tmp_path / "serve.log").start()
    try:
        with watched_page(browser, server) as page:
            open_lesson(page, server, "ages-11-14/age-limits")
            picker = page.locator(".sl-age-picker")
            picker.get_by_label("Age:").select_option(str(consent - 1))
            ask = picker.locator(".sl-ask")
            expect(ask).to_contain_text("No minimum age, but check the settings")
            expect(ask).to_contain_text("A game with no set age")
            expect(ask).to_contain_text("You may need an age check before you can chat.")
            expect(picker.locator(".sl-not-yet")).not_to_contain_text("A game with no set age")
    finally:
        server.stop()


def test_ages_14_18_by_keyboard_only(page: Page, server: Server) -> None:
    apps = facts(server)
    open_lesson(page, server, "ages-14-18/age-limits")
    sort = page.locator(".sl-age-sort")
    instagram = card(sort, "Instagram")
    tab_to(page, instagram.get_by_role("button", name=f"{apps['instagram']['age']}+", exact=True))
    page.keyboard.press("Space")
    expect(instagram.locator(".sl-feedback")).to_contain_text("terms of service set a minimum age")
    game = card(sort, "It Takes Two")
    tab_to(page, game.get_by_role("button", name="Any age", exact=True))
    page.keyboard.press("Enter")
    expect(game.locator(".sl-feedback")).to_contain_text("Too young.")

    sibling = page.locator(".sl-age-picker").filter(has=page.get_by_label("Their age:"))  # the second age picker
    tab_to(page, sibling.get_by_label("Their age:"))
    for age in range(3, 8):  # one key press per age, as a pupil does: 3, 4, … 7
        page.keyboard.press("ArrowDown")
        expect(sibling.locator(".sl-for-you h4")).to_contain_text(f"Meant for age {age}")
    expect(sibling.locator(".sl-not-yet")).to_contain_text("Suggest instead: YouTube Kids")
    screenshot(page, "ages-14-18-age-limits")


def test_ages_14_18_sort_and_quiz_by_mouse(page: Page, server: Server) -> None:
    apps = facts(server)
    open_lesson(page, server, "ages-14-18/age-limits")
    sort = page.locator(".sl-age-sort")
    names = ["space-invaders-forever", "minecraft-dungeons", "it-takes-two", "instagram", "tiktok-messages",
             "tiktok-live", "tinder", "gambling"]
    for app in names:
        label = group_label(int(apps[app]["age"]), "Any age", "{age}+")  # type: ignore[call-overload]
        card(sort, str(apps[app]["name"])).get_by_role("button", name=label, exact=True).click()
    expect(sort.locator(".sl-progress")).to_have_text(f"{len(names)} of {len(names)} sorted")
    expect(card(sort, "Minecraft Dungeons").locator(".sl-feedback")).to_contain_text("describes what is in the game")
    expect(card(sort, "Gambling").locator(".sl-feedback")).to_contain_text("the law sets the age")
    expect(page.locator(".sl-the-law")).to_contain_text(str(facts_of(server, "laws")["pegi-shops"]["name"]))
    page.locator(NOT_QUICK).get_by_role("radio", name="Asking you to type your date of birth.").check()
    expect(page.locator(".sl-quiz-item").first.locator(".sl-feedback")).to_contain_text("Correct.")
    expect(page.locator(".sl-why-limits .sl-fact")).to_contain_text("not the minimum age for every app")


def test_ages_4_7_by_keyboard_only(page: Page, server: Server) -> None:
    apps = facts(server)
    open_lesson(page, server, "ages-4-7/age-limits")
    game = card(page.locator(".sl-age-sort"), "Space Invaders Forever")
    everyone = "For everyone" if int(apps["space-invaders-forever"]["age"]) <= 3 else None  # type: ignore[call-overload]
    assert everyone, "the 4-7 sort expects Space Invaders Forever to be for any age; choose another app"
    tab_to(page, game.get_by_role("button", name=everyone, exact=True))
    page.keyboard.press("Enter")
    expect(game.locator(".sl-feedback")).to_contain_text("Well done!")

    picker = page.locator(".sl-age-picker")
    tab_to(page, picker.get_by_label("How old is Pip?"))
    for age in range(3, 6):
        page.keyboard.press("ArrowDown")
        expect(picker.locator("select")).to_have_value(str(age))
    expect(picker.locator(".sl-for-you")).to_contain_text("Space Invaders Forever")

    first = page.locator(".sl-quiz-item").first
    tab_to(page, first.get_by_role("radio").first)
    page.keyboard.press("ArrowDown")  # moves to, and picks, "Ask a grown-up first."
    expect(first.get_by_role("radio", name="Ask a grown-up first.")).to_be_checked()
    expect(first.locator(".sl-feedback")).to_contain_text("Well done!")


def test_ages_11_14_by_keyboard_only(page: Page, server: Server) -> None:
    open_lesson(page, server, "ages-11-14/age-limits")
    picker = page.locator(".sl-age-picker")
    tab_to(page, picker.get_by_label("Age:"))
    page.keyboard.press("End")  # the oldest age
    expect(picker.locator(".sl-for-you h4")).to_contain_text("Meant for age 18")
    expect(picker.locator(".sl-not-yet")).to_contain_text("None of these.")

    why = page.locator(".sl-why-limits")
    case = card(why, "realistic violence")
    tab_to(page, case.get_by_role("button", name="Content", exact=True))
    page.keyboard.press("Space")
    expect(case.locator(".sl-feedback")).to_contain_text("Correct.")
    expect(why.locator(".sl-progress")).to_have_text("1 of 4 done")

    first = page.locator(".sl-quiz-item").first
    tab_to(page, first.get_by_role("radio").first)
    page.keyboard.press("Space")
    expect(first.locator(".sl-feedback")).to_contain_text("Correct.")
