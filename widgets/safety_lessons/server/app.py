"""`safety-lessons serve`: the standalone Voila app with safe classroom defaults.

Standalone Voila (not the Jupyter server extension) because only it refuses `execute_request`
from the browser. On top of Voila's defaults this:
- binds to 127.0.0.1 unless told otherwise;
- shows no tracebacks and no sources, and refuses `?template=` / `?theme=` overrides (the stock lab
  template loads fonts from a CDN);
- serves staged copies of the lessons (`Stage`), as `build-static` does: a pupil's copy without
  the teacher notes, and a teacher's copy with them, shown at the same address with
  ``?mode=teacher``. Nothing else in the lessons folder (content files, drafts, answer keys) is in
  the folder Voila serves;
- replaces Voila's file tree with a landing page of lessons by band and topic;
- shuts a lesson's kernel down when its tab closes, and culls idle kernels whose pupils left
  without the page saying so;
- sends a Content-Security-Policy that lets a page load nothing from another host;
- with ``--warm band/topic``, keeps a pool of ready kernels for that one lesson (Voila's
  preheating, configured per notebook). Teacher views are never pooled: their copy has no pool;
- counts a class's answers on the lessons' pulse questions for the teacher's screen, in memory
  only (pulse.py, pulse_routes.py: "Start class pulse" in a teacher view);
- lets every request past the guard (guard.py) first: the Host it names, whose kernel it acts on,
  how many kernels one address and the whole class may have, and the optional class and teacher
  codes (`Gatekeeper` turns its answers into pages).

All of it is Voila's documented configuration, in a voila.json written for the run, the only
config file Voila reads (none on the machine can weaken it); the little Voila has no setting for is
in compat.py (this folder's half of the seam).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
import os
import re
import secrets
import sys
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from jupyter_server.base.handlers import JupyterHandler
from tornado.web import HTTPError, RequestHandler

from ..content.handover import keep
from ..content.schema import ContentError
from ..content.words import FOLDER, UNREADABLE_WORDS
from ..kernel_env import (
    CONTENT_ENV,
    EXAMPLES_ENV,
    KEY_ENV,
    MEMORY_ENV,
    ROOT_ENV,
    SERVED_ENV,
    STAGE_ENV,
    TEACHER_DIR,
    URL_ENV,
)
from ..registry import library
from .addresses import host_notice, pupil_urls
from .compat import (
    ClassroomVoila,
    LessonHandler,
    Route,
    cached_extensions_route,
    compiled_once,
    front_end_urls,
    hidden_routes,
    quiet_culler,
    quiet_routes,
)
from .guard import (
    BROWSER_COOKIE,
    CLASS_COOKIE,
    RETRY_AFTER,
    TEACHER_COOKIE,
    Guard,
    Refusal,
    Request,
    Ticket,
    browser_id,
)
from .limits import (
    MAX_MESSAGE,
    open_files_notice,
    raise_open_files,
    sockets_per_client,
)
from .options import ServeOptions
from .pages import (
    TAKE_HOME_DIR,
    TEMPLATE,
    assets_dir,
    copy_path,
    landing_page,
    lesson_copies,
    needs_fixing_context,
    render,
    take_home_page,
)
from .pulse import Pulses, normal_code
from .pulse_routes import ACTIONS, JoinHandler, PulseKernelHandler, PulseRoom, kernel_url

# Only this server: scripts, styles, fonts, images and the kernel websocket. No 'unsafe-eval': nothing the
# lessons use needs it; no 'unsafe-inline' for scripts, so markup that reaches a page (a picture, a
# message) cannot run an inline script, an `on…=` handler or a `javascript:` link. The classroom
# template drops Voila's inline scripts that vary (a `voila_process(n, total)` per cell) or do nothing
# here (console hooks for a framing window); the few fixed ones left are allowed by hash, each checked
# against what is served:
SCRIPT_HASHES = (
    "sha256-27EMbxW9t7j/tI72mGN/aLDbgg/wWQmWNIrBnsn6YRA=",  # voila_setup.macro: voila_heartbeat(), voila_finish…
    "sha256-Gba2iRKB8FYSoyimcKZnQ3PAq95k3NgtxbWr1Ne6v2k=",  # lab/index.html.j2, `--front-end voila`: voila_finish()
    "sha256-m16tKAZfrqdfaIlK4k9Uc4bmwJm0z0f+0b2ahSGv/Ko=",  # voila/handler.py, a slow cell: voila_heartbeat()
    "sha256-MguIPR6qNR8D3B+eAlK+bIRTZe8t3wkOY4B/56Me9FU=",  # take-home.html's Print: onclick (unsafe-hashes)
)
CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'self'",
    " ".join(["script-src 'self' 'unsafe-hashes'", *(f"'{h}'" for h in SCRIPT_HASHES)]),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
])
HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "SAMEORIGIN",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


REFILL_DELAY = 20  # seconds after a pupil takes a warm kernel before its replacement starts


FRONT_END = ("@jupyter-widgets/jupyterlab-manager", "@voila-dashboards/widgets-manager8")
# The template's files a lesson page asks for (index.html.j2, and Voila's `lab` template it
# extends): the landing page prefetches them with the front end while a pupil chooses a lesson.
PAGE_FILES = ("index.css", "theme-light.css", "voila-style.js", "kernel-watch.js", "classroom.css", "page.css",
              "classroom.js", "read-aloud.js", "fonts/atkinson-hyperlegible-latin-400-normal.woff2",
              "fonts/atkinson-hyperlegible-latin-700-normal.woff2")


# The lean page's (`serve`'s default): our one script in place of Voila's application and styles.
LEAN_PAGE_FILES = (*(f for f in PAGE_FILES if f != "voila-style.js"), "lesson-page.js")


@functools.cache
def lesson_front_end(base_url: str, front_end: str = "lean") -> tuple[str, ...]:
    """Every address a lesson page may ask for before it shows the lesson (compat item 12)."""
    if front_end == "lean":
        return tuple(front_end_urls(base_url, TEMPLATE, LEAN_PAGE_FILES, (), voila=False))
    return tuple(front_end_urls(base_url, TEMPLATE, PAGE_FILES, FRONT_END))


def voila_config(options: ServeOptions) -> dict[str, dict[str, Any]]:
    """Voila's settings, by class, as its documented configuration file (voila.json) holds them."""
    config: dict[str, dict[str, Any]] = {
        "Voila": {"ip": options.host, "port": options.port, "port_retries": 0, "open_browser": False,
                  "tornado_settings": {"headers": HEADERS, "xsrf_cookie_kwargs": {"samesite": "Strict"}}},
        "IdentityProvider": {"cookie_options": {"samesite": "Strict"}},
        "VoilaConfiguration": {
            "template": TEMPLATE, "theme": "light", "show_tracebacks": False, "strip_sources": True,
            "allow_template_override": "NO", "allow_theme_override": "NO",
            # A lesson page loads the widgets' front end and nothing else: no other JupyterLab
            # extension installed beside the toolkit (JupyterLite's, for `build-static`) runs in it.
            "extension_allowlist": list(FRONT_END),
        },
        "VoilaExecutor": {"cell_error_instruction": tell_your_teacher(options.root)},
        "MappingKernelManager": {"cull_idle_timeout": options.cull_after,
                                 "cull_interval": max(1, min(60, options.cull_after // 2)), "cull_connected": False},
        # Kernels talk to the server over Unix sockets in Voila's private runtime folder, not TCP
        # ports: a class starting 30 kernels at once could be handed the same free port twice.
        "KernelManager": {"transport": "ipc"},
    }
    config["Voila"]["tornado_settings"]["websocket_max_message_size"] = MAX_MESSAGE  # limits.py
    # Pages, scripts and styles travel gzipped (tornado's `compress_response`): a lesson's front
    # end is 5 MB as files, about a quarter of that on a school network a class shares.
    config["Voila"]["tornado_settings"]["compress_response"] = True
    config["Voila"]["kernel_websocket_connection_class"] = "safety_lessons.server.kernel_socket.LimitedConnection"
    config["LimitedConnection"] = {"idle_limit": options.idle_limit,
                                   "per_client": sockets_per_client(options.guard().max_kernels)}
    # No replay buffer: a page that drops gets what the kernel says after it reconnects, and
    # nothing piles up in the server for a page that never comes back.
    config["MappingKernelManager"]["buffer_offline_messages"] = False
    if options.front_end != "voila":  # the classroom template reads it: which script draws the lesson
        config["VoilaConfiguration"]["resources"] = {"front_end": options.front_end}
    if options.warm_notebook is not None:  # Voila's preheating, with a pool for that lesson alone
        config["VoilaConfiguration"].update(preheat_kernel=True, default_pool_size=0)
        config["VoilaKernelManager"] = {"fill_delay": REFILL_DELAY, "kernel_pools_config": warm_pools(options)}
    return config


def voila_argv(folder: Path, config_dir: Path) -> list[str]:
    """Voila serves the staged `folder` with the settings in config_dir/voila.json and no others:
    no Jupyter config file on the machine can weaken them."""
    return [str(folder), f"--Voila.config_file_paths={config_dir}"]


def warm_pools(options: ServeOptions) -> dict[str, dict[str, int]]:
    """Voila keeps a pool per notebook: the warmed lesson's pupil copy gets `class_size` kernels,
    every other notebook none (its kernel starts when a pupil opens it)."""
    pools = {"default": {"pool_size": 0}}
    if options.warm_notebook is not None:
        pools[options.warm_notebook] = {"pool_size": options.class_size}
    return pools


def tell_your_teacher(root: Path) -> str:
    """What a pupil is asked to do when a lesson's cell fails (Voila adds it to its error note)."""
    try:
        return library(root).words().say("tell-your-teacher")
    except (ContentError, OSError):
        return UNREADABLE_WORDS["tell-your-teacher"]


LESSON_PATH = re.compile(r"([a-z0-9-]+)/([a-z0-9-]+)\.ipynb")
LESSON_PAGE = re.compile(r"voila/render/([a-z0-9-]+/[a-z0-9-]+)\.ipynb")  # a lesson page's path → "band/topic"


@dataclass
class Stage:
    """The folder Voila serves: the staged pupil's and teacher's copy of every lesson the
    catalogue lists (`pages.lesson_copies`, as `build-static` makes them), and nothing else.

    `refresh()`, before each lesson page, brings it up to date with the lessons folder: a notebook,
    catalogue.yaml or a words file changed since is staged again, a lesson gone is taken away.

    With `kept` (a private folder), the first page of each lesson also keeps the lesson as opened
    and checked there for its kernels (content.handover), again after any content file changed."""

    root: Path
    folder: Path
    kept: Path | None = None
    _stamp: tuple[tuple[str, int, int], ...] | None = None
    _staged: set[str] = field(default_factory=set)  # what it wrote: all it ever removes
    _opened: dict[str, dt.date] = field(default_factory=dict)  # lesson → the day `kept` was last tried for it

    def refresh(self) -> None:
        stamp = self._sources()
        if stamp == self._stamp:
            return
        try:
            copies = lesson_copies(library(self.root))
        except ContentError:
            copies = {}  # no catalogue to go by: no lesson is served, the landing page says so
        for relative, text in copies.items():
            target = self.folder / relative
            if not target.is_file() or target.read_text(encoding="utf-8") != text:
                target.parent.mkdir(parents=True, exist_ok=True)
                written = target.with_suffix(".tmp")
                written.write_text(text, encoding="utf-8")
                os.replace(written, target)  # a page being rendered reads the old or the new copy whole
        for gone in self._staged - copies.keys():
            (self.folder / gone).unlink(missing_ok=True)
        self._staged = set(copies)
        self._opened = {}
        self._stamp = stamp

    def locate(self, path: str, *, teacher: bool) -> str | None:
        """The staged copy to render for ``/voila/render/<path>``, a lesson's ``band/topic.ipynb``:
        its teacher's copy for the teacher view, else its pupil's. None for anything else."""
        self.refresh()
        match = LESSON_PATH.fullmatch(path)
        if match is None or match[1] == TEACHER_DIR:
            return None
        relative = copy_path(match[1], match[2], teacher=teacher)
        if not (self.folder / relative).is_file():
            return None
        self._keep(match[1], match[2])
        return relative

    def _keep(self, band: str, topic: str) -> None:
        """Keep the lesson for its kernels (before its page starts one): once per lesson, day and
        change of content. One with problems is not kept (its kernels read it and show why), nor
        tried again until its content changes."""
        ref, today = f"{band}/{topic}", dt.date.today()
        if self.kept is not None and self._opened.get(ref) != today:
            keep(self.kept, library(self.root), band, topic)
            self._opened[ref] = today

    def _sources(self) -> tuple[tuple[str, int, int], ...]:
        paths = [self.root / "catalogue.yaml", *sorted((self.root / FOLDER).glob("*.yaml")),
                 *sorted(self.root.glob("*/*.ipynb")),  # and what a teacher's sign-off note depends on (issue 30):
                 self.root / "sign-off.json", *sorted(self.root.glob("*.yaml")), *sorted(self.root.glob("*/*.yaml"))]
        stamp = []
        for path in paths:
            try:
                found = path.stat()
            except OSError:
                continue
            stamp.append((str(path), found.st_mtime_ns, found.st_size))
        return tuple(stamp)


def view_asked(handler: Any) -> str | None:
    """The view a request asks for: "teacher" for one ``mode=teacher`` in its query, "pupil" for
    no `mode`, None for anything else (refused: ``?mode=teacher&mode=`` once read as a pupil's
    page here and a teacher's in the kernel). The kernel does not read the query again: it runs
    the copy `Stage.locate` chose (lesson.current_mode)."""
    modes = handler.request.query_arguments.get("mode", [])
    if not modes:
        return "pupil"
    return "teacher" if modes == [b"teacher"] else None


def teacher_view(handler: Any) -> bool:
    return view_asked(handler) == "teacher"


@dataclass(frozen=True)
class Notice:
    """A page shown instead of a lesson (notice.html): its words' names in words/<language>.yaml."""

    title: str
    text: str
    button: str
    label: str | None = None  # the form's one field, for a code


BUSY = Notice("lessons-busy-title", "lessons-busy", "lessons-busy-button")
OPEN_LESSON = Notice("open-lesson-title", "open-lesson", "open-lesson-button")
CODES = {  # the cookie a code gives → the page where it is typed, and that page's words
    CLASS_COOKIE: ("class-code", Notice("class-code-title", "class-code", "class-code-button", "class-code-label")),
    TEACHER_COOKIE: ("teacher-code",
                     Notice("teacher-code-title", "teacher-code", "teacher-code-button", "teacher-code-label"))}
CODE_WRONG, TOO_MANY_TRIES = "code-wrong", "code-too-many-tries"
PULSE_NOTICES = {  # class pulse: where a pupil types a pulse code, and what joining shares
    "pulse-join": Notice("pulse-title", "pulse-join", "pulse-button", "pulse-label"),
    "pulse-joined": Notice("pulse-title", "pulse-joined", "open-lesson-button")}


@dataclass
class Gatekeeper:
    """The guard's answers as Tornado responses (compat.Gate): every request passes `admit`, a
    lesson page `claim` before it is given a kernel."""

    guard: Guard
    options: ServeOptions
    pulses: Pulses = field(default_factory=Pulses)

    def request(self, handler: Any) -> Request:
        base, path = handler.settings.get("base_url", "/"), handler.request.path  # (a static file's handler has none)
        return Request(path=path[len(base):] if path.startswith(base) else path.lstrip("/"),
                       host=handler.request.host, address=handler.request.remote_ip,
                       cookies={name: morsel.value for name, morsel in handler.request.cookies.items()},
                       fetch_site=handler.request.headers.get("Sec-Fetch-Site"),
                       fetch_mode=handler.request.headers.get("Sec-Fetch-Mode"), teacher=teacher_view(handler))

    def admit(self, handler: Any) -> bool:
        if view_asked(handler) is None:
            handler.set_status(400)
            handler.set_header("Content-Type", "text/plain; charset=utf-8")
            handler.finish("400: one view per page: ?mode=teacher, or no mode\n")
            return True
        refusal = self.guard.admit(self.request(handler))
        if refusal is not None:
            self.refuse(handler, refusal)
        return refusal is not None

    def claim(self, handler: Any) -> Ticket | Joining | None:
        request = self.request(handler)
        request = replace(request, cookies={**request.cookies, BROWSER_COOKIE: browser_id(handler)})
        answer = self.guard.lesson(request, handler.settings["kernel_manager"].list_kernel_ids(), self.options.pooled)
        if (shared := self.guard.newly_shared()) is not None:
            print(shared_notice(shared, self.guard.per_address), file=sys.stderr, flush=True)
        if isinstance(answer, Refusal):
            self.refuse(handler, answer)
            return None
        code = handler.get_argument("pulse", "")
        lesson = LESSON_PAGE.fullmatch(request.path)
        if code and not request.teacher and lesson is not None and self.pulses.find(code) is not None:
            return Joining(answer, self.pulses, normal_code(code), lesson[1])
        return answer

    def warm_ok(self, handler: Any) -> bool:
        claim = handler.claim.ticket if isinstance(handler.claim, Joining) else handler.claim
        return claim is not None and self.guard.take_warm(claim, self.options.pooled)

    def refuse(self, handler: Any, refusal: Refusal) -> None:
        """Answer a refused request: a page for people, a bare status for scripts and sockets."""
        handler.set_status(refusal.status)
        if refusal in (Refusal.CLASS_CODE, Refusal.TEACHER_CODE):
            page = CODES[CLASS_COOKIE if refusal is Refusal.CLASS_CODE else TEACHER_COOKIE][0]
            base = handler.settings.get("base_url", "/")
            handler.set_header("Location", f"{base}{page}?next={quote(handler.request.uri, safe='')}")
            handler.finish()
        elif refusal in (Refusal.BUSY, Refusal.STARTING):
            wait = RETRY_AFTER[refusal.value]
            handler.set_header("Retry-After", str(wait))
            handler.finish(notice_page(self.options.root, handler.base_url, BUSY, href=handler.request.uri,
                                       refresh=wait))
        elif refusal is Refusal.OPEN_FROM_HERE:  # (lesson pages only: they have a base_url)
            handler.finish(notice_page(self.options.root, handler.base_url, OPEN_LESSON, href=handler.request.uri))
        else:
            handler.set_header("Content-Type", "text/plain; charset=utf-8")
            handler.finish(f"{refusal.status}: {refusal.value}\n")


@dataclass
class Joining:
    """A pupil's lesson page opened with a pulse code: its kernel joins that class's pulse."""

    ticket: Ticket
    pulses: Pulses
    code: str
    lesson: str  # "band/topic": only a page of the pulse's own lesson joins it

    def record(self, kernel_id: str) -> None:
        self.ticket.record(kernel_id)
        self.pulses.join(self.code, kernel_id, self.lesson, self.ticket.browser)

    def release(self) -> None:
        self.ticket.release()


def notice_page(root: Path, base_url: str, notice: Notice, **context: Any) -> str:
    shown = {"href": None, "action": None, "problem": None, "refresh": None, **context}
    return render("notice.html", base_url=base_url, notice=notice, **_page_words(root, _words_stamp(root)), **shown)


def _words_stamp(root: Path) -> tuple[tuple[str, int], ...]:
    return tuple((str(path), path.stat().st_mtime_ns) for path in sorted((root / FOLDER).glob("*.yaml")))


@functools.lru_cache(maxsize=4)
def _page_words(root: Path, stamp: tuple[tuple[str, int], ...]) -> dict[str, Any]:
    """The words of the server's own pages, read again only when a words file changed (a flood
    of requests answered "busy" must not read the YAML each time)."""
    return needs_fixing_context(root)


def safe_next(base_url: str, target: str | None) -> str:
    """Where to go once a code was typed: a page of this server, else its landing page."""
    parts = urlsplit(target or "")
    if parts.scheme or parts.netloc or not parts.path.startswith(base_url) or target is None or "\\" in target:
        return base_url
    return target


class LandingHandler(JupyterHandler):
    """The landing page, or the calm "needs fixing" page while the catalogue or the words have
    problems."""

    def initialize(self, root: Path, front_end: str = "lean") -> None:
        self.root = root
        self.front_end = front_end

    def get(self) -> None:
        from markupsafe import Markup

        base = self.base_url
        try:
            page = landing_page(
                library(self.root), css=f"{base}voila/static/landing.css",
                pupil_href=lambda band, topic: f"{base}voila/render/{band}/{topic}.ipynb",
                teacher_href=lambda band, topic: f"{base}voila/render/{band}/{topic}.ipynb?mode=teacher", site=base,
                prefetch=lesson_front_end(base, self.front_end), pulse=(f"{base}pulse", Markup(self.xsrf_form_html())))
        except ContentError:
            self.set_status(503)
            page = render("needs-fixing.html", base_url=base, **needs_fixing_context(self.root))
        self.finish(page)


class TakeHomeHandler(JupyterHandler):
    """A lesson's take-home sheet for parents and carers (404 if there is no such lesson or sheet)."""

    def initialize(self, root: Path) -> None:
        self.root = root

    def get(self, band: str, topic: str) -> None:
        base = self.base_url
        lib = library(self.root)
        try:
            known = band in lib.catalogue.bands and topic in lib.catalogue.topics
            page = take_home_page(lib, band, topic, static=f"{base}voila/static/", home=base) if known else None
        except (ContentError, FileNotFoundError):
            self.set_status(503)
            self.finish(render("needs-fixing.html", base_url=base, **needs_fixing_context(self.root)))
            return
        if page is None:
            raise HTTPError(404)
        self.finish(page)


class CodeHandler(JupyterHandler):
    """Where a class code or teacher code is typed (`which`: the cookie it gives)."""

    def initialize(self, which: str, root: Path, guard: Guard) -> None:
        self.which, self.root, self.guard = which, root, guard

    def check_xsrf_cookie(self) -> None:
        # The form's `_xsrf` field must match its cookie, which is SameSite=Strict: another
        # website's form cannot send it. (Jupyter's own check also wants an Origin header, which
        # a browser sends as "null" under this server's Referrer-Policy: no-referrer.)
        RequestHandler.check_xsrf_cookie(self)

    def get(self) -> None:
        browser_id(self)  # a browser's own tries are counted from its first
        self.show()

    def post(self) -> None:
        typed = self.get_body_argument("code", "")[:64]
        address, browser = str(self.request.remote_ip), browser_id(self)
        answer = self.guard.enter_code(self.which, typed, address, browser)
        if isinstance(answer, str):
            self.set_cookie(self.which, answer, path=self.base_url, httponly=True, samesite="Strict")
            self.redirect(safe_next(self.base_url, self.get_argument("next", None)), status=303)
            return
        if answer is Refusal.TOO_MANY_TRIES:  # this browser waits; other pupils and codes do not
            self.set_status(429)
            self.set_header("Retry-After", str(math.ceil(self.guard.code_wait(self.which, address, browser))))
        else:
            self.set_status(403)
        self.show(problem=TOO_MANY_TRIES if answer is Refusal.TOO_MANY_TRIES else CODE_WRONG)

    def show(self, problem: str | None = None) -> None:
        from markupsafe import Markup

        self.finish(notice_page(self.root, self.base_url, CODES[self.which][1], problem=problem,
                                action=self.request.uri, xsrf=Markup(self.xsrf_form_html())))


def routes(options: ServeOptions, stage: Stage, gate: Gatekeeper, key: str) -> list[Route]:
    """Every route of the server's own, in the order tornado tries them (the first that matches
    wins), in front of Voila's: its pages, the class pulse's, and the lesson pages."""
    root = {"root": options.root}
    pulse = {"room": PulseRoom(gate.pulses, root=options.root, host=options.host, port=options.port, key=key,
                               notice=functools.partial(pulse_notice, options.root))}
    return [
        ("/", LandingHandler, {**root, "front_end": options.front_end}),
        *quiet_routes(),  # Voila's template files, checked; no /logout
        cached_extensions_route(),  # the widget extensions' files, cached by their hash
        (rf"/pulse/kernel/({'|'.join(ACTIONS)})", PulseKernelHandler, pulse),  # (before /pulse/<code>)
        ("/pulse", JoinHandler, pulse),
        ("/pulse/([A-Za-z0-9 -]{1,32})", JoinHandler, pulse),
        (rf"/{TAKE_HOME_DIR}/([a-z0-9-]+)/([a-z0-9-]+)\.html", TakeHomeHandler, root),
        *((f"/{page}", CodeHandler, {"which": which, "guard": gate.guard, **root})
          for which, (page, _) in CODES.items()),
        *hidden_routes(),  # no file tree
        (r"/voila/render/(.*)", LessonHandler,
         {"locate": lambda handler, path: stage.locate(path, teacher=teacher_view(handler)), "gate": gate}),
    ]


def pulse_notice(root: Path, handler: Any, name: str, context: dict[str, Any]) -> str:
    return notice_page(root, handler.base_url, PULSE_NOTICES[name], **context)


def make_app(options: ServeOptions, stage: Stage, config_dir: Path) -> Any:
    """A configured (not yet started) Voila application serving `stage`, its settings written to
    `config_dir`."""
    gate = Gatekeeper(options.guard(), options, Pulses(minimum=options.pulse_minimum))
    app = ClassroomVoila(routes(options, stage, gate, key=os.environ.get(KEY_ENV) or secrets.token_urlsafe(32)), gate)
    config_dir.mkdir(parents=True, exist_ok=True)
    (config_dir / "voila.json").write_text(json.dumps(voila_config(options), indent=1), encoding="utf-8")
    app.initialize(argv=voila_argv(stage.folder, config_dir))
    quiet_culler(app.log)
    compiled_once()
    return app


def prepare_environment(options: ServeOptions) -> None:
    """Environment the server and its kernels share."""
    os.environ[ROOT_ENV] = str(options.root)  # kernels read the lessons' content from here
    os.environ[SERVED_ENV] = "1"
    os.environ[MEMORY_ENV] = str(options.kernel_memory)  # kernel_env.limit_kernel reads it
    os.environ[URL_ENV] = kernel_url(options.host, options.port)  # class pulse: kernels reach the server here …
    os.environ[KEY_ENV] = secrets.token_urlsafe(32)  # … with this key, random for each run (pulse_routes.py)
    assets = assets_dir()
    if assets is not None:
        paths = [str(assets), *filter(None, os.environ.get("JUPYTER_PATH", "").split(os.pathsep))]
        os.environ["JUPYTER_PATH"] = os.pathsep.join(paths)


def share_examples(run: Path, examples: str) -> None:
    """The estimates `check` made of the lessons' example passwords (JSON), for every kernel to
    read instead of loading zxcvbn to check its lesson (activities/passwords.py): only content, in
    the server's own temporary folder."""
    path = run / "examples.json"
    path.write_text(examples, encoding="utf-8")
    os.environ[EXAMPLES_ENV] = str(path)


def limits_line(options: ServeOptions) -> str:
    """What the server allows, said once at start."""
    guard = options.guard()
    address = f"{guard.per_address} per address" if guard.per_address else "no limit per address"
    each = f"{guard.per_client} per browser, {address}" if guard.per_client else "no limit per browser or address"
    codes = [name for name, code in (("a class code", options.class_code), ("a teacher code", options.teacher_code))
             if code]
    return (f"Limits: {guard.max_kernels} lessons open at once ({each})"
            + (f"; {' and '.join(codes)} needed" if codes else "") + ".")


def shared_notice(address: str, per_address: int) -> str:
    """What `serve` says, once, when many browsers come from one address."""
    cap = f"may have {per_address} lessons open at once" if per_address else "has no limit of its own"
    return (f"safety-lessons: many pupils' browsers come from one address ({address}: a school proxy or shared "
            f"network). Each browser is counted on its own; that address {cap}. If pupils there see \"The lessons "
            "are busy\" for long, see the README, \"Serving a class on the school network\" (--per-address).")


def school_notice(root: Path) -> str | None:
    """school.yaml's shipped words still in place (None if not, or if the file has problems: check says)."""
    try:
        return library(root).school.shipped_notice()
    except ContentError:
        return None


def serve(options: ServeOptions) -> None:
    from ..authoring.check_cache import remembered_check

    report, examples = remembered_check(options.root)  # checked once per content (and day)
    for problem in report.problems:
        print(problem, file=sys.stderr)
    if report.errors:
        print(f"safety-lessons: {len(report.errors)} content problems: those lessons will show pupils "
              "a 'needs fixing' message. Run `safety-lessons check` for the list.", file=sys.stderr)
    if (shipped := school_notice(options.root)) is not None:
        print(f"safety-lessons: {shipped}", file=sys.stderr)
    notice = host_notice(options.host, options.port)  # other computers can reach it: where pupils go
    for line in notice:
        print(line, file=sys.stderr)
    # Every connection and kernel channel is an open file: as many as the system allows (limits.py).
    if (few := open_files_notice(raise_open_files(), options.guard().max_kernels)) is not None:
        print(f"safety-lessons: {few}", file=sys.stderr)
    prepare_environment(options)
    with tempfile.TemporaryDirectory(prefix="safety-lessons-serve-") as run:
        stage = Stage(options.root.resolve(), Path(run) / "lessons", kept=Path(run) / "content")
        os.environ[STAGE_ENV] = str(stage.folder)  # a kernel's mode is the copy it runs (lesson.current_mode)
        os.environ[CONTENT_ENV] = str(stage.kept)  # its lesson as opened and checked here (content.handover)
        stage.refresh()
        share_examples(Path(run), examples)
        app = make_app(options, stage, Path(run) / "config")
        if options.warm:
            print(f"Warming {options.warm} for a class of {options.class_size}: those pages open at once "
                  "when the pool has filled (a minute or two).", flush=True)
        print(limits_line(options), flush=True)
        opened = (pupil_urls(options.host, options.port) or [options.url])[0] if notice else options.url
        print(f"Lessons are ready. Open {opened} in a browser (Ctrl+C stops the server).", flush=True)
        app.start()
