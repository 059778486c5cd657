"""When a lesson's kernel dies, the pupil is told kindly to reload, and reloading works."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess

from playwright.sync_api import Browser, Page, expect

from .harness import READY_TIMEOUT, Server, open_lesson

REF = "ages-7-11/passwords"
# The page checks its kernel every 2 s (kernel-watch.js), still giving a busy machine 10 s to answer.
CHECK_OFTEN = "window.slKernelWatch = {probeEvery: 2000, answerWithin: 10000, misses: 2};"


def kernel_pid(server: Server, page: Page) -> int:
    config = json.loads(page.locator("#jupyter-config-data").text_content() or "{}")
    out = subprocess.run(["ps", "-ww", "-o", "pid=,args=", "--ppid", str(server.process.pid)],  # type: ignore[union-attr]
                         capture_output=True, text=True, check=True).stdout
    pids = [int(line.split()[0]) for line in out.splitlines() if config["kernelId"] in line]
    assert len(pids) == 1, (config.get("kernelId"), out)
    return pids[0]


def check_now(page: Page) -> None:
    """What happens when a pupil comes back to the tab: the page asks the kernel at once."""
    page.evaluate("document.dispatchEvent(new Event('visibilitychange'))")


def test_a_dead_kernel_asks_the_pupil_to_reload(browser: Browser, own_server: Server) -> None:
    page = browser.new_page()
    page.add_init_script(CHECK_OFTEN)
    open_lesson(page, own_server, REF)
    check_now(page)
    expect(page.locator("html")).to_have_attribute("data-sl-kernel-checked", re.compile(r"^\d{4}-"))
    expect(page.locator(".sl-lesson-stopped")).to_have_count(0)  # a live lesson answers and is left alone

    os.kill(kernel_pid(own_server, page), signal.SIGKILL)
    stopped = page.locator(".sl-lesson-stopped")
    # The server restarts an empty kernel (the page is told at its next check), or, on a busy
    # machine, takes longer than the page's quick checks wait (two missed answers say so too).
    check_now(page)
    expect(stopped).to_be_visible(timeout=READY_TIMEOUT * 1000)
    expect(stopped).to_contain_text("This lesson has stopped working")
    expect(stopped).to_contain_text("It is not your fault")
    assert "Traceback" not in page.inner_text("body")
    button = stopped.get_by_role("button", name="Reload the lesson")
    expect(button).to_be_focused()
    button.press("Enter")

    page.locator(".sl-help").wait_for()
    builder = page.locator(".sl-word-builder")
    builder.get_by_role("button", name="Add a random word").click()
    expect(builder.locator(".sl-step")).to_contain_text("One word is easy to guess")
    expect(page.locator(".sl-lesson-stopped")).to_have_count(0)
    page.close()
