"""The static site's build steps, without the network or a browser (tests/browser/test_static_site.py
builds and opens a real one)."""

from __future__ import annotations

import base64
import gzip
import hashlib
import importlib.util
import io
import json
import os
import re
import shutil
import sys
import tarfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from safety_lessons import cli, kernel_env, lesson, registry
from safety_lessons.content.library import Library
from safety_lessons.content.notebooks import TEACHER
from safety_lessons.static_site import (
    BuildError,
    build_config,
    build_static,
    bytecode,
    fonts,
    in_browser,
    landing,
    lean,
    lite_config,
    pyodide_dist,
    stage_contents,
    swap_pages,
)

from tests.conftest import REPO

MINOR = f"{sys.version_info[0]}.{sys.version_info[1]}"  # this Python's, to compile with in-process


def _teacher_cells(notebook: Path) -> int:
    cells = json.loads(notebook.read_text())["cells"]
    return sum(TEACHER in cell.get("metadata", {}).get("tags", []) for cell in cells)


def test_a_written_wheel_is_valid_and_reproducible(tmp_path: Path) -> None:
    files = [("pkg/__init__.py", b"X = 1\n"), ("pkg/data.py", b"Y = 2\n")]
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = pyodide_dist.write_wheel(tmp_path / "a", "my-pkg", "1.0", files)
    second = pyodide_dist.write_wheel(tmp_path / "b", "my-pkg", "1.0", files)
    assert first.name == "my_pkg-1.0-py3-none-any.whl"
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as wheel:
        assert wheel.read("pkg/data.py") == b"Y = 2\n"
        assert "Name: my-pkg" in wheel.read("my_pkg-1.0.dist-info/METADATA").decode()
        for line in wheel.read("my_pkg-1.0.dist-info/RECORD").decode().splitlines():
            name, digest, size = line.split(",")
            if name.endswith("RECORD"):
                continue
            data = wheel.read(name)
            assert digest == "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            assert int(size) == len(data)


def test_the_toolkit_wheel_holds_every_module_and_no_bytecode(tmp_path: Path) -> None:
    wheel = pyodide_dist.toolkit_wheel(tmp_path)
    package = Path(pyodide_dist.__file__).resolve().parents[1]
    with zipfile.ZipFile(wheel.path) as archive:
        names = set(archive.namelist())
    expected = {f"safety_lessons/{p.relative_to(package).as_posix()}" for p in package.rglob("*.py")
                if "__pycache__" not in p.parts}
    assert expected <= names
    assert not [n for n in names if n.endswith(".pyc")]
    assert wheel.imports == ("safety_lessons",)


def test_no_sqlite_is_an_empty_wheel(tmp_path: Path) -> None:
    wheel = pyodide_dist.no_sqlite(tmp_path)
    with zipfile.ZipFile(wheel.path) as archive:
        assert all(".dist-info/" in n for n in archive.namelist())


def test_a_tampered_runtime_download_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tarball = io.BytesIO()
    with tarfile.open(fileobj=tarball, mode="w:gz") as archive:
        info = tarfile.TarInfo("package/pyodide.js")
        archive.addfile(info, io.BytesIO(b""))
    wrong = base64.b64encode(hashlib.sha512(b"something else").digest()).decode()
    answers = {"https://registry.npmjs.org/pyodide/9.9.9": json.dumps(
        {"dist": {"tarball": "https://registry.npmjs.org/pyodide/-/pyodide-9.9.9.tgz",
                  "integrity": f"sha512-{wrong}"}}).encode(),
        "https://registry.npmjs.org/pyodide/-/pyodide-9.9.9.tgz": tarball.getvalue()}
    monkeypatch.setattr(pyodide_dist.urllib.request, "urlopen",
                        lambda url, timeout=0: io.BytesIO(answers[url]))
    with pytest.raises(BuildError, match="does not match its published sha512"):
        pyodide_dist.fetch_runtime("9.9.9", tmp_path)
    assert not (tmp_path / "pyodide-9.9.9").exists()


def test_a_verified_runtime_download_is_unpacked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tarball = io.BytesIO()
    with tarfile.open(fileobj=tarball, mode="w:gz") as archive:
        info = tarfile.TarInfo("package/pyodide.js")
        info.size = 2
        archive.addfile(info, io.BytesIO(b"//"))
    data = tarball.getvalue()
    digest = base64.b64encode(hashlib.sha512(data).digest()).decode()
    answers = {"https://registry.npmjs.org/pyodide/9.9.9": json.dumps(
        {"dist": {"tarball": "https://registry.npmjs.org/pyodide/-/pyodide-9.9.9.tgz",
                  "integrity": f"sha512-{digest}"}}).encode(),
        "https://registry.npmjs.org/pyodide/-/pyodide-9.9.9.tgz": data}
    monkeypatch.setattr(pyodide_dist.urllib.request, "urlopen",
                        lambda url, timeout=0: io.BytesIO(answers[url]))
    folder = pyodide_dist.fetch_runtime("9.9.9", tmp_path)
    assert (folder / "pyodide.js").read_text() == "//"
    answers.clear()  # a second build takes it from the cache
    assert pyodide_dist.fetch_runtime("9.9.9", tmp_path) == folder


def test_a_wheel_is_fetched_once_pure_and_pinned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`fetch_wheel` asks pip for a pure-Python wheel of exactly that version (built from source
    for PyYAML), keeps it in the cache, and refuses anything else pip hands back."""
    asked: list[list[str]] = []

    def pip(args: list[str], env: dict[str, str] | None = None) -> None:
        asked.append(args)
        folder = Path(args[args.index("-d" if "-d" in args else "-w") + 1])
        name = {"wheel": "PyYAML-6.0.2-py3-none-any.whl", "download": "zxcvbn-4.5.0-py2.py3-none-any.whl"}[args[0]]
        (folder / name).write_bytes(b"")

    monkeypatch.setattr(pyodide_dist, "_pip", pip)
    cache = tmp_path / "cache"
    assert pyodide_dist.fetch_wheel("zxcvbn", "4.5.0", cache).name == "zxcvbn-4.5.0-py2.py3-none-any.whl"
    assert pyodide_dist.fetch_wheel("zxcvbn", "4.5.0", cache) and len(asked) == 1  # from the cache
    assert pyodide_dist.fetch_wheel("PyYAML", "6.0.2", cache, build=True).name == "PyYAML-6.0.2-py3-none-any.whl"
    assert asked[1][:2] == ["wheel", "--no-deps"] and "--no-binary" in asked[1]
    with pytest.raises(pyodide_dist.BuildError, match=r"no pure-Python wheel of zxcvbn==9\.9"):
        pyodide_dist.fetch_wheel("zxcvbn", "9.9", cache)  # pip found no such version: nothing written


def test_pip_failing_says_what_it_was_asked_and_why(monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess

    monkeypatch.setattr(subprocess, "run", lambda *a, **k: subprocess.CompletedProcess(a, 1, "", "No matching dist"))
    with pytest.raises(pyodide_dist.BuildError, match="pip download x==1 failed:\nNo matching dist"):
        pyodide_dist._pip(["download", "x==1"])


def test_pupils_and_teachers_contents_each_have_their_copies_of_catalogue_lessons_only(
        lessons_copy: Path, tmp_path: Path) -> None:
    shutil.copy(lessons_copy / "ages-7-11" / "passwords.ipynb", lessons_copy / "ages-7-11" / "draft.ipynb")
    (lessons_copy / ".hidden").mkdir()
    (lessons_copy / ".hidden" / "x.yaml").write_text("a: 1\n")
    lessons = stage_contents(registry.library(lessons_copy), tmp_path / "contents")
    assert stage_contents(registry.library(lessons_copy), tmp_path / "teachers", teacher=True) == lessons
    staged, teachers = tmp_path / "contents" / "lessons", tmp_path / "teachers" / "lessons"
    assert not (staged / kernel_env.TEACHER_DIR).exists()
    assert not list(teachers.glob("ages-*/*.ipynb"))
    assert (teachers / "catalogue.yaml").is_file() and (tmp_path / "teachers" / "assets" / "characters").is_dir()
    assert len(lessons) == len(list(lessons_copy.glob("ages-*/*.ipynb"))) - 1
    assert not (staged / "ages-7-11" / "draft.ipynb").exists()
    assert not (staged / ".hidden").exists()
    assert (staged / "catalogue.yaml").is_file() and (staged / "facts" / "helplines.yaml").is_file()
    shipped = sorted(p.name for p in registry.library(lessons_copy).pictures_folder.glob("*.svg"))
    assert shipped and sorted(p.name for p in (tmp_path / "contents" / "assets" / "characters").iterdir()) == shipped
    for band, topic in lessons:
        assert (staged / band / f"{topic}.yaml").is_file()
        assert _teacher_cells(lessons_copy / band / f"{topic}.ipynb") > 0
        assert _teacher_cells(staged / band / f"{topic}.ipynb") == 0
        assert _teacher_cells(teachers / kernel_env.TEACHER_DIR / band / f"{topic}.ipynb") > 0
        for copy in (staged / band / f"{topic}.ipynb", teachers / kernel_env.TEACHER_DIR / band / f"{topic}.ipynb"):
            # the Pyodide kernel's own name: the page does not look for `python3` and fall back
            assert json.loads(copy.read_text())["metadata"]["kernelspec"]["name"] == "python"


def test_pictures_outside_the_site_are_refused(edit: Callable[[str, str, str], Path], lessons_copy: Path,
                                               tmp_path: Path) -> None:
    edit("characters.yaml", "\ncharacters:", "\npictures: ../../elsewhere\ncharacters:")
    with pytest.raises(BuildError, match="outside the lessons' parent folder"):
        stage_contents(registry.library(lessons_copy), tmp_path / "contents")


def test_the_kernel_never_falls_back_to_pypi_and_preloads_the_lessons() -> None:
    packages = ["micropip", "safety-lessons"]
    settings = lite_config(packages)["jupyter-config-data"]["litePluginSettings"]
    kernel = settings["@jupyterlite/pyodide-kernel-extension:kernel"]
    assert kernel["disablePyPIFallback"] is True
    assert kernel["loadPyodideOptions"]["packages"] == packages
    assert "pyodideUrl" not in kernel  # the site's own static/pyodide (Voici's Pyodide addon sets it)
    shared = lite_config(packages, pyodide_url="./../static/pyodide/pyodide.js")["jupyter-config-data"]
    assert shared["litePluginSettings"]["@jupyterlite/pyodide-kernel-extension:kernel"]["pyodideUrl"] == \
        "./../static/pyodide/pyodide.js"
    config = build_config()["LiteBuildConfig"]
    assert config["ignore_sys_prefix"] == ["federated_extensions"]
    assert [Path(p).name for p in config["federated_extensions"]] == ["pyodide-kernel-extension"]


def test_the_preload_names_every_package_the_kernel_would_install_again() -> None:
    """The Pyodide kernel's worker installs its own needs at start unless `loadPyodideOptions.packages`
    names them as it spells them (read from its shipped script, so an upgrade that changes the list
    fails here)."""
    scripts = (pyodide_dist.kernel_extension() / "static").glob("*.js")
    lists = {found for path in scripts for found in re.findall(r'\[("sqlite3",[^\]]*)\]', path.read_text())}
    assert lists, "the kernel's list of its own packages was not found in its script"
    for found in lists:
        assert sorted(set(json.loads(f"[{found}]")) - set(pyodide_dist.PRELOAD)) == []


def test_fonts_resolve_from_pages_at_any_depth(tmp_path: Path) -> None:
    page = tmp_path / "voici" / "render" / "lessons" / "ages-4-7" / "passwords.html"
    page.parent.mkdir(parents=True)
    page.write_text('<style>src: url("fonts/a.woff2")</style>')
    fonts(tmp_path)
    rewritten = page.read_text()
    assert 'url("../../../../fonts/a.woff2")' in rewritten
    assert list((tmp_path / "fonts").glob("*.woff2"))


def test_landing_pages_link_relative_to_the_site_and_only_the_teachers_links_teacher_views(
        library: Library, tmp_path: Path) -> None:
    landing(library, tmp_path)
    pupils, teachers = (tmp_path / "index.html").read_text(), (tmp_path / "teacher" / "index.html").read_text()
    assert 'href="voici/render/lessons/ages-7-11/passwords.html"' in pupils
    assert 'href="take-home/ages-7-11/passwords.html"' in pupils
    assert "teacher" not in pupils.lower()
    assert 'href="voici/render/lessons/teacher/ages-7-11/passwords.html"' in teachers
    assert 'href="../voici/render/lessons/ages-7-11/passwords.html"' in teachers
    assert 'href="../take-home/ages-7-11/passwords.html"' in teachers
    assert 'href="../landing.css"' in teachers
    for page in (pupils, teachers):
        assert "://" not in page and "/voila/" not in page
    assert (tmp_path / "landing.css").is_file()


def test_the_teacher_sites_pages_use_the_pupils_sites_fonts(tmp_path: Path) -> None:
    page = tmp_path / "teacher" / "voici" / "render" / "lessons" / "teacher" / "ages-4-7" / "passwords.html"
    page.parent.mkdir(parents=True)
    page.write_text('<style>src: url("fonts/a.woff2")</style>')
    fonts(tmp_path / "teacher", tmp_path)
    assert 'url("../../../../../../fonts/a.woff2")' in page.read_text()
    assert not (tmp_path / "teacher" / "fonts").exists()


def test_with_swap_lessons_every_lesson_page_loads_the_one_copy_of_the_swap_script(tmp_path: Path) -> None:
    pupil = tmp_path / "voici" / "render" / "lessons" / "ages-4-7" / "passwords.html"
    teacher = tmp_path / "teacher" / "voici" / "render" / "lessons" / "teacher" / "ages-4-7" / "passwords.html"
    for page in (pupil, teacher):
        page.parent.mkdir(parents=True)
        page.write_text("<html><body></body>\n<script>classroom</script>\n</html>\n")
    swap_pages(tmp_path)
    assert (tmp_path / "lesson-swap.js").read_text().startswith("// The static site built with `build-static --swap")
    assert pupil.read_text() == ('<html><body></body>\n<script>classroom</script>\n'
                                 '<script src="../../../../lesson-swap.js"></script>\n</html>\n')
    assert '<script src="../../../../../../lesson-swap.js"></script>\n</html>' in teacher.read_text()
    assert not (tmp_path / "index.html").exists() and not list((tmp_path / "teacher").glob("*.js"))
    pupil.write_text("<html><body>cut short")
    with pytest.raises(BuildError, match="no </html>"):
        swap_pages(tmp_path)


def test_the_swap_and_lean_options_reach_the_build(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    asked: list[tuple[bool, bool]] = []
    monkeypatch.setattr("safety_lessons.static_site.build_static", lambda root, outdir, *, swap_lessons=False,
                        lean=False: asked.append((swap_lessons, lean)) or [])
    assert cli.main(["build-static", str(tmp_path / "a"), "--swap-lessons"]) == 0
    assert cli.main(["build-static", str(tmp_path / "b")]) == 0
    assert cli.main(["build-static", str(tmp_path / "c"), "--lean"]) == 0
    assert asked == [(True, False), (False, False), (False, True)]


@pytest.mark.parametrize(("folder", "mode"), [("teacher/ages-7-11", "teacher"), ("ages-7-11", "pupil")])
def test_in_the_browser_the_mode_follows_the_notebooks_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, folder: str, mode: str) -> None:
    (tmp_path / folder).mkdir(parents=True)
    monkeypatch.chdir(tmp_path / folder)
    monkeypatch.setattr(sys, "platform", "emscripten")
    monkeypatch.setenv("QUERY_STRING", "mode=teacher" if mode == "pupil" else "")
    assert lesson.current_mode() == mode


def test_broken_content_stops_the_build_before_any_download(
        edit: Callable[[str, str, str], Path], lessons_copy: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    edit("ages-7-11/passwords.yaml", "kind: word-builder", "kind: word-bilder")

    def no_network(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the build went on to download")

    monkeypatch.setattr(pyodide_dist, "build", no_network)
    with pytest.raises(BuildError, match="safety-lessons check"):
        build_static(lessons_copy, tmp_path / "site", tmp_path / "cache")
    assert not (tmp_path / "site").exists()


def test_without_voici_the_command_says_what_to_install(lessons_root: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "voici_core" else find_spec(name, *a))
    assert cli.main(["build-static", str(tmp_path / "site"), str(lessons_root)]) == 1
    assert "pip install 'safety-lessons[static]'" in capsys.readouterr().err


def _fake_python(folder: Path, says: str) -> Path:
    script = folder / "python3"
    script.parent.mkdir(parents=True, exist_ok=True)
    script.write_text(f"#!/bin/sh\necho {says}\n")
    script.chmod(0o755)
    return script


def test_the_compiler_is_a_python_of_the_runtimes_version_on_path_or_in_pyenv(tmp_path: Path) -> None:
    home = tmp_path / "home"
    versions = home / ".pyenv" / "versions"
    _fake_python(versions / "3.13.0" / "bin", "3.13")
    newest = _fake_python(versions / "3.13.10" / "bin", "3.13")
    _fake_python(versions / "3.12.9" / "bin", "3.12")
    assert bytecode.find_python("3.13", path="", home=home) == newest  # 3.13.10 is newer than 3.13.0
    assert bytecode.find_python("3.12", path="", home=home) == versions / "3.12.9" / "bin" / "python3"
    on_path = tmp_path / "bin" / "python3.13"
    _fake_python(tmp_path / "bin", "3.13").rename(on_path)
    assert bytecode.find_python("3.13", path=str(tmp_path / "bin"), home=home) == on_path
    _fake_python(versions / "3.11.2" / "bin", "3.10")  # a broken or mislabelled one is not taken
    assert bytecode.find_python("3.11", path="", home=home) is None
    assert bytecode.find_python("3.13", path="", home=tmp_path / "nobody") is None


def test_without_a_compiler_the_build_says_so_and_ships_the_sources(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    said: list[str] = []
    asked: list[list[str]] = []

    def pip(args: list[str], env: dict[str, str] | None = None) -> None:  # a registry holding every version
        asked.append(args)
        folder = Path(args[args.index("-d" if "-d" in args else "-w") + 1])
        for spec in (a for a in args if "==" in a):
            name, version = spec.split("==")
            pyodide_dist.write_wheel(folder, name, version, [(f"{name.replace('-', '_')}/__init__.py", b"")])

    monkeypatch.setattr(pyodide_dist.bytecode, "find_python", lambda minor: None)
    monkeypatch.setattr(pyodide_dist, "_pip", pip)
    runtime = tmp_path / "cache" / f"pyodide-{_pyodide_version()}"
    runtime.mkdir(parents=True)
    for name in ("pyodide.js", "pyodide.mjs", "pyodide.asm.js", "pyodide.asm.wasm", "python_stdlib.zip"):
        (runtime / name).write_text("")
    (runtime / "package.json").write_text('{"version": "0.29.0"}')
    upstream = {name: {"version": "1.0", "depends": []} for name in [*pyodide_dist.FROM_LOCK, "pyyaml"]}
    upstream["ipython"]["depends"] = ["jedi", "traitlets"]
    (runtime / "pyodide-lock.json").write_text(json.dumps(
        {"info": {"python": "3.13.2", "version": "0.28.0.dev0"}, "packages": upstream}))
    (tmp_path / "cache" / "wheels").mkdir()
    pyodide_dist.build(tmp_path / "out", tmp_path / "cache", say=said.append)
    assert len(said) == 1 and "no Python 3.13 found" in said[0] and "not compiled" in said[0]
    # pip asked once for every wheel from the registry (each call costs seconds), once to build PyYAML
    assert [a[0] for a in asked] == ["download", "wheel"]
    assert {a.split("==")[0] for a in asked[0] if "==" in a} == {*pyodide_dist.FROM_LOCK, *pyodide_dist.FROM_HERE}
    pyodide_dist.build(tmp_path / "again", tmp_path / "cache", say=said.append)
    assert len(asked) == 2  # the second build takes every wheel from the cache
    lock = json.loads((tmp_path / "out" / "pyodide-lock.json").read_text())
    assert lock["info"]["version"] == "0.29.0"  # the runtime shipped, not upstream's stale field
    assert lock["packages"]["jedi"]["version"] == "0"  # left out: an empty wheel
    assert "parso" not in lock["packages"]
    for entry in lock["packages"].values():
        assert entry["file_name"].endswith("-none-any.whl") and "cp3" not in entry["file_name"]
        assert hashlib.sha256((tmp_path / "out" / entry["file_name"]).read_bytes()).hexdigest() == entry["sha256"]


def _pyodide_version() -> str:
    from jupyterlite_pyodide_kernel.constants import PYODIDE_VERSION

    return str(PYODIDE_VERSION)


def _valid_record(wheel: zipfile.ZipFile) -> list[str]:
    """Every file in the wheel, checked against its RECORD (which lists exactly those)."""
    record_name = next(n for n in wheel.namelist() if n.endswith(".dist-info/RECORD"))
    listed = []
    for line in wheel.read(record_name).decode().splitlines():
        name, digest, size = line.split(",")
        listed.append(name)
        if name == record_name:
            assert digest == size == ""
            continue
        data = wheel.read(name)
        assert digest == "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        assert int(size) == len(data)
    assert sorted(listed) == sorted(wheel.namelist())
    return listed


@pytest.mark.parametrize("keep_sources", [True, False])
def test_a_compiled_wheel_keeps_a_valid_record_and_imports_its_bytecode(tmp_path: Path, keep_sources: bool) -> None:
    import subprocess

    source = tmp_path / "src"
    source.mkdir()
    files = [("pkg/__init__.py", b"from .mod import X\n"), ("pkg/mod.py", b"X = 'from bytecode'\n"),
             ("pkg/data.txt", b"words\n")]
    wheel = pyodide_dist.write_wheel(source, "my-pkg", "1.0", files)
    minor = MINOR
    out = bytecode.compile_wheel(wheel, tmp_path, Path(sys.executable), minor, keep_sources=keep_sources)
    tag = f"cp{minor.replace('.', '')}"
    assert out.name == f"my_pkg-1.0-{tag}-none-any.whl"
    with zipfile.ZipFile(out) as archive:
        names = _valid_record(archive)
        assert f"Tag: {tag}-none-any" in archive.read("my_pkg-1.0.dist-info/WHEEL").decode().splitlines()
        assert "Tag: py3-none-any" not in archive.read("my_pkg-1.0.dist-info/WHEEL").decode()
        assert archive.read("pkg/data.txt") == b"words\n"
        archive.extractall(tmp_path / "site")
    pyc = f"pkg/__pycache__/mod.{sys.implementation.cache_tag}.pyc" if keep_sources else "pkg/mod.pyc"
    assert pyc in names
    assert ("pkg/mod.py" in names) == keep_sources
    # The bytecode is what runs: a source changed after unpacking is not read again (unchecked).
    if keep_sources:
        (tmp_path / "site" / "pkg" / "mod.py").write_text("X = 'from the source'\n")
    ran = subprocess.run([sys.executable, "-B", "-c", "import pkg; print(pkg.X)"], cwd=tmp_path / "site",
                         capture_output=True, text=True, check=True)
    assert ran.stdout.strip() == "from bytecode"
    again = bytecode.compile_wheel(wheel, tmp_path / "src", Path(sys.executable), minor, keep_sources=keep_sources)
    assert again.read_bytes() == out.read_bytes()  # reproducible


def test_a_failed_compile_says_which_wheel(tmp_path: Path) -> None:
    wheel = pyodide_dist.write_wheel(tmp_path, "broken", "1.0", [("broken/__init__.py", b"def (:\n")])
    with pytest.raises(RuntimeError, match=r"compiling broken-1\.0-py3-none-any\.whl failed"):
        bytecode.compile_wheel(wheel, tmp_path, Path(sys.executable), MINOR,
                               keep_sources=True)


def test_the_runtimes_folder_is_named_for_its_contents(tmp_path: Path) -> None:
    def site(name: str, wasm: bytes) -> tuple[Path, str]:
        folder = tmp_path / name / "static" / "pyodide"
        folder.mkdir(parents=True)
        (folder / "pyodide.asm.wasm").write_bytes(wasm)
        return folder, pyodide_dist.versioned(tmp_path / name)

    folder, first = site("a", b"one")
    _, same = site("b", b"one")
    _, other = site("c", b"two")
    assert re.fullmatch(r"static/pyodide-[0-9a-f]{12}", first)
    assert first == same != other
    assert not folder.exists() and (tmp_path / "a" / first / "pyodide.asm.wasm").read_bytes() == b"one"


# -- the lean page (`build-static --lean`)

LEAN_SOURCES = REPO / "assets" / "static-lean"
LEAN_HEADER = re.compile(r"// safety-lessons lean static page, built by assets/static-lean/build\.mjs "
                         r"from sources sha256=([0-9a-f]{64})\n")


def lean_source_hash(assets: Path) -> str:
    """What assets/static-lean/build.mjs records: sha256 over each source's path (from assets/) and
    bytes, in path order (build.mjs, assets/frontend's package.json and lockfile, src/'s .js and .css)."""
    files = ["static-lean/build.mjs", "frontend/package.json", "frontend/package-lock.json",
             *(f"static-lean/src/{p.name}" for p in (assets / "static-lean" / "src").iterdir()
               if p.suffix in (".js", ".css"))]
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(name.encode() + b"\0" + (assets / name).read_bytes() + b"\0")
    return digest.hexdigest()


def test_the_shipped_lean_scripts_are_built_from_todays_sources() -> None:
    with (lean.HERE / "lean-site.js").open(encoding="utf-8") as built:
        found = LEAN_HEADER.fullmatch(built.readline())
    assert found, "lean-site.js has no source hash on its first line: node assets/static-lean/build.mjs"
    assert found.group(1) == lean_source_hash(REPO / "assets"), (
        "static_site/lean/ is stale against assets/static-lean/ or assets/frontend's lockfile: "
        "cd assets/frontend && npm ci; node ../static-lean/build.mjs, and commit the result")
    for plain in ("worker.js", "snapshot.mjs"):
        assert (lean.HERE / plain).read_bytes() == (LEAN_SOURCES / "src" / plain).read_bytes(), plain


def test_the_lean_hash_changes_with_any_source_or_the_lockfile(tmp_path: Path) -> None:
    for folder in ("static-lean/src", "frontend"):
        (tmp_path / folder).mkdir(parents=True)
    for name in ("static-lean/build.mjs", "frontend/package.json", "frontend/package-lock.json",
                 *(f"static-lean/src/{p.name}" for p in (LEAN_SOURCES / "src").iterdir())):
        shutil.copy2(REPO / "assets" / name, tmp_path / name)
    before = lean_source_hash(tmp_path)
    for name in ("frontend/package-lock.json", "static-lean/src/worker.js", "static-lean/build.mjs"):
        text = (tmp_path / name).read_bytes()
        (tmp_path / name).write_bytes(text + b" ")
        assert lean_source_hash(tmp_path) != before, name
        (tmp_path / name).write_bytes(text)
    (tmp_path / "static-lean" / "src" / "more.js").write_text("// a new source\n")
    assert lean_source_hash(tmp_path) != before


IN_BROWSER = """
import builtins, json, sys
real_import = builtins.__import__
def no_ipython(name, *args, **kwargs):  # as in the lean page's Python, where IPython is not installed
    if name.split(".")[0] in ("IPython", "ipykernel") and name not in sys.modules:
        raise ImportError(name)
    return real_import(name, *args, **kwargs)
builtins.__import__ = no_ipython
from safety_lessons.static_site.in_browser import Page
sent = []
page = Page(lambda text, buffers: sent.append(json.loads(text)))
out = {"cells": [page.run(c) for c in json.loads(sys.argv[1])]}
out["build"] = [m for m in sys.modules if m.startswith(("safety_lessons.server", "safety_lessons.static_site.build"))]
out["opened"] = [m for m in sent if m["msg_type"] == "comm_open"]
radio = next(m for m in out["opened"] if m["content"]["data"]["state"]["_model_name"] == "RadioButtonsModel")
before = len(sent)
page.receive(json.dumps({"msg_type": "comm_msg", "content": {"comm_id": radio["content"]["comm_id"],
             "data": {"method": "update", "state": {"index": 1}, "buffer_paths": []}}}))
out["answered"] = sent[before:]
print(json.dumps(out))
"""


def test_a_lessons_cells_run_with_no_ipython_and_their_widgets_speak_through_comm(lessons_root: Path) -> None:
    """The lean page's Python (in_browser): one cell or several, its widgets' models opened as comm
    messages, the view of the last expression as the cell's output, a pupil's answer handled, and an
    error its type alone."""
    import subprocess

    cells = ['from safety_lessons import open_lesson\nlesson = open_lesson("ages-7-11/personal-details")',
             'lesson.show("quick-check")', "x = 1\nx + 1", "1 / 0", "y = 2"]
    done = subprocess.run([sys.executable, "-c", IN_BROWSER, json.dumps(cells)], capture_output=True, text=True,
                          cwd=lessons_root / "ages-7-11", env={**os.environ, kernel_env.SERVED_ENV: ""}, check=True)
    out = json.loads(done.stdout)
    opened, view = out["opened"], out["cells"][1]["data"]["application/vnd.jupyter.widget-view+json"]
    assert out["cells"][0] == {} and out["cells"][2] == {"data": {"text/plain": "2"}}
    assert out["cells"][3] == {"error": "ZeroDivisionError"} and out["cells"][4] == {}
    assert view["model_id"] in {m["content"]["comm_id"] for m in opened}
    assert {m["content"]["target_name"] for m in opened} == {"jupyter.widget"}
    assert "Three quick questions" in json.dumps(opened)  # the lesson's own words, in its models
    assert any(m["msg_type"] == "comm_msg" and m["content"]["data"]["method"] == "update" for m in out["answered"])
    assert out["build"] == []  # the build and the server stay out of the page's Python


def test_the_stand_in_ipython_leaves_a_real_one_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    import IPython

    in_browser.stand_in_ipython()
    assert sys.modules["IPython"] is IPython
    monkeypatch.delitem(sys.modules, "IPython")
    for name in ("IPython.display", "IPython.core", "IPython.core.interactiveshell"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    in_browser.stand_in_ipython()
    from IPython import get_ipython
    from IPython.core.interactiveshell import InteractiveShell
    from IPython.display import clear_output, display

    assert get_ipython() is None and not InteractiveShell.initialized()
    assert display("x") is None and clear_output() is None


def _lock(folder: Path, depends: dict[str, list[str]]) -> None:
    packages = {name: {"file_name": f"{name}-1-py3-none-any.whl", "depends": deps} for name, deps in depends.items()}
    (folder / "pyodide-lock.json").write_text(json.dumps({"packages": packages}))


def test_the_lean_page_loads_our_packages_and_theirs_but_not_ipython(tmp_path: Path) -> None:
    _lock(tmp_path, {"safety-lessons": ["ipywidgets", "pyyaml"],
                     "ipywidgets": ["comm", "ipython", "widgetsnbextension"], "comm": ["traitlets"],
                     "traitlets": [], "pyyaml": [], "ipython": ["prompt-toolkit"],
                     "prompt-toolkit": [], "widgetsnbextension": [], "ipykernel": ["ipython"]})
    assert lean.wheels(tmp_path) == [f"{n}-1-py3-none-any.whl" for n in
                                     ("safety-lessons", "ipywidgets", "comm", "traitlets", "pyyaml")]


VOICI_PAGE = """<html><head><script type="application/json" id="sl-page-words">{}</script></head><body>
<script id="jupyter-config-data" type="application/json">
  {"notebook": "everything"}
</script>
<div cell-index="1"><div id="cell-id=md1" class="jp-Cell jp-MarkdownCell jp-Notebook-cell"><h1>Hi</h1></div></div>
<div cell-index="2"><div id="cell-id=c-2" class="jp-Cell jp-CodeCell jp-Notebook-cell jp-mod-noOutputs"></div></div>
<script src="../../../build/voici.js"></script>
</body></html>"""


def test_a_lean_page_is_voicis_without_its_application(tmp_path: Path) -> None:
    page = lean.lean_page(VOICI_PAGE, {"cells": [["c-2", 'print("</script>")']]}, "../lean-site.js")
    assert "jupyter-config-data" not in page and "voici.js" not in page and "everything" not in page
    assert '<div id="cell-id=c-2" data-sl-output="c-2" class="jp-Cell jp-CodeCell' in page
    assert '<div id="cell-id=md1" class="jp-Cell jp-MarkdownCell' in page
    settings = re.search(r'<script type="application/json" id="sl-lean">(.*?)</script>', page, re.S)
    assert settings and json.loads(settings.group(1)) == {"cells": [["c-2", 'print("</script>")']]}
    assert page.index('id="sl-lean"') < page.index('<script src="../lean-site.js"></script>')
    with pytest.raises(BuildError, match=r"voici\.js"):
        lean.lean_page("<html></html>", {}, "x.js")


def test_lean_pages_in_a_site_and_its_teacher_site(tmp_path: Path) -> None:
    site = tmp_path / "site"
    runtime = site / "static" / "pyodide-abc"
    runtime.mkdir(parents=True)
    _lock(runtime, {"safety-lessons": []})
    for top, folder in ((site, "lessons/ages-7-11"), (site / "teacher", "lessons/teacher/ages-7-11")):
        (top / "voici" / "render" / folder).mkdir(parents=True)
        (top / "voici" / "render" / folder / "a.html").write_text(VOICI_PAGE)
        (top / "files" / folder).mkdir(parents=True)
        cells = [{"cell_type": "markdown", "id": "md1", "source": ["# Hi"]},
                 {"cell_type": "code", "id": "c-2", "source": ["lesson.show(", '"x")']},
                 {"cell_type": "code", "id": "c-3", "source": ["  \n"]}]
        (top / "files" / folder / "a.ipynb").write_text(json.dumps({"cells": cells}))
        (top / "files" / folder / "a.yaml").write_text("title: A\n")
    lean.lean_pages(site, "static/pyodide-abc", snapshot="static/snapshot-1.gz")
    lean.lean_pages(site / "teacher", "static/pyodide-abc", top=site, snapshot="static/snapshot-1.gz")
    assert sorted(p.name for p in site.glob("*.js")) == ["lean-site.js", "worker.js"]
    assert not list((site / "teacher").glob("*.js"))

    def settings(page: Path) -> dict[str, Any]:
        found = re.search(r'id="sl-lean">(.*?)</script>', page.read_text())
        assert found
        return dict(json.loads(found.group(1)))

    pupil = settings(site / "voici/render/lessons/ages-7-11/a.html")
    teacher = settings(site / "teacher/voici/render/lessons/teacher/ages-7-11/a.html")
    assert pupil["cells"] == [["c-2", 'lesson.show("x")']]  # every code cell with code, in order
    assert pupil["cwd"] == "/drive/lessons/ages-7-11" and teacher["cwd"] == "/drive/lessons/teacher/ages-7-11"
    assert pupil["worker"] == "../../../../worker.js" and teacher["worker"] == "../../../../../../worker.js"
    assert teacher["wheels"] == ["../../../../../../static/pyodide-abc/safety-lessons-1-py3-none-any.whl"]
    assert pupil["snapshot"] == "../../../../static/snapshot-1.gz"
    assert teacher["snapshot"] == "../../../../../../static/snapshot-1.gz"
    for top, found in ((site, pupil), (site / "teacher", teacher)):
        archive = top / found["contents"].split("/")[-1]
        assert found["contents"].startswith("../../../../") and archive.is_file()
        with zipfile.ZipFile(archive) as opened:
            assert [n for n in opened.namelist() if n.endswith("a.yaml")] and \
                not [n for n in opened.namelist() if n.endswith(".ipynb")]


def test_the_lessons_zip_is_named_for_its_contents(tmp_path: Path) -> None:
    (tmp_path / "files" / "lessons").mkdir(parents=True)
    (tmp_path / "files" / "lessons" / "a.yaml").write_text("a: 1\n")
    first = lean.contents_zip(tmp_path)
    assert lean.contents_zip(tmp_path) == first
    (tmp_path / "files" / "lessons" / "a.yaml").write_text("a: 2\n")
    assert lean.contents_zip(tmp_path) != first


def test_lean_and_swapped_lessons_do_not_go_together(lessons_copy: Path, tmp_path: Path) -> None:
    with pytest.raises(BuildError, match="--swap-lessons"):
        build_static(lessons_copy, tmp_path / "site", tmp_path / "cache", swap_lessons=True, lean=True)


FAKE_NODE = """#!/bin/sh
# as snapshot.mjs: PYODIDE_DIR OUT WHEEL...
echo "$@" > "$(dirname "$0")/asked"
%s
"""


def _fake_node(tmp_path: Path, body: str) -> str:
    node = tmp_path / "node"
    node.write_text(FAKE_NODE % body)
    node.chmod(0o755)
    return str(node)


def test_the_snapshot_is_made_by_node_gzipped_and_named_for_its_contents(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "static" / "pyodide-abc").mkdir(parents=True)
    _lock(site / "static" / "pyodide-abc", {"safety-lessons": ["comm"], "comm": []})
    said: list[str] = []
    name = lean.snapshot(site, "static/pyodide-abc", node=_fake_node(tmp_path, 'printf memory > "$3"'),
                         tell=said.append)
    assert name is not None and re.fullmatch(r"static/snapshot-[0-9a-f]{12}\.gz", name) and said == []
    assert gzip.decompress((site / name).read_bytes()) == b"memory"
    asked = (tmp_path / "asked").read_text().split()
    assert asked[0] == str(lean.HERE / "snapshot.mjs") and asked[1] == str(site / "static" / "pyodide-abc")
    assert asked[3:] == ["safety-lessons-1-py3-none-any.whl", "comm-1-py3-none-any.whl"]
    site_copy = tmp_path / "copy"
    shutil.copytree(site, site_copy)
    assert lean.snapshot(site_copy, "static/pyodide-abc", node=_fake_node(tmp_path, 'printf memory > "$3"')) == name


@pytest.mark.parametrize("node", [None, "fails"])
def test_without_node_or_a_snapshot_the_build_says_so_and_goes_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, node: str | None) -> None:
    (tmp_path / "static" / "pyodide-abc").mkdir(parents=True)
    _lock(tmp_path / "static" / "pyodide-abc", {"safety-lessons": []})
    monkeypatch.setattr(shutil, "which", lambda name: None)
    said: list[str] = []
    found = _fake_node(tmp_path, 'echo "Unexpected hiwire entry" >&2; exit 1') if node else None
    assert lean.snapshot(tmp_path, "static/pyodide-abc", node=found, tell=said.append) is None
    assert said and "start Python cold" in said[0]
    assert ("Unexpected hiwire entry" in said[0]) if node else ("node not found" in said[0])
    assert not list((tmp_path / "static").glob("snapshot-*"))


def test_the_snapshots_python_has_every_kinds_view_imported_and_no_ipython() -> None:
    import subprocess

    script = """import json, sys
from safety_lessons.static_site.in_browser import prepare
prepare()
from safety_lessons.registry import BY_NAME
views = [f"safety_lessons.views.{k.view.rpartition('.')[0]}" for k in BY_NAME.values()]
print(json.dumps([[v for v in views if v not in sys.modules], len(views),
                  getattr(sys.modules["IPython"], "__file__", None), [m for m in sys.modules if "ipykernel" in m]]))"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    missing, kinds, ipython, kernel = json.loads(done.stdout)
    assert missing == [] and kinds > 10 and ipython is None and kernel == []
