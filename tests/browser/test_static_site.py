"""The server-less site (`safety-lessons build-static`) in a real browser: built once (from the
lessons its pages open, the others hidden as a school hides them), served by a plain static file
server on 127.0.0.1, with Python running in the page (Pyodide). No request may leave that server:
the Python runtime and every wheel come from the site itself.

Each lesson page starts Python in the browser (the costliest step of the suite), so the module opens
four, and more lessons in their pages' Python (the site is built with `--swap-lessons`),
chosen so every kind of activity runs in the browser (a test below checks the choice):

- ages-4-7/passwords (pupil): sorter, word-builder, quiz; read aloud, a pupil completing the lesson,
  the characters' pictures, accessibility;
- ages-14-18/passwords (pupil): strength-meter, which-is-stronger; zxcvbn in the browser, nothing a
  pupil types is kept; the service worker an earlier page registered is kept; then "All lessons" and
  ages-11-14/block-and-report (`SWAPPED`: app-walkthrough, inbox, story) in the same page and Python;
- ages-14-18/age-limits (teacher view): age-picker, age-sort, why-limits, the-law; the teacher's
  notes, answers, links and the class pulse's absence; then ages-4-7/passwords' teacher view from
  the teachers' list, in the same page and Python;
- `KINDS`: one pupil page, and three lessons more opened in its Python; one per band at least with
  the above: friend-requests, profile-settings; group-chat; make-it-safer, spot-the-clues; route-finder.

Every page has help and before-and-after, and each is checked to run cleanly (no traceback, no
"needs fixing"). The landing pages and take-home sheets start no Python.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect
from safety_lessons.content.library import Library
from safety_lessons.content.notebooks import TEACHER
from safety_lessons.registry import BY_NAME, MODELS

from tests.conftest import LESSONS, PICTURES

from .explore import axe as violations
from .harness import StaticSite, Watch, complete_4_7_passwords, screenshot, watched_page

BOOT_TIMEOUT = 180  # s: the first page of a session starts Python in the browser on a busy machine
READ_ALOUD = "ages-4-7/passwords"
METER = "ages-14-18/passwords"
TEACHER_VIEW = "ages-14-18/age-limits"
SWAPPED = "ages-11-14/block-and-report"  # opened from the meter's page, in its Python (--swap-lessons)
KINDS = ["ages-7-11/privacy-and-friends", "ages-11-14/group-chat-admin", "ages-7-11/personal-details",
         "ages-4-7/reporting-concerns"]
OPENED = {READ_ALOUD, METER, TEACHER_VIEW, SWAPPED, *KINDS}


@pytest.fixture(scope="module")
def site_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped lessons with those the module opens shown and the rest hidden (school.yaml
    `hidden:`): each lesson in a site costs two Voici renders at build time, and every page is made
    by the same code; the others' content is checked where it is served (test_every_lesson.py)."""
    top = tmp_path_factory.mktemp("static-lessons")
    root = top / "lessons"
    shutil.copytree(LESSONS, root, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    shutil.copytree(PICTURES, top / "assets" / "characters")
    hidden = sorted(f"{band}/{topic}" for band, topic, _ in Library(root, MODELS).lessons()
                    if f"{band}/{topic}" not in OPENED)
    with (root / "school.yaml").open("a", encoding="utf-8") as school:
        school.write(f"hidden: [{', '.join(hidden)}]\n")
    assert sorted(refs(root)) == sorted(OPENED)
    return root


def refs(root: Path) -> list[str]:
    """The lessons a site built from `root` holds."""
    return [f"{band}/{topic}" for band, topic, _ in Library(root, MODELS).lessons()]


@pytest.fixture(scope="module")
def site(site_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[StaticSite]:
    out = tmp_path_factory.mktemp("static") / "site"
    built = subprocess.run([sys.executable, "-m", "safety_lessons.cli", "build-static", str(out), str(site_root),
                            "--swap-lessons"], capture_output=True, text=True, timeout=1200)
    assert built.returncode == 0, built.stdout + built.stderr
    served = StaticSite(out)
    yield served
    served.stop()


@pytest.fixture(scope="module")
def worker_log() -> list[str]:
    """What JupyterLite's pages in `visitor` said of its service worker, in order."""
    return []


@pytest.fixture(scope="module")
def visitor(browser: Browser, worker_log: list[str]) -> Iterator[BrowserContext]:
    """One browser for the module's pages, as a pupil's is: the site's files (Python and its
    packages) come from the network once, then from its cache."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.on("console", lambda m: worker_log.append(m.text) if "ServiceWorker" in m.text
               or "service workers" in m.text else None)
    yield context
    context.close()


@pytest.fixture
def static_page(browser: Browser, visitor: BrowserContext, site: StaticSite) -> Iterator[tuple[Page, Watch]]:
    watch = Watch()
    with watched_page(browser, site, watch, context=visitor) as pg:
        pg.set_default_timeout(BOOT_TIMEOUT * 1000)
        yield pg, watch


def open_static(page: Page, site: StaticSite, ref: str, *, teacher: bool = False) -> None:
    page.goto(site.lesson_url(ref, teacher=teacher))
    page.locator(".sl-help").wait_for(state="attached")


def test_the_site_ships_its_own_python_compiled_in_a_versioned_folder(site: StaticSite) -> None:
    [pyodide] = site.folder.glob("static/pyodide*")
    assert re.fullmatch(r"pyodide-[0-9a-f]{12}", pyodide.name)  # named for its contents: cached long
    lock = json.loads((pyodide / "pyodide-lock.json").read_text())
    assert lock["info"]["version"] == json.loads((pyodide / "package.json").read_text())["version"]
    for name in ("safety-lessons", "ipywidgets", "zxcvbn", "pyyaml", "pyodide-kernel", "ipython"):
        entry = lock["packages"][name]
        assert (pyodide / entry["file_name"]).is_file(), name
        assert re.search(r"-cp313-none-any\.whl$", entry["file_name"]), entry["file_name"]  # bytecode
    assert "parso" not in lock["packages"] and lock["packages"]["jedi"]["version"] == "0"  # no completion
    assert "://" not in json.dumps(lock["packages"]), "the lock points at another host"
    config = json.loads((site.folder / "jupyter-lite.json").read_text())["jupyter-config-data"]
    kernel = config["litePluginSettings"]["@jupyterlite/pyodide-kernel-extension:kernel"]
    assert kernel["pyodideUrl"] == f"./static/{pyodide.name}/pyodide.js"
    assert kernel["disablePyPIFallback"] is True
    assert not list(site.folder.rglob("*xeus*")), "the unused xeus kernel (which calls GitHub) is in the site"
    teachers = json.loads((site.folder / "teacher" / "jupyter-lite.json").read_text())["jupyter-config-data"]
    kernel = teachers["litePluginSettings"]["@jupyterlite/pyodide-kernel-extension:kernel"]
    assert kernel["pyodideUrl"] == f"./../static/{pyodide.name}/pyodide.js", "the teacher site uses the pupils' Python"
    assert not list((site.folder / "teacher" / "static").glob("pyodide*"))
    for page in site.folder.rglob("voici/render/**/*.html"):  # each page holds the settings too
        text = page.read_text()
        assert "static/pyodide/" not in text and f"static/{pyodide.name}/pyodide.js" in text, page


def test_the_pages_opened_here_run_every_kind_of_activity(lessons_root: Path) -> None:
    lib = Library(lessons_root, MODELS)
    shown = {activity.kind for ref in [READ_ALOUD, METER, TEACHER_VIEW, SWAPPED, *KINDS]
             for activity in lib.lesson(*ref.split("/")).activities.values()}
    assert sorted(set(BY_NAME) - shown) == [], "add a lesson with these kinds to KINDS"


def _links(page: Page, url: str) -> list[str]:
    page.goto(url)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert violations(page) == []
    return list(page.locator("main a").evaluate_all("links => links.map(a => a.href)"))


def test_the_pupils_landing_page_links_every_lesson_and_no_teacher_view(
        static_page: tuple[Page, Watch], site: StaticSite, site_root: Path) -> None:
    page, _ = static_page
    every = _links(page, site.url)
    lessons = refs(site_root)
    assert sorted(h for h in every if "/take-home/" in h) == sorted(f"{site.url}take-home/{r}.html" for r in lessons)
    assert sorted(h for h in every if "/take-home/" not in h) == sorted(site.lesson_url(r) for r in lessons)
    expect(page.get_by_text("Teacher view")).to_have_count(0)
    expect(page.get_by_text("Teachers:")).to_have_count(0)
    expect(page.locator("form.pulse")).to_have_count(0)  # a class pulse needs the server
    for href in every[:2]:
        with urllib.request.urlopen(href, timeout=10) as answer:
            assert answer.status == 200


def test_the_teachers_landing_page_in_teacher_links_both_views(static_page: tuple[Page, Watch], site: StaticSite,
                                                               site_root: Path) -> None:
    page, _ = static_page
    every = _links(page, f"{site.url}teacher/")
    hrefs = [h for h in every if "/take-home/" not in h]
    lessons = refs(site_root)
    assert sorted(h for h in every if "/take-home/" in h) == sorted(f"{site.url}take-home/{r}.html" for r in lessons)
    assert sorted(h for h in hrefs if "/teacher/" not in h) == sorted(site.lesson_url(r) for r in lessons)
    assert sorted(h for h in hrefs if "/teacher/" in h) == sorted(site.lesson_url(r, teacher=True) for r in lessons)
    assert all(h.startswith(f"{site.url}teacher/") for h in hrefs if "/teacher/" in h)
    for href in [h for h in hrefs if "/teacher/" in h][:2]:
        with urllib.request.urlopen(href, timeout=10) as answer:
            assert answer.status == 200


def _note_lines(root: Path) -> dict[str, str]:
    """Each lesson notebook in a site → the longest run of plain words in its teacher notes."""
    lines = {}
    for notebook in (root / f"{ref}.ipynb" for ref in refs(root)):
        notes = "".join("".join(cell["source"]) for cell in json.loads(notebook.read_text())["cells"]
                        if TEACHER in cell.get("metadata", {}).get("tags", []))
        runs = re.findall(r"[A-Za-z][A-Za-z ,]{40,}[A-Za-z]", notes)
        if runs:
            lines[notebook.relative_to(root).as_posix()] = max(runs, key=len)
    return lines


def test_no_teacher_note_or_teacher_view_is_outside_the_teacher_folder(site: StaticSite, site_root: Path) -> None:
    lines = _note_lines(site_root)
    assert len(lines) == len(OPENED)
    marks = [*sorted({line.encode() for line in lines.values()}), b"lessons/teacher/ages-"]
    outside: list[str] = []
    inside: set[bytes] = set()
    for path in site.folder.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        teacher = path.relative_to(site.folder).parts[0] == "teacher"
        for mark in marks:
            if mark in data and teacher:
                inside.add(mark)
            elif mark in data:
                outside.append(f"{path.relative_to(site.folder)}: {mark!r}")
    assert outside == []
    assert inside == set(marks), "the teacher site lacks some notes (so this test would not see them)"


def test_a_pupil_completes_a_sorter_offline_and_hears_it_read_aloud(static_page: tuple[Page, Watch],
                                                                     site: StaticSite) -> None:
    """The same read-aloud buttons as served pages, with a stand-in voice (test_read_aloud.py has the rest)."""
    from .test_read_aloud import markdown, read_button, said, stubbed

    page, _ = static_page
    stubbed(page)
    open_static(page, site, READ_ALOUD)
    runs_cleanly(page)
    first = markdown(page, "Passwords are like a secret key")
    first.locator(".sl-read-button").click()
    assert said(page) == ["Passwords are like a secret key. Meet Pip. Pip likes to play a game on a tablet. To play, "
                          "Pip types a password. A password is like a key. It opens the door to Pip's game. We never "
                          "type real passwords in these lessons."]
    help_card = page.locator(".sl-help")
    help_card.wait_for(state="visible")
    read_button(help_card).click()
    assert said(page)[-1].startswith("Who can help?")
    assert page.evaluate("window.__spoken[0].rate") == 0.8
    complete_4_7_passwords(page)
    expect(page.get_by_role("img", name=re.compile(r"^Pip, a child")).first).to_be_visible()  # pictures ship too
    expect(page.locator(".celltag_teacher")).to_have_count(0)
    expect(page.locator("html")).to_have_class(re.compile("sl-mode-pupil"))
    assert violations(page) == []
    screenshot(page, "static-ages-4-7-passwords")


STORED = """async (mark) => {
  const found = [];
  for (const store of [localStorage, sessionStorage]) {
    for (const key of Object.keys(store)) { if ((key + store.getItem(key)).includes(mark)) found.push(key); }
  }
  for (const info of await indexedDB.databases()) {
    const db = await new Promise((ok, fail) => {
      const r = indexedDB.open(info.name); r.onsuccess = () => ok(r.result); r.onerror = fail; });
    for (const name of db.objectStoreNames) {
      const rows = await new Promise(ok => {
        const q = db.transaction(name).objectStore(name).getAll(); q.onsuccess = () => ok(q.result); });
      if (JSON.stringify(rows).includes(mark)) found.push(info.name + "/" + name);
    }
    db.close();
  }
  for (const name of await caches.keys()) {
    for (const request of await (await caches.open(name)).keys()) {
      if (request.url.includes(mark)) found.push(request.url);
    }
  }
  return found;
}"""


def test_the_password_meter_runs_zxcvbn_in_the_browser_keeps_nothing_and_the_next_lesson_uses_its_python(
        static_page: tuple[Page, Watch], site: StaticSite, worker_log: list[str]) -> None:
    page, _ = static_page
    earlier = len(worker_log)
    registered = any(line.startswith("Registering new JupyterLite ServiceWorker") for line in worker_log)
    open_static(page, site, METER)
    runs_cleanly(page)
    # A later lesson page keeps the worker an earlier one registered (in the module's order, the
    # read-aloud page before this one), rather than unregistering it and registering it again.
    said = worker_log[earlier:]
    assert not [line for line in said if "unregistering" in line], said
    if registered:
        assert "JupyterLite ServiceWorker was already registered" in said, said
        assert not [line for line in said if line.startswith("Registering new")], said
    next_lesson_in_the_same_python(page, site)


def next_lesson_in_the_same_python(page: Page, site: StaticSite) -> None:
    """`--swap-lessons`: "All lessons" lists the lessons in the page, and the one chosen runs in the
    page's Python, with its own toolbar and steps; back and forward return through them."""
    page.evaluate("window.slSamePage = true")  # gone if the browser loaded a new page
    page.get_by_role("link", name="All lessons").click()
    expect(page).to_have_url(site.url)
    expect(page.get_by_role("heading", level=1)).to_have_count(1)
    page.locator(f'main a[href="voici/render/lessons/{SWAPPED}.html"]').click()
    expect(page).to_have_url(site.lesson_url(SWAPPED))
    runs_cleanly(page)
    expect(page.locator(".sl-strength-meter")).to_have_count(0)
    expect(page.locator(".sl-toolbar")).to_have_count(1)
    expect(page.locator(".sl-steps")).to_have_count(1)
    title = page.locator(".jp-RenderedMarkdown h1").first.inner_text().rstrip("¶").strip()
    expect(page.locator(".sl-step-where")).to_contain_text(title)
    assert page.evaluate("window.slSamePage") is True, "the lesson opened as a new page"
    assert violations(page) == []
    page.go_back()
    expect(page).to_have_url(site.url)
    page.go_back()
    expect(page).to_have_url(site.lesson_url(METER))
    runs_cleanly(page)
    expect(page.locator(".sl-strength-meter").first).to_be_visible()
    assert page.evaluate("window.slSamePage") is True
    meter = page.locator(".sl-strength-meter").first
    box = meter.get_by_role("textbox")
    box.press_sequentially("password")
    expect(meter.locator(".sl-meter-label")).to_contain_text("Very weak")
    box.fill("lantern walrus pickle comet")
    expect(meter.locator(".sl-meter-label")).to_contain_text("Very strong")
    box.fill("")
    box.press_sequentially("MARK7731")  # what a pupil typed: weak, so the meter shows it was read
    expect(meter.locator(".sl-meter-label")).not_to_contain_text("Very strong")
    page.wait_for_timeout(1000)  # let any storage write land before looking
    assert page.evaluate(STORED, "MARK7731") == []


def test_teacher_view_has_notes_and_answers(static_page: tuple[Page, Watch], site: StaticSite) -> None:
    page, _ = static_page
    open_static(page, site, TEACHER_VIEW, teacher=True)
    runs_cleanly(page)
    expect(page.locator("html")).to_have_class(re.compile("sl-mode-teacher"))
    expect(page.locator(".celltag_teacher").first).to_be_attached()
    expect(page.locator(".sl-reveal").first).to_be_attached()
    pupil = page.get_by_role("link", name="Pupil view")
    assert pupil.get_attribute("href") == site.lesson_url(TEACHER_VIEW)
    expect(page.get_by_role("link", name="All lessons")).to_have_attribute("href", "/teacher/")
    expect(page.locator("p.sl-take-home > a")).to_have_attribute("href", f"/take-home/{TEACHER_VIEW}.html")
    assert violations(page) == []
    screenshot(page, f"static-{TEACHER_VIEW.replace('/', '-')}-teacher")
    # A class pulse needs the server: the panel says so, and offers no button to start one.
    pulse = page.locator(".sl-pulse").first
    expect(pulse).to_contain_text("Class pulse needs the lessons served")
    expect(pulse.locator("button", has_text="Start class pulse")).to_be_hidden()
    # `--swap-lessons` in the teacher site: another teacher view opens in this page's Python.
    page.evaluate("window.slSamePage = true")
    page.get_by_role("link", name="All lessons").click()
    page.locator(f'main a.teacher[href="voici/render/lessons/teacher/{READ_ALOUD}.html"]').click()
    expect(page).to_have_url(site.lesson_url(READ_ALOUD, teacher=True))
    runs_cleanly(page)
    expect(page.locator("html")).to_have_class(re.compile("sl-mode-teacher"))
    expect(page.locator(".celltag_teacher").first).to_be_attached()
    expect(page.locator(".sl-reveal").first).to_be_attached()  # the kernel knows a teacher view by its folder
    expect(page.get_by_role("link", name="Pupil view")).to_have_attribute("href", site.lesson_url(READ_ALOUD))
    assert page.evaluate("window.slSamePage") is True, "the teacher view opened as a new page"


def runs_cleanly(page: Page) -> None:
    """The lesson's Python ran in the page (or, swapped in, in the page's Python, which a busy
    machine may take a while over): who to talk to is shown, and nothing failed."""
    expect(page.locator(".sl-help")).to_contain_text("Childline", timeout=BOOT_TIMEOUT * 1000)
    expect(page.locator(".sl-needs-fixing")).to_have_count(0)
    expect(page.get_by_text("Traceback")).to_have_count(0)
    expect(page.locator(".jp-OutputArea-output[data-mime-type*='stderr']")).to_have_count(0)


def test_every_kind_runs_in_the_browser(static_page: tuple[Page, Watch], site: StaticSite, lessons_root: Path) -> None:
    """KINDS' lessons: the first as a page of its own, each next chosen from "All lessons" and run
    in that page's Python (`--swap-lessons`), each showing its own activities and nothing else."""
    page, _ = static_page
    lib = Library(lessons_root, MODELS)
    for n, ref in enumerate(KINDS):
        if n == 0:
            open_static(page, site, ref)
            page.evaluate("window.slSamePage = true")  # gone if the browser loaded a new page
        else:
            page.get_by_role("link", name="All lessons").click()
            page.locator(f'main a[href="voici/render/lessons/{ref}.html"]').click()
            expect(page).to_have_url(site.lesson_url(ref))
        runs_cleanly(page)
        shown = page.locator(".sl-activity").evaluate_all("all => all.map(a => a.className.split(' '))")
        kinds = {activity.kind for activity in lib.lesson(*ref.split("/")).activities.values()}
        assert {kind for kind in BY_NAME if any(f"sl-{kind}" in classes for classes in shown)} == kinds, ref
    assert page.evaluate("window.slSamePage") is True, "a lesson opened as a new page"


def test_the_take_home_sheets_ship_and_print_on_one_page(static_page: tuple[Page, Watch], site: StaticSite,
                                                         site_root: Path) -> None:
    page, _ = static_page
    lessons = sorted(refs(site_root))
    assert sorted(p.relative_to(site.folder / "take-home").with_suffix("").as_posix()
                  for p in (site.folder / "take-home").glob("*/*.html")) == lessons
    page.goto(f"{site.url}take-home/{lessons[0]}.html")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert pdf_pages(page.pdf(format="A4", prefer_css_page_size=True)) == 1
    assert violations(page) == []
    page.get_by_role("link", name="All lessons").click()
    expect(page).to_have_url(site.url + "index.html")


def pdf_pages(pdf: bytes) -> int:
    """How many pages a printed PDF has (its page objects)."""
    return len(re.findall(rb"/Type\s*/Page\b", pdf))


@pytest.fixture(scope="module")
def lean_site(site: StaticSite, tmp_path_factory: pytest.TempPathFactory) -> Iterator[StaticSite]:
    """The module's site made lean as `build-static --lean` makes it (`lean_pages` on Voici's pages,
    with Python's snapshot where node is found), sharing its Python folder rather than building
    another; without `--swap-lessons`' script, which only Voici's pages take."""
    import shutil

    from safety_lessons.static_site.lean import lean_pages, snapshot

    out = tmp_path_factory.mktemp("lean") / "site"
    python = next(p.name for p in (site.folder / "static").glob("pyodide-*"))
    shutil.copytree(site.folder, out, ignore=lambda folder, names: [python] if folder.endswith("static") else [])
    (out / "static" / python).symlink_to(site.folder / "static" / python)
    for page in out.rglob("voici/render/**/*.html"):
        text = page.read_text(encoding="utf-8")
        page.write_text(re.sub(r'<script src="[./]*lesson-swap\.js"></script>\n', "", text), encoding="utf-8")
    shot = snapshot(out, f"static/{python}")
    assert shot or not shutil.which("node"), "node is here, but no snapshot was made"
    lean_pages(out, f"static/{python}", snapshot=shot)
    lean_pages(out / "teacher", f"static/{python}", top=out, snapshot=shot)
    served = StaticSite(out)
    yield served
    served.stop()


def test_the_lean_page_runs_a_lesson_without_voici_or_a_kernel(browser: Browser, lean_site: StaticSite) -> None:
    """`--lean`: the page Voici built, its cells run by Python in a worker (no IPython), started from
    the build's snapshot, and drawn by our widget manager; a pupil completes the lesson; only the
    site's own files are asked for (the worker's requests among them)."""
    import shutil

    watch = Watch()
    with watched_page(browser, lean_site, watch) as page:
        page.set_default_timeout(BOOT_TIMEOUT * 1000)
        page.goto(lean_site.lesson_url(READ_ALOUD))
        expect(page.locator("html")).to_have_attribute("data-sl-lean", "drawn", timeout=BOOT_TIMEOUT * 1000)
        runs_cleanly(page)
        complete_4_7_passwords(page)
        expect(page.locator(".sl-steps")).to_be_visible()  # the classroom's scripts around the lesson
        expect(page.locator("html")).to_have_class(re.compile("sl-mode-pupil"))
        assert page.evaluate("typeof window.jupyterapp") == "undefined"
        assert violations(page) == []
        screenshot(page, "static-lean-ages-4-7-passwords")
    assert not [w for w in watch.warnings if "snapshot" in w], "the worker started Python cold"
    assert any("/static/snapshot-" in u for u in watch.requests) or not shutil.which("node")
    wheels = [u for u in watch.requests if u.endswith(".whl")]
    assert any("safety_lessons" in u for u in wheels), "the worker's requests went unwatched"
    assert not [u for u in wheels if re.search(r"/(ipython|prompt_toolkit|ipykernel)-", u)]
    assert not [u for u in watch.requests if u.endswith(("voici.js", "service-worker.js"))]


def test_a_lean_page_whose_python_cannot_start_says_so_calmly(browser: Browser, lean_site: StaticSite) -> None:
    """`--lean`: a page whose Python cannot start (here its worker's script is missing, as on a site
    copied in part) keeps the lesson's words and says, as a served page whose lesson stopped does,
    that it is not the pupil's fault and how to start again; no traceback."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        context.route("**/worker.js", lambda route: route.abort())
        page = context.new_page()
        page.goto(lean_site.lesson_url(READ_ALOUD))
        expect(page.locator("html")).to_have_attribute("data-sl-lean", "failed")
        note = page.locator(".sl-lesson-stopped")
        expect(note).to_have_attribute("role", "alert")
        expect(note).to_contain_text("It is not your fault.")
        expect(note.get_by_role("button", name="Reload the lesson")).to_be_focused()
        expect(page.locator(".jp-RenderedMarkdown h1").first).to_be_visible()  # the lesson's words stay
        expect(page.get_by_text("Traceback")).to_have_count(0)
        assert violations(page) == []
    finally:
        context.close()


def test_a_lean_teacher_view_has_its_notes_and_answers(browser: Browser, lean_site: StaticSite) -> None:
    """`--lean`'s teacher site: the lesson's Python knows a teacher view by its folder, as Voici's does."""
    with watched_page(browser, lean_site, Watch()) as page:
        page.set_default_timeout(BOOT_TIMEOUT * 1000)
        page.goto(lean_site.lesson_url(READ_ALOUD, teacher=True))
        expect(page.locator("html")).to_have_attribute("data-sl-lean", "drawn", timeout=BOOT_TIMEOUT * 1000)
        runs_cleanly(page)
        expect(page.locator("html")).to_have_class(re.compile("sl-mode-teacher"))
        expect(page.locator(".celltag_teacher").first).to_be_attached()
        expect(page.locator(".sl-reveal").first).to_be_attached()  # drawn by the teacher's Python only
        expect(page.get_by_role("link", name="Pupil view")).to_have_attribute("href", lean_site.lesson_url(READ_ALOUD))
        assert violations(page) == []
