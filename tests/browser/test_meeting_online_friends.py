"""The four meeting-online-friends lessons in a real browser: each story played through with
the mouse, and with the keyboard only (Tab to reach it, Enter/Space to choose)."""

from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Locator, Page, expect

from .harness import NOT_QUICK, Server, open_lesson, screenshot, tab_to

TOPIC = "meeting-online-friends"


def choice(story: Locator, label: str) -> Locator:
    return story.get_by_role("button", name=label, exact=True)


def choose(story: Locator, label: str) -> None:
    choice(story, label).click()


def step(story: Locator, text: str, choices: int | None = None) -> None:
    """Wait for step `text`; with `choices`, also until that many choice buttons show and are
    enabled (a keyboard test must not press Tab before the page has them all: a button's display
    and its `disabled` arrive in separate updates, and Tab skips a disabled one)."""
    expect(story.locator(".sl-step-count")).to_have_text(text)
    if choices is not None:
        expect(story.locator(".sl-story-choice:not([disabled]):visible")).to_have_count(choices)


def focused(page: Page) -> Locator:
    return page.locator(":focus")


def shot(page: Page, story: Locator, name: str) -> None:
    """A screenshot with the story (chat, feedback, choices) in view."""
    story.locator(".sl-step-count").scroll_into_view_if_needed()
    screenshot(page, name)


def test_ages_4_7_mouse(page: Page, server: Server) -> None:
    open_lesson(page, server, f"ages-4-7/{TOPIC}")
    story = page.locator(".sl-story")
    step(story, "Step 1")
    expect(story.locator(".sl-chat")).to_contain_text("Star: Hi! I am 6, like you.")
    expect(story.get_by_role("button", name="Go back", exact=True)).to_be_disabled()
    choose(story, "Chat with Star. Keep it a secret.")
    step(story, "Step 2")
    expect(story.locator(".sl-feedback")).to_contain_text("Stop and think. People online may not be who they say.")
    shot(page, story, "ages-4-7-meeting-online-friends")
    violations = Axe().run(page, context=".sl-story").response["violations"]
    assert [v["id"] for v in violations] == []
    choose(story, "Go to the park to meet Star")
    step(story, "The end")
    expect(story.locator(".sl-ending-unsafe")).to_contain_text(
        "Never meet them unless your grown-up says yes and comes with you.")
    expect(story.locator(".sl-scene")).to_contain_text("it is not your fault. Tell a grown-up, even if you said yes.")
    expect(story.locator(".sl-story-choice:visible")).to_have_count(0)
    choose(story, "Go back")
    step(story, "Step 2")
    choose(story, "Tell a grown-up")
    expect(story.locator(".sl-feedback")).to_contain_text("Well done! Yes! A secret that feels funny is one to tell.")
    choose(story, "Tell a grown-up again")
    expect(story.locator(".sl-ending-safe")).to_be_visible()
    expect(story.locator(".sl-scene")).to_contain_text("Kit told a grown-up. Kit is safe.")
    expect(page.get_by_text("Teacher notes")).to_be_hidden()  # for JupyterLab, not the pupils' page
    choose(story, "Start again")
    step(story, "Step 1")
    expect(page.locator(".sl-help")).to_contain_text("Childline")
    # It has already happened: a way to "what now?" that needs no unsafe choice first
    choose(story, "What if Kit already kept a secret chat?")
    step(story, "Step 2")
    expect(story.locator(".sl-scene")).to_contain_text("That is not Kit's fault. It is never too late to tell.")
    choose(story, "Tell a grown-up now")
    expect(story.locator(".sl-feedback")).to_contain_text("Kit will be helped, not blamed.")
    expect(story.locator(".sl-scene")).to_contain_text("Mum reports Star, then blocks Star.")


def test_ages_4_7_keyboard_only(page: Page, server: Server) -> None:
    open_lesson(page, server, f"ages-4-7/{TOPIC}")
    story = page.locator(".sl-story")
    tab_to(page, choice(story, "Tell a grown-up"))
    page.keyboard.press("Tab")
    expect(focused(page)).to_have_text("Chat with Star. Keep it a secret.")
    page.keyboard.press("Enter")
    step(story, "Step 2", choices=2)
    expect(focused(page)).to_have_text("Tell a grown-up")  # focus moves to the new first choice
    page.keyboard.press("Tab")
    expect(focused(page)).to_have_text("Go to the park to meet Star")
    page.keyboard.press("Space")
    step(story, "The end")
    expect(focused(page)).to_have_text("Go back")  # at an unsafe ending: the way back
    page.keyboard.press("Enter")
    step(story, "Step 2")
    expect(focused(page)).to_have_text("Tell a grown-up")
    page.keyboard.press("Enter")
    step(story, "Step 3")
    expect(story.locator(".sl-feedback")).to_contain_text("Well done!")
    expect(focused(page)).to_have_text("Tell a grown-up again")
    page.keyboard.press("Enter")
    expect(story.locator(".sl-ending-safe")).to_contain_text(
        "If someone you only know online asks to meet, tell a grown-up.")
    expect(focused(page)).to_have_text("Start again")
    page.keyboard.press("Enter")
    step(story, "Step 1")


def test_ages_7_11_mouse_story_and_sorter(page: Page, server: Server) -> None:
    open_lesson(page, server, f"ages-7-11/{TOPIC}")
    story = page.locator(".sl-story")
    choose(story, "Say OK, and keep it a secret")
    expect(story.locator(".sl-feedback")).to_contain_text(
        "Asking you to keep secrets from your family is a warning sign.")
    choose(story, 'Say "maybe" and think about it')
    step(story, "Step 3")
    expect(story.locator(".sl-chat")).to_contain_text("If you were my real friend you would come.")
    shot(page, story, "ages-7-11-meeting-online-friends")
    choose(story, "Tell a grown-up")
    expect(story.locator(".sl-feedback")).to_contain_text("That's right! Yes. Pressure to meet is a reason to tell")
    choose(story, "Report Jamie in the game, then block them")
    expect(story.locator(".sl-ending-safe")).to_contain_text(
        "A trusted adult comes with you. You meet in a busy public place.")
    choose(story, "Start again")
    choose(story, "What if Aisha already said yes?")  # it has already happened: what now?
    expect(story.locator(".sl-scene")).to_contain_text("It is not her fault. It is never too late to tell.")
    choose(story, "Tell Dad now")
    expect(story.locator(".sl-feedback")).to_contain_text("Aisha will be helped, not blamed, for telling.")
    expect(story.locator(".sl-scene")).to_contain_text("It is not your fault, and you did the right thing.")
    card = page.locator(".sl-card").filter(has_text="Don't tell your parents about me.")
    card.get_by_role("button", name="Warning sign", exact=True).click()
    expect(card.locator(".sl-feedback")).to_contain_text("That's right!")


def test_ages_7_11_keyboard_only(page: Page, server: Server) -> None:
    open_lesson(page, server, f"ages-7-11/{TOPIC}")
    story = page.locator(".sl-story")
    tab_to(page, choice(story, "Say OK, and keep it a secret"))
    page.keyboard.press("Enter")
    step(story, "Step 2", choices=3)
    expect(focused(page)).to_have_text("Agree to go on my own")
    page.keyboard.press("Tab")
    expect(focused(page)).to_have_text("Say \"maybe\" and think about it")
    page.keyboard.press("Tab")
    expect(focused(page)).to_have_text("Tell a grown-up")
    page.keyboard.press("Enter")
    step(story, "Step 3")
    expect(story.locator(".sl-feedback")).to_contain_text("\"Don't tell your parents\" is a big warning sign.")
    expect(focused(page)).to_have_text("Report Jamie in the game, then block them")
    page.keyboard.press("Enter")
    expect(story.locator(".sl-ending-safe")).to_be_visible()
    expect(focused(page)).to_have_text("Start again")


def test_ages_11_14_mouse_story_sorter_quiz(page: Page, server: Server) -> None:
    open_lesson(page, server, f"ages-11-14/{TOPIC}")
    story = page.locator(".sl-story")
    choose(story, "Move to the private app and delete the chats")
    choose(story, "Send a photo to keep Ellie happy")
    step(story, "Step 3")
    expect(story.locator(".sl-feedback")).to_contain_text("Think again. Once a photo is sent")
    shot(page, story, "ages-11-14-meeting-online-friends")
    choose(story, "Go to meet Ellie and tell no one")
    step(story, "Step 4")  # it has already happened: what can Leo do now?
    expect(story.locator(".sl-scene")).to_contain_text("What can he do now?")
    choose(story, "Keep going, so Ellie is not upset")
    expect(story.locator(".sl-ending-unsafe")).to_be_visible()
    expect(story.locator(".sl-scene")).to_contain_text("it is not his fault")
    choose(story, "Go back and choose again")
    step(story, "Step 4")
    choose(story, "Call his aunt, tell her where he is, and go back home")
    expect(story.locator(".sl-feedback")).to_contain_text("It is never too late to change the plan or to tell.")
    choose(story, "Go back and choose again")
    step(story, "Step 4")
    choose(story, "Go back and choose again")
    step(story, "Step 3")
    choose(story, "Tell a trusted adult, even though Ellie said not to")
    expect(story.locator(".sl-feedback")).to_contain_text("It is not Leo's fault")
    choose(story, "Report it to CEOP together, and block Ellie")
    expect(story.locator(".sl-ending-safe")).to_be_visible()
    expect(story.locator(".sl-scene")).to_contain_text("Leo and his aunt report Ellie to CEOP")
    card = page.locator(".sl-card").filter(has_text="Says you'll be in trouble if you tell anyone")
    card.get_by_role("button", name="Warning sign", exact=True).click()
    expect(card.locator(".sl-feedback")).to_contain_text("Correct.")
    page.locator(NOT_QUICK).get_by_role(
        "radio", name="It is not your fault. Tell a trusted adult, who can help you report it.").check()
    expect(page.locator(".sl-quiz .sl-feedback").nth(1)).to_contain_text("Correct.")
    expect(page.locator(".sl-help")).to_contain_text("CEOP Safety Centre")


def test_ages_11_14_keyboard_only(page: Page, server: Server) -> None:
    open_lesson(page, server, f"ages-11-14/{TOPIC}")
    story = page.locator(".sl-story")
    tab_to(page, choice(story, "Move to the private app and delete the chats"))
    page.keyboard.press("Tab")
    expect(focused(page)).to_have_text("Stay in the game chat and tell a trusted adult")
    page.keyboard.press("Enter")
    step(story, "Step 2", choices=2)
    expect(story.locator(".sl-feedback")).to_contain_text("Correct. Good call.")
    expect(focused(page)).to_have_text("Report it to CEOP together, and block Ellie")
    page.keyboard.press("Tab")
    expect(focused(page)).to_have_text("Delete everything and try to forget it")
    page.keyboard.press("Enter")
    step(story, "Step 3")
    expect(focused(page)).to_have_text("Report it to CEOP together, and block Ellie")
    page.keyboard.press("Enter")
    expect(story.locator(".sl-ending-safe")).to_be_visible()


def test_ages_14_18_mouse_sextortion_route(page: Page, server: Server) -> None:
    open_lesson(page, server, f"ages-14-18/{TOPIC}")
    story = page.locator(".sl-story")
    choose(story, "Move to the disappearing-message app")
    choose(story, "Say you'd only meet with your parent's OK, a trusted adult there, somewhere public")
    expect(story.locator(".sl-feedback")).to_contain_text("Correct. That's the rule.")
    choose(story, "Send one, so he's not upset")
    step(story, "Step 4")
    expect(story.locator(".sl-scene")).to_contain_text("This is sextortion")
    shot(page, story, "ages-14-18-meeting-online-friends")
    choose(story, "Delete the chat and the account, and tell no one")
    expect(story.locator(".sl-feedback")).to_contain_text("Deleting everything loses the evidence")
    step(story, "Step 4")
    choose(story, "Forward the photo to a friend to ask what to do")
    expect(story.locator(".sl-feedback")).to_contain_text("Never forward or share an image like this")
    step(story, "Step 4")
    choose(story, "Pay, so it goes away")
    expect(story.locator(".sl-feedback")).to_contain_text("Paying rarely ends it")
    step(story, "Step 5")
    choose(story, "Stop paying and replying. Keep the chat, and tell a trusted adult")
    expect(story.locator(".sl-feedback")).to_contain_text("It is not Sam's fault.")
    step(story, "Step 6")
    choose(story, "Block Ryan straight away, and report him later")
    expect(story.locator(".sl-feedback")).to_contain_text("Report first.")
    step(story, "Step 6")
    choose(story, "Report it to CEOP together, report Ryan's account on the app, then block him")
    expect(story.locator(".sl-feedback")).to_contain_text("CEOP helps under-18s")
    step(story, "Step 7")
    choose(story, "Use Take It Down now, and Report Remove if the photo is ever posted")
    expect(story.locator(".sl-ending-safe")).to_contain_text("it is not your fault: don't pay")
    first_step = "Don't pay. Stop replying, keep the chat, and tell a trusted adult"
    page.locator(NOT_QUICK).get_by_role("radio", name=first_step).check()
    expect(page.locator(".sl-quiz .sl-feedback").first).to_contain_text("Correct.")


def test_ages_14_18_it_has_already_happened(page: Page, server: Server) -> None:
    """A pupil this has already happened to reaches the steps from the first choice, without
    choosing to send a photo, and reads that it is not Sam's fault."""
    open_lesson(page, server, f"ages-14-18/{TOPIC}")
    story = page.locator(".sl-story")
    choose(story, "It has already happened: a photo was sent, and now there are threats. What now?")
    step(story, "Step 2")
    expect(story.locator(".sl-feedback")).to_contain_text("it is never their fault")
    expect(story.locator(".sl-scene")).to_contain_text("it is not Sam's fault")
    choose(story, "See what Sam can do now")
    step(story, "Step 3")
    expect(story.locator(".sl-scene")).to_contain_text("This is sextortion")
    choose(story, "Don't pay. Stop replying, keep the chat, and tell a trusted adult")
    step(story, "Step 4")
    choose(story, "Report it to CEOP together, report Ryan's account on the app, then block him")
    step(story, "Step 5")
    choose(story, "Use Take It Down now, and Report Remove if the photo is ever posted")
    expect(story.locator(".sl-ending-safe")).to_be_visible()
    expect(story.locator(".sl-scene")).to_contain_text("Sam did nothing wrong")


def test_ages_14_18_keyboard_only(page: Page, server: Server) -> None:
    open_lesson(page, server, f"ages-14-18/{TOPIC}")
    story = page.locator(".sl-story")
    tab_to(page, choice(story, "Move to the disappearing-message app"))
    page.keyboard.press("Enter")
    step(story, "Step 2", choices=3)
    expect(focused(page)).to_have_text("Agree, and tell no one")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    expect(focused(page)).to_have_text("Tell a trusted adult about the offer")
    page.keyboard.press("Enter")
    expect(story.locator(".sl-ending-safe")).to_be_visible()
    expect(focused(page)).to_have_text("Start again")
    page.keyboard.press("Shift+Tab")
    expect(focused(page)).to_have_text("Go back and choose again")
    page.keyboard.press("Enter")
    step(story, "Step 2")
