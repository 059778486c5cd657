"""The lesson pages' Content-Security-Policy lets no script turn text into code ('unsafe-eval'
is not in it), and lessons still run under it: no violation, no console error
(test_every_lesson.py opens every lesson under the same policy)."""

from __future__ import annotations

import urllib.request

from playwright.sync_api import Browser, Page, expect
from safety_lessons.server import CONTENT_SECURITY_POLICY

from .harness import Server, complete_4_7_passwords, open_lesson

RECORD_VIOLATIONS = """
    window.slViolations = [];
    document.addEventListener('securitypolicyviolation',
        e => window.slViolations.push(e.violatedDirective + ' ' + e.blockedURI));
"""


def script_sources(policy: str) -> list[str]:
    directives = dict(d.split(" ", 1) for d in policy.split("; "))
    return directives["script-src"].split()


def test_the_policy_sent_allows_no_eval(server: Server) -> None:
    with urllib.request.urlopen(server.lesson_url("ages-4-7/passwords"), timeout=30) as response:
        sent = response.headers["Content-Security-Policy"]
    assert sent == CONTENT_SECURITY_POLICY
    assert "'unsafe-eval'" not in script_sources(sent)
    assert "'unsafe-eval'" not in sent and "'wasm-unsafe-eval'" not in sent


def test_a_lesson_runs_under_the_policy(page: Page, server: Server) -> None:
    page.add_init_script(RECORD_VIOLATIONS)
    open_lesson(page, server, "ages-4-7/passwords")
    complete_4_7_passwords(page)  # widgets render and answer
    assert page.evaluate("window.slViolations") == []
    # (the watched page fails the test on any console error, CSP reports included)


def test_the_policy_stops_eval_in_the_page(browser: Browser, server: Server) -> None:
    """The policy is in force: a script in the page that tries `new Function` is refused."""
    page = browser.new_page()
    try:
        page.add_init_script(RECORD_VIOLATIONS)
        open_lesson(page, server, "ages-4-7/passwords")
        page.evaluate("""() => {
            const s = document.createElement('script');
            s.textContent = "try { new Function('return 1')(); document.body.dataset.slEval = 'ran'; }"
                + " catch (e) { document.body.dataset.slEval = e.name; }";
            setTimeout(() => document.body.appendChild(s), 0);  // not inside evaluate(), which may eval
        }""")
        expect(page.locator("body")).to_have_attribute("data-sl-eval", "EvalError")
        violations = page.evaluate("window.slViolations")
        assert violations and all(v.startswith("script-src") for v in violations), violations
    finally:
        page.close()
