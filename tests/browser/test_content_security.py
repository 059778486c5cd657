"""The lesson pages' Content-Security-Policy lets no script turn text into code ('unsafe-eval'
is not in it) and runs no inline script but the few fixed ones it lists by hash ('unsafe-inline'
is not in it either: markup that reaches a page runs no `<script>` or `on…=` handler), and
lessons still run under it: no violation, no console error (test_every_lesson.py opens every
lesson under the same policy)."""

from __future__ import annotations

import base64
import hashlib
import inspect
import re
import urllib.request
from pathlib import Path

import voila.handler
from playwright.sync_api import Browser, Page, expect
from safety_lessons.server.app import CONTENT_SECURITY_POLICY, SCRIPT_HASHES

from ..conftest import REPO
from .harness import Server, complete_4_7_passwords, open_lesson

RECORD_VIOLATIONS = """
    window.slViolations = [];
    document.addEventListener('securitypolicyviolation',
        e => window.slViolations.push(e.violatedDirective + ' ' + e.blockedURI));
"""


def script_sources(policy: str) -> list[str]:
    directives = dict(d.split(" ", 1) for d in policy.split("; "))
    return directives["script-src"].split()


def sha256(script: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()


def test_the_policy_sent_allows_no_eval_and_no_inline_script(server: Server) -> None:
    with urllib.request.urlopen(server.lesson_url("ages-4-7/passwords"), timeout=30) as response:
        sent = response.headers["Content-Security-Policy"]
    assert sent == CONTENT_SECURITY_POLICY
    assert "'unsafe-eval'" not in script_sources(sent)
    assert "'unsafe-eval'" not in sent and "'wasm-unsafe-eval'" not in sent
    assert "'unsafe-inline'" not in script_sources(sent) and "'strict-dynamic'" not in script_sources(sent)
    assert [s for s in script_sources(sent) if not s.startswith("'sha256-")] == ["'self'", "'unsafe-hashes'"]


def voilas_footer_scripts() -> list[str]:
    """The inline scripts of Voila's lab `body_footer` (`window.voila_finish();`): the lean page leaves
    them out, Voila's page (`serve --front-end voila`) sends them as they are written there."""
    from jupyter_core.paths import jupyter_path

    lab = next(Path(p) / "index.html.j2" for p in jupyter_path("voila", "templates", "lab")
               if (Path(p) / "index.html.j2").is_file())
    footer = re.search(r"{%- block body_footer -%}(.*?){%- endblock body_footer -%}", lab.read_text(), re.S)
    assert footer, lab
    return re.findall(r"<script[^>]*>(.*?)</script>", footer[1], re.S)


def test_every_inline_script_sent_is_one_the_policy_lists(server: Server) -> None:
    """Each inline script of a lesson page (pupil's and teacher's), the heartbeat Voila sends
    while a cell is slow, the one Voila's page adds (`--front-end voila`), and the take-home
    sheet's Print button: hashed, each in the policy."""
    inline: list[str] = []
    for url in (server.lesson_url("ages-4-7/passwords"), server.lesson_url("ages-14-18/group-chat-admin"),
                server.lesson_url("ages-11-14/passwords") + "?mode=teacher"):
        with urllib.request.urlopen(url, timeout=60) as response:
            page = response.read().decode()
        scripts = re.findall(r"<script((?:\s[^>]*)?)>(.*?)</script>", page, re.DOTALL)
        assert len(scripts) > 5 and any("src=" in attrs for attrs, _ in scripts)
        inline += [body for attrs, body in scripts if "src=" not in attrs and "json" not in attrs]
        assert not re.search(r"\son[a-z]+=", page), "an on…= handler in a lesson page"
    assert len(inline) == 3 and not any("voila_process(" in s for s in inline)  # one a page, none per cell
    heartbeat = re.findall(r"<script>(.*?)</script>", inspect.getsource(voila.handler))
    assert heartbeat == ["window.voila_heartbeat()"]
    voilas = voilas_footer_scripts()
    assert [s.strip() for s in voilas] == ["window.voila_finish();"]
    sheet = (REPO / "assets" / "voila" / "templates" / "classroom" / "take-home.html").read_text(encoding="utf-8")
    handlers = re.findall(r'\son[a-z]+="([^"]*)"', sheet)
    assert handlers == ["window.print()"]
    assert {sha256(s) for s in inline + heartbeat + voilas + handlers} == set(SCRIPT_HASHES)


def test_a_lesson_runs_under_the_policy(page: Page, server: Server) -> None:
    page.add_init_script(RECORD_VIOLATIONS)
    open_lesson(page, server, "ages-4-7/passwords")
    complete_4_7_passwords(page)  # widgets render and answer
    assert page.evaluate("window.slViolations") == []
    # (the watched page fails the test on any console error, CSP reports included)


def test_the_policy_stops_eval_in_the_page(browser: Browser, server: Server) -> None:
    """The policy is in force: a script of the page's own address that tries `new Function` is
    refused (the script is answered by the test: an inline one would not run at all)."""
    page = browser.new_page()
    try:
        page.add_init_script(RECORD_VIOLATIONS)
        page.route("**/sl-eval-probe.js", lambda route: route.fulfill(
            content_type="text/javascript",
            body="try { new Function('return 1')(); document.body.dataset.slEval = 'ran'; }"
                 " catch (e) { document.body.dataset.slEval = e.name; }"))
        open_lesson(page, server, "ages-4-7/passwords")
        page.evaluate("""() => {
            const s = document.createElement('script');
            s.src = '/sl-eval-probe.js';
            document.body.appendChild(s);
        }""")
        expect(page.locator("body")).to_have_attribute("data-sl-eval", "EvalError")
        violations = page.evaluate("window.slViolations")
        assert violations and all(v.startswith("script-src") for v in violations), violations
    finally:
        page.close()


def test_the_template_repeats_voilas_cell_block_without_its_script() -> None:
    """classroom/index.html.j2 repeats Voila's lab `any_cell` block but for its per-cell script: a
    change to Voila's block shows here (compat item 4)."""
    from jupyter_core.paths import jupyter_path

    def block(path: Path, name: str) -> list[str]:
        found = re.search(r"{%-?\s*block " + name + r"\b.*?%}(.*?){%-?\s*endblock " + name, path.read_text(), re.S)
        assert found, (path, name)
        return [line.strip() for line in found[1].splitlines() if line.strip()]

    [lab] = [Path(p) / "index.html.j2" for p in jupyter_path("voila", "templates", "lab")
             if (Path(p) / "index.html.j2").is_file()][:1]
    voilas = block(lab, "any_cell")
    assert voilas[1:4] == ["<script>", "voila_process({{ cellloop.index }}, {{ cell_count }})", "</script>"]
    ours = block(REPO / "assets" / "voila" / "templates" / "classroom" / "index.html.j2", "any_cell")
    assert ours == [voilas[0], "{{ super.super() }}", *voilas[5:]] and voilas[4] == "{{ super() }}"
    assert block(REPO / "assets" / "voila" / "templates" / "classroom" / "index.html.j2", "html_head_js_logs") == []


def test_the_policy_refuses_an_inline_script_and_handler_in_the_page(browser: Browser, server: Server) -> None:
    """Markup put into a lesson page (as a widget's HTML is) runs neither a <script> nor an
    `onerror=`: the browser reports both refused."""
    page = browser.new_page()
    try:
        page.add_init_script(RECORD_VIOLATIONS)
        open_lesson(page, server, "ages-4-7/passwords")
        page.evaluate("""() => {
            window.slRan = [];
            const box = document.createElement('div');
            box.innerHTML = '<img src="data:," onerror="window.slRan.push(1)">';  // no request: fails at once
            document.body.append(box);
            const s = document.createElement('script');
            s.textContent = 'window.slRan.push(2)';
            document.body.append(s);
        }""")
        page.wait_for_function("window.slViolations.length >= 2")
        violations = page.evaluate("window.slViolations")
        assert sorted(v.split()[0] for v in violations) == ["script-src-attr", "script-src-elem"], violations
        assert page.evaluate("window.slRan") == []
    finally:
        page.close()


def test_the_take_home_sheets_print_button_works_under_the_policy(page: Page, server: Server) -> None:
    page.add_init_script(RECORD_VIOLATIONS + "window.print = () => { document.body.dataset.slPrinted = 'yes'; };")
    page.goto(f"{server.url}take-home/ages-7-11/passwords.html")
    page.get_by_role("button", name="Print").click()
    expect(page.locator("body")).to_have_attribute("data-sl-printed", "yes")
    assert page.evaluate("window.slViolations") == []
