"""`safety-lessons serve`: the standalone Voila app with safe classroom defaults.

Standalone Voila (not the Jupyter server extension) because only it refuses
`execute_request` from the browser. On top of Voila's defaults this:
- binds to 127.0.0.1 unless told otherwise;
- shows no tracebacks and no sources, and refuses `?template=` / `?theme=` overrides
  (the stock lab template loads fonts from a CDN);
- replaces the raw file tree with a landing page of lessons by band and topic;
- shuts a lesson's kernel down when its tab closes (Voila's page asks, but is refused without
  an XSRF cookie that its lesson page never sets), and culls idle kernels whose pupils left
  without the page saying so;
- sends a Content-Security-Policy that lets a page load nothing from another host;
- leaves teacher notes out of pupils' pages (they appear with ``?mode=teacher``);
- puts the words the page's own script shows (toolbar, step bar) into the page (`PageWords`);
- with ``--warm band/topic``, keeps a pool of ready kernels for that one lesson (see `WarmPool`).

Warming and teacher notes: Voila refuses `preheat_kernel` together with a `prelaunch_hook`
because a pooled page is rendered before any request exists (the hook gets no handler).
Ours is safe without one: with no request it leaves the teacher notes out, so every pooled
page is a pupil's page. Teacher views (``?mode=teacher``) never take a pooled page: they are
rendered for their request, with the notes. Pooled kernels start before their pupil arrives,
so they run in pupil mode (no ``QUERY_STRING``), which is what a pupil's page needs.
"""

from __future__ import annotations

import asyncio
import functools
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .content.library import ROOT_ENV, Library
from .content.notebooks import TEACHER
from .content.schema import ContentError
from .content.words import FOLDER, PAGE_WORDS
from .lesson import SERVED_ENV, UNREADABLE_WORDS

TEMPLATE = "classroom"
LOOPBACK = "127.0.0.1"
# Only this server: scripts, styles, fonts, images and the kernel websocket.
CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline' 'unsafe-eval'",  # Voila's page bootstraps inline
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


MAX_CLASS_SIZE = 60  # kernels kept warm at most (≈ 70 MiB each)
REFILL_DELAY = 20  # seconds after a pupil takes a warm kernel before its replacement starts
STOPPING: set[asyncio.Future[Any]] = set()  # failed warm kernels being shut down


@dataclass(frozen=True)
class ServeOptions:
    root: Path
    host: str = LOOPBACK
    port: int = 8866
    cull_after: int = 300  # seconds a closed lesson's kernel may stay idle before it is shut down
    warm: str | None = None  # "band/topic": keep `class_size` kernels ready for this lesson only
    class_size: int = 30

    @property
    def warm_notebook(self) -> str | None:
        """The warmed lesson as Voila names it (path relative to the lessons folder)."""
        return f"{self.warm}.ipynb" if self.warm else None

    @property
    def url(self) -> str:
        host = "localhost" if self.host in (LOOPBACK, "localhost") else self.host
        return f"http://{host}:{self.port}/"


FRONT_END = ("@jupyter-widgets/jupyterlab-manager", "@voila-dashboards/widgets-manager8")


def assets_dir() -> Path | None:
    """The repo's assets/ when running from a checkout (the wheel installs its own copy)."""
    candidate = Path(__file__).resolve().parents[2] / "assets"
    return candidate if (candidate / "voila" / "templates" / TEMPLATE).is_dir() else None


def voila_argv(options: ServeOptions) -> list[str]:
    """Command-line settings for Voila; given on the command line so that no Jupyter config
    file on the machine can weaken them."""
    interval = max(1, min(60, options.cull_after // 2))
    return [
        str(options.root),
        "--no-browser",
        f"--Voila.ip={options.host}",
        f"--Voila.port={options.port}",
        "--Voila.port_retries=0",
        f"--template={TEMPLATE}",
        "--theme=light",
        "--VoilaConfiguration.show_tracebacks=False",
        "--VoilaConfiguration.strip_sources=True",
        "--VoilaConfiguration.allow_template_override=NO",
        "--VoilaConfiguration.allow_theme_override=NO",
        f"--VoilaExecutor.cell_error_instruction={tell_your_teacher(options.root)}",
        # A lesson page loads the widgets' front end and nothing else: no other JupyterLab
        # extension installed beside the toolkit (JupyterLite's, for `build-static`) runs in it.
        *(f"--VoilaConfiguration.extension_allowlist={name}" for name in FRONT_END),
        f"--MappingKernelManager.cull_idle_timeout={options.cull_after}",
        f"--MappingKernelManager.cull_interval={interval}",
        "--MappingKernelManager.cull_connected=False",
        # Kernels talk to the server over Unix sockets in Voila's private runtime folder, not TCP
        # ports: a class starting 30 kernels at once could be handed the same free port twice.
        "--KernelManager.transport=ipc",
        *warm_argv(options),
    ]


def warm_argv(options: ServeOptions) -> list[str]:
    """Voila's preheating, on only when a lesson is warmed (its pools are `warm_pools`)."""
    if options.warm_notebook is None:
        return []
    return [
        "--VoilaConfiguration.preheat_kernel=True",
        "--VoilaConfiguration.default_pool_size=0",
        f"--VoilaKernelManager.fill_delay={REFILL_DELAY}",
    ]


def warm_pools(options: ServeOptions) -> dict[str, dict[str, int]]:
    """Voila keeps a pool per notebook: the warmed lesson gets `class_size` kernels, every other
    lesson none (its kernel starts when a pupil opens it)."""
    pools = {"default": {"pool_size": 0}}
    if options.warm_notebook is not None:
        pools[options.warm_notebook] = {"pool_size": options.class_size}
    return pools


def tell_your_teacher(root: Path) -> str:
    """What a pupil is asked to do when a lesson's cell fails (Voila adds it to its error note)."""
    try:
        return Library(root).words().say("tell-your-teacher")
    except (ContentError, OSError):
        return UNREADABLE_WORDS["tell-your-teacher"]


def landing_context(lib: Library) -> dict[str, Any]:
    """What the landing page lists: every band, and the lessons that exist in it, in the words of
    words/<language>.yaml (raises ContentError if the catalogue or the words have problems)."""
    catalogue = lib.catalogue
    words = lib.words()
    present = {(band, topic) for band, topic, _ in lib.lessons()}
    bands = []
    for band_id, band in catalogue.bands.items():
        lessons = [
            {"id": topic_id, "title": topic.title, "summary": topic.summary,
             "policy": words.say("policy-point", policy=topic.policy),
             "teacher_label": words.say("teacher-view-of", lesson=topic.title, band=band.title)}
            for topic_id, topic in catalogue.topics.items()
            if (band_id, topic_id) in present
        ]
        bands.append({"id": band_id, "title": band.title, "summary": band.summary, "lessons": lessons})
    return {"catalogue": catalogue, "bands": bands, "words": words.texts, "lang": words.language_tag}


def needs_fixing_context(root: Path) -> dict[str, Any]:
    """The words of the page shown instead of the landing page while the lessons have problems;
    no words (the template's own) if even the words cannot be read."""
    try:
        words = Library(root).words()
    except (ContentError, OSError):
        return {"words": None, "lang": "en"}
    return {"words": words.texts, "lang": words.language_tag}


def without_teacher_notes(handler: Any, notebook: Any, cwd: str) -> Any:
    """Voila's pre-launch hook: a pupil's page leaves the teacher notes (Markdown cells tagged
    `teacher`) out entirely; the teacher view (``?mode=teacher``) keeps them. A page rendered
    ahead for a warm pool has no request (``handler`` is None): it is a pupil's page."""
    if handler is None or handler.get_argument("mode", "") != "teacher":  # None: a warm pool's page
        notebook.cells = [cell for cell in notebook.cells
                          if not (cell.cell_type == "markdown" and TEACHER in cell.metadata.get("tags", []))]
    return notebook


@dataclass
class PageWords:
    """The words a band's page script shows (toolbar, step bar, "lesson stopped"), for the template:
    read once, and again only when catalogue.yaml or a words file changes."""

    root: Path
    _stamp: tuple[tuple[str, int, int], ...] = ()
    _words: dict[str, dict[str, object] | None] = field(default_factory=dict)

    def __call__(self, band: str) -> dict[str, object] | None:
        stamp = self._files()
        if stamp != self._stamp:
            self._stamp, self._words = stamp, {}
        if band not in self._words:
            try:
                lib = Library(self.root)
                self._words[band] = lib.words(band if band in lib.catalogue.bands else None).page()
            except (ContentError, OSError):
                self._words[band] = None  # the page shows no toolbar; its lesson says "needs fixing"
        return self._words[band]

    def _files(self) -> tuple[tuple[str, int, int], ...]:
        paths = [self.root / "catalogue.yaml", *sorted((self.root / FOLDER).glob("*.yaml"))]
        return tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in paths if p.is_file())


def prepare_page(handler: Any, notebook: Any, cwd: str, *, words: PageWords) -> Any:
    """Voila's pre-launch hook: teacher notes only in the teacher view (`without_teacher_notes`),
    and the words of the page's toolbar and step bar in the notebook's metadata, where the
    classroom template writes them into the page (its script asks no server for them)."""
    notebook = without_teacher_notes(handler, notebook, cwd)
    page = words(Path(cwd).name)  # a lesson's folder is its band
    if page is not None:
        notebook.metadata[PAGE_WORDS] = page
    return notebook


def page_hook(root: Path) -> Any:
    return functools.partial(prepare_page, words=PageWords(root))


def ready_first(pool: list[Any]) -> tuple[bool, list[str | None]]:
    """Sort a warm pool (Voila's futures of {"task", "kernel_id", ...}) before a pupil takes one.

    Moves the first page whose kernel has run the whole lesson without error to the front, where
    Voila hands it out, and takes out pages that failed (a kernel that did not start, or a lesson
    run that raised: handing one out would send a page cut off before its widgets). Returns
    whether a ready page is first, and the failed pages' kernel ids (None: it never started), to
    shut down and replace."""
    ready, failed = None, list[str | None]()
    for item in list(pool):
        if not item.done():
            continue  # its kernel is still starting
        if item.cancelled() or item.exception() is not None:
            pool.remove(item)
            failed.append(None)
            continue
        run = item.result()["task"]
        if not run.done():
            continue  # still running the lesson
        if run.cancelled() or run.exception() is not None:
            pool.remove(item)
            failed.append(item.result()["kernel_id"])
        elif ready is None:
            ready = item
    if ready is not None:
        pool.remove(ready)
        pool.insert(0, ready)
    return ready is not None, failed


def lesson_ref(path: str | None, lib: Library) -> str | None:
    """`band/topic` when `path` is a lesson the catalogue lists; only those are ever rendered."""
    match = re.fullmatch(r"([a-z0-9-]+)/([a-z0-9-]+)\.ipynb", path or "")
    if match is None:
        return None
    band, topic = match.groups()
    catalogue = lib.catalogue
    return f"{band}/{topic}" if band in catalogue.bands and topic in catalogue.topics else None


def make_app(options: ServeOptions) -> Any:
    """A configured (not yet started) Voila application."""
    from jupyter_core.utils import ensure_async
    from jupyter_server._tz import utcnow
    from jupyter_server.base.handlers import JupyterHandler
    from tornado.web import HTTPError
    from voila.app import Voila
    from voila.tornado.handler import TornadoVoilaHandler

    class LessonHandler(TornadoVoilaHandler):  # type: ignore[misc]
        """A lesson page. A warmed lesson's pupils get a pooled page when one is ready; a teacher
        view, or a pupil arriving while the pool refills, gets a page rendered for the request.
        It also sets the XSRF cookie: Voila's page sends it back when the pupil leaves, asking the
        server to shut the lesson's kernel down at once (without it that request is refused)."""

        def should_use_rendered_notebook(self, notebook_data: Any, pool_size: int, *args: Any) -> bool:
            if self.get_argument("mode", "") == "teacher":
                return False
            if not super().should_use_rendered_notebook(notebook_data, pool_size, *args):
                return False
            manager = self.kernel_manager
            pool = manager._pools.get(self.request_notebook, [])
            ready, failed = ready_first(pool)
            for kernel_id in failed:
                self.log.warning("A warm kernel failed to run %s; replacing it", self.request_notebook)
                if kernel_id is not None:
                    stopping = asyncio.ensure_future(ensure_async(manager.shutdown_kernel(kernel_id)))
                    STOPPING.add(stopping)  # held until done (the loop keeps only a weak reference)
                    stopping.add_done_callback(STOPPING.discard)
            if failed:
                manager.fill_if_needed(delay=0, notebook_name=self.request_notebook)
            if ready:  # idle from now: out of the pool, a kernel that waited longer than the cull
                # limit would be culled before the pupil's page had time to connect to it
                manager.get_kernel(pool[0].result()["kernel_id"]).last_activity = utcnow()
            return ready  # if not: starting or still running the lesson, so render for this request

        async def get(self, path: str | None = None) -> Any:
            try:
                known = lesson_ref(path, Library(options.root)) is not None
            except ContentError:
                known = False  # no catalogue to check against: serve nothing
            if not known:  # a draft, an answer key, any notebook not listed in catalogue.yaml
                raise HTTPError(404)
            _ = self.xsrf_token
            self.request_notebook = path
            return await super().get(path)

    class LandingHandler(JupyterHandler):
        def get(self) -> None:
            env = self.settings["voila_jinja2_env"]
            base_url = self.settings["base_url"]
            try:
                context = landing_context(Library(options.root))
                page = env.get_template("landing.html").render(
                    base_url=base_url, css=f"{base_url}voila/static/landing.css", **context,
                    pupil_href=lambda band, topic: f"{base_url}voila/render/{band}/{topic}.ipynb",
                    teacher_href=lambda band, topic: f"{base_url}voila/render/{band}/{topic}.ipynb?mode=teacher")
            except ContentError:
                self.set_status(503)
                page = env.get_template("needs-fixing.html").render(base_url=base_url,
                                                                    **needs_fixing_context(options.root))
            self.finish(page)

    class ClassroomVoila(Voila):  # type: ignore[misc]
        """Voila with the landing page in place of the file tree and its listing API."""

        def init_handlers(self) -> list[Any]:
            handlers = [
                (h[0], LessonHandler, *h[2:]) if h[1] is TornadoVoilaHandler else h
                for h in super().init_handlers()
                if not any(part in h[0] for part in ("/voila/tree", "/voila/api/contents"))
                and h[0].rstrip("/") != self.server_url.rstrip("/")
            ]
            return [(self.server_url, LandingHandler), *handlers]

        def init_settings(self) -> Any:
            # Voila refuses a pre-launch hook with preheating; ours is safe with it (see the
            # module's docstring), so it is out of sight only while Voila checks.
            hook = self.voila_configuration.prelaunch_hook
            self.voila_configuration.prelaunch_hook = None
            try:
                return super().init_settings()
            finally:
                self.voila_configuration.prelaunch_hook = hook

    app = ClassroomVoila()
    app.initialize(argv=voila_argv(options))
    app.config.VoilaKernelManager.kernel_pools_config = warm_pools(options)  # a dict: not on the command line
    app.voila_configuration.prelaunch_hook = page_hook(options.root)
    app.tornado_settings = {**app.tornado_settings, "headers": HEADERS}
    return app


def prepare_environment(options: ServeOptions) -> None:
    """Environment the server and its kernels share."""
    os.environ[ROOT_ENV] = str(options.root)
    os.environ[SERVED_ENV] = "1"
    assets = assets_dir()
    if assets is not None:
        paths = [str(assets), *filter(None, os.environ.get("JUPYTER_PATH", "").split(os.pathsep))]
        os.environ["JUPYTER_PATH"] = os.pathsep.join(paths)


def serve(options: ServeOptions) -> None:
    from .check import check

    report = check(options.root)
    for problem in report.problems:
        print(problem, file=sys.stderr)
    if report.errors:
        print(f"safety-lessons: {len(report.errors)} content problems: those lessons will show pupils "
              "a 'needs fixing' message. Run `safety-lessons check` for the list.", file=sys.stderr)
    if options.host not in (LOOPBACK, "localhost", "::1"):
        print(f"WARNING: serving on {options.host}: other computers can open the lessons. Only do this "
              "on the school network, behind its firewall (see README: 'Serving a class').",
              file=sys.stderr)
    prepare_environment(options)
    app = make_app(options)
    if options.warm:
        print(f"Warming {options.warm} for a class of {options.class_size}: those pages open at once "
              "when the pool has filled (a minute or two).", flush=True)
    print(f"Lessons are ready. Open {options.url} in a browser (Ctrl+C stops the server).", flush=True)
    app.start()
