"""A class arriving cold: each pupil's kernel loads and makes only what its lesson needs (issue 17).
The toolkit's import loads no module a lesson may not need (the password estimator, the notebook,
picture and fact-fingerprint checks, the widgets); a lesson's example passwords are estimated once,
by the server, not again by every kernel. Module sets and counts, not times."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from safety_lessons import registry
from safety_lessons.activities import passwords
from safety_lessons.activities.passwords import estimate, example_estimate, examples_json
from safety_lessons.kernel_env import EXAMPLES_ENV, ROOT_ENV
from safety_lessons.server.app import share_examples

WIDGETS = Path(__file__).parents[2] / "widgets"
# Loaded only when a lesson needs them, or only by `check`, the server, the review pack.
NOT_AT_IMPORT = {
    "zxcvbn", "difflib", "pyexpat", "ipywidgets", "textstat", "jinja2",
    "safety_lessons.content.fingerprints", "safety_lessons.content.pictures", "safety_lessons.content.notebooks",
    "safety_lessons.content.reading", "safety_lessons.content.families", "safety_lessons.authoring.check",
    "safety_lessons.server.pages", "safety_lessons.server.app", "safety_lessons.compat", "safety_lessons.views.common",
}


def modules_after(code: str, **env: str) -> set[str]:
    """The modules a fresh Python has loaded after running `code` (as a pupil's kernel's cells)."""
    script = f"import sys\n{code}\nprint(sorted(sys.modules))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120,
                         env={"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(WIDGETS), **env}).stdout
    return set(json.loads(out.splitlines()[-1].replace("'", '"')))


def test_importing_the_toolkit_loads_nothing_a_lesson_may_not_need() -> None:
    loaded = modules_after("import safety_lessons.lesson")
    assert "safety_lessons.lesson" in loaded
    assert not loaded & NOT_AT_IMPORT, sorted(loaded & NOT_AT_IMPORT)


def test_a_lesson_without_pictures_or_passwords_loads_neither_check(lessons_root: Path) -> None:
    code = "from safety_lessons import open_lesson\nopen_lesson('ages-11-14/group-chat-admin')"
    loaded = modules_after(code, **{ROOT_ENV: str(lessons_root)})
    assert "safety_lessons.content.safeguarding" in loaded  # the lesson is still checked
    assert not loaded & {"zxcvbn", "difflib", "safety_lessons.content.fingerprints",
                         "safety_lessons.content.notebooks"}


def examples_file(lessons_root: Path, folder: Path) -> Path:
    """What `serve` shares after `check`: the estimates of every lesson's example passwords."""
    lib = registry.library(lessons_root)
    for band, topic, _ in lib.lessons():
        if topic == "passwords":
            lib.lesson(band, topic)
    path = folder / "examples.json"
    path.write_text(examples_json(), encoding="utf-8")
    return path


SHOW_SORTERS = ("import sys\nfrom safety_lessons import open_lesson\nlesson = open_lesson('ages-4-7/passwords')\n"
                "[lesson.show(a) for a, x in lesson.content.activities.items() if x.kind == 'sorter']")


def test_a_kernel_checks_and_shows_example_passwords_without_the_estimator(lessons_root: Path,
                                                                           tmp_path: Path) -> None:
    path = examples_file(lessons_root, tmp_path)
    served = modules_after(SHOW_SORTERS, **{ROOT_ENV: str(lessons_root), EXAMPLES_ENV: str(path)})
    assert "safety_lessons.activities.sorter" in served and "zxcvbn" not in served
    alone = modules_after(SHOW_SORTERS, **{ROOT_ENV: str(lessons_root)})  # JupyterLab, nbval: no server
    assert "zxcvbn" in alone


def test_shared_estimates_are_the_estimators_and_hold_only_content(lessons_root: Path, tmp_path: Path) -> None:
    estimate("Typed by a pupil 42")  # what a pupil types is estimated, never kept
    saved = json.loads(examples_file(lessons_root, tmp_path).read_text(encoding="utf-8"))
    assert "Typed by a pupil 42" not in saved
    assert len(saved) >= 5
    for text, values in saved.items():
        assert estimate(text).score == values["score"]
        assert estimate(text).guesses_log10 == pytest.approx(values["guesses_log10"])


def test_an_unreadable_examples_file_falls_back_to_the_estimator(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "examples.json").write_text("{not json", encoding="utf-8")
    monkeypatch.setenv(EXAMPLES_ENV, str(tmp_path / "examples.json"))
    passwords._saved_examples.cache_clear()
    monkeypatch.setattr(passwords, "_examples", {})
    try:
        assert example_estimate("correct horse battery staple") == estimate("correct horse battery staple")
    finally:
        passwords._saved_examples.cache_clear()


def test_serve_shares_the_estimates_with_its_kernels(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(EXAMPLES_ENV, "")  # restored after the test
    example_estimate("P@ssw0rd!")
    share_examples(tmp_path, examples_json())
    assert os.environ[EXAMPLES_ENV] == str(tmp_path / "examples.json")
    assert "P@ssw0rd!" in json.loads((tmp_path / "examples.json").read_text(encoding="utf-8"))
