"""Reading a content file into typed values (content/schema.py): each mistake a curriculum lead
makes in a field is one problem with its line and the fix, and the file is not used."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import pytest
from safety_lessons.content.schema import (
    ContentError,
    Problem,
    Reader,
    Slots,
    Template,
    Text,
    Url,
    expected_fields,
    fill,
    placeholders,
    rules,
    suggest,
)


@dataclass(frozen=True)
class Card:
    title: Text
    age: int
    web: Url | None = None


@dataclass(frozen=True)
class Step:
    label: Annotated[Template, Slots(needs=("n",), may=("total",))]


def read(tmp_path: Path, text: bytes | str, tp: type = Card) -> tuple[object, list[str]]:
    path = tmp_path / "card.yaml"
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    reader = Reader("card.yaml")
    return reader.load(path, tp, "a card"), [str(p) for p in reader.problems]


def test_a_well_formed_file_is_read_into_its_type(tmp_path: Path) -> None:
    assert read(tmp_path, "title: Hi\nage: 12\nweb: https://www.childline.org.uk\n") == (
        Card(Text("Hi"), 12, Url("https://www.childline.org.uk")), [])


@pytest.mark.parametrize(("text", "problem"), [
    ("title: Hi\nage: twelve\n", "card.yaml:2: age: 'twelve' is not a whole number"),
    ("titel: Hi\nage: 3\n", "card.yaml:1: titel: unknown field; expected one of: title, age, web (did you mean "
                            "'title'?)"),
    ("age: 3\n", "card.yaml:1: title: is missing; expected some text"),
    ("", "card.yaml:1: (file): is empty; it should hold a card: `title:` and `age:` (and, if needed, `web:`)"),
])
def test_a_bad_field_is_one_problem_with_its_line(tmp_path: Path, text: str, problem: str) -> None:
    assert read(tmp_path, text) == (None, [problem])


def test_a_web_address_must_be_https(tmp_path: Path) -> None:
    _, problems = read(tmp_path, "title: Hi\nage: 3\nweb: http://example.com\n")
    assert problems == ["card.yaml:3: web: 'http://example.com' is not a web address starting with https:// and a "
                        "site name (e.g. https://www.childline.org.uk)"]


def test_text_that_is_not_utf8_names_its_line_and_byte(tmp_path: Path) -> None:
    value, [problem] = read(tmp_path, b"title: Hi\nage: 1\nweb: \xa3\n")
    assert value is None and problem.startswith("card.yaml:3: (file): has a character that is not UTF-8 (byte A3)")


def test_a_templates_placeholders_are_its_slots(tmp_path: Path) -> None:
    assert list(rules(Step(Template("Step {n} of {total}")))) == []
    assert list(rules(Step(Template("Step {m}")))) == [
        ("label", "must contain {n}"), ("label", "{m} is not a placeholder here; expected {n} or {total}")]
    assert placeholders("{n} of {total}") == ["n", "total"]
    assert fill("{n} of {total}, {age}", n="{total}", total=5) == "{total} of 5, {age}"  # filled once; others kept
    assert fill("from {digital-consent}", {"digital-consent": 13}) == "from 13"


def test_problems_are_sorted_and_said_as_file_line_field() -> None:
    error = ContentError([Problem("b.yaml", 2, "age", "bad"), Problem("a.ipynb", 0, "cell 2", "long", warning=True)])
    assert str(error) == "a.ipynb: cell 2: warning: long\nb.yaml:2: age: bad"
    assert error._render_traceback_()[0] == "This lesson's content needs fixing:"  # no traceback for authors


def test_suggestions_and_the_fields_a_file_holds() -> None:
    assert suggest("childine", ["childline", "nspcc"]) == " (did you mean 'childline'?)"
    assert suggest("zzz", ["childline"]) == ""
    assert expected_fields(dict[str, Card], "kit") == (
        "one entry each: an id on a line of its own (e.g. `kit:`) and below it, indented by two spaces, `title:` and "
        "`age:` (and, if needed, `web:`)")
