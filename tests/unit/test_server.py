"""`safety-lessons serve` settings, checked without starting a server."""

from __future__ import annotations

from pathlib import Path

import pytest
from safety_lessons.cli import main
from safety_lessons.content.library import Library
from safety_lessons.server import CONTENT_SECURITY_POLICY, ServeOptions, landing_context, voila_argv


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
