"""The library (content/library.py): the one way into the lessons tree, a lesson read fully checked,
each mistake one line naming its file, and the lessons pupils may open, in catalogue order."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from safety_lessons import registry
from safety_lessons.content.library import Library
from safety_lessons.content.schema import ContentError

Edit = Callable[[str, str, str], Path]


def problems(root: Path, band: str, topic: str) -> list[str]:
    with pytest.raises(ContentError) as err:
        registry.library(root).lesson(band, topic)
    return [str(p) for p in err.value.problems]


def test_a_lesson_is_read_with_the_kinds_the_library_is_given(library: Library, lessons_root: Path) -> None:
    lesson = library.lesson("ages-7-11", "passwords")
    assert lesson.title and {a.kind for a in lesson.activities.values()} >= {"word-builder", "help"}
    assert library.lesson_path("ages-7-11", "passwords") == lessons_root / "ages-7-11" / "passwords.yaml"
    with pytest.raises(ContentError, match="'word-builder' is not a kind of activity; expected one of: help"):
        Library(lessons_root, {"help": registry.MODELS["help"]}).lesson("ages-7-11", "passwords")


def test_a_misspelt_kind_is_one_line_with_a_suggestion(lessons_copy: Path, edit: Edit) -> None:
    edit("ages-7-11/passwords.yaml", "kind: word-builder", "kind: word-bilder")
    [problem] = problems(lessons_copy, "ages-7-11", "passwords")
    assert problem.startswith("lessons/ages-7-11/passwords.yaml:6: activities.three-words.kind: 'word-bilder' is "
                              "not a kind of activity") and problem.endswith("(did you mean 'word-builder'?)")


def test_an_unknown_topic_or_band_says_what_there_is(lessons_copy: Path) -> None:
    topic = problems(lessons_copy, "ages-7-11", "pasword")
    assert topic[0].startswith("lessons/ages-7-11/pasword.yaml:1: (file name): 'pasword' is not a topic in "
                               "catalogue.yaml") and "(did you mean 'passwords'?)" in topic[0]
    assert "to add one, run `safety-lessons new BAND/TOPIC --kind KIND`" in topic[0]
    band = problems(lessons_copy, "ages-99", "passwords")
    assert any("(folder): 'ages-99' is not a band in catalogue.yaml; expected one of: ages-4-7" in p for p in band)


def test_every_lesson_needs_a_help_activity(lessons_copy: Path) -> None:
    path = lessons_copy / "ages-7-11" / "passwords.yaml"
    text = path.read_text(encoding="utf-8")
    help_at = text.index("    kind: help")
    start = text.rindex("\n  ", 0, help_at) + 1  # the help activity's id line
    end = text.find("\n  ", help_at + 1)
    while end != -1 and text[end + 3] == " ":  # past its indented fields
        end = text.find("\n  ", end + 1)
    path.write_text(text[:start] + (text[end + 1:] if end != -1 else ""), encoding="utf-8")
    assert any(p.endswith("activities: no `kind: help` activity; every lesson must say who pupils can talk to")
               for p in problems(lessons_copy, "ages-7-11", "passwords"))


def test_lessons_are_the_notebooks_in_catalogue_order_less_those_hidden(lessons_copy: Path, edit: Edit) -> None:
    shown = [(band, topic) for band, topic, _ in registry.library(lessons_copy).lessons()]
    catalogue = registry.library(lessons_copy).catalogue
    order = [(b, t) for b in catalogue.bands for t in catalogue.topics]
    assert shown == sorted(shown, key=order.index) and ("ages-7-11", "passwords") in shown
    (lessons_copy / "school.yaml").write_text(
        (lessons_copy / "school.yaml").read_text(encoding="utf-8") + "hidden: [ages-4-7, ages-7-11/passwords]\n",
        encoding="utf-8")
    lib = registry.library(lessons_copy)
    assert lib.hidden("ages-4-7") and lib.hidden("ages-7-11", "passwords") and not lib.hidden("ages-7-11")
    assert [(b, t) for b, t, _ in lib.lessons()] == [s for s in shown if s[0] != "ages-4-7" and s != (
        "ages-7-11", "passwords")]
