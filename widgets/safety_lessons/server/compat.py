"""The server's half of the compat seam (the kernel's is `safety_lessons/compat.py`, which also
holds `CHECKED`, the versions both were checked against): every name `serve` takes from Voila or
jupyter_server that the library does not document, each item saying why it is needed and which
tests cover it. tests/unit/test_compat.py fails when one of these names is used anywhere else.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import re
import weakref
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, ClassVar, Protocol

from jinja2 import BytecodeCache
from jinja2.bccache import Bucket
from jupyter_core.utils import ensure_async
from jupyter_server.services.kernels.connection.channels import ZMQChannelsWebsocketConnection
from jupyter_server.utils import url_path_join
from tornado.ioloop import PeriodicCallback
from tornado.web import ErrorHandler, GZipContentEncoding, HTTPError, authenticated
from traitlets import Float, Int
from voila.app import Voila
from voila.exporter import VoilaExporter
from voila.static_file_handler import TemplateStaticFileHandler
from voila.tornado.handler import TornadoVoilaHandler

from ..compat import OneLine
from .addresses import client_key
from .limits import (
    BURST,
    IDLE_CODE,
    IDLE_LIMIT,
    IDLE_REASON,
    NOT_PASSED,
    PASS,
    RATE,
    REPLACED_CODE,
    SOCKETS_PER_CLIENT,
    SOCKETS_PER_KERNEL,
    TOO_MANY_CODE,
    WIDGET,
    Close,
    KernelSockets,
    http_server_options,
)

# -- Voila and jupyter_server
#
# The server (app.py) uses only what Voila and jupyter_server document: command-line
# configuration (VoilaConfiguration, VoilaKernelManager.kernel_pools_config, MappingKernelManager
# culling, Voila.tornado_settings), a template extending `lab` by its named blocks, and
# jupyter_server's JupyterHandler for its own pages. What is left:
#
# 1. Routes. Voila makes its tornado routes in `Voila.init_handlers()`; `ClassroomVoila` puts ours in
#    front of them (tornado takes the first route that matches): our pages (the landing page at `/`
#    instead of Voila's file tree), a 404 for the file tree (`/voila/tree`) and its listing API
#    (`/voila/api/contents`), and the lesson pages (`/voila/render/<path>`), rendered by Voila's own
#    `TornadoVoilaHandler`, with the arguments Voila gives it, for the notebook `locate` names.
#    (tests/browser/test_serving.py, test_modes.py)
# 2. The XSRF cookie. Voila's page asks the server to shut its kernel down when the pupil leaves,
#    sending the `_xsrf` cookie's value, but no Voila page sets that cookie, so the request is
#    refused (voila-dashboards/voila#1458): a lesson page sets it.
#    (test_security.py: test_leaving_a_lesson_shuts_its_kernel_down_at_once)
# 3. Warm pools (`serve --warm`). Voila hands out the first kernel of a notebook's pool even while it
#    is still starting or running the notebook, or after either failed, and its culler may shut a
#    kernel down between leaving the pool and its page connecting to it. So before Voila takes one
#    (`VoilaHandler.should_use_rendered_notebook`), `ready_first` moves a kernel that has run the
#    whole lesson to the front of the pool (`VoilaKernelManager._pools`: futures of
#    {"task", "kernel_id", ...}) and takes failed ones out, to be shut down and replaced
#    (`fill_if_needed`); the kernel handed out counts as active from then (`last_activity`, which
#    the culler reads). Voila says when a pool's kernels have started, not when they have run the
#    lesson: `announce_ready` wraps the manager's `fill_if_needed` (which makes each pool entry) to
#    say, once each has run it, how many of its pool are ready. (test_warm.py; tests/unit/test_compat.py)
# 4. The template (assets/voila/templates/classroom/index.html.j2) repeats Voila's `lab` block
#    `notebook_css` without its two Font Awesome links to a public CDN, and names the lesson's
#    `<div id="rendered_cells"` the page's main landmark. (test_compat.py compares Voila's blocks.)
#    It repeats `any_cell` without its inline `voila_process(n, total)` script and empties
#    `html_head_js_logs`, so the page's policy needs no 'unsafe-inline' (server.SCRIPT_HASHES lists
#    the inline scripts left; tests/browser/test_content_security.py compares both). For the lean
#    page (`serve`'s default; not `--front-end voila`) it repeats `body_footer` without
#    `window.voila_finish()` and Voila's application (voila.js), loading our own script (built from
#    assets/frontend/) in their place.
# 5. The guard (guard.py, through app.py): Voila makes its tornado handlers itself, so
#    `ClassroomVoila` wraps each one's `prepare` to run `admit` first (Host, codes, whose kernel); a
#    lesson page asks `claim` for a kernel before Voila starts one, and is given the kernel manager
#    through `Recording`, which tells the claim the id of the kernel Voila then starts or takes
#    from the pool (`start_kernel`, `get_rendered_notebook`: the two calls in
#    `VoilaHandler.get_generator`). A warm kernel is taken only if `warm_ok`.
#    (tests/browser/test_guard.py)

# 6. The kernel websocket (limits.py). Voila's documented `kernel_websocket_connection_class`
#    names the class behind each kernel websocket; `limited_connection` subclasses jupyter_server's
#    `ZMQChannelsWebsocketConnection`, overriding its undocumented `handle_incoming_message` (each
#    message from the page: dropped beyond its kernel's rate, or if it is of a kind Voila refuses
#    (`allowed_message_types`, which Voila's warning would quote whole); one no page sends closes
#    the socket; its time noted for a `comm_msg`), `prepare` (before the socket opens: its
#    client's count of sockets, and the oldest sockets of its kernel closed beyond
#    `SOCKETS_PER_KERNEL`; one replaced while it was still opening is refused, and taken out of
#    jupyter_server's `_open_sessions`, which its `prepare` had put it in), `connect` and
#    `disconnect` (which sockets a kernel has), and closes sockets through `websocket_handler`.
#    (tests/browser/test_limits.py; tests/unit/test_limits.py)
# 7. Odd paths. Voila's `TemplateStaticFileHandler` (`/voila/templates/<template>/static/<path>`)
#    answers any other path with a 500 and a traceback in the log, and jupyter_server's `/logout`
#    page, which Voila routes, fails to render (no static path): `QUIET_ROUTES` answer them 404.
#    (tests/browser/test_limits.py)
# 8. The culler. jupyter_server's `MappingKernelManager.cull_kernels` logs any error checking a
#    kernel with its traceback; during a burst that is every kernel still starting (it has no
#    `kernel_spec` or `execution_state` yet) on every round. `quiet_culler` keeps it one line.
#    (tests/unit/test_compat.py)
# 12. What a lesson page loads. Voila documents no list of the files its page asks for, so the
#     landing page can prefetch them while a pupil chooses (`front_end_urls`): Voila's bundle
#     (`voila.js`, served at /voila/static/ from the `base` template's static folder) and every
#     chunk its webpack code can ask for (`.e(<id>)` → `<id>.voila.js`, followed chunk to chunk);
#     each allowed extension's files (`jupyterlab_server`'s `get_federated_extensions` on
#     `voila.utils.get_voila_labextensions_path`), as the page asks for them (`<id>.<hash>.js?v=<hash>`);
#     and the template's own files with the `?v=` Voila's page puts on them
#     (`TemplateStaticFileHandler.make_static_url`). Voila serves the extensions' files with
#     `no_cache_paths`, so a browser asks again for each; `cached_extensions_route` serves them
#     as Voila does otherwise, for tornado's caching of `?v=` addresses. (tests/unit/test_front_end.py;
#     tests/browser/test_prefetch.py, and test_lean_page.py for `--front-end voila`: every file a
#     lesson page loads was prefetched)
# 13. Compression. Voila applies `Voila.tornado_settings` after it has made its tornado
#     Application, which reads `compress_response` only when it is made: `ClassroomVoila` adds tornado's
#     `GZipContentEncoding` transform itself when the setting is on. (tests/browser/test_prefetch.py)
# 16. The HTTP server. Voila starts tornado's HTTPServer by `self.app.listen(port, self.ip)` in
#     `Voila.listen`, so with tornado's defaults: a client may take an hour to send its headers,
#     forever its body, and send 100 MB of it (`Voila.tornado_settings` reach the Application, not
#     the server). `ClassroomVoila` gives the Application's `listen` the HTTPServer arguments of
#     limits.py (`http_server_options`): headers and body within 15 s, a body of 64 KiB at most
#     (tornado refuses a larger Content-Length with a 400 before reading any of it).
#     (tests/browser/test_limits.py; tests/unit/test_compat.py)
# 17. One line per error in the teacher's terminal, with no query string (a pulse code, the page
#     a code leads to). Voila's Application logs each request with tornado's default
#     `log_request` (the whole URI); tornado's `log_function` setting, set on the Application in
#     `init_handlers`, is `access_line`. Every handler (`guarded`) logs its errors by `log_exception`
#     (tornado's documented hook) as one line, and answers in plain text where the library's own
#     error page cannot be made (jupyter_server's `write_error` renders templates that need a
#     `static_url`, which Voila's Application has not: a traceback for every refused POST). Errors
#     outside any request (a task or callback of the event loop) are one line too, and the same
#     one repeated is said once in `REPEAT_QUIET` seconds (`quiet_loop`, asyncio's documented
#     exception handler). (tests/browser/test_limits.py; tests/unit/test_compat.py)
# 18. A lesson page whose kernel fails. Voila renders a page in a task of its own (`put_html` in
#     `VoilaHandler.get_generator`) that feeds a queue the page's request reads, sending a
#     heartbeat every `http_keep_alive_timeout` seconds while it waits; when the render fails
#     (a kernel that died starting, "Too many open files") the task ends without a word to the
#     queue and the request waits for ever: its pupil's address stayed "starting". The render
#     awaits the kernel Voila's `get_kernel` gave (`_jinja_kernel_start`: `await
#     ensure_async(kernel_future)`); through `Recording` it awaits `Rendering`, which notes the
#     render's task: when that task fails, the page's claim is released and its kernel shut down
#     at once, and `LessonHandler` (which sends the page as `TornadoVoilaHandler.get` does) stops
#     at the next heartbeat, ending the page with a reload in `RELOAD_AFTER` seconds (a meta
#     refresh: no script). It stops too, and releases the claim, when the pupil leaves.
#     (tests/browser/test_limits.py; tests/unit/test_compat.py)
# 20. Templates compiled once. Voila makes a `VoilaExporter` for every page it renders, and nbconvert's
#     `TemplateExporter._create_environment` a Jinja environment for that, so every page compiled its
#     fourteen templates again: most of a page's work in the server, paid 30 times when a class
#     arrives. `compiled_once` gives each such environment a Jinja bytecode cache (Jinja's documented
#     `bytecode_cache`) kept in memory for the server's life, one for async environments and one for
#     others; a template whose source changes is compiled again (Jinja checks its checksum).
#     (tests/unit/test_compat.py)

Route = tuple[str, type, dict[str, Any]]  # a path below the server's URL, its handler, the handler's arguments
Locate = Callable[[Any, str], str | None]  # (request handler, path after /voila/render/) → notebook to render
HIDDEN = (r"/voila/tree(.*)", r"/voila/api/contents(.*)")  # Voila's file tree and its listing API: 404
STOPPING: set[asyncio.Future[Any]] = set()  # failed kernels being shut down
RELOAD_AFTER = 10  # (18) seconds before a page whose kernel failed to start loads again


class Claim(Protocol):
    """(5) A lesson page's claim on a kernel (guard.Ticket)."""

    def record(self, kernel_id: str) -> None: ...
    def release(self) -> None: ...


class Gate(Protocol):
    """(5) What the server decides for a request (app.Gatekeeper)."""

    def admit(self, handler: Any) -> bool:
        """Whether the request was answered already (refused): its handler then does nothing."""

    def claim(self, handler: Any) -> Claim | None:
        """A lesson page's claim on a kernel; None if it was answered already (busy, refused)."""

    def warm_ok(self, handler: Any) -> bool:
        """Whether this lesson page may take a warm kernel."""


Watch = Callable[["asyncio.Task[Any] | None", str], None]  # (18) (the task rendering a page, its kernel id)


class Rendering:
    """(18) The kernel Voila's render of a page awaits; awaiting it tells `watch` which task
    renders the page."""

    def __init__(self, kernel: Any, kernel_id: str, watch: Watch) -> None:
        self.kernel, self.kernel_id, self.watch = kernel, kernel_id, watch

    def __await__(self) -> Generator[Any, None, Any]:
        self.watch(asyncio.current_task(), self.kernel_id)
        yield from ()
        return self.kernel


class Recording:
    """(5) The kernel manager as one lesson page sees it: the kernel Voila starts for it, or
    takes from the pool for it, is recorded in the page's claim; the render of a kernel started
    for it is watched (18)."""

    def __init__(self, manager: Any, claim: Claim, watch: Watch | None = None) -> None:
        self._manager, self._claim, self._watch = manager, claim, watch

    def __getattr__(self, name: str) -> Any:
        return getattr(self._manager, name)

    def get_kernel(self, kernel_id: str) -> Any:
        kernel = self._manager.get_kernel(kernel_id)
        return kernel if self._watch is None else Rendering(kernel, kernel_id, self._watch)

    async def start_kernel(self, *args: Any, **kwargs: Any) -> str:
        from jupyter_core.utils import ensure_async

        kernel_id = str(await ensure_async(self._manager.start_kernel(*args, **kwargs)))
        self._claim.record(kernel_id)
        return kernel_id

    async def get_rendered_notebook(self, *args: Any, **kwargs: Any) -> Any:
        rendered = await self._manager.get_rendered_notebook(*args, **kwargs)
        self._claim.record(str(rendered[2]))  # (render task, rendered cells, kernel id)
        return rendered


GATE = "safety_lessons_gate"  # (5) the tornado setting that holds the server's `Gate`


class Guarded:
    """(5) Mixed in front of every handler: `gate.admit` runs before its own `prepare`; its errors
    are logged in one line and answered in plain text where its own error page fails (17)."""

    settings: dict[str, Any]
    request: Any

    async def prepare(self, *args: Any, **kwargs: Any) -> None:
        if self.settings[GATE].admit(self):
            return
        result = super().prepare(*args, **kwargs)  # type: ignore[misc]
        if inspect.isawaitable(result):
            await result

    def log_exception(self, typ: Any, value: BaseException | None, tb: Any) -> None:
        from tornado.log import app_log, gen_log

        where = request_line(self.request)
        if isinstance(value, HTTPError):  # (a refusal's access line says enough: its reason only if asked)
            log_at = gen_log.info if value.status_code < 500 else gen_log.warning
            if value.log_message:
                log_at("%d %s: %s", value.status_code, where, one_line(value.get_message() or ""))
        else:
            app_log.error("%s %s: %s", type(value).__name__, where, one_line(str(value)))

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        from http.client import responses

        try:
            super().write_error(status_code, **kwargs)  # type: ignore[misc]
        except Exception:  # jupyter_server's page needs a `static_url`: any failure, plain text
            self.set_header("Content-Type", "text/plain; charset=utf-8")  # type: ignore[attr-defined]
            self.write(f"{status_code}: {responses.get(status_code, 'error')}\n")  # type: ignore[attr-defined]


def guarded(handler: type) -> type:
    """(5) `handler` behind the gate (`Guarded` in front of it), under its own name."""
    return type(handler.__name__, (Guarded, handler), {"__qualname__": handler.__qualname__})


class LessonHandler(TornadoVoilaHandler):  # type: ignore[misc]
    """(1) A lesson page, rendered by Voila's own handler for the notebook `locate` names (None: a
    404), after `gate.claim` (5); a render that fails is cut off (18)."""

    notebook: str | None = None
    claim: Claim | None = None
    failed: BaseException | None = None  # (18) what ended the page's render
    left = False  # (18) the pupil's browser closed the connection

    def initialize(self, locate: Locate, gate: Gate, **voila_args: Any) -> None:
        self.locate, self.gate = locate, gate
        super().initialize(**voila_args)

    @property
    def kernel_manager(self) -> Any:
        manager = self.settings["kernel_manager"]
        return manager if self.claim is None else Recording(manager, self.claim, self.watch)  # (5, 18)

    @authenticated  # as Voila's own `get`: nothing is looked up for a request it would refuse
    async def get(self, path: str | None = None) -> Any:
        notebook = self.locate(self, path or "")
        if notebook is None:
            raise HTTPError(404)
        self.claim = self.gate.claim(self)  # (5)
        if self.claim is None:
            return None
        try:
            _ = self.xsrf_token  # (2) sets the cookie Voila's page sends back when the pupil leaves
            self.notebook = notebook
            pages = self.get_generator(path=notebook)  # (18) as TornadoVoilaHandler.get, until the render fails
            try:
                async for html in pages:
                    if self.failed is not None or self.left:
                        break
                    self.write(html)
                    self.flush()
            finally:
                await pages.aclose()
            if self.failed is not None and not self.left:  # the page is cut off: it loads again by itself
                self.write(f'<meta http-equiv="refresh" content="{RELOAD_AFTER}">\n')
        finally:
            self.claim.release()

    def watch(self, task: asyncio.Task[Any] | None, kernel_id: str) -> None:
        """(18) When the task rendering this page fails, release its claim and stop its kernel."""
        def ended(task: asyncio.Task[Any]) -> None:
            failure = None if task.cancelled() else task.exception()  # (retrieved: no traceback logged)
            if failure is None:
                return
            self.failed = failure
            self.log.warning("A lesson's kernel failed to start (%s: %s); its page was stopped",
                             type(failure).__name__, one_line(str(failure)))
            if self.claim is not None:
                self.claim.release()
            stop_kernel(self.settings["kernel_manager"], kernel_id)

        if task is not None:
            task.add_done_callback(ended)

    def on_connection_close(self) -> None:
        self.left = True  # (18)
        if self.claim is not None:
            self.claim.release()
        super().on_connection_close()

    def should_use_rendered_notebook(self, notebook_data: Any, pool_size: int, *args: Any) -> bool:
        if not super().should_use_rendered_notebook(notebook_data, pool_size, *args) or self.notebook is None:
            return False
        manager = self.settings["kernel_manager"]
        return self.gate.warm_ok(self) and take_ready(manager, self.notebook, self.log)  # (3, 5)


def hidden_routes() -> list[Route]:
    """(1) A 404 for Voila's file tree and its listing API."""
    return [(path, ErrorHandler, {"status_code": 404}) for path in HIDDEN]


class ClassroomVoila(Voila):  # type: ignore[misc]
    """(1) Voila with `routes` (the server's route table, app.py) in front of its own (tornado
    takes the first route that matches), each handler behind the gate (5); a `LessonHandler`
    route is given the arguments Voila gives its own handler."""

    def __init__(self, routes: list[Route], gate: Gate, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.sl_routes, self.sl_gate = routes, gate

    def init_handlers(self) -> list[Any]:
        def at(path: str) -> str:
            return str(url_path_join(self.server_url, path))

        voila_args = {"template_paths": self.template_paths, "config": self.config,
                      "voila_configuration": self.voila_configuration}
        handlers = [*((at(path), handler, {**args, **voila_args} if handler is LessonHandler else args)
                      for path, handler, args in self.sl_routes),
                    *super().init_handlers()]
        if self.app.settings.get("compress_response"):  # (13)
            self.app.add_transform(GZipContentEncoding)
        self.app.settings["log_function"] = access_line  # (17)
        self.app.settings[GATE] = self.sl_gate  # (5)
        if hasattr(self.kernel_manager, "_pools"):  # (3) warm pools: say when their kernels are ready
            announce_ready(self.kernel_manager, self.log)
        self.app.listen = serving(self.app.listen, http_server_options(), self.log)  # (16, 17)
        return [(route[0], guarded(route[1]), *route[2:]) for route in handlers]  # (5)


def take_ready(manager: Any, notebook: str, log: Any) -> bool:
    """(3) Whether a warm kernel that ran the whole lesson is now first in `notebook`'s pool (if
    not, the page is rendered for its request). Failed kernels are taken out, shut down and
    replaced; the one about to be handed out counts as active from now, so that the culler leaves
    it alone until its page connects, however long it waited in the pool."""
    pool = manager._pools.get(notebook, [])
    ready, failed = ready_first(pool)
    for kernel_id in failed:
        log.warning("A warm kernel failed to run %s; replacing it", notebook)
        if kernel_id is not None:
            stop_kernel(manager, kernel_id)
    if failed:
        manager.fill_if_needed(delay=0, notebook_name=notebook)
    if ready:
        manager.get_kernel(pool[0].result()["kernel_id"]).last_activity = datetime.now(timezone.utc)
    return ready


def stop_kernel(manager: Any, kernel_id: str) -> None:
    """Shut a kernel down in the background (3, 18); one that is gone already is no error."""
    from jupyter_core.utils import ensure_async

    async def stop() -> None:
        try:
            await ensure_async(manager.shutdown_kernel(kernel_id))
        except Exception as err:  # gone already, or died: either way it is not running
            manager.log.info("Kernel %s was stopped already (%s)", kernel_id, type(err).__name__)

    stopping = asyncio.ensure_future(stop())
    STOPPING.add(stopping)  # held until done (the loop keeps only a weak reference)
    stopping.add_done_callback(STOPPING.discard)


def has_run(item: Any) -> bool:
    """(3) Whether a warm pool's entry has a kernel that has run the whole lesson without error."""
    if not item.done() or item.cancelled() or item.exception() is not None:
        return False
    run = item.result()["task"]
    return bool(run.done() and not run.cancelled() and run.exception() is None)


def announce_ready(manager: Any, log: Any) -> None:
    """(3) From now on, say on `log` each time a warm kernel has run its lesson, and how many of its
    pool have (the teacher's "ready" for a class; only the notebook's name and counts)."""
    watched: weakref.WeakSet[asyncio.Future[Any]] = weakref.WeakSet()
    fill = manager.fill_if_needed

    def ran(notebook: str, run: asyncio.Future[Any]) -> None:
        if not run.cancelled() and run.exception() is None:
            pool = manager._pools.get(notebook, [])
            log.info("A warm kernel has run %s: %d of %d ready", notebook, sum(map(has_run, pool)), len(pool))

    def started(notebook: str, item: asyncio.Future[Any]) -> None:
        if not item.cancelled() and item.exception() is None:
            item.result()["task"].add_done_callback(lambda run: ran(notebook, run))

    def watch() -> None:
        for notebook, pool in manager._pools.items():
            for item in pool:
                if item not in watched:
                    watched.add(item)
                    item.add_done_callback(lambda done, notebook=notebook: started(notebook, done))

    def fill_and_watch(*args: Any, **kwargs: Any) -> None:
        fill(*args, **kwargs)
        watch()

    manager.fill_if_needed = fill_and_watch
    watch()


def ready_first(pool: list[Any]) -> tuple[bool, list[str | None]]:
    """(3) Sort a warm pool (Voila's futures of {"task", "kernel_id", ...}) before a pupil takes one.

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



TEMPLATE_FILE = re.compile(r"[A-Za-z0-9_-]+/static/[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*")


CULLER_ERROR = "The following exception was encountered while checking the idle duration of kernel"


class _QuietCuller(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if str(record.msg).startswith(CULLER_ERROR):
            record.exc_info, record.exc_text, record.levelno, record.levelname = None, None, logging.INFO, "INFO"
            found = tuple(record.args) if isinstance(record.args, tuple) else ()
            record.msg, record.args = "Not culling kernel %s yet: %s", (*found, "?", "?")[:2]
        return True


def quiet_culler(log: logging.Logger | logging.LoggerAdapter[Any]) -> None:
    """(8) The culler's errors on `log` (the server app's, which its kernel manager uses) as one
    line, without a traceback."""
    logger = log.logger if isinstance(log, logging.LoggerAdapter) else log
    if not any(isinstance(f, _QuietCuller) for f in logger.filters):
        logger.addFilter(_QuietCuller())


UNPRINTABLE = re.compile(r"[^\x20-\x7e]")
PULSE_LINK = re.compile(r"(/pulse/)(?!kernel/)[^/]+")  # (17) a pulse link's code, in its path
REPEAT_QUIET = 10.0  # (17) seconds in which the same error outside a request is said once


def one_line(text: str, limit: int = 160) -> str:
    """(17) `text` as one short line of the teacher's terminal: its first line, printable
    characters only (a URL or message may carry terminal escapes), cut at `limit`."""
    first = text.strip().splitlines()[0] if text.strip() else ""
    return UNPRINTABLE.sub("?", first)[:limit]


def request_line(request: Any) -> str:
    """(17) "METHOD /path (address)": what the terminal says of a request, without its query, nor
    the code of a pulse link (``/pulse/<code>``, pulse_routes.py)."""
    path = PULSE_LINK.sub(r"\1<code>", request.path or "")
    return f"{one_line(request.method or '', 10)} {one_line(path, 200)} ({request.remote_ip})"


def access_line(handler: Any) -> None:
    """(17) tornado's `log_function`: its access line, without the query string."""
    from tornado.log import access_log

    status = handler.get_status()
    log_at = access_log.info if status < 400 else access_log.warning if status < 500 else access_log.error
    log_at("%d %s %.2fms", status, request_line(handler.request), 1000.0 * handler.request.request_time())


def serving(listen: Callable[..., Any], options: Mapping[str, Any], log: Any) -> Callable[..., Any]:
    """(16, 17) The Application's `listen`, giving tornado's HTTPServer `options`; errors outside
    any request are then said in one line on `log` (`quiet_loop`, once the loop runs)."""
    from tornado.ioloop import IOLoop

    def listen_with(port: int, address: str = "", **kwargs: Any) -> Any:
        IOLoop.current().add_callback(lambda: quiet_loop(asyncio.get_running_loop(), log))
        return listen(port, address, **{**options, **kwargs})

    return listen_with


@dataclass
class Repeats:
    """(17) Whether to say an error again: once in `quiet` seconds for the same one."""

    quiet: float = REPEAT_QUIET
    said: dict[str, tuple[float, int]] = field(default_factory=dict)  # error → (when said, repeats since)

    def say(self, error: str, now: float) -> int | None:
        """None: keep quiet; else how many times it came since it was last said."""
        when, since = self.said.get(error, (-self.quiet, 0))
        if now - when < self.quiet:
            self.said[error] = (when, since + 1)
            return None
        if len(self.said) > 256:  # errors of the past no longer held back: forgotten
            self.said = {e: w for e, w in self.said.items() if now - w[0] < self.quiet}
        self.said[error] = (now, 0)
        return since


def quiet_loop(loop: asyncio.AbstractEventLoop, log: Any) -> None:
    """(17) Errors the event loop reports (a task's exception nobody read, a callback that raised)
    as one line on `log`, the same one once in `REPEAT_QUIET` seconds; and tornado's own ("Exception
    in callback": a periodic callback such as jupyter_client's kernel restarter that raised) as one
    line with the error's type."""
    import time

    tornado_log = logging.getLogger("tornado.application")
    if not any(isinstance(f, OneLine) for f in tornado_log.filters):
        tornado_log.addFilter(OneLine(formatted=True))
    repeats = Repeats()

    def report(_: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        error = context.get("exception")
        what = one_line(str(context.get("message") or "error"), 80)
        line = f"{what} ({type(error).__name__}: {one_line(str(error))})" if error is not None else what
        since = repeats.say(line, time.monotonic())
        if since is not None:
            log.error("%s%s", line, f" [and {since} more like it]" if since else "")

    loop.set_exception_handler(report)


class TemplateFiles(TemplateStaticFileHandler):  # type: ignore[misc]
    """(7) Voila's template files, with a 404 for any path that is not one (a 500 and a traceback
    before)."""

    async def get(self, path: str, include_body: bool = True) -> None:
        if TEMPLATE_FILE.fullmatch(path) is None or ".." in path.split("/"):
            raise HTTPError(404)
        try:
            await super().get(path, include_body)
        except (AssertionError, ValueError, OSError):  # Voila's own checks of the path
            raise HTTPError(404) from None


def quiet_routes() -> list[Route]:
    """(7) Voila's template files (`TemplateFiles`), and a 404 for `/logout` (a server without logins)."""
    return [(r"/voila/templates/(.*)", TemplateFiles, {}), (r"/logout", ErrorHandler, {"status_code": 404})]


def cached_extensions_route() -> Route:
    """(12) The widget extensions' files as Voila serves them, without its `no_cache_paths`: their
    names carry their content's hash, and the page asks for them with `?v=<hash>`, which tornado
    lets a browser keep (so a prefetched file is used without asking the server again)."""
    from jupyter_server.base.handlers import FileFindHandler
    from voila.utils import get_voila_labextensions_path

    return (r"/voila/labextensions/(.*)", FileFindHandler, {"path": get_voila_labextensions_path()})


class LimitedConnection(ZMQChannelsWebsocketConnection):
    """(6) The class behind each kernel websocket (Voila's `kernel_websocket_connection_class`):
    jupyter_server's, applying what limits.py's `KernelSockets` decides (sockets per kernel and per
    client, message rate per kernel, idle limit). Configured as `LimitedConnection` in voila.json
    (traitlets reads it from the kernel manager)."""

    idle_limit = Float(IDLE_LIMIT, config=True, help="seconds without a widget message before the kernel stops")
    message_rate = Float(RATE, config=True, help="messages a second a kernel's pages may send")
    message_burst = Float(BURST, config=True, help="messages a kernel's pages may send at once")
    per_kernel = Int(SOCKETS_PER_KERNEL, config=True, help="websockets one kernel may have open")
    per_client = Int(SOCKETS_PER_CLIENT, config=True, help="kernel websockets one address may have open")

    limits: ClassVar[KernelSockets] = KernelSockets()
    manager: ClassVar[Any] = None
    sweeper: ClassVar[Any] = None

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.refused = self.replaced = self.opened = self.closed = self.warned = False
        self.connecting: asyncio.Future[None] | None = None

    async def prepare(self) -> None:
        sockets = self.limits.sockets
        sockets.per_kernel, sockets.per_client = self.per_kernel, self.per_client
        old = sockets.arrive(self, self.kernel_id, client_key(str(self.websocket_handler.request.remote_ip)))
        if old is None:
            self.log.warning("A computer has %d lesson connections open; another was refused", self.per_client)
            raise HTTPError(TOO_MANY_CODE)
        for connection in old:
            connection.replace()
        try:
            await super().prepare()  # type: ignore[no-untyped-call]
        except BaseException:
            sockets.leave(self)
            raise
        if self.replaced:  # while it was opening: it never opens
            self.forget_session()
            raise HTTPError(409)

    def replace(self) -> None:
        """A newer socket of the same kernel takes this one's place."""
        self.replaced = True
        self.limits.sockets.leave(self)
        if self.opened:
            self.shut(REPLACED_CODE, "replaced")

    def shut(self, code: int, reason: str) -> None:
        """Close the websocket, and stop passing the kernel's messages to it now (not when the
        page answers the close, up to 5 s later: each would be a warning in the log)."""
        self.websocket_handler.close(code, reason)
        self.disconnect()

    def forget_session(self) -> None:
        if self._open_sessions.get(self.session_key) is self.websocket_handler:
            self._open_sessions.pop(self.session_key)

    def handle_incoming_message(self, incoming_msg: Any) -> None:
        if self.replaced or self.refused or self.closed:
            return
        verdict = self.limits.judge(self.kernel_id, incoming_msg, self.multi_kernel_manager.allowed_message_types,
                                    self.message_rate, self.message_burst)
        if isinstance(verdict, Close):
            self.refuse(verdict)
        elif verdict == NOT_PASSED and not self.warned:  # (Voila's own warning would quote the type)
            self.warned = True
            self.log.warning("A page sent a kind of message Voila does not pass on; dropped")
        elif verdict in (PASS, WIDGET):
            super().handle_incoming_message(incoming_msg)

    def refuse(self, close: Close) -> None:
        if not self.refused:
            self.refused = True
            self.log.warning("%s; its connection is closed", close.why)
            self.shut(close.code, close.reason)

    def connect(self) -> Any:
        if self.replaced:  # between its `prepare` and now
            self.websocket_handler.close(REPLACED_CODE, "replaced")
            done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            done.set_result(None)
            return done
        self.opened = True  # (before: jupyter_server's `connect` may disconnect on failure)
        connected = self.connecting = super().connect()
        cls = type(self)
        cls.limits.clock.limit = self.idle_limit
        cls.limits.clock.connected(self.kernel_id)
        cls.manager = self.multi_kernel_manager
        if cls.sweeper is None:
            cls.sweeper = PeriodicCallback(cls.sweep, cls.limits.clock.sweep_every * 1000)
            cls.sweeper.start()
        return connected

    def disconnect(self) -> Any:
        """Once, however often it is called (`shut`, then the websocket's close), and once
        jupyter_server has finished connecting it (its last step needs the channels)."""
        self.limits.sockets.leave(self)
        if self.connecting is not None and not self.connecting.done():
            self.connecting.add_done_callback(lambda _: self.disconnect())
            return None
        if self.closed:
            return None
        self.closed = True
        if not self.opened:
            self.forget_session()
            return None
        return super().disconnect()  # type: ignore[no-untyped-call]

    @classmethod
    async def sweep(cls) -> None:
        """Close idle kernels' websockets (code 4001, "idle"), then shut those kernels down."""
        manager = cls.manager
        if manager is None:
            return
        for kernel_id in cls.limits.idle(manager.list_kernel_ids()):
            for connection in cls.limits.sockets.of(kernel_id):
                connection.shut(IDLE_CODE, IDLE_REASON)
            try:
                await ensure_async(manager.shutdown_kernel(kernel_id))
            except Exception as err:
                manager.log.warning("Could not stop an idle kernel (%s)", type(err).__name__)
            else:
                manager.log.info("Stopped a kernel idle for over %d s", cls.limits.clock.limit)



CHUNK = re.compile(r"\.e\((\d+)\)")  # (12) webpack's "load chunk <id>"
HASHED = re.compile(r"^[^.]+\.([0-9a-f]{16,})\.js$")  # (12) an extension's `<id>.<hash>.js`


def webpack_chunks(folder: Path, entry: str, name: Callable[[str], str]) -> list[str]:
    """(12) `entry` and every chunk its code can load, followed chunk to chunk, by file name in
    `folder` (`name`: a chunk id → its file name)."""
    seen: list[str] = []
    todo = [entry]
    while todo:
        file = todo.pop()
        if file in seen or not (folder / file).is_file():
            continue
        seen.append(file)
        todo.extend(name(chunk) for chunk in CHUNK.findall((folder / file).read_text(errors="replace")))
    return seen


def front_end_urls(base_url: str, template: str, template_files: tuple[str, ...],
                   extensions: tuple[str, ...], *, voila: bool = True) -> list[str]:
    """(12) The addresses a lesson page asks for: Voila's bundle and its chunks (unless not
    `voila`), the allowed `extensions`' files, and the template's `template_files` (paths below its
    static folder)."""
    from jupyterlab_server.config import get_federated_extensions
    from voila.paths import collect_static_paths
    from voila.static_file_handler import TemplateStaticFileHandler
    from voila.utils import get_voila_labextensions_path

    urls: list[str] = []
    for root in map(Path, collect_static_paths(["voila", "nbconvert"], template) if voila else []):
        if (root / "voila.js").is_file():
            urls += [f"{base_url}voila/static/{f}" for f in webpack_chunks(root, "voila.js", lambda c: f"{c}.voila.js")]
            break
    installed = get_federated_extensions(get_voila_labextensions_path())
    for name in extensions:
        if name not in installed:
            continue
        static = Path(installed[name]["ext_path"]) / "static"
        for file in sorted(f.name for f in static.glob("*.js")):
            hashed = HASHED.match(file)
            if file.startswith("remoteEntry."):
                urls.append(f"{base_url}voila/labextensions/{name}/static/{file}")
            elif hashed:  # not `style.js`, which Voila's page does not load
                urls.append(f"{base_url}voila/labextensions/{name}/static/{file}?v={hashed.group(1)}")
    settings = {"static_url_prefix": f"{base_url}voila/templates/", "static_path": None}
    for file in template_files:
        versioned = not file.startswith("fonts/")  # the stylesheets ask for fonts by plain address
        urls.append(TemplateStaticFileHandler.make_static_url(settings, f"{template}/static/{file}",
                                                              include_version=versioned))
    return urls


class TemplateCode(BytecodeCache):
    """(20) Jinja's compiled templates, in memory for the server's life."""

    def __init__(self) -> None:
        self.code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self.code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)  # (Jinja discards it if the template's source changed)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.code[bucket.key] = bucket.bytecode_to_string()


def compiled_once() -> None:
    """(20) Every Voila exporter's Jinja environment, from now on, shares its compiled templates."""
    create = VoilaExporter._create_environment
    if getattr(create, "caches", None) is not None:
        return
    caches = {True: TemplateCode(), False: TemplateCode()}  # by `is_async`: their code differs

    def with_cache(exporter: Any) -> Any:
        environment = create(exporter)
        environment.bytecode_cache = caches[environment.is_async]
        return environment

    with_cache.caches = caches  # type: ignore[attr-defined]
    VoilaExporter._create_environment = with_cache
