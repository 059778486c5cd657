"""compat.py (the kernel's half) and server/compat.py (the server's) hold every name the package
takes from a library that the library does not document, checked against one version of each: these
tests fail when another version is installed, when such a name is used outside them, and when what
they rely on has moved."""

from __future__ import annotations

import ast
import asyncio
import importlib.metadata
import importlib.util
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from safety_lessons.compat import CHECKED
from safety_lessons.server.compat import HIDDEN, ready_first

from ..conftest import REPO

PACKAGE = REPO / "widgets" / "safety_lessons"
COMPAT = (PACKAGE / "compat.py", PACKAGE / "server" / "compat.py")
CLASSROOM = REPO / "assets" / "voila" / "templates" / "classroom" / "index.html.j2"

# Libraries whose private names (`_pools`, `jupyter_server._tz`, `_dom_classes`, …) only compat.py may use.
LIBRARIES = ("voila", "jupyter_server", "IPython", "ipywidgets")
# Their names that are not private but not documented either: compat.py's items, and what they replaced.
UNDOCUMENTED = {
    "init_handlers", "TornadoVoilaHandler", "should_use_rendered_notebook", "fill_if_needed",
    "get_rendered_notebook", "last_activity", "voila_jinja2_env", "notebook_data",
}
# Only compat.py imports these libraries' modules (the server imports jupyter_server's documented
# JupyterHandler for its own pages).
IMPORTED_ONLY_BY_COMPAT = ("voila",)


@pytest.mark.parametrize("library", sorted(CHECKED))
def test_the_installed_version_is_the_one_compat_was_checked_against(library: str) -> None:
    installed = importlib.metadata.version(library)
    assert installed == CHECKED[library], (
        f"{library} {installed} is installed, but compat.py was checked against {CHECKED[library]}: read each "
        f"item of its section against {library} {installed}'s source, run the tests it names, then update CHECKED")


def test_pyproject_pins_each_library_to_the_version_compat_was_checked_against() -> None:
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    wanted = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["dependencies"]
    pins = dict(re.fullmatch(r"([A-Za-z0-9_.-]+)==([0-9.]+)", spec).groups()  # type: ignore[union-attr]
                for spec in wanted if "==" in spec)
    assert {name: pins.get(name) for name in CHECKED} == CHECKED


def _source_files(library: str) -> list[Path]:
    spec = importlib.util.find_spec(library)
    assert spec is not None and spec.submodule_search_locations, library
    return [p for folder in spec.submodule_search_locations for p in Path(folder).rglob("*.py")]


@cache
def _private_names(library: str) -> frozenset[str]:
    """Every `_name` the library's own source uses (a dunder or a `_protocol_` name is public)."""
    names: set[str] = set()
    for path in _source_files(library):
        names.update(re.findall(r"(?<!\w)(_[A-Za-z][A-Za-z0-9_]*)", path.read_text(errors="replace")))
    return frozenset(n for n in names if not n.endswith("_"))


def _modules() -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        if path not in COMPAT:
            yield path, ast.parse(path.read_text(), str(path))


@cache
def _own_names() -> frozenset[str]:
    """Names the package itself defines (its own `_stamp` is not a library's)."""
    names: set[str] = set()
    for _, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names.add(node.name)
            elif isinstance(node, ast.arg):
                names.add(node.arg)
            elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    for part in ast.walk(target):
                        if isinstance(part, ast.Name):
                            names.add(part.id)
                        elif isinstance(part, ast.Attribute):
                            names.add(part.attr)
    return frozenset(names)


def _uses(tree: ast.Module) -> Iterator[tuple[int, str]]:
    """(line, name) of every attribute, imported name, module and string the code names."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            yield node.lineno, node.attr
        elif isinstance(node, ast.ImportFrom):
            for part in (node.module or "").split("."):
                yield node.lineno, part
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.Import):
            for alias in node.names:
                for part in alias.name.split("."):
                    yield node.lineno, part
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.isidentifier():
            yield node.lineno, node.value


def _imports(tree: ast.Module) -> Iterator[tuple[int, str]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and not node.level:
            yield node.lineno, node.module
        elif isinstance(node, ast.Import):
            yield from ((node.lineno, alias.name) for alias in node.names)


def test_private_and_undocumented_names_of_libraries_are_used_in_compat_only() -> None:
    private = {name: library for library in LIBRARIES for name in _private_names(library)}
    found = []
    for path, tree in _modules():
        where = path.relative_to(REPO)
        for line, name in _uses(tree):
            if name in UNDOCUMENTED:
                found.append(f"{where}:{line}: {name} (undocumented)")
            elif name in private and name not in _own_names():
                found.append(f"{where}:{line}: {name} (private to {private[name]})")
        for line, module in _imports(tree):
            if module.split(".")[0] in IMPORTED_ONLY_BY_COMPAT:
                found.append(f"{where}:{line}: imports {module}")
            elif module.split(".")[0] in LIBRARIES and any(part.startswith("_") for part in module.split(".")):
                found.append(f"{where}:{line}: imports {module} (private)")
    assert found == [], "move these into compat.py (with why, and the tests that cover them):\n" + "\n".join(found)


def test_the_check_would_find_a_private_name() -> None:
    tree = ast.parse("from jupyter_server._tz import utcnow\nmanager._pools.get('x')\n"
                     "handler.should_use_rendered_notebook\n")
    names = {name for _, name in _uses(tree)}
    assert {"_tz", "_pools"} <= names & _private_names("jupyter_server") | names & _private_names("voila")
    assert "should_use_rendered_notebook" in names & UNDOCUMENTED


# -- (1) routes ---------------------------------------------------------------------------------------

def test_the_hidden_routes_are_voilas_tree_and_listing_api() -> None:
    source = "".join(p.read_text() for p in _source_files("voila") if p.name == "app.py")
    for route in HIDDEN:
        assert route.split("(")[0] in source, f"Voila no longer serves {route}: check compat.HIDDEN"
    assert 'r"/voila/render/(.*)"' in source and "TornadoVoilaHandler" in source


# -- (3) warm pools ---------------------------------------------------------------------------------

def _pooled(state: str, kernel_id: str = "k") -> asyncio.Future[Any]:
    """A warm pool's entry as Voila keeps it: a future of {"task": the lesson's run, "kernel_id"}."""
    loop = asyncio.new_event_loop()
    item: asyncio.Future[Any] = loop.create_future()
    run: asyncio.Future[Any] = loop.create_future()
    if state == "start failed":
        item.set_exception(RuntimeError("kernel died"))
    elif state != "starting":
        item.set_result({"task": run, "kernel_id": kernel_id})
    if state == "ready":
        run.set_result(([], None))
    elif state == "run failed":
        run.set_exception(TimeoutError("cell timed out"))
    loop.close()
    return item


def test_a_pupil_gets_a_warm_page_only_when_its_lesson_ran_cleanly() -> None:
    starting, running, ready = _pooled("starting"), _pooled("running"), _pooled("ready", "k3")
    pool = [starting, running, ready]
    assert ready_first(pool) == (True, [])
    assert pool == [ready, starting, running]  # Voila hands out the first
    pool = [starting, running]
    assert ready_first(pool) == (False, [])  # the pupil's page is rendered for them instead
    assert pool == [starting, running]


def test_failed_warm_pages_are_taken_out_of_the_pool_for_replacement() -> None:
    # A lesson run that raised would send a page cut off before its widgets; its kernel is shut down.
    never, broken, ready = _pooled("start failed"), _pooled("run failed", "k2"), _pooled("ready", "k3")
    pool = [never, broken, ready]
    assert ready_first(pool) == (True, [None, "k2"])
    assert pool == [ready]
    pool = [_pooled("run failed", "k4")]
    assert ready_first(pool) == (False, ["k4"])
    assert pool == []


def test_voila_keeps_its_pools_as_compat_reads_them() -> None:
    source = "".join(p.read_text() for p in _source_files("voila") if p.name == "voila_kernel_manager.py")
    for piece in ('self._pools: TypeDict[str, List[TypeDict]] = {}', 'pool_item = self._pools[notebook_name].pop(0)',
                  'return {"task": task, "renderer": renderer, "kernel_id": kernel_id}', "def fill_if_needed(",
                  "async def cull_kernel_if_idle"):
        assert piece in source, f"Voila's kernel pools changed ({piece!r} is gone): re-check compat.py item 3"


class _Said:
    """A log that keeps what is said at info level."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def info(self, message: str, *args: Any) -> None:
        self.lines.append(message % args)


class _Pooling:
    """A warm kernel manager as `announce_ready` sees it: its pools, and `fill_if_needed` adding an
    entry still starting."""

    def __init__(self, *pool: asyncio.Future[Any]) -> None:
        self._pools: dict[str, list[asyncio.Future[Any]]] = {"a.ipynb": list(pool)}

    def fill_if_needed(self, delay: float | None = None, notebook_name: str = "a.ipynb") -> None:
        self._pools[notebook_name].append(asyncio.get_running_loop().create_future())


def test_the_server_says_when_each_warm_kernel_has_run_its_lesson() -> None:
    from safety_lessons.server.compat import announce_ready

    said = _Said()

    async def fill() -> list[str]:
        loop = asyncio.get_running_loop()
        first, second = loop.create_future(), loop.create_future()
        manager = _Pooling(first, second)
        announce_ready(manager, said)
        runs = [loop.create_future() for _ in range(4)]
        first.set_result({"task": runs[0], "kernel_id": "k1"})
        await asyncio.sleep(0)
        assert said.lines == []  # started, still running the lesson
        runs[0].set_result(None)
        await asyncio.sleep(0)
        second.set_exception(RuntimeError("kernel died"))
        manager.fill_if_needed(delay=0, notebook_name="a.ipynb")  # its replacement, watched too
        third = manager._pools["a.ipynb"][-1]
        third.set_result({"task": runs[1], "kernel_id": "k3"})
        await asyncio.sleep(0)
        runs[1].set_exception(TimeoutError("cell timed out"))  # a failed run is not "ready"
        await asyncio.sleep(0)
        manager._pools["a.ipynb"][1:] = []
        manager.fill_if_needed(delay=0, notebook_name="a.ipynb")
        manager._pools["a.ipynb"][-1].set_result({"task": runs[2], "kernel_id": "k4"})
        await asyncio.sleep(0)
        runs[2].set_result(None)
        await asyncio.sleep(0)
        return said.lines

    assert asyncio.run(fill()) == ["A warm kernel has run a.ipynb: 1 of 2 ready",
                                   "A warm kernel has run a.ipynb: 2 of 2 ready"]


def _culler(tmp_path: Path, **options: Any) -> tuple[Any, list[str]]:
    """Voila's kernel manager for a warm lesson (or not), configured as `serve` configures it, with
    `_kernels` to fill by hand; and the ids of the kernels it shuts down (recorded, not stopped)."""
    from jupyter_server.services.kernels.kernelmanager import AsyncMappingKernelManager
    from safety_lessons.server.app import voila_config
    from safety_lessons.server.options import ServeOptions
    from traitlets.config import Config, Configurable
    from voila.voila_kernel_manager import voila_kernel_manager_factory

    config = Config(voila_config(ServeOptions(root=Path("lessons"), **options)))
    parent = Configurable(config=config)
    parent.root_dir, parent.notebook_path = str(tmp_path), None  # (no notebooks: no pools start)
    manager = voila_kernel_manager_factory(AsyncMappingKernelManager, "warm" in options, 0)(
        parent=parent, config=config)
    stopped: list[str] = []

    async def shutdown_kernel(kernel_id: str, *args: Any, **kwargs: Any) -> None:
        stopped.append(kernel_id)

    manager.shutdown_kernel = shutdown_kernel
    return manager, stopped


def _idle_kernel(manager: Any, kernel_id: str, idle: float, connections: int = 0) -> Any:
    """A kernel as jupyter_server's culler reads it, idle for `idle` seconds."""
    from datetime import datetime, timedelta, timezone
    from types import SimpleNamespace

    kernel = SimpleNamespace(last_activity=datetime.now(timezone.utc) - timedelta(seconds=idle),
                             execution_state="idle", kernel_name="python3", kernel_spec=SimpleNamespace(metadata={}))
    manager._kernels[kernel_id] = kernel
    manager._kernel_connections[kernel_id] = connections
    return kernel


def test_a_warm_kernel_that_waited_past_the_cull_limit_lives_until_its_page_connects(tmp_path: Path) -> None:
    """A teacher warms the lesson well before the class: the pool's kernels sit idle for longer than
    the cull limit. One handed to a pupil must outlive the culler's next round (before, the culler
    took it before the page connected, and that pupil's widgets never loaded)."""
    import logging
    from datetime import timedelta
    from types import SimpleNamespace

    from safety_lessons.server.compat import take_ready

    manager, stopped = _culler(tmp_path, warm="ages-7-11/passwords", class_size=1, cull_after=10)
    manager.fill_if_needed = lambda *args, **kwargs: None  # (no replacement kernel starts)
    notebook = "ages-7-11/passwords.ipynb"

    async def hand_out() -> list[str]:
        kernel = _idle_kernel(manager, "k", idle=3600)
        loop = asyncio.get_running_loop()
        run, item = loop.create_future(), loop.create_future()
        run.set_result(None)
        item.set_result({"task": run, "kernel_id": "k", "renderer": SimpleNamespace(rendered_cache=[])})
        manager._pools[notebook] = [item]
        await manager.cull_kernel_if_idle("k")
        assert stopped == []  # in the pool: Voila's culler leaves it
        assert take_ready(manager, notebook, logging.getLogger("test-warm"))
        assert (await manager.get_rendered_notebook(notebook))[2] == "k"  # out of the pool, to the page
        await manager.cull_kernel_if_idle("k")
        assert stopped == []  # the culler's next round: it is the pupil's now
        kernel.last_activity -= timedelta(seconds=11)  # its page never connected, for the cull limit
        await manager.cull_kernel_if_idle("k")
        return stopped

    assert asyncio.run(hand_out()) == ["k"]


def test_a_pupil_still_on_the_page_keeps_their_lesson_however_long_idle(tmp_path: Path) -> None:
    """The culler, as `serve --cull-after` configures it, shuts down an idle kernel only when no page
    is connected to it: a closed tab's kernel goes, a pupil reading for a long time keeps theirs."""
    manager, stopped = _culler(tmp_path, cull_after=10)

    async def cull() -> list[str]:
        _idle_kernel(manager, "reading", idle=3600, connections=1)
        _idle_kernel(manager, "closed", idle=11)
        _idle_kernel(manager, "just-closed", idle=9)
        for kernel_id in ("reading", "closed", "just-closed"):
            await manager.cull_kernel_if_idle(kernel_id)
        return stopped

    assert asyncio.run(cull()) == ["closed"]


# -- (4) the template ------------------------------------------------------------------------------

def _block(template: str, name: str) -> list[str]:
    found = re.search(r"{%-?\s*block " + name + r"\s*-?%}(.*?){%-?\s*endblock " + name, template, re.S)
    assert found, name
    return [line.strip() for line in found[1].splitlines() if line.strip()]


# Voila's lab `notebook_css` (without the `show_margins` styles, which serve never turns on, and the
# two Font Awesome links), as classroom/index.html.j2 repeats it before `super.super()`.
LAB_NOTEBOOK_CSS = ['{% if frontend == "voila" %}', '{{ resources.include_js("static/voila-style.js") }}',
                    "{% endif %}", "{{ spinner.css() }}", "<style>", "/*Hide empty cells*/",
                    ".jp-mod-noOutputs.jp-mod-noInput {", "display: none;", "}", "</style>", "{{ super() }}"]


def test_the_classroom_template_repeats_voilas_css_block_without_its_cdn_links() -> None:
    from jupyter_core.paths import jupyter_path

    [lab] = [Path(p) / "index.html.j2" for p in jupyter_path("voila", "templates", "lab")
             if (Path(p) / "index.html.j2").is_file()][:1]
    css = _block(lab.read_text(), "notebook_css")
    margins = css.index("{% if resources.show_margins %}")
    css = css[:margins] + css[css.index("{% endif %}", margins) + 1:]
    links = [line for line in css if "https://" in line]
    assert len(links) == 2 and all("fontawesome" in line for line in links)
    assert [line for line in css if line not in links] == LAB_NOTEBOOK_CSS, (
        "Voila's lab template changed its notebook_css block: repeat the change in the classroom template's")
    ours = " ".join(_block(CLASSROOM.read_text(), "notebook_css"))
    assert "https://" not in ours and "super.super()" in ours and "spinner.css()" in ours
    assert '<div id="rendered_cells"' in " ".join(_block(lab.read_text(), "body_header"))


def test_the_culler_says_a_kernel_it_cannot_check_yet_in_one_line() -> None:
    import io
    import logging

    from safety_lessons.server.compat import quiet_culler

    log = logging.getLogger("test-quiet-culler")
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    log.addHandler(handler)
    quiet_culler(log)
    quiet_culler(log)  # once is enough
    try:
        raise AttributeError("'KernelManager' object has no attribute 'kernel_spec'")
    except AttributeError as error:
        # as jupyter_server's MappingKernelManager.cull_kernels logs it
        log.exception("The following exception was encountered while checking the idle duration of kernel %s: %s",
                      "k-1", error)
    log.warning("Culling 'idle' kernel 'python3' (k-2)")
    assert out.getvalue().splitlines() == [
        "INFO Not culling kernel k-1 yet: 'KernelManager' object has no attribute 'kernel_spec'",
        "WARNING Culling 'idle' kernel 'python3' (k-2)"]
    assert len(log.filters) == 1


# -- (16) the HTTP server, (17) one line per error, (18) a lesson page whose kernel fails ---------

def _voila(name: str) -> str:
    return "".join(p.read_text() for p in _source_files("voila") if p.name == name)


def test_voila_starts_its_server_and_renders_a_page_as_compat_reads_them() -> None:
    app, handler = _voila("app.py"), _voila("handler.py")
    assert "self.app = tornado.web.Application(**settings)" in app and "self.app.listen(port, self.ip)" in app, (
        "Voila starts its HTTP server differently: re-check compat.py item 16")
    for piece in ("kernel_future = self.kernel_manager.get_kernel(kernel_id)", "asyncio.ensure_future(put_html())",
                  "await queue.put(None)", "yield time_out()"):
        assert piece in handler, f"Voila renders a page differently ({piece!r} is gone): re-check compat.py item 18"
    assert "km = await ensure_async(kernel_future)" in _voila("notebook_renderer.py")


def test_the_server_is_started_with_the_limits_and_a_quiet_loop() -> None:
    import logging

    from safety_lessons.server.compat import serving

    calls: list[tuple[Any, ...]] = []
    listen = serving(lambda *a, **k: calls.append((*a, k)), {"body_timeout": 15, "max_body_size": 65536},
                     logging.getLogger("test-serving"))

    async def start() -> Any:  # as Voila's `listen`: the loop runs next
        listen(8866, "127.0.0.1")
        await asyncio.sleep(0.05)
        return asyncio.get_running_loop().get_exception_handler()

    assert asyncio.run(start()) is not None  # the loop's errors become one line
    assert calls == [(8866, "127.0.0.1", {"body_timeout": 15, "max_body_size": 65536})]


def test_an_access_line_has_no_query_and_no_terminal_escapes(caplog: pytest.LogCaptureFixture) -> None:
    from safety_lessons.server.compat import access_line
    from tornado.httputil import HTTPHeaders, HTTPServerRequest, RequestStartLine

    class Handler:
        request = HTTPServerRequest(start_line=RequestStartLine(
            "GET", "/voila/render/x.ipynb\x1b[2J?pulse=ABCD&next=%2Fsecret", "HTTP/1.1"),
            headers=HTTPHeaders({"Host": "localhost"}))

        def get_status(self) -> int:
            return 404

    class Link(Handler):
        request = HTTPServerRequest(start_line=RequestStartLine("GET", "/pulse/ABCD", "HTTP/1.1"),
                                    headers=HTTPHeaders({"Host": "evil.example"}))

    with caplog.at_level("INFO", logger="tornado.access"):
        access_line(Handler())
        access_line(Link())
    line, link = caplog.messages
    assert line.startswith("404 GET /voila/render/x.ipynb?[2J (") and "ABCD" not in line and "secret" not in line
    assert link.startswith("404 GET /pulse/<code> (")
    assert caplog.records[0].levelname == "WARNING"


def test_errors_outside_a_request_are_one_line_and_said_once_in_a_while() -> None:
    import io
    import logging

    from safety_lessons.server.compat import Repeats, quiet_loop

    repeats = Repeats(quiet=10)
    assert [repeats.say("e", t) for t in (0, 1, 2, 11, 30)] == [0, None, None, 2, 0]
    out = io.StringIO()
    log = logging.getLogger("test-quiet-loop")
    log.addHandler(logging.StreamHandler(out))
    loop = asyncio.new_event_loop()
    try:
        quiet_loop(loop, log)
        for _ in range(3):  # as accept() failing with "Too many open files", once a loop round
            loop.call_exception_handler({"message": "Exception in callback BaseAsyncIOLoop._handle_events",
                                         "exception": OSError(24, "Too many open files\nTraceback: x")})
    finally:
        loop.close()
    assert out.getvalue().splitlines() == [
        "Exception in callback BaseAsyncIOLoop._handle_events (OSError: [Errno 24] Too many open files)"]
    tornado_out = io.StringIO()
    tornado_log = logging.getLogger("tornado.application")
    handler = logging.StreamHandler(tornado_out)
    tornado_log.addHandler(handler)
    try:  # as tornado's PeriodicCallback reports a kernel restarter that raised
        try:
            raise RuntimeError("invalid state")
        except RuntimeError:
            tornado_log.error("Exception in callback %r", "<bound method AsyncIOLoopKernelRestarter.poll>",
                              exc_info=True)
    finally:
        tornado_log.removeHandler(handler)
    assert tornado_out.getvalue().splitlines() == [
        "Exception in callback '<bound method AsyncIOLoopKernelRestarter.poll>' (RuntimeError)"]


def test_a_page_render_that_fails_is_seen_by_its_handler_at_once() -> None:
    from jupyter_core.utils import ensure_async
    from safety_lessons.server.compat import Recording

    class Manager:
        def get_kernel(self, kernel_id: str) -> str:
            return f"kernel {kernel_id}"

    class Claim:
        def record(self, kernel_id: str) -> None: ...
        def release(self) -> None: ...

    seen: list[tuple[str, BaseException | None]] = []

    def watch(task: asyncio.Task[Any] | None, kernel_id: str) -> None:
        assert task is not None
        task.add_done_callback(lambda t: seen.append((kernel_id, t.exception())))

    async def render(manager: Any) -> None:  # as Voila's `put_html`, through `_jinja_kernel_start`
        kernel_future = manager.get_kernel("k1")
        assert await ensure_async(kernel_future) == "kernel k1"
        raise OSError(24, "Too many open files")

    async def page() -> None:
        task = asyncio.ensure_future(render(Recording(Manager(), Claim(), watch)))
        await asyncio.wait([task])

    asyncio.run(page())
    assert [(k, type(e)) for k, e in seen] == [("k1", OSError)]
    assert Recording(Manager(), Claim()).get_kernel("k2") == "kernel k2"  # a page that is not watched


def test_voilas_pages_share_compiled_templates_and_a_changed_template_is_compiled_again(tmp_path: Path) -> None:
    """(20) Each page's exporter has its own Jinja environment; a template compiled for one page is
    not compiled again for the next, unless its source changed."""
    from jinja2 import FileSystemLoader
    from safety_lessons.server.compat import compiled_once
    from voila.exporter import VoilaExporter

    compiled_once()
    compiled_once()  # once is enough: not wrapped twice
    (tmp_path / "page.j2").write_text("{{ 1 + 1 }}", encoding="utf-8")
    pages = [VoilaExporter().environment for _ in range(3)]
    assert pages[0] is not pages[1] and pages[0].bytecode_cache is pages[1].bytecode_cache is not None
    assert VoilaExporter()._create_environment().bytecode_cache is not pages[0].bytecode_cache  # not async: its own
    compiles = 0

    def counted(env: Any) -> Any:
        plain = env.compile

        def compile(*args: Any, **kwargs: Any) -> Any:
            nonlocal compiles
            compiles += 1
            return plain(*args, **kwargs)
        env.compile, env.loader = compile, FileSystemLoader(tmp_path)
        return env

    first, second, third = (counted(env) for env in pages)
    assert asyncio.run(first.get_template("page.j2").render_async()) == "2" and compiles == 1
    assert asyncio.run(second.get_template("page.j2").render_async()) == "2" and compiles == 1  # from the cache
    (tmp_path / "page.j2").write_text("{{ 2 + 2 }}", encoding="utf-8")
    assert asyncio.run(third.get_template("page.j2").render_async()) == "4" and compiles == 2
