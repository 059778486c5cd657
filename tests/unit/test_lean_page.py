"""The lean lesson page (`serve`'s default front end): its one script, built from assets/frontend/ and
shipped in the classroom template, is never stale against its sources and lockfile; the option reaches
the template; Voila's page stays a choice (`--front-end voila`)."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import pytest
from safety_lessons.server.app import voila_config
from safety_lessons.server.options import ServeOptions

from tests.conftest import REPO

FRONTEND = REPO / "assets" / "frontend"
BUILT = REPO / "assets" / "voila" / "templates" / "classroom" / "static" / "lesson-page.js"
TEMPLATE = REPO / "assets" / "voila" / "templates" / "classroom" / "index.html.j2"
HEADER = re.compile(r"// safety-lessons lean lesson page, built by assets/frontend/build\.mjs "
                    r"from sources sha256=([0-9a-f]{64})\n")


def source_hash(folder: Path) -> str:
    """What assets/frontend/build.mjs records: sha256 over each source's path and bytes, in path order
    (build.mjs, package.json, the lockfile, and src/'s .js and .css files)."""
    files = ["build.mjs", "package.json", "package-lock.json",
             *(p.relative_to(folder).as_posix() for p in (folder / "src").rglob("*") if p.suffix in (".js", ".css"))]
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(name.encode() + b"\0" + (folder / name).read_bytes() + b"\0")
    return digest.hexdigest()


def recorded_hash() -> str:
    with BUILT.open(encoding="utf-8") as built:
        found = HEADER.fullmatch(built.readline())
    assert found, f"{BUILT.name} has no source hash on its first line: cd assets/frontend && npm ci && npm run build"
    return found.group(1)


def test_the_shipped_lean_page_is_built_from_todays_sources_and_lockfile() -> None:
    assert source_hash(FRONTEND) == recorded_hash(), (
        f"{BUILT.name} is stale against assets/frontend/: "
        "cd assets/frontend && npm ci && npm run build, and commit the result")


def test_the_hash_changes_with_any_source_or_the_lockfile(tmp_path: Path) -> None:
    copy = tmp_path / "frontend"
    shutil.copytree(FRONTEND, copy, ignore=shutil.ignore_patterns("node_modules"))
    before = source_hash(copy)
    for name in ("package-lock.json", "src/lesson-page.js", "build.mjs"):
        path = copy / name
        text = path.read_bytes()
        path.write_bytes(text + b" ")
        assert source_hash(copy) != before, name
        path.write_bytes(text)
    (copy / "src" / "more.js").write_text("// a new source\n")
    assert source_hash(copy) != before


def test_the_lockfile_pins_what_the_bundle_is_built_from() -> None:
    import json

    package = json.loads((FRONTEND / "package.json").read_text())
    lock = json.loads((FRONTEND / "package-lock.json").read_text())
    for name, version in {**package["dependencies"], **package["devDependencies"]}.items():
        assert re.fullmatch(r"\d+\.\d+\.\d+", version), f"{name} {version}: pin an exact version"
        assert lock["packages"][f"node_modules/{name}"]["version"] == version, name


def test_the_lean_page_is_the_default_and_voilas_a_choice(tmp_path: Path) -> None:
    assert voila_config(ServeOptions(root=tmp_path))["VoilaConfiguration"]["resources"] == {"front_end": "lean"}
    assert "resources" not in voila_config(ServeOptions(root=tmp_path, front_end="voila"))["VoilaConfiguration"]


def test_the_flag_takes_only_the_front_ends_there_are() -> None:
    import argparse

    from safety_lessons.server.options import add_flags, from_args

    parser = argparse.ArgumentParser()
    add_flags(parser)
    assert from_args(parser.parse_args([]), root=Path(".")).front_end == "lean"
    assert from_args(parser.parse_args(["--front-end", "voila"]), root=Path(".")).front_end == "voila"
    with pytest.raises(SystemExit):
        parser.parse_args(["--front-end", "other"])


def test_the_lean_footer_repeats_voilas_without_its_application() -> None:
    """The template's lean `body_footer` closes the cells as Voila's lab block does, and loads our
    script where Voila loads its application (voila.js)."""
    from jupyter_core.paths import jupyter_path

    voila = next(Path(p) / "index.html.j2" for p in jupyter_path("voila", "templates", "lab")
                 if (Path(p) / "index.html.j2").is_file())
    block = re.search(r"{%- block body_footer -%}(.*?){%- endblock body_footer -%}", voila.read_text(), re.S)
    assert block, "Voila's lab template has no body_footer block: see the lean page in the classroom template"
    assert block.group(1).split() == [
        "</div>", "</div>", "<script", 'type="text/javascript">', "window.voila_finish();", "</script>",
        "{{", "voila_setup_labextensions(resources.base_url,", "resources.labextensions)", "}}",
        "{{", "super()", "}}"], (
        "Voila's lab body_footer changed: repeat the change in the classroom template's lean footer")
    ours = re.search(r'{%- if resources.front_end == "lean" %}(.*?){%- else -%}', TEMPLATE.read_text(), re.S)
    assert ours and ours.group(1).split() == ["</div>", "</div>", '{{', 'resources.include_js("static/lesson-page.js")',
                                              "}}", "{{", "super.super()", "}}"]


def test_the_landing_page_of_a_lean_server_prefetches_the_lean_page_not_voilas(monkeypatch: pytest.MonkeyPatch) -> None:
    from safety_lessons.server.app import lesson_front_end
    from safety_lessons.static_site.build import _template_dir

    monkeypatch.setenv("JUPYTER_PATH", str(_template_dir().parents[2]))  # the classroom template, as `serve` sets it
    lean = lesson_front_end("/school/")
    assert any("/school/voila/templates/classroom/static/lesson-page.js?v=" in u for u in lean)
    assert any("/classroom/static/kernel-watch.js?v=" in u for u in lean)
    assert not [u for u in lean if "voila.js" in u or "voila-style.js" in u or "/labextensions/" in u], lean
    voilas = lesson_front_end("/school/", "voila")
    assert not [u for u in voilas if "lesson-page.js" in u] and any(u.endswith("/static/voila.js") for u in voilas)


def test_the_lean_page_carries_every_widget_class_the_package_makes() -> None:
    """The lean page holds `controls`' classes by name (the rest left out of its script): each ipywidgets
    control the package makes, its view and its style's model are among them, or an activity would be
    "Error displaying widget"."""
    import ipywidgets as w

    source = (FRONTEND / "src" / "lesson-page.js").read_text()
    carried = {name for group in re.findall(r'import \{([^}]*)\} from "@jupyter-widgets/controls/lib/', source)
               for name in re.findall(r"\w+", group)}
    made: set[str] = set()
    for path in (REPO / "widgets" / "safety_lessons").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        made |= set(re.findall(r"\bw\.([A-Z]\w+)\(", text))
        imported = re.findall(r"from ipywidgets import ([\w, ]+)", text)
        made |= {n for group in imported for n in re.findall(r"\w+", group)}
    classes = [getattr(w, name) for name in sorted(made)
               if isinstance(getattr(w, name, None), type) and issubclass(getattr(w, name), w.DOMWidget)]
    assert {c.__name__ for c in classes} >= {"Button", "HTML", "VBox", "RadioButtons"}, made
    needed: set[tuple[str, str]] = set()
    for cls in classes:
        widget = cls()
        needed |= {(widget._model_module, widget._model_name), (widget._view_module, widget._view_name)}
        style = getattr(widget, "style", None)
        if style is not None:
            needed |= {(style._model_module, style._model_name), (style._view_module, style._view_name)}
        widget.close()
    missing = sorted(name for module, name in needed if module == "@jupyter-widgets/controls" and name not in carried)
    assert not missing, f"the lean page lacks {missing}: import them in assets/frontend/src/lesson-page.js and rebuild"
    assert {module for module, _ in needed} <= {"@jupyter-widgets/base", "@jupyter-widgets/controls"}, needed
