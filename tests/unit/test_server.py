"""`safety-lessons serve` settings and the lessons it stages, checked without starting a server."""

from __future__ import annotations

import datetime as dt
import json
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from safety_lessons import registry
from safety_lessons.cli import main
from safety_lessons.content import handover
from safety_lessons.content.notebooks import TEACHER
from safety_lessons.content.words import PAGE_WORDS
from safety_lessons.server import app as app_module
from safety_lessons.server.app import (
    CONTENT_SECURITY_POLICY,
    HEADERS,
    REFILL_DELAY,
    Stage,
    make_app,
    voila_argv,
    voila_config,
    warm_pools,
)
from safety_lessons.server.limits import MAX_MESSAGE
from safety_lessons.server.options import ServeOptions
from safety_lessons.server.pages import landing_context, read_aloud


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def config(**kw: object) -> dict[str, dict[str, Any]]:
    return voila_config(ServeOptions(root=Path("lessons"), **kw))  # type: ignore[arg-type]


def test_safe_defaults() -> None:
    voila = config()
    assert voila["Voila"]["ip"] == "127.0.0.1" and voila["Voila"]["open_browser"] is False
    assert voila["VoilaConfiguration"]["show_tracebacks"] is False
    assert voila["VoilaConfiguration"]["strip_sources"] is True
    assert voila["VoilaConfiguration"]["template"] == "classroom"
    assert voila["VoilaConfiguration"]["allow_template_override"] == "NO"
    assert voila["VoilaConfiguration"]["allow_theme_override"] == "NO"
    assert voila["KernelManager"] == {"transport": "ipc"}
    json.dumps(voila)  # written as voila.json


def test_voila_reads_our_settings_and_no_config_file_on_the_machine() -> None:
    assert voila_argv(Path("staged"), Path("config")) == ["staged", "--Voila.config_file_paths=config"]


def test_idle_kernels_are_culled_even_when_the_tab_is_gone() -> None:
    assert config(cull_after=120)["MappingKernelManager"] == {
        "cull_idle_timeout": 120, "cull_interval": 60, "cull_connected": False,
        "buffer_offline_messages": False}
    assert config(cull_after=2)["MappingKernelManager"]["cull_interval"] == 1


def test_pages_may_load_nothing_from_another_host() -> None:
    assert config()["Voila"]["tornado_settings"]["headers"] == HEADERS
    assert config()["Voila"]["tornado_settings"]["websocket_max_message_size"] == MAX_MESSAGE
    assert HEADERS["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    directives = dict(d.split(" ", 1) for d in CONTENT_SECURITY_POLICY.split("; "))
    for name in ("default-src", "connect-src", "font-src", "img-src", "style-src", "script-src"):
        sources = directives[name].split()
        assert all(s.startswith("'") or s in ("data:", "blob:") for s in sources), (name, sources)


def test_url_printed_for_teachers() -> None:
    assert ServeOptions(root=Path("x"), port=9000).url == "http://localhost:9000/"
    assert ServeOptions(root=Path("x"), host="10.0.0.5").url == "http://10.0.0.5:9000/".replace("9000", "8866")


def test_landing_lists_bands_and_only_lessons_that_exist(lessons_root: Path) -> None:
    context = landing_context(registry.library(lessons_root))
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
    voila = config()
    assert "VoilaKernelManager" not in voila and not any("preheat" in key for key in voila["VoilaConfiguration"])
    assert warm_pools(ServeOptions(root=Path("lessons"))) == {"default": {"pool_size": 0}}


def test_warming_keeps_a_pool_for_that_one_lesson_only() -> None:
    options = ServeOptions(root=Path("lessons"), warm="ages-11-14/passwords", class_size=28)
    voila = voila_config(options)
    assert voila["VoilaConfiguration"]["preheat_kernel"] is True
    assert voila["VoilaConfiguration"]["default_pool_size"] == 0
    assert "progressive_rendering" not in voila["VoilaConfiguration"]  # Voila refuses both
    # the pupils' copy only: a teacher view (teacher/ages-11-14/passwords.ipynb) is never pooled
    assert voila["VoilaKernelManager"] == {"fill_delay": REFILL_DELAY, "kernel_pools_config": {
        "default": {"pool_size": 0}, "ages-11-14/passwords.ipynb": {"pool_size": 28}}}
    assert warm_pools(options) == voila["VoilaKernelManager"]["kernel_pools_config"]


def test_a_warmed_app_takes_its_settings_from_its_own_file(lessons_root: Path, tmp_path: Path) -> None:
    stage = Stage(lessons_root, tmp_path / "lessons")
    stage.refresh()
    options = ServeOptions(root=lessons_root, port=free_port(), warm="ages-7-11/passwords", class_size=3)
    app = make_app(options, stage, tmp_path / "config")
    assert json.loads((tmp_path / "config" / "voila.json").read_text()) == voila_config(options)
    assert app.config_file_paths == [str(tmp_path / "config")]
    assert Path(app.root_dir) == tmp_path / "lessons"
    assert app.voila_configuration.preheat_kernel is True
    assert app.voila_configuration.prelaunch_hook is None  # the staged copies need no hook
    assert app.voila_configuration.template == "classroom" and app.port == options.port
    assert app.tornado_settings["headers"] == HEADERS
    assert app.tornado_settings["xsrf_cookie_kwargs"] == {"samesite": "Strict"}
    assert app.tornado_settings["websocket_max_message_size"] == MAX_MESSAGE
    assert app.config.MappingKernelManager.cull_connected is False
    assert app.config.VoilaKernelManager.kernel_pools_config["ages-7-11/passwords.ipynb"] == {"pool_size": 3}


# -- the staged copies Voila serves -------------------------------------------------------------------

def _cells(notebook: Path) -> list[dict[str, Any]]:
    return list(json.loads(notebook.read_text())["cells"])


def _notes(notebook: Path) -> int:
    return sum(TEACHER in c.get("metadata", {}).get("tags", []) for c in _cells(notebook))


def test_pupils_copies_leave_the_teacher_notes_out(lessons_root: Path, tmp_path: Path) -> None:
    Stage(lessons_root, tmp_path).refresh()
    lessons = list(registry.library(lessons_root).lessons())
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == sorted(
        {f"{band}" for band, _, _ in lessons} | {"teacher"} | {f"teacher/{band}" for band, _, _ in lessons}
        | {f"{band}/{topic}.ipynb" for band, topic, _ in lessons}
        | {f"teacher/{band}/{topic}.ipynb" for band, topic, _ in lessons})  # nothing else: no YAML, no drafts
    for band, topic, source in lessons:
        pupil, teacher = tmp_path / band / f"{topic}.ipynb", tmp_path / "teacher" / band / f"{topic}.ipynb"
        assert _notes(pupil) == 0 and _notes(teacher) == _notes(source) > 0
        assert len(_cells(pupil)) == len(_cells(source)) - _notes(source)
        assert _cells(teacher) == _cells(source)
        for copy in (pupil, teacher):
            assert json.loads(copy.read_text())["metadata"][PAGE_WORDS] == {
                **registry.library(lessons_root).words(band).page(), "read_aloud": read_aloud(band),
                "take_home": f"take-home/{band}/{topic}.html",
                **({"signoff": "Not signed off"} if copy == teacher else {})}  # the shipped lessons are not signed


@pytest.mark.parametrize(("path", "teacher", "staged"), [
    ("ages-7-11/passwords.ipynb", False, "ages-7-11/passwords.ipynb"),
    ("ages-7-11/passwords.ipynb", True, "teacher/ages-7-11/passwords.ipynb"),  # the same address, ?mode=teacher
    ("teacher/ages-7-11/passwords.ipynb", False, None),  # a teacher's copy has no address of its own
    ("ages-7-11/passwords-answers.ipynb", False, None),  # not a topic: an answer key or a draft
    ("ages-7-10/passwords.ipynb", False, None),           # not a band
    ("ages-7-11/passwords.yaml", False, None),
    ("../ages-7-11/passwords.ipynb", False, None),
    ("ages-7-11/../ages-7-11/passwords.ipynb", False, None),
    ("", False, None),
])
def test_only_catalogued_lessons_are_rendered(path: str, teacher: bool, staged: str | None,
                                              lessons_copy: Path, tmp_path: Path) -> None:
    (lessons_copy / "ages-7-11" / "passwords-answers.ipynb").write_text(
        (lessons_copy / "ages-7-11" / "passwords.ipynb").read_text())  # beside a lesson, not in the catalogue
    assert Stage(lessons_copy, tmp_path / "staged").locate(path, teacher=teacher) == staged


def test_the_staged_copies_follow_the_lessons_folder(lessons_copy: Path, tmp_path: Path,
                                                     edit: Callable[[str, str, str], Path]) -> None:
    staged = tmp_path / "staged"
    stage = Stage(lessons_copy, staged)
    stage.refresh()
    pupil = staged / "ages-7-11" / "passwords.ipynb"
    edit("ages-7-11/passwords.ipynb", "Strong passwords", "Very strong passwords")  # an author's edit
    assert "Very strong passwords" not in pupil.read_text()
    assert stage.locate("ages-7-11/passwords.ipynb", teacher=False)  # a page asked for: staged again
    assert "Very strong passwords" in pupil.read_text()
    (lessons_copy / "ages-4-7" / "passwords.ipynb").unlink()  # a lesson taken away
    assert stage.locate("ages-4-7/passwords.ipynb", teacher=True) is None
    assert not (staged / "ages-4-7" / "passwords.ipynb").exists()
    assert not (staged / "teacher" / "ages-4-7" / "passwords.ipynb").exists()
    edit("catalogue.yaml", "bands:", "bands: [")  # no catalogue to go by: nothing is served
    assert stage.locate("ages-7-11/passwords.ipynb", teacher=False) is None
    assert list(staged.rglob("*.ipynb")) == []
    assert len(list(lessons_copy.rglob("*.ipynb"))) > 20  # only ever its own copies are removed


def test_a_lesson_page_keeps_its_lesson_for_its_kernels(lessons_copy: Path, tmp_path: Path,
                                                       edit: Callable[[str, str, str], Path],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    root, kept = lessons_copy.resolve(), tmp_path / "content"
    stage = Stage(root, tmp_path / "staged", kept=kept)
    kept_now: list[str] = []

    def spy(folder: Path, lib: Any, band: str, topic: str) -> bool:
        kept_now.append(f"{band}/{topic}")
        return handover.keep(folder, lib, band, topic)

    monkeypatch.setattr(app_module, "keep", spy)
    assert stage.locate("ages-7-11/passwords.ipynb", teacher=False)  # before its page starts a kernel
    assert kept_now == ["ages-7-11/passwords"] and handover.kept(kept, root, "ages-7-11", "passwords")
    assert stage.locate("ages-7-11/passwords.ipynb", teacher=True)  # the teacher view's is the same content
    assert stage.locate("ages-7-11/passwords-answers.ipynb", teacher=False) is None
    assert kept_now == ["ages-7-11/passwords"]
    edit("ages-7-11/passwords.yaml", "title:", "title: Changed")  # content changed: kept again, current
    assert handover.kept(kept, root, "ages-7-11", "passwords") is None
    assert stage.locate("ages-7-11/passwords.ipynb", teacher=False)
    found = handover.kept(kept, root, "ages-7-11", "passwords")
    assert kept_now == ["ages-7-11/passwords"] * 2 and found and found.lesson.title.startswith("Changed")
    assert sorted(p.relative_to(kept).as_posix() for p in kept.rglob("*")) == [
        "ages-7-11", "ages-7-11/passwords.pickle"]  # nothing else: its kernels read it, never write

    class Tomorrow:  # serving past midnight: kept again (the checks read the calendar)
        date = type("date", (), {"today": staticmethod(lambda: dt.date.today() + dt.timedelta(days=1))})

    monkeypatch.setattr(app_module, "dt", Tomorrow)
    assert stage.locate("ages-7-11/passwords.ipynb", teacher=False) and kept_now == ["ages-7-11/passwords"] * 3
    edit("ages-4-7/passwords.yaml", "kind: help", "kind: helpp")  # a lesson with problems: tried once, not kept
    for _ in range(2):
        assert stage.locate("ages-4-7/passwords.ipynb", teacher=False)
    assert kept_now[3:] == ["ages-4-7/passwords"] and not handover.kept_path(kept, "ages-4-7", "passwords").exists()


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
    import safety_lessons.server.app

    seen: list[ServeOptions] = []
    monkeypatch.setattr(safety_lessons.server.app, "serve", seen.append)
    main(["serve", str(lessons_root), "--warm", "ages-11-14/passwords.ipynb", "--class-size", "25"])
    assert seen[0].warm == "ages-11-14/passwords" and seen[0].class_size == 25
    main(["serve", str(lessons_root)])
    assert seen[1].warm is None



def test_serve_starts_without_jsonschemas_iri_checkers_which_no_schema_it_validates_uses() -> None:
    """jsonschema's `iri` format checkers compile about 38 grammars when imported (over a second of
    every start): the serve process leaves them out, and the only schemas it validates with format
    checkers, jupyter_events' own, name no iri format (so nothing is left unchecked)."""
    import re
    import subprocess
    import sys

    import jupyter_events

    code = "import sys, safety_lessons.server.app, jsonschema; print(sys.modules['rfc3987_syntax'])"
    said = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert said.strip() == "None"
    schemas = " ".join(p.read_text() for p in (Path(jupyter_events.__file__).parent / "schemas").iterdir())
    assert re.findall(r"format: *([\w-]+)", schemas) and not re.search(r"format: *['\"]?iri", schemas)
