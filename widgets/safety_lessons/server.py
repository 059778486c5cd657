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
  preheating, configured per notebook). Teacher views are never pooled: their copy has no pool.

All of it is Voila's documented configuration, in a voila.json written for the run, the only
config file Voila reads (none on the machine can weaken it); the little Voila has no setting for is
in compat.py.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .compat import quiet_routes, voila_app
from .content.library import ROOT_ENV, Library
from .content.schema import ContentError
from .content.words import FOLDER
from .lesson import SERVED_ENV, TEACHER_DIR, UNREADABLE_WORDS
from .limits import IDLE_LIMIT, KERNEL_MEMORY, MAX_MESSAGE, MEMORY_ENV
from .pages import TEMPLATE, assets_dir, copy_path, landing_page, lesson_copies, needs_fixing_context, render

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


@dataclass(frozen=True)
class ServeOptions:
    root: Path
    host: str = LOOPBACK
    port: int = 8866
    cull_after: int = 300  # seconds a closed lesson's kernel may stay idle before it is shut down
    warm: str | None = None  # "band/topic": keep `class_size` kernels ready for this lesson only
    class_size: int = 30
    idle_limit: int = IDLE_LIMIT  # seconds a page may send no widget message before its kernel stops
    kernel_memory: int = KERNEL_MEMORY  # MiB of data memory each lesson kernel may use

    @property
    def warm_notebook(self) -> str | None:
        """The warmed lesson as Voila names it: its pupil's copy in the staged folder."""
        if self.warm is None:
            return None
        band, _, topic = self.warm.partition("/")
        return copy_path(band, topic, teacher=False)

    @property
    def url(self) -> str:
        host = "localhost" if self.host in (LOOPBACK, "localhost") else self.host
        return f"http://{host}:{self.port}/"


FRONT_END = ("@jupyter-widgets/jupyterlab-manager", "@voila-dashboards/widgets-manager8")


def voila_config(options: ServeOptions) -> dict[str, dict[str, Any]]:
    """Voila's settings, by class, as its documented configuration file (voila.json) holds them."""
    config: dict[str, dict[str, Any]] = {
        "Voila": {"ip": options.host, "port": options.port, "port_retries": 0, "open_browser": False,
                  "tornado_settings": {"headers": HEADERS}},
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
    config["Voila"]["kernel_websocket_connection_class"] = "safety_lessons.kernel_socket.LimitedConnection"
    config["LimitedConnection"] = {"idle_limit": options.idle_limit}
    # No replay buffer: a page that drops gets what the kernel says after it reconnects, and
    # nothing piles up in the server for a page that never comes back.
    config["MappingKernelManager"]["buffer_offline_messages"] = False
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
        return Library(root).words().say("tell-your-teacher")
    except (ContentError, OSError):
        return UNREADABLE_WORDS["tell-your-teacher"]


LESSON_PATH = re.compile(r"([a-z0-9-]+)/([a-z0-9-]+)\.ipynb")


@dataclass
class Stage:
    """The folder Voila serves: the staged pupil's and teacher's copy of every lesson the
    catalogue lists (`pages.lesson_copies`, as `build-static` makes them), and nothing else.

    `refresh()`, before each lesson page, brings it up to date with the lessons folder: a notebook,
    catalogue.yaml or a words file changed since is staged again, a lesson gone is taken away."""

    root: Path
    folder: Path
    _stamp: tuple[tuple[str, int, int], ...] | None = None
    _staged: set[str] = field(default_factory=set)  # what it wrote: all it ever removes

    def refresh(self) -> None:
        stamp = self._sources()
        if stamp == self._stamp:
            return
        try:
            copies = lesson_copies(Library(self.root))
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
        self._stamp = stamp

    def locate(self, path: str, *, teacher: bool) -> str | None:
        """The staged copy to render for ``/voila/render/<path>``, a lesson's ``band/topic.ipynb``:
        its teacher's copy for the teacher view, else its pupil's. None for anything else."""
        self.refresh()
        match = LESSON_PATH.fullmatch(path)
        if match is None or match[1] == TEACHER_DIR:
            return None
        relative = copy_path(match[1], match[2], teacher=teacher)
        return relative if (self.folder / relative).is_file() else None

    def _sources(self) -> tuple[tuple[str, int, int], ...]:
        paths = [self.root / "catalogue.yaml", *sorted((self.root / FOLDER).glob("*.yaml")),
                 *sorted(self.root.glob("*/*.ipynb"))]
        stamp = []
        for path in paths:
            try:
                found = path.stat()
            except OSError:
                continue
            stamp.append((str(path), found.st_mtime_ns, found.st_size))
        return tuple(stamp)


def teacher_view(handler: Any) -> bool:
    """A page opened with ``?mode=teacher``, read as the lesson's kernel reads it (`current_mode`)."""
    return bool(handler.get_arguments("mode", strip=False) == ["teacher"])


def make_app(options: ServeOptions, stage: Stage, config_dir: Path) -> Any:
    """A configured (not yet started) Voila application serving `stage`, its settings written to
    `config_dir`."""
    from jupyter_server.base.handlers import JupyterHandler

    class LandingHandler(JupyterHandler):
        """The landing page, or the calm "needs fixing" page while the catalogue or the words
        have problems."""

        def get(self) -> None:
            base = self.base_url
            try:
                page = landing_page(
                    Library(options.root), css=f"{base}voila/static/landing.css",
                    pupil_href=lambda band, topic: f"{base}voila/render/{band}/{topic}.ipynb",
                    teacher_href=lambda band, topic: f"{base}voila/render/{band}/{topic}.ipynb?mode=teacher")
            except ContentError:
                self.set_status(503)
                page = render("needs-fixing.html", base_url=base, **needs_fixing_context(options.root))
            self.finish(page)

    app = voila_app([("/", LandingHandler, {}), *quiet_routes()],
                    locate=lambda handler, path: stage.locate(path, teacher=teacher_view(handler)))
    config_dir.mkdir(parents=True, exist_ok=True)
    (config_dir / "voila.json").write_text(json.dumps(voila_config(options), indent=1), encoding="utf-8")
    app.initialize(argv=voila_argv(stage.folder, config_dir))
    return app


def prepare_environment(options: ServeOptions) -> None:
    """Environment the server and its kernels share."""
    os.environ[ROOT_ENV] = str(options.root)  # kernels read the lessons' content from here
    os.environ[SERVED_ENV] = "1"
    os.environ[MEMORY_ENV] = str(options.kernel_memory)  # limits.limit_kernel reads it
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
    with tempfile.TemporaryDirectory(prefix="safety-lessons-serve-") as run:
        stage = Stage(options.root.resolve(), Path(run) / "lessons")
        stage.refresh()
        app = make_app(options, stage, Path(run) / "config")
        if options.warm:
            print(f"Warming {options.warm} for a class of {options.class_size}: those pages open at once "
                  "when the pool has filled (a minute or two).", flush=True)
        print(f"Lessons are ready. Open {options.url} in a browser (Ctrl+C stops the server).", flush=True)
        app.start()
