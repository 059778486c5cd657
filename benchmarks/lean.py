"""The lean lesson page (issue 34), measured beside Voila's page for the same lesson in one run, in
Chromium with an empty cache on the loopback:

- the floor: the lesson's widgets as static embedded state drawn by `@jupyter-widgets/html-manager`
  (its stock `embed.js`), no kernel. The page is Voila's own HTML for the lesson with Voila's
  application taken out, the widgets' state (asked of the page's kernel over the control comm, as
  the lean page does) put in, and the cells shown;
- the lean page: `serve`'s default (the bundle in the classroom template's static files);
- Voila's page: `serve --front-end voila`, the classroom template with Voila's application.

Figures per page: the script the browser compiles (bytes of every script fetched or inline),
requests, bytes gzipped (each response compressed here, so every page is counted alike), time to
the first activity drawn and to the last, and V8's script time (Chromium's `ScriptDuration`).

    PYTHONPATH=widgets .venv/bin/python benchmarks/lean.py [--lesson ages-11-14/passwords] [--repeat 3]

Needs `npm ci` in assets/frontend/ for html-manager's embed.js (the floor only).
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import re
import statistics
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import NO_OTHER_HOSTS, REPO, SCHOOL_WIFI, Measured, bare, bare_notebook, fmt, ours, path_load, running, table
from safety_lessons.harness import CHROMIUM, CHROMIUM_FLAGS

EMBED = REPO / "assets" / "frontend" / "node_modules" / "@jupyter-widgets" / "html-manager" / "dist" / "embed.js"
ACTIVITY = ".sl-activity"

# Records (ms since navigation) each time the page's count of activities grows.
WATCH_ACTIVITIES = """(() => {
  window.__drawn = [];
  const seen = () => {
    const n = document.querySelectorAll('ACTIVITY').length;
    const last = window.__drawn[window.__drawn.length - 1];
    if (n > (last ? last[0] : 0)) window.__drawn.push([n, performance.now()]);
  };
  new MutationObserver(seen).observe(document, {childList: true, subtree: true});
})();""".replace("ACTIVITY", ACTIVITY)

SHOW_CELLS = """<script>
document.getElementById('loading')?.remove();
document.getElementById('rendered_cells').style.display = '';
</script>"""


async def widget_state(server: Measured, ref: str) -> tuple[str, dict[str, object]]:
    """A lesson page's HTML and its kernel's widgets, as html-manager embeds them (the control comm's
    `request_states`, the message a page sends to restore its widgets)."""
    from tornado.httpclient import AsyncHTTPClient, HTTPRequest
    from tornado.websocket import websocket_connect

    response = await AsyncHTTPClient().fetch(server.lesson_url(ref), request_timeout=180)
    page = response.body.decode()
    kernel = re.search(r'"kernelId":\s*"([0-9a-f-]{36})"', page)
    assert kernel, "no kernel id in the page"
    cookies = "; ".join(c.split(";", 1)[0] for c in response.headers.get_list("Set-Cookie"))
    session = uuid.uuid4().hex
    ws = await websocket_connect(HTTPRequest(
        f"ws://127.0.0.1:{server.port}/api/kernels/{kernel.group(1)}/channels?session_id={session}",
        headers={"Cookie": cookies} if cookies else {}))
    comm = uuid.uuid4().hex

    def message(kind: str, content: dict[str, object], metadata: dict[str, str] | None = None) -> str:
        return json.dumps({"header": {"msg_id": uuid.uuid4().hex, "msg_type": kind, "username": "pupil",
                                      "session": session, "date": "", "version": "5.3"},
                           "parent_header": {}, "metadata": metadata or {}, "content": content, "channel": "shell",
                           "buffers": []})

    try:
        ws.write_message(message("comm_open", {"comm_id": comm, "target_name": "jupyter.widget.control",
                                               "data": {}}, {"version": "1.0.0"}))
        ws.write_message(message("comm_msg", {"comm_id": comm, "data": {"method": "request_states"}}))
        while True:
            raw = await asyncio.wait_for(ws.read_message(), 60)
            if raw is None:
                raise RuntimeError("websocket closed")
            if isinstance(raw, bytes):
                continue
            msg = json.loads(raw)
            data = msg.get("content", {}).get("data", {})
            if msg["header"]["msg_type"] == "comm_msg" and data.get("method") == "update_states":
                return page, data["states"]
    finally:
        ws.close()


def floor_page(page: str, states: dict[str, object]) -> str:
    """Voila's page without Voila's application: each widget output as html-manager's view script,
    the state beside them, html-manager's embed.js, and the cells shown."""
    def view(match: re.Match[str]) -> str:
        output = json.loads(match.group(1))
        widget = output.get("data", {}).get("application/vnd.jupyter.widget-view+json")
        if widget is None:
            return match.group(0)
        return f'<script type="application/vnd.jupyter.widget-view+json">{json.dumps(widget)}</script>'

    page = re.sub(r'<script type="application/vnd.voila.cell-output\+json">\s*(.*?)\s*</script>', view, page,
                  flags=re.S)
    page = re.sub(r'<script src="[^"]*/voila\.js[^"]*"></script>', "", page)
    state = json.dumps({"version_major": 2, "version_minor": 0, "state": states}).replace("</", "<\\/")
    extra = (f'<script type="application/vnd.jupyter.widget-state+json">{state}</script>\n'
             f'{SHOW_CELLS}\n<script src="/lean-spike/embed.js"></script>\n')
    return page.replace("</body>", extra + "</body>", 1)


# Chromium's trace: what V8 does for the page (compiling, evaluating, calling into script).
TRACED = ["devtools.timeline", "v8", "disabled-by-default-devtools.timeline"]
SCRIPT_EVENTS = {"EvaluateScript", "v8.compile", "v8.compileModule", "v8.evaluateModule", "FunctionCall",
                 "v8.produceCache", "v8.parseOnBackground"}


def script_seconds(trace: dict[str, Any]) -> float:
    """Seconds the renderers' main threads spent in script: the union of the script events on each
    (an event inside another counts once)."""
    events = trace["traceEvents"] if isinstance(trace, dict) else trace
    mains = {(e["pid"], e["tid"]) for e in events
             if e.get("name") == "thread_name" and e.get("args", {}).get("name") == "CrRendererMain"}
    spans = sorted((e["ts"], e["ts"] + e.get("dur", 0), (e["pid"], e["tid"])) for e in events
                   if e.get("ph") == "X" and e.get("name") in SCRIPT_EVENTS and (e["pid"], e["tid"]) in mains)
    total, ends = 0.0, {}
    for start, end, thread in spans:
        covered = ends.get(thread, 0)
        if end > covered:
            total += end - max(start, covered)
            ends[thread] = end
    return total / 1e6


@dataclass
class PageLoad:
    first_ms: float | None = None
    all_ms: float | None = None
    activities: int = 0
    requests: int = 0
    script_bytes: int = 0  # as the browser compiles it: fetched scripts' bodies and inline scripts
    gzipped: int = 0
    script_s: float | None = None  # compiling and running script on the page's main thread (Chromium's trace)
    task_s: float | None = None  # the renderer's main thread busy (TaskDuration)
    front_ms: float | None = None  # the page's HTML received → the last activity drawn: the front end alone
    kinds: dict[str, int] = field(default_factory=dict)


def load(browser, url: str, fulfil: dict[str, tuple[str, bytes]]) -> PageLoad:  # type: ignore[no-untyped-def]
    """An empty cache, `url` until its activities stop growing (2 s with no new one, the network
    quiet); `fulfil` answers some addresses (path → type, body) instead of the server."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(90_000)
    page.add_init_script(WATCH_ACTIVITIES)
    bodies: list[tuple[str, str, bytes]] = []

    def route(r):  # type: ignore[no-untyped-def]
        path = r.request.url.split("//", 1)[1].split("/", 1)[1].split("?")[0]
        if "/" + path in fulfil:
            kind, body = fulfil["/" + path]
            return r.fulfill(status=200, content_type=kind, body=body)
        return r.continue_()

    def got(response):  # type: ignore[no-untyped-def]
        try:
            bodies.append((response.url, response.request.resource_type, response.body()))
        except Exception:  # a websocket upgrade or an aborted request has no body
            bodies.append((response.url, response.request.resource_type, b""))

    browser.start_tracing(page=page, categories=TRACED)
    page.route("**/*", route)  # every page routed alike (routing turns the HTTP cache off: empty anyway)
    page.on("response", got)
    cdp = context.new_cdp_session(page)
    cdp.send("Performance.enable")
    result = PageLoad()
    try:
        page.goto(url, wait_until="load")
        page.locator(ACTIVITY).first.wait_for(state="attached")
        stable = 0
        count = -1
        while stable < 4:  # the count of activities unchanged for 2 s
            page.wait_for_timeout(500)
            now = page.evaluate("window.__drawn.length")
            stable, count = (stable + 1, count) if now == count else (0, now)
        drawn = page.evaluate("window.__drawn")
        result.first_ms, result.all_ms, result.activities = drawn[0][1], drawn[-1][1], drawn[-1][0]
        inline = page.evaluate("""[...document.scripts]
            .filter(s => !s.src && (!s.type || /javascript|module/.test(s.type)))
            .reduce((n, s) => n + new TextEncoder().encode(s.textContent).length, 0)""")
        metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
        result.task_s = metrics.get("TaskDuration")
        html_end = page.evaluate("performance.getEntriesByType('navigation')[0].responseEnd")
        result.front_ms = result.all_ms - html_end
    finally:
        trace = browser.stop_tracing()
        context.close()
    result.script_s = script_seconds(json.loads(trace))
    result.requests = len(bodies)
    result.script_bytes = inline + sum(len(b) for _, kind, b in bodies if kind == "script")
    result.gzipped = sum(len(gzip.compress(b, 6)) for _, _, b in bodies)
    for _, kind, _body in bodies:
        result.kinds[kind] = result.kinds.get(kind, 0) + 1
    return result


def median(loads: list[PageLoad], name: str) -> float | None:
    values = [getattr(x, name) for x in loads if getattr(x, name) is not None]
    return statistics.median(values) if values else None


PAGES = ("Voila's page (--front-end voila)", "floor: html-manager, static state", "lean page (the default)")


def page_figures(browser, voila: Measured, lean: Measured, ref: str, repeat: int,  # type: ignore[no-untyped-def]
                 html: str, states: dict[str, object]) -> None:
    floor_url = voila.url + "lean-spike/" + ref + ".html"
    fulfil = {"/lean-spike/" + ref + ".html": ("text/html", floor_page(html, states).encode()),
              "/lean-spike/embed.js": ("text/javascript", EMBED.read_bytes())}
    urls = dict(zip(PAGES, [voila.lesson_url(ref), floor_url, lean.lesson_url(ref)], strict=True))
    pages: dict[str, list[PageLoad]] = {name: [] for name in PAGES}
    for name in pages:  # a first load of each fills the servers' caches
        load(browser, urls[name], fulfil)
    for _ in range(repeat):  # interleaved, so each sees the same machine
        for name, loads in pages.items():
            loads.append(load(browser, urls[name], fulfil))
            voila.wait_quiet(time.monotonic() + 60)
            lean.wait_quiet(time.monotonic() + 60)
    base = pages[PAGES[0]]
    rows = []
    for name, loads in pages.items():
        row = [name]
        for figure, unit, scale in (("script_bytes", " MB", 1e6), ("requests", "", 1), ("gzipped", " MB", 1e6),
                                    ("first_ms", " ms", 1), ("all_ms", " ms", 1), ("front_ms", " ms", 1),
                                    ("script_s", " s", 1), ("task_s", " s", 1)):
            mine, theirs = median(loads, figure), median(base, figure)
            ratio = f" ({mine / theirs:.2f}x)" if mine is not None and theirs else ""
            row.append(fmt(None if mine is None else mine / scale, unit) + ratio)
        row.append(str(loads[-1].activities))
        rows.append(row)
    table(f"Lean page (issue 34): {ref}, empty cache, loopback, warmed kernels (median of {repeat}; ratio to Voila's "
          "page)", ["page", "script compiled", "requests", "gzipped", "first activity", "last activity",
                    "HTML → last activity", "script time", "main thread", "activities"], rows)


def path_figures(browser, bare_: Measured, voila: Measured, lean: Measured, ref: str, repeat: int) -> None:  # type: ignore[no-untyped-def]
    """The pupil's path of run.py (landing page → lesson interactive, vs bare Voila's file tree →
    the one-button notebook), for Voila's page (--front-end voila) and the lean one (the default)."""
    bare_link, ours_link = '.jp-DirListing-item:has-text("button.ipynb")', f'a[href$="{ref}.ipynb"]'
    runs: dict[str, dict[str, list[float]]] = {"loopback": {}, "school Wi-Fi": {}}
    for _ in range(repeat):
        for network, found in runs.items():
            emulate = SCHOOL_WIFI if network == "school Wi-Fi" else None
            for name, server, link, lesson, root in (("bare Voila", bare_, bare_link, "button", ".bench-root"),
                                                     ("Voila's page", voila, ours_link, ref, ACTIVITY),
                                                     ("lean page", lean, ours_link, ref, ACTIVITY)):
                tti = path_load(browser, server, link, lesson, root, emulate).tti_ms
                if tti is not None:
                    found.setdefault(name, []).append(tti)
                server.wait_quiet(time.monotonic() + 60)
    rows = []
    for network, found in runs.items():
        base = statistics.median(found["bare Voila"]) if found.get("bare Voila") else None
        for name, values in found.items():
            mine = statistics.median(values)
            rows.append([network, name, fmt(mine, " ms"), "—" if not base else f"{mine / base:.2f}x"])
    table(f"The pupil's path: landing page → {ref} interactive (median of {repeat}; goal ≤0.6x loopback, ≤0.4x Wi-Fi)",
          ["network", "page", "open → interactive", "ratio to bare Voila"], rows)


def main(argv: list[str] | None = None) -> int:
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lesson", default="ages-11-14/passwords")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", choices=["pages", "path"], action="append", help="default both")
    args = parser.parse_args(argv)
    ref, parts = args.lesson, set(args.only or ["pages", "path"])
    pool = str(args.repeat + 3)  # Voila refills a pool as pages take its kernels
    with tempfile.TemporaryDirectory(prefix="sl-lean-") as tmpdir:
        tmp = Path(tmpdir)
        folder = tmp / "bare"
        folder.mkdir()
        bare_notebook(folder)
        with (running(ours(tmp, "--warm", ref, "--class-size", pool, "--front-end", "voila", cull=300)) as voila,
              running(ours(tmp, "--warm", ref, "--class-size", pool, cull=300)) as lean,
              running(bare(tmp, folder, "--VoilaConfiguration.preheat_kernel=True",
                           f"--VoilaConfiguration.default_pool_size={pool}", cull=300)) as bare_):
            for server in (voila, lean, bare_):
                server.wait_warm()  # pages come from ready kernels: what is left is mostly the front end
            html, states = asyncio.run(widget_state(voila, ref))
            with sync_playwright() as p:
                figures(p, voila, lean, bare_, ref, args.repeat, parts, html, states)
    return 0


def figures(p, voila: Measured, lean: Measured, bare_: Measured, ref: str, repeat: int,  # type: ignore[no-untyped-def]
            parts: set[str], html: str, states: dict[str, object]) -> None:
    browser = p.chromium.launch(executable_path=CHROMIUM, args=[*CHROMIUM_FLAGS, NO_OTHER_HOSTS])
    try:
        if "pages" in parts:
            page_figures(browser, voila, lean, ref, repeat, html, states)
        if "path" in parts:
            path_figures(browser, bare_, voila, lean, ref, repeat)
    finally:
        browser.close()


if __name__ == "__main__":
    sys.exit(main())
