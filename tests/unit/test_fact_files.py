"""The facts as the library reads them (content/fact_files.py): each kind read once, the files
facts/ may hold, facts accepted and changed since, and secondary sources pupils would see."""

from __future__ import annotations

from pathlib import Path

from safety_lessons import registry
from safety_lessons.content.facts import App, Helpline, Sourced
from safety_lessons.content.library import Library
from safety_lessons.content.schema import Problem


def test_each_kind_is_read_from_its_file_once(library: Library, lessons_root: Path) -> None:
    assert library.fact_path(App) == lessons_root / "facts" / "apps.yaml"
    assert library.facts(Helpline) is library.helplines and "childline" in library.helplines
    confidential = library.confidential_services()
    assert confidential is not None and all(isinstance(name, str) for name in confidential)


def test_an_unknown_facts_file_is_an_error_and_a_copy_a_warning(lessons_copy: Path) -> None:
    (lessons_copy / "facts" / "phones.yaml").write_text("x: 1\n", encoding="utf-8")
    (lessons_copy / "facts" / "apps.yaml.bak").write_text("x", encoding="utf-8")
    found = {p.file: p for p in registry.library(lessons_copy).facts_problems()}
    assert not found["lessons/facts/phones.yaml"].warning and found["lessons/facts/phones.yaml"].message == (
        "is not a kind of fact; expected one of: age-rules.yaml, apps.yaml, helplines.yaml, laws.yaml")
    assert found["lessons/facts/apps.yaml.bak"].warning


def test_facts_are_accepted_into_the_fingerprints_file(lessons_copy: Path) -> None:
    (lessons_copy / "facts" / "fingerprints.txt").unlink()
    [missing] = accepting(lessons_copy)
    assert missing.warning and missing.message.startswith("is missing, so changed facts cannot be told from checked")
    lib = registry.library(lessons_copy)
    assert lib.accept_facts() == sum(len(lib.facts(kind)) for kind in Sourced.FILES.values())
    assert accepting(lessons_copy) == []


def accepting(root: Path) -> list[Problem]:
    """What facts_problems says about accepting the facts (a fact not checked for a year aside)."""
    return [p for p in registry.library(root).facts_problems() if "accept" in p.message]


def test_a_secondary_source_is_an_error_only_where_pupils_see_it(lessons_copy: Path) -> None:
    path = lessons_copy / "facts" / "helplines.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("\nchildline:")
    at = text.index("source-kind: primary", start)
    path.write_text(text[:at] + "source-kind: secondary" + text[at + len("source-kind: primary"):], encoding="utf-8")
    lib = registry.library(lessons_copy)
    [unseen] = lib.source_problems({})
    assert unseen.warning and unseen.field == "childline.source-kind"
    [seen] = lib.source_problems({("helplines", "childline"): ["ages-7-11/passwords"]})
    assert not seen.warning and seen.message.startswith("pupils see this fact (ages-7-11/passwords), but its source")
