"""The words around the lessons as the library reads them (content/word_files.py): a band's words
resolved once per library, in the catalogue's language, and a words file with problems stops them."""

from __future__ import annotations

from pathlib import Path

import pytest
from safety_lessons import registry
from safety_lessons.content.library import Library
from safety_lessons.content.schema import ContentError


def test_a_bands_words_are_resolved_once_per_library(library: Library, lessons_root: Path) -> None:
    assert library.words("ages-4-7") is library.words("ages-4-7")
    assert library.words() is not library.words("ages-4-7")  # a page of no band: the landing page
    assert library.words_path("en") == lessons_root / "words" / "en.yaml" and library.words_files() == 1


def test_words_with_a_problem_are_not_used(lessons_copy: Path) -> None:
    path = lessons_copy / "words" / "en.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("  right: ", "  rigth: ", 1), encoding="utf-8")
    with pytest.raises(ContentError) as err:
        registry.library(lessons_copy).words("ages-7-11")
    assert any(p.field.endswith("rigth") and "(did you mean 'right'?)" in p.message for p in err.value.problems)


def test_a_language_without_its_file_stops_the_words(lessons_copy: Path) -> None:
    path = lessons_copy / "catalogue.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("language: en", "language: cy"), encoding="utf-8")
    with pytest.raises(ContentError, match=r"language: there is no lessons/words/cy\.yaml"):
        registry.library(lessons_copy).words()
