"""The four privacy-and-friends lessons in a real browser: by mouse, and by keyboard only."""

from __future__ import annotations

from playwright.sync_api import Locator, Page, expect

from .harness import NOT_QUICK, Server, open_lesson, screenshot, tab_to

# Landmark regions are the page template's business (the same for every lesson), not this topic's.
TEMPLATE_RULES = {"region"}

def setting(page: Page, question: str) -> Locator:
    return page.get_by_role("combobox", name=question)


def titled(page: Page, tooltip: str) -> Locator:
    """A button by its tooltip, which names the request or viewer it is for ("Gran: Yes")."""
    return page.get_by_title(tooltip, exact=True)


def request(page: Page, name: str) -> Locator:
    return page.locator(".sl-request").filter(has=page.locator(".sl-request-name", has_text=name))


# -- by mouse, one test per band ------------------------------------------------------------------

def test_ages_4_7_who_can_play_by_mouse(page: Page, server: Server) -> None:
    open_lesson(page, server, "ages-4-7/privacy-and-friends")
    score = page.locator(".sl-request-progress")
    expect(score).to_contain_text("0 of 4 done")
    request(page, "StarPlayer").get_by_role("button", name="Yes", exact=True).click()
    expect(request(page, "StarPlayer").locator(".sl-feedback")).to_contain_text(
        "Good try! Have another go. Kit does not know StarPlayer.")
    request(page, "StarPlayer").get_by_role("button", name="No", exact=True).click()
    expect(request(page, "StarPlayer").locator(".sl-feedback")).to_contain_text("Well done! Yes! Kit does not know")
    request(page, "Gran").get_by_role("button", name="Yes", exact=True).click()
    request(page, "Zara").get_by_role("button", name="Ask a grown-up").click()
    expect(request(page, "Zara").locator(".sl-feedback")).to_contain_text("A grown-up will say yes")
    request(page, "Prize Unicorn").get_by_role("button", name="Ask a grown-up").click()
    expect(score).to_contain_text("4 of 4 done")
    expect(score).to_contain_text("Kit only plays with people Kit knows.")
    page.locator(NOT_QUICK).get_by_role("radio", name="Tell a grown-up.").check()
    expect(page.locator(".sl-quiz-item .sl-feedback")).to_contain_text("A grown-up can help.")
    page.locator(".sl-friend-requests").scroll_into_view_if_needed()
    screenshot(page, "ages-4-7-privacy-and-friends")
    page.locator(".sl-friend-requests").get_by_role("button", name="Start again").click()
    expect(score).to_contain_text("0 of 4 done")


def test_ages_7_11_private_profile_by_mouse(page: Page, server: Server) -> None:
    open_lesson(page, server, "ages-7-11/privacy-and-friends")
    phone = page.locator(".sl-phone")
    expect(phone).to_contain_text("3 June")
    expect(page.locator(".sl-counts")).to_contain_text("A stranger can see or do 4 of 4 things.")
    page.get_by_role("button", name="Is Milo's profile private?").click()
    expect(page.locator(".sl-privacy-result")).to_contain_text("Strangers can still see or do these things:")
    for question in ("posts", "photos", "birthday", "send you messages"):
        setting(page, question).select_option(label="Friends only")
    expect(phone).not_to_contain_text("3 June")
    expect(phone).to_contain_text("Cannot send Milo a message")
    expect(page.locator(".sl-counts")).to_contain_text("A stranger can see or do 0 of 4 things.")
    page.locator(".sl-view-as").get_by_role("button", name="Ben (a friend)").click()
    expect(phone).to_contain_text("3 June")
    expect(page.locator(".sl-counts")).to_contain_text("Ben (a friend) can see or do 4 of 4 things.")
    page.get_by_role("button", name="Is Milo's profile private?").click()
    expect(page.locator(".sl-privacy-result")).to_contain_text("That's right! Milo's profile is private.")
    request(page, "BlockMaster").get_by_role("button", name="Accept").click()
    expect(request(page, "BlockMaster").locator(".sl-feedback")).to_contain_text(
        "Not quite. Have another go. Friends in common do not mean Milo knows them.")
    expect(request(page, "BlockMaster")).to_contain_text("10 friends in common")
    page.locator(".sl-profile-settings").scroll_into_view_if_needed()
    screenshot(page, "ages-7-11-privacy-and-friends")


def test_ages_11_14_settings_simulation_by_mouse(page: Page, server: Server) -> None:
    open_lesson(page, server, "ages-11-14/privacy-and-friends")
    phone = page.locator(".sl-phone")
    counts = page.locator(".sl-counts")
    result = page.locator(".sl-privacy-result")
    expect(counts).to_contain_text("A stranger can see or do 7 of 8 things.")
    expect(phone).to_contain_text("At Elm Road skate park, right now")
    setting(page, "Who can see where you are?").select_option(label="Only me (location off)")
    expect(phone).not_to_contain_text("Elm Road")
    expect(counts).to_contain_text("6 of 8 things")
    page.get_by_role("button", name="Is Jess's profile private?").click()
    expect(result).to_contain_text("Not quite. Try again. These settings still let strangers in:")
    expect(result.locator(".sl-still-open li")).to_have_count(6)
    expect(result).to_contain_text("(School)")
    for question in ("your posts", "your photos", "your school", "your birthday", "send you messages",
                     "find you", "tag you"):
        setting(page, question).select_option(label="Friends")
    expect(page.locator(".sl-settings-progress")).to_contain_text("Kept from strangers: 8 of 8 settings.")
    page.locator(".sl-view-as").get_by_role("button", name="Finn (friend of a friend)").click()
    expect(counts).to_contain_text("Finn (friend of a friend) can see or do 0 of 8 things.")
    page.locator(".sl-view-as").get_by_role("button", name="Amir (a friend)").click()
    expect(phone).to_contain_text("14 March")
    expect(phone).not_to_contain_text("Elm Road")  # location is off, even for friends
    page.get_by_role("button", name="Is Jess's profile private?").click()
    expect(result).to_contain_text("Correct. Jess's profile is private.")
    request(page, "Pixel_Plays").get_by_role("button", name="Accept").click()
    expect(request(page, "Pixel_Plays").locator(".sl-feedback")).to_contain_text("Friends in common do not mean")
    request(page, "Pixel_Plays").get_by_role("button", name="Ask an adult").click()
    expect(request(page, "Pixel_Plays").locator(".sl-feedback")).to_contain_text("An adult can help Jess decide")
    invite = page.locator(".sl-sorter .sl-card").filter(has_text="Pixel_Plays")
    invite.get_by_role("button", name="Don't invite").click()
    expect(invite.locator(".sl-feedback")).to_contain_text("Only invite people you know.")
    page.locator(".sl-profile-settings").scroll_into_view_if_needed()
    screenshot(page, "ages-11-14-privacy-and-friends")


def test_ages_14_18_audit_and_fake_accounts_by_mouse(page: Page, server: Server) -> None:
    open_lesson(page, server, "ages-14-18/privacy-and-friends")
    result = page.locator(".sl-privacy-result")
    page.get_by_role("button", name="Run the privacy audit").click()
    expect(result).to_contain_text("The audit found settings that should not be open to strangers:")
    expect(result).to_contain_text("Open to friends of friends")
    for s in page.locator(".sl-setting-choice select").all():
        s.select_option(label="Friends")
    page.get_by_role("button", name="Run the privacy audit").click()
    expect(result).to_contain_text("Audit passed. Nothing on Rory's profile is open to strangers.")
    expect(result.locator(".sl-fof-note")).to_have_count(0)
    # a deliberate, safe public profile passes too, with the reason; a public location does not
    setting(page, "Who can see your photo portfolio?").select_option(label="Public")
    expect(page.locator(".sl-settings-progress")).to_contain_text("Settings that pass the audit: 12 of 12.")
    page.get_by_role("button", name="Run the privacy audit").click()
    expect(result).to_contain_text("Audit passed: a public profile, on purpose.")
    expect(result.locator(".sl-public-ok li")).to_have_count(1)
    expect(result.locator(".sl-public-ok")).to_contain_text("Portfolio: It shows Rory's skill")
    setting(page, "Who can see your location on the map?").select_option(label="Public")
    page.get_by_role("button", name="Run the privacy audit").click()
    expect(result).to_contain_text("The audit found settings that should not be open to strangers:")
    expect(result.locator(".sl-still-open li")).to_have_count(1)
    expect(result.locator(".sl-still-open")).to_contain_text("Live location")
    page.locator(NOT_QUICK).get_by_role("radio", name="The company that runs the app.").check()
    expect(page.locator(".sl-quiz .sl-feedback").first).to_contain_text("Settings control other users")
    dan = request(page, "Dan Okoro (new account)")
    dan.get_by_role("button", name="Accept").click()
    expect(dan.locator(".sl-feedback")).to_contain_text("Not quite. Think again. A copied account")
    dan.get_by_role("button", name="Check first or ask").click()
    expect(dan.locator(".sl-feedback")).to_contain_text("Correct. Right. Ask Dan in person or by phone.")
    page.locator(".sl-profile-settings").scroll_into_view_if_needed()
    screenshot(page, "ages-14-18-privacy-and-friends")


# -- keyboard only --------------------------------------------------------------------------------

def test_ages_4_7_by_keyboard_only(page: Page, server: Server) -> None:
    open_lesson(page, server, "ages-4-7/privacy-and-friends")
    for title, key in (("Gran: Yes", "Enter"), ("Zara: Yes", "Space"), ("StarPlayer: No", "Enter"),
                       ("Prize Unicorn: Ask a grown-up", "Space")):
        tab_to(page, titled(page, title))
        page.keyboard.press(key)
    expect(request(page, "StarPlayer").locator(".sl-feedback")).to_contain_text("Well done!")
    expect(page.locator(".sl-request-progress")).to_contain_text("4 of 4 done")


def test_ages_7_11_by_keyboard_only(page: Page, server: Server) -> None:
    open_lesson(page, server, "ages-7-11/privacy-and-friends")
    for question in ("Who can see your posts?", "Who can see your photos?", "Who can see your birthday?",
                     "Who can send you messages?"):
        tab_to(page, setting(page, question))
        page.keyboard.press("ArrowDown")  # Everyone → Friends only
        expect(setting(page, question)).to_have_value("Friends only")
    tab_to(page, titled(page, "Look as: Ben (a friend)"))
    page.keyboard.press("Enter")
    expect(page.locator(".sl-counts")).to_contain_text("Ben (a friend) can see or do 4 of 4 things.")
    tab_to(page, titled(page, "Is Milo's profile private?"))
    page.keyboard.press("Enter")
    expect(page.locator(".sl-privacy-result")).to_contain_text("Milo's profile is private.")
    tab_to(page, titled(page, "Free Coins: Decline"))
    page.keyboard.press("Enter")
    expect(request(page, "Free Coins").locator(".sl-feedback")).to_contain_text("That's right!")


def test_ages_11_14_by_keyboard_only(page: Page, server: Server) -> None:
    open_lesson(page, server, "ages-11-14/privacy-and-friends")
    tab_to(page, setting(page, "Who can see where you are?"))
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")  # Everyone → Friends → Only me (location off)
    expect(page.locator(".sl-phone")).not_to_contain_text("Elm Road")
    tab_to(page, setting(page, "Who can send you messages?"))
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")  # Everyone → Friends of friends → Friends
    expect(page.locator(".sl-phone")).to_contain_text("Cannot send Jess a message")
    tab_to(page, titled(page, "Is Jess's profile private?"))
    page.keyboard.press("Enter")
    expect(page.locator(".sl-privacy-result")).to_contain_text("These settings still let strangers in:")
    tab_to(page, titled(page, "Lola: Ask an adult"))
    page.keyboard.press("Enter")
    expect(request(page, "Lola").locator(".sl-feedback")).to_contain_text("Asking for secrets is a warning sign")


def test_ages_14_18_by_keyboard_only(page: Page, server: Server) -> None:
    open_lesson(page, server, "ages-14-18/privacy-and-friends")
    tab_to(page, setting(page, "Who can see your location on the map?"))
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")  # Public → Friends → Off (ghost mode)
    tab_to(page, titled(page, "View as: Priya (a friend)"))
    page.keyboard.press("Enter")
    expect(page.locator(".sl-phone")).to_contain_text("Live location: ⊘ Hidden")
    tab_to(page, titled(page, "Rory Adeyemi: Decline and report"))
    page.keyboard.press("Enter")
    expect(request(page, "Rory Adeyemi").locator(".sl-feedback")).to_contain_text("impersonation")


def test_no_accessibility_violations_in_the_simulations(page: Page, server: Server) -> None:
    from axe_playwright_python.sync_playwright import Axe

    open_lesson(page, server, "ages-11-14/privacy-and-friends")
    page.get_by_role("button", name="Is Jess's profile private?").click()
    request(page, "Lola").get_by_role("button", name="Accept").click()
    expect(request(page, "Lola").locator(".sl-feedback")).to_contain_text("warning sign")
    expect(page.locator(".sl-privacy-result")).to_contain_text("still let strangers in")
    found = Axe().run(page).response["violations"]
    mine = [(v["id"], [n["target"] for n in v["nodes"]]) for v in found if v["id"] not in TEMPLATE_RULES]
    assert mine == []
