"""`safety-lessons serve` settings, checked without starting a server."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path
from typing import Any

import pytest
from safety_lessons.cli import main
from safety_lessons.content.library import Library
from safety_lessons.content.words import PAGE_WORDS
from safety_lessons.server import (
    CONTENT_SECURITY_POLICY,
    REFILL_DELAY,
    ServeOptions,
    landing_context,
    lesson_ref,
    make_app,
    prepare_page,
    ready_first,
    voila_argv,
    warm_pools,
    without_teacher_notes,
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def argv(**kw: object) -> list[str]:
    return voila_argv(ServeOptions(root=Path("lessons"), **kw))  # type: ignore[arg-type]


def test_safe_defaults() -> None:
    args = argv()
    assert "--Voila.ip=127.0.0.1" in args
    assert "--VoilaConfiguration.show_tracebacks=False" in args
    assert "--VoilaConfiguration.strip_sources=True" in args
    assert "--template=classroom" in args
    assert "--VoilaConfiguration.allow_template_override=NO" in args


def test_idle_kernels_are_culled_even_when_the_tab_is_gone() -> None:
    args = argv(cull_after=120)
    assert "--MappingKernelManager.cull_idle_timeout=120" in args
    assert "--MappingKernelManager.cull_interval=60" in args
    assert "--MappingKernelManager.cull_connected=False" in args
    assert "--MappingKernelManager.cull_interval=1" in argv(cull_after=2)


def test_pages_may_load_nothing_from_another_host() -> None:
    directives = dict(d.split(" ", 1) for d in CONTENT_SECURITY_POLICY.split("; "))
    for name in ("default-src", "connect-src", "font-src", "img-src", "style-src", "script-src"):
        sources = directives[name].split()
        assert all(s.startswith("'") or s in ("data:", "blob:") for s in sources), (name, sources)


def test_url_printed_for_teachers() -> None:
    assert ServeOptions(root=Path("x"), port=9000).url == "http://localhost:9000/"
    assert ServeOptions(root=Path("x"), host="10.0.0.5").url == "http://10.0.0.5:9000/".replace("9000", "8866")


def test_landing_lists_bands_and_only_lessons_that_exist(lessons_root: Path) -> None:
    context = landing_context(Library(lessons_root))
    bands = [b["id"] for b in context["bands"]]
    assert bands == ["ages-4-7", "ages-7-11", "ages-11-14", "ages-14-18"]
    for band in context["bands"]:
        for lesson in band["lessons"]:
            assert (lessons_root / band["id"] / f"{lesson['id']}.ipynb").is_file()
        assert "passwords" in [lesson["id"] for lesson in band["lessons"]]


@pytest.mark.parametrize("port", ["0", "70000", "http"])
def test_bad_port_is_refused(port: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["serve", "--port", port])
    assert "--port" in capsys.readouterr().err


def test_nothing_is_warmed_unless_asked() -> None:
    assert not any("preheat" in a or "VoilaKernelManager" in a for a in argv())
    assert warm_pools(ServeOptions(root=Path("lessons"))) == {"default": {"pool_size": 0}}


def test_warming_keeps_a_pool_for_that_one_lesson_only() -> None:
    options = ServeOptions(root=Path("lessons"), warm="ages-11-14/passwords", class_size=28)
    args = voila_argv(options)
    assert "--VoilaConfiguration.preheat_kernel=True" in args
    assert "--VoilaConfiguration.default_pool_size=0" in args
    assert f"--VoilaKernelManager.fill_delay={REFILL_DELAY}" in args
    assert "--VoilaConfiguration.progressive_rendering=True" not in args  # Voila refuses both
    assert warm_pools(options) == {"default": {"pool_size": 0},
                                   "ages-11-14/passwords.ipynb": {"pool_size": 28}}


def test_warmed_app_keeps_the_teacher_notes_hook(lessons_root: Path) -> None:
    app = make_app(ServeOptions(root=lessons_root, port=free_port(), warm="ages-7-11/passwords", class_size=3))
    assert app.voila_configuration.preheat_kernel is True
    hook = app.voila_configuration.prelaunch_hook
    assert hook.func is prepare_page and hook.keywords["words"].root == lessons_root
    nb = hook(None, notebook=_notebook(), cwd=str(lessons_root / "ages-7-11"))  # as Voila calls it
    assert len(nb.cells) == 2 and nb.metadata[PAGE_WORDS]["words"]["print"]
    assert app.config.VoilaKernelManager.kernel_pools_config["ages-7-11/passwords.ipynb"] == {"pool_size": 3}


def _notebook() -> Any:
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# For pupils"),
                nbformat.v4.new_markdown_cell("## Teacher notes", metadata={"tags": ["teacher"]}),
                nbformat.v4.new_code_cell("1 + 1")]
    return nb


class _Request:
    def __init__(self, mode: str) -> None:
        self.mode = mode

    def get_argument(self, name: str, default: str) -> str:
        return self.mode if name == "mode" else default


@pytest.mark.parametrize(("handler", "kept"), [
    (None, 2),               # a warm pool's page, rendered before any request: a pupil's page
    (_Request(""), 2),       # a pupil
    (_Request("teacher"), 3),
])
def test_teacher_notes_only_in_the_teacher_view(handler: Any, kept: int) -> None:
    nb = without_teacher_notes(handler, _notebook(), ".")
    assert len(nb.cells) == kept
    assert ("Teacher notes" in "".join(c.source for c in nb.cells)) is (kept == 3)


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


def test_warm_needs_a_lesson_that_exists(lessons_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit, match="no such lesson"):
        main(["serve", str(lessons_root), "--warm", "ages-11-14/not-a-lesson"])
    with pytest.raises(SystemExit, match="no such lesson"):
        main(["serve", str(lessons_root), "--warm", "passwords"])


@pytest.mark.parametrize("size", ["0", "61", "lots"])
def test_bad_class_size_is_refused(size: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["serve", "--warm", "ages-11-14/passwords", "--class-size", size])
    assert "--class-size" in capsys.readouterr().err


def test_warm_option_reaches_the_server(lessons_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import safety_lessons.server

    seen: list[ServeOptions] = []
    monkeypatch.setattr(safety_lessons.server, "serve", seen.append)
    main(["serve", str(lessons_root), "--warm", "ages-11-14/passwords.ipynb", "--class-size", "25"])
    assert seen[0].warm == "ages-11-14/passwords" and seen[0].class_size == 25
    main(["serve", str(lessons_root)])
    assert seen[1].warm is None


@pytest.mark.parametrize(("path", "ref"), [
    ("ages-7-11/passwords.ipynb", "ages-7-11/passwords"),
    ("ages-7-11/passwords-answers.ipynb", None),   # not a topic: an answer key or a draft
    ("ages-7-10/passwords.ipynb", None),           # not a band
    ("ages-7-11/passwords.yaml", None),
    ("../ages-7-11/passwords.ipynb", None),
    ("ages-7-11/../ages-7-11/passwords.ipynb", None),
    ("", None),
    (None, None),
])
def test_only_catalogued_lessons_are_rendered(path: str | None, ref: str | None, lessons_root: Path) -> None:
    assert lesson_ref(path, Library(lessons_root)) == ref
