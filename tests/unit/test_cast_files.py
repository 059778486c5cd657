"""The characters' file and pictures as the library reads them (content/cast_files.py): where the
pictures are, a picture made safe for the page or left out, and the checks on both files."""

from __future__ import annotations

from pathlib import Path

from safety_lessons import registry
from safety_lessons.content.library import Library

from ..conftest import PICTURES


def test_the_pictures_folder_is_written_from_the_lessons_folder(library: Library) -> None:
    assert library.pictures_folder == PICTURES
    kit = next(iter(library.cast.characters))
    assert library.picture_path(kit).parent == PICTURES and library.picture_path(kit).is_file()


def test_a_picture_is_named_for_screen_readers_and_an_unknown_one_is_left_out(library: Library) -> None:
    kit, character = next(iter(library.cast.characters.items()))
    markup = library.picture(kit)
    assert markup.startswith('<svg class="sl-character" role="img"') and str(character.description) in markup
    assert library.picture("nobody") == ""


def test_a_picture_that_is_not_utf8_is_a_problem_of_its_own_file(lessons_copy: Path) -> None:
    lib = registry.library(lessons_copy)
    kit = next(iter(lib.cast.characters))
    assert lib.cast_problems() == []
    lib.picture_path(kit).write_bytes(b"<svg>\xff</svg>")
    [problem] = registry.library(lessons_copy).cast_problems()
    assert (problem.file, problem.line, problem.field, problem.message) == (
        f"assets/characters/{lib.picture_path(kit).name}", 1, "(picture)", "is not UTF-8 text; save the SVG as UTF-8")
    assert registry.library(lessons_copy).picture(kit) == ""  # the page leaves it out; `check` says why


def test_no_characters_file_is_no_problem_of_its_own(lessons_copy: Path) -> None:
    (lessons_copy / "characters.yaml").unlink()
    assert registry.library(lessons_copy).cast_problems() == []  # lessons naming one say it is missing
