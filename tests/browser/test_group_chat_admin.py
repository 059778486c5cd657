"""The four group-chat-admin lessons in a real browser: the pupil runs a chat that turns
hurtful, acts one step at a time by mouse or by keyboard alone, and sees the verdict."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Locator, Page, expect

from .harness import NOT_QUICK, Server, open_lesson, screenshot, tab_to

CHATS = {  # band → (the taught actions, in order, as button names; what the verdict then says)
    "ages-4-7": (["Tell a grown-up", "Send Bo a kind message", "Take away Lola's unkind words"],
                 "Well done! You helped Bo."),
    "ages-7-11": (["Show a grown-up you trust", "Send Jo a kind private message",
                   'Remove the thread "Jo\'s drawing"'], "That's right!"),
    "ages-11-14": (["Message Ash privately", "Tell a trusted adult", "Report the thread to the app",
                    'Remove the thread "Saturday rehearsal"'], "Correct. You supported Ash"),
    "ages-14-18": (["Message Nia privately", "Tell a member of staff", "Report the thread to the app",
                    'Remove the thread "Bake sale money"'], "Correct. You supported Nia"),
}


def chat_of(page: Page, nth: int = 0) -> Locator:
    """A lesson's group chat (the 14-18 lesson has two: the rumour, then the fake picture)."""
    return page.locator(".sl-group-chat").nth(nth)


def action(chat: Locator, name: str) -> Locator:
    return chat.get_by_role("button", name=name, exact=True)


def act(chat: Locator, name: str) -> None:
    action(chat, name).click()
    if name == "Start again":  # wait for the reset, or a quick next click can land before it (seen under load)
        expect(chat.locator(".sl-chat-log li")).to_have_count(0)


def test_ages_4_7_by_mouse(page: Page, server: Server) -> None:
    open_lesson(page, server, "ages-4-7/group-chat-admin")
    expect(page.get_by_text("Teacher notes")).to_be_hidden()  # teacher cells are not for pupils
    card = page.locator(".sl-card").filter(has_text="Nobody likes Bo")
    card.get_by_role("button", name="Unkind 🙁").click()
    expect(card.locator(".sl-feedback")).to_contain_text("Well done!")
    chat = chat_of(page)
    act(chat, "Laugh too")
    expect(chat.locator(".sl-chat-screen")).to_contain_text("Pip: Ha ha!")
    act(chat, "I am done")
    expect(chat.locator(".sl-verdict")).to_contain_text("Do not laugh. It makes Bo sad.")
    act(chat, "Start again")
    expect(chat.locator(".sl-chat-screen")).not_to_contain_text("Ha ha!")
    for name in CHATS["ages-4-7"][0]:
        act(chat, name)
    expect(chat.locator(".sl-progress")).to_contain_text("Important steps done: 3 of 3")
    act(chat, "I am done")
    expect(chat.locator(".sl-verdict")).to_contain_text("Well done! You helped Bo.")
    screenshot(page, "ages-4-7-group-chat-admin")


def test_ages_7_11_by_mouse(page: Page, server: Server) -> None:
    open_lesson(page, server, "ages-7-11/group-chat-admin")
    chat = chat_of(page)
    screen = chat.locator(".sl-chat-screen")
    expect(screen).to_contain_text("That looks like a potato")
    act(chat, "Mute Lola")
    expect(screen.locator(".sl-chat-members")).to_contain_text("Lola 🔇 muted")
    expect(chat.get_by_role("button", name="Mute Lola")).to_be_disabled()
    act(chat, "I have finished")
    verdict = chat.locator(".sl-verdict")
    expect(verdict).to_contain_text("Not quite. Have another go.")
    expect(verdict).to_contain_text("Muting Lola stops new messages.")
    expect(verdict).to_contain_text("Always show a grown-up you trust")
    act(chat, "Start again")
    expect(screen.locator(".sl-chat-members")).not_to_contain_text("muted")
    act(chat, 'Remove the thread "Jo\'s drawing"')
    expect(screen).to_contain_text("Thread “Jo's drawing” removed.")
    expect(screen).not_to_contain_text("potato")
    act(chat, "Show a grown-up you trust")
    act(chat, "Send Jo a kind private message")
    expect(chat.locator(".sl-chat-log li").first).to_contain_text("Remove the thread")
    act(chat, "I have finished")
    expect(verdict).to_contain_text("You removed the thread before a grown-up saw it.")
    screenshot(page, "ages-7-11-group-chat-admin")
    act(chat, "Start again")
    for name in CHATS["ages-7-11"][0]:
        act(chat, name)
    act(chat, "I have finished")
    expect(verdict).to_contain_text("That's right! You looked after Jo")


def test_ages_11_14_by_mouse(page: Page, server: Server) -> None:
    open_lesson(page, server, "ages-11-14/group-chat-admin")
    chat = chat_of(page)
    for name in ["Message Ash privately", "Tell a trusted adult", 'Remove the thread "Saturday rehearsal"',
                 "Report the thread to the app", "Remove Morgan from the chat"]:
        act(chat, name)
    expect(chat.locator(".sl-chat-members")).to_contain_text("Morgan 🚫 removed")
    expect(chat.get_by_role("button", name="Remove Morgan's message")).to_be_disabled()
    act(chat, "I have finished")
    verdict = chat.locator(".sl-verdict")
    expect(verdict).to_contain_text("You removed the thread before reporting it.")
    expect(verdict).to_contain_text("An adult saw the thread before you removed it.")
    audit = Axe().run(page, context={"include": [[".sl-group-chat"]]})
    assert audit.violations_count == 0, audit.generate_report()
    screenshot(page, "ages-11-14-group-chat-admin")
    act(chat, "Start again")
    for name in CHATS["ages-11-14"][0]:
        act(chat, name)
    act(chat, "I have finished")
    expect(verdict).to_contain_text(CHATS["ages-11-14"][1])
    answer = "No. The threats are still in the chat, so the thread should be removed too."
    page.locator(NOT_QUICK).get_by_role("radio", name=answer).check()
    expect(page.locator(".sl-quiz .sl-feedback").nth(1)).to_contain_text("Muting stops new messages")


def test_ages_14_18_by_mouse(page: Page, server: Server) -> None:
    open_lesson(page, server, "ages-14-18/group-chat-admin")
    chat = chat_of(page)
    act(chat, 'Post: "Does anyone know if it\'s true about Nia?"')
    expect(chat.locator(".sl-chat-screen")).to_contain_text("Kai: Does anyone know if it's true about Nia?")
    act(chat, "Mute Tom")
    act(chat, "I have finished")
    verdict = chat.locator(".sl-verdict")
    expect(verdict).to_contain_text("repeats the claim to everyone")
    expect(verdict).to_contain_text("Muting is not enough")
    act(chat, "Start again")
    for name in CHATS["ages-14-18"][0]:
        act(chat, name)
    act(chat, "I have finished")
    expect(verdict).to_contain_text(CHATS["ages-14-18"][1])
    expect(page.locator(".sl-help")).to_contain_text("Report Harmful Content")  # bullying and threats: not CEOP
    # CEOP is not offered (a service's not-for may still name it: the Revenge Porn Helpline's sends under-18s there)
    expect(page.locator(".sl-help li strong").filter(has_text="CEOP")).to_have_count(0)
    screenshot(page, "ages-14-18-group-chat-admin")


def test_ages_14_18_a_fake_picture_in_the_film_club_chat(page: Page, server: Server) -> None:
    open_lesson(page, server, "ages-14-18/group-chat-admin")
    chat = chat_of(page, 1)
    expect(chat.locator(".sl-chat-screen")).to_contain_text("what the nudify app did")
    act(chat, "Send the picture to Casey, to show it's fake")
    act(chat, "Remove Dev's post")
    expect(chat.locator(".sl-chat-screen")).to_contain_text("Message removed.")
    act(chat, "I have finished")
    verdict = chat.locator(".sl-verdict")
    expect(verdict).to_contain_text("Never send a nude picture of anyone under 18")
    expect(verdict).to_contain_text("You removed the post before reporting it.")
    act(chat, "Start again")
    for name in ["Report Dev's post to the app", "Remove Dev's post", "Tell the safeguarding lead",
                 "Message Riley privately"]:
        act(chat, name)
    expect(chat.locator(".sl-chat-status")).to_contain_text("without seeing it")
    act(chat, "I have finished")
    expect(verdict).to_contain_text("Correct. You reported the picture and took it down")
    page.locator(NOT_QUICK).get_by_role("radio", name="Only the people who made it or shared it.").check()
    expect(page.locator(".sl-quiz").filter(has_text="Fake images, real harm").locator(".sl-feedback").nth(1)) \
        .to_contain_text("never the fault of the person in the picture")
    audit = Axe().run(page, context={"include": [[".sl-group-chat"]]})
    assert audit.violations_count == 0, audit.generate_report()
    screenshot(page, "ages-14-18-group-chat-admin-fake-picture")


@pytest.mark.parametrize("band", CHATS)
def test_completed_with_the_keyboard_only(page: Page, server: Server, band: str) -> None:
    open_lesson(page, server, f"{band}/group-chat-admin")
    chat = chat_of(page)
    names, verdict = CHATS[band]
    finish = "I am done" if band == "ages-4-7" else "I have finished"
    for i, name in enumerate(names):
        tab_to(page, action(chat, name))
        page.keyboard.press("Enter" if i % 2 == 0 else "Space")
        expect(action(chat, name)).to_be_disabled()
    expect(chat.locator(".sl-chat-log li")).to_have_count(len(names))
    tab_to(page, action(chat, finish))
    page.keyboard.press("Enter")
    expect(chat.locator(".sl-verdict")).to_contain_text(verdict)
    tab_to(page, action(chat, "Start again"))
    page.keyboard.press("Enter")
    expect(chat.locator(".sl-verdict")).to_have_count(0)
    expect(chat.locator(".sl-progress")).to_contain_text("Actions taken: 0")
    screenshot(page, f"{band}-group-chat-admin-keyboard")
