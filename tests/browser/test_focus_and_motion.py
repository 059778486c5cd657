"""Where the keyboard is, and how the page moves: every control reached with Tab shows a visible
focus indicator (WCAG 2.4.7; the pupil view of every lesson in SAMPLE is checked in
test_every_lesson.py, the teacher view here), and nothing animates for someone who asked their
system for reduced motion (WCAG 2.3.3)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page

from .explore import explore, prepare, settle, tab_through
from .harness import READY_TIMEOUT, Server, open_lesson
from .test_every_lesson import KINDS, SAMPLE


def test_teacher_view_controls_show_focus_in_high_contrast(page: Page, server: Server) -> None:
    """The teacher view adds "Show answers" and one step at a time: Tab through every step, with
    the display options on (high contrast changes every colour but the focus indicator's)."""
    prepare(page)
    open_lesson(page, server, SAMPLE[0], teacher=True)
    for name in ("Bigger text", "Easy-read font", "High contrast"):
        page.get_by_role("button", name=name).click()
    settle(page)
    total = 0
    while True:
        page.evaluate("window.__slFocus = null")
        reached, missing = tab_through(page)
        assert missing == [], f"{page.locator('.sl-step-where').inner_text()}: {missing}"
        total += reached
        nxt = page.locator(".sl-step-next")
        if nxt.is_disabled():
            break
        nxt.focus()
        page.keyboard.press("Enter")
    assert total >= 20


@pytest.fixture
def reduced(browser: Browser, server: Server) -> Iterator[Page]:
    """A page whose system settings ask for reduced motion."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, reduced_motion="reduce")
    pg = context.new_page()
    pg.set_default_timeout(READY_TIMEOUT * 1000)
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    yield pg
    context.close()
    assert errors == []


MOVING = """() => {
  const seconds = (list) => Math.max(...list.split(",")
    .map((v) => parseFloat(v) * (v.trim().endsWith("ms") ? 0.001 : 1)));
  const out = [];
  document.querySelectorAll("*").forEach((el) => {
    for (const pseudo of [null, "::before", "::after"]) {
      const s = getComputedStyle(el, pseudo);
      const moves = seconds(s.transitionDuration) + seconds(s.transitionDelay)
        + (s.animationName !== "none" ? seconds(s.animationDuration) : 0);
      if (moves > 0.01) { out.push(`${el.tagName.toLowerCase()}.${el.className}${pseudo || ""}: ${moves}s`); }
    }
  });
  if (getComputedStyle(document.documentElement).scrollBehavior === "smooth") { out.push("html: smooth scrolling"); }
  return out;
}"""

SCROLLS = """() => new Promise((done) => {
  let count = 0;
  const counter = () => { count += 1; };
  document.addEventListener("scroll", counter, { passive: true, capture: true });
  const next = document.querySelector(".sl-step-next");
  next.focus();
  next.click();
  setTimeout(() => { document.removeEventListener("scroll", counter, { capture: true }); done(count); }, 1000);
})"""


@pytest.mark.parametrize("ref", SAMPLE[:2])
def test_reduced_motion_nothing_moves(reduced: Page, server: Server, ref: str) -> None:
    """No CSS transition or animation runs, before or after using the activities; Back/Next jump."""
    prepare(reduced)
    open_lesson(reduced, server, ref)
    assert reduced.evaluate(MOVING) == []
    found = explore(reduced, ref, KINDS, deep=False)
    assert found.problems == []
    assert reduced.evaluate(MOVING) == []
    reduced.evaluate("window.scrollTo(0, 0)")
    assert reduced.evaluate(SCROLLS) <= 2, "Next scrolled smoothly (in many steps) despite reduced motion"


def test_without_reduced_motion_next_scrolls_smoothly(page: Page, server: Server) -> None:
    """The check above can fail: without the setting, Next's scroll is animated (many scroll events)."""
    open_lesson(page, server, SAMPLE[0])
    assert page.evaluate(SCROLLS) > 2
