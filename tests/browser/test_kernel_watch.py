"""kernel-watch.js on a busy server: a kernel that is slow to answer (stopped for a while with
SIGSTOP, as a kernel starved of CPU is) brings the "stopped working" note only after two
unanswered checks, and the note goes away by itself when the kernel answers again. A lesson the
server puts away after a long time unused (websocket close code 4001, "idle") gets a calm "you have
been away" note instead. The timings are shortened through `window.slKernelWatch`, read by
kernel-watch.js when it starts (test_kernel_death.py checks the real ones)."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from .harness import Server, open_lesson
from .test_kernel_death import check_now, kernel_pid

REF = "ages-4-7/passwords"
QUICK = "window.slKernelWatch = {probeEvery: 1500, answerWithin: 2500, misses: 2};"


@pytest.fixture
def quick_page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(QUICK)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page
    context.close()
    assert not errors


def state(page: Page) -> dict[str, object]:
    """What kernel-watch shows, read at one moment."""
    seen: dict[str, object] = page.evaluate("""() => ({
        missed: document.documentElement.getAttribute('data-sl-kernel-missed'),
        stopped: document.querySelectorAll('.sl-lesson-stopped').length,
        away: document.querySelectorAll('.sl-lesson-away').length,
    })""")
    return seen


def test_a_slow_kernel_is_not_lost_and_the_note_clears_when_it_answers(quick_page: Page,
                                                                        own_server: Server) -> None:
    page = quick_page
    open_lesson(page, own_server, REF)
    check_now(page)
    expect(page.locator("html")).to_have_attribute("data-sl-kernel-missed", "0")
    card = page.locator(".sl-card").filter(has_text="Pip's best friend")
    keep = card.get_by_role("button", name="No, keep it secret")
    keep.focus()

    pid = kernel_pid(own_server, page)
    os.kill(pid, signal.SIGSTOP)  # the kernel answers nothing, as on a server too busy to run it
    try:
        expect(page.locator("html")).to_have_attribute("data-sl-kernel-missed", "1", timeout=20_000)
        seen = state(page)
        assert seen["stopped"] == 0 or seen["missed"] != "1", seen  # one slow answer: no alarm
        stopped = page.locator(".sl-lesson-stopped")
        expect(stopped).to_be_visible(timeout=20_000)
        expect(stopped).to_contain_text("This lesson has stopped working")
        expect(stopped.get_by_role("button", name="Reload the lesson")).to_be_focused()
        assert int(str(state(page)["missed"])) >= 2
    finally:
        os.kill(pid, signal.SIGCONT)

    expect(page.locator(".sl-lesson-stopped")).to_have_count(0, timeout=30_000)  # it answered: all is well
    expect(page.locator("html")).to_have_attribute("data-sl-kernel-missed", "0")
    expect(page.get_by_role("status").filter(has_text="The lesson is working again.")).to_have_count(1)
    expect(keep).to_be_focused()  # back where the pupil was
    keep.press("Enter")  # and the lesson works: the same kernel, with the pupil's answers
    expect(card.locator(".sl-feedback")).to_contain_text("Well done!")
    assert state(page)["stopped"] == 0


def test_an_idle_close_says_the_pupil_has_been_away_and_a_reload_carries_on(quick_page: Page,
                                                                            own_server: Server) -> None:
    page = quick_page
    page.add_init_script("""
        window.slSockets = [];
        const Native = window.WebSocket;
        window.WebSocket = function (url, protocols) {
            // once the lesson is put away, its kernel is gone: the page cannot connect again
            const to = window.slPutAway && String(url).includes('/channels') ? 'ws://127.0.0.1:9/' : url;
            const ws = protocols === undefined ? new Native(to) : new Native(to, protocols);
            window.slSockets.push(ws);
            return ws;
        };
        window.WebSocket.prototype = Native.prototype;
    """)  # runs before kernel-watch.js, which wraps this in turn
    open_lesson(page, own_server, REF)
    check_now(page)
    expect(page.locator("html")).to_have_attribute("data-sl-kernel-missed", "0")

    # What the server does to a lesson unused for --idle-limit seconds: close its socket with 4001.
    page.evaluate("""() => { window.slPutAway = true;
                             window.slSockets.filter(ws => ws.url.includes('/channels') && ws.readyState === 1)
                                             .forEach(ws => ws.close(4001, 'idle')); }""")
    away = page.locator(".sl-lesson-away")
    expect(away).to_be_visible()
    expect(away).to_contain_text("You have been away for a while.")
    expect(away).to_contain_text("Do you want to carry on?")
    # The watcher has stopped checking; three more checks due (more than a probe's time to answer),
    # the page has not cried "stopped" as well.
    expect(page.locator("html")).to_have_attribute("data-sl-kernel-watching", "0")
    due = int(page.get_attribute("html", "data-sl-kernel-rounds") or 0) + 3
    page.wait_for_function("n => Number(document.documentElement.dataset.slKernelRounds) >= n", arg=due)
    assert state(page) == {"missed": "0", "stopped": 0, "away": 1}
    button = away.get_by_role("button", name="Carry on")
    expect(button).to_be_focused()
    button.press("Enter")

    page.locator(".sl-help").wait_for()
    expect(page.locator(".sl-lesson-away")).to_have_count(0)
    card = page.locator(".sl-card").filter(has_text="Pip's best friend")
    card.get_by_role("button", name="No, keep it secret").click()
    expect(card.locator(".sl-feedback")).to_contain_text("Well done!")


def test_an_activity_the_page_could_not_draw_brings_the_reload_note_and_a_reload_draws_it(
        quick_page: Page, server: Server) -> None:
    page = quick_page
    open_lesson(page, server, REF)
    expect(page.locator("html")).not_to_have_attribute("data-sl-kernel-undrawn", "1")
    # What the lesson page does when it cannot draw an activity's widget (the lean page's words; Voila's
    # jupyterlab-manager writes "Error displaying widget: model not found", the fault under issue 28):
    # its message in place of the activity.
    page.evaluate("""() => { const node = document.querySelector('.sl-card').closest('.jp-OutputArea-output');
                             node.textContent = 'Error displaying widget'; }""")
    stopped = page.locator(".sl-lesson-stopped")
    expect(stopped).to_be_visible()
    expect(stopped).to_contain_text("It is not your fault.")
    expect(stopped).to_have_attribute("role", "alert")
    expect(page.locator("html")).to_have_attribute("data-sl-kernel-undrawn", "1")
    button = stopped.get_by_role("button", name="Reload the lesson")
    expect(button).to_be_focused()
    button.press("Enter")
    page.locator(".sl-help").wait_for()
    expect(page.locator(".sl-lesson-stopped")).to_have_count(0)
    expect(page.locator(".sl-card").first).to_be_visible()
