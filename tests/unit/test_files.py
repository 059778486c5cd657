"""Reading the lessons tree's files (content/files.py): where the tree is, and a file missing or
empty said in a curriculum lead's words, naming what it should hold."""

from __future__ import annotations

from pathlib import Path

import pytest
from safety_lessons import registry
from safety_lessons.content.files import HOLDS, find_root
from safety_lessons.content.schema import ContentError
from safety_lessons.kernel_env import ROOT_ENV


def test_the_root_is_the_environments_or_the_nearest_folder_with_a_catalogue(
        lessons_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ROOT_ENV, raising=False)
    assert find_root(lessons_root / "ages-7-11") == lessons_root
    assert find_root(lessons_root.parent / "widgets") == lessons_root  # a `lessons/` folder beside it
    with pytest.raises(FileNotFoundError, match="no lessons folder"):
        find_root(tmp_path)
    monkeypatch.setenv(ROOT_ENV, str(tmp_path))
    assert find_root(lessons_root) == tmp_path.resolve()


def test_a_missing_file_says_what_it_should_hold(lessons_copy: Path) -> None:
    (lessons_copy / "catalogue.yaml").unlink()
    with pytest.raises(ContentError) as err:
        _ = registry.library(lessons_copy).catalogue
    assert [str(p) for p in err.value.problems] == [
        f"lessons/catalogue.yaml:1: (file): is missing; put it back: it should hold {HOLDS['catalogue.yaml'][0]}"]


def test_an_empty_file_says_the_fields_it_holds(lessons_copy: Path) -> None:
    (lessons_copy / "school.yaml").write_text("", encoding="utf-8")
    with pytest.raises(ContentError) as err:
        _ = registry.library(lessons_copy).school
    [problem] = err.value.problems
    assert problem.field == "(file)" and problem.message.startswith(
        "is empty; it should hold who pupils can go to in school: `trusted-adult:`, `safeguarding-lead:`")


def test_a_file_is_read_once_for_the_same_bytes(lessons_copy: Path) -> None:
    first = registry.library(lessons_copy).catalogue
    assert registry.library(lessons_copy).catalogue is first  # another library, the same file: read once
    path = lessons_copy / "catalogue.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("title: Staying safe online", "title: Safe online"),
                    encoding="utf-8")
    assert registry.library(lessons_copy).catalogue.title == "Safe online"
