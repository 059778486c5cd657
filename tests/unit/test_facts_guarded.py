"""Facts guarded: a mistyped number, a bad web address, a fact changed without being checked again,
a secondary source behind something pupils see, a service used outside its remit: each is one
clear line from `check`, naming file and line."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from safety_lessons.authoring.check import check
from safety_lessons.cli import main
from safety_lessons.content.facts import Helpline
from safety_lessons.content.fingerprints import fingerprint
from safety_lessons.content.library import Library
from safety_lessons.content.numbers import is_uk_number, lesson_number_problems, number_problems
from safety_lessons.content.schema import is_web_address


def errors(root: Path) -> list[str]:
    return [str(p) for p in check(root).errors]


def replace(path: Path, old: str, new: str) -> int:
    """Replace the first `old` in `path`; returns the line it was on."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


@pytest.mark.parametrize(("written", "ok"), [
    ("0800 1111", True), ("116 123", True), ("85258", True), ("999", True), ("101", True),
    ("0345 6000 459", True), ("0300 123 2040", True), ("07700 900123", True),
    ("0800 111", False), ("0800 11111", False), ("0345 600 459", False), ("1111", False), ("9999", False),
])
def test_uk_phone_and_text_numbers(written: str, ok: bool) -> None:
    assert is_uk_number(written) is ok
    assert bool(list(number_problems(f"Call {written} now."))) is not ok


def test_numbers_that_are_not_phone_numbers_are_left_alone() -> None:
    for text in ("Pay me £100 by tonight.", "1,000 followers", "from 10am to 4pm", "aged 13 or over", "Step 3"):
        assert list(number_problems(text)) == [] and list(lesson_number_problems(text)) == [], text
    assert list(lesson_number_problems("Call 0800 1111."))  # belongs in the facts
    assert list(lesson_number_problems("Ring 07700 900123.")) == []  # kept by Ofcom for drama


@pytest.mark.parametrize(("url", "ok"), [
    ("https://www.childline.org.uk", True), ("https://www.iwf.org.uk/faqs/", True),
    ("https://takeitdown.ncmec.org/faq/", True), ("http://www.childline.org.uk", False),
    ("https://www.childline", False), ("https://www.child line.org.uk", False), ("https://childline.org.uk,", False),
    ("https://user@childline.org.uk", False), ("www.childline.org.uk", False), ('https://x.org/"><script>', False),
])
def test_web_addresses(url: str, ok: bool) -> None:
    assert is_web_address(url) is ok


def test_a_mistyped_childline_number_is_one_clear_line(lessons_copy: Path) -> None:
    path = lessons_copy / "facts" / "helplines.yaml"
    line = replace(path, "Call 0800 1111,", "Call 0800 111,")
    assert errors(lessons_copy) == [
        f"lessons/facts/helplines.yaml:{line}: childline.contact: '0800 111' is not a UK phone or text number "
        "(7 digits); check it against the source: numbers starting 0 have 11 digits (01 and 0800 numbers may "
        "have 10, and a few freephone numbers 8, like 0800 1111), text short codes 5 or 6, and 999, 101, 111 and "
        "116 numbers are as written"]


def test_a_bad_web_address_is_one_clear_line(lessons_copy: Path) -> None:
    path = lessons_copy / "facts" / "helplines.yaml"
    line = replace(path, "web: https://www.childline.org.uk\n", "web: https://www.childline\n")
    assert errors(lessons_copy) == [
        f"lessons/facts/helplines.yaml:{line}: childline.web: 'https://www.childline' is not a web address "
        "starting with https:// and a site name (e.g. https://www.childline.org.uk)"]


def test_a_fact_changed_without_a_new_checked_date_is_one_clear_line(lessons_copy: Path) -> None:
    path = lessons_copy / "facts" / "helplines.yaml"
    replace(path, "Call 0800 1111,", "Call 0800 1112,")  # a valid number, but not the one that was checked
    line = next(i for i, ln in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if ln == "childline:")
    found = errors(lessons_copy)
    assert len(found) == 1 and found[0].startswith(f"lessons/facts/helplines.yaml:{line + 1}: childline: changed "
                                                   "since it was checked on"), found
    assert "update `checked:` to today" in found[0]
    text = path.read_text(encoding="utf-8")
    start = text.index("childline:")
    text = text[:start] + re.sub(r"checked: \S+", "checked: 2099-01-01", text[start:], count=1)
    path.write_text(text, encoding="utf-8")
    assert not any("childline: changed" in p for p in errors(lessons_copy))  # re-checked: no longer that error


def test_accept_records_a_rewording(lessons_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = lessons_copy / "facts" / "helplines.yaml"
    replace(path, "You do not have to give your name.", "You do not need to give your name.")
    assert any("childline: changed" in p for p in errors(lessons_copy))
    assert main(["check", "--accept", str(lessons_copy)]) == 0
    assert "Accepted" in capsys.readouterr().out
    assert errors(lessons_copy) == []


def test_without_fingerprints_check_warns_once(lessons_copy: Path) -> None:
    (lessons_copy / "facts" / "fingerprints.txt").unlink()
    report = check(lessons_copy)
    assert report.errors == []
    assert [p.file for p in report.problems if "fingerprints" in p.file] == ["lessons/facts/fingerprints.txt"]


def test_a_secondary_source_behind_what_pupils_see_is_one_clear_line(lessons_copy: Path) -> None:
    path = lessons_copy / "facts" / "helplines.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("\nceop:")
    kind = text.index("source-kind: primary", start)
    path.write_text(text[:kind] + "source-kind: secondary" + text[kind + len("source-kind: primary"):],
                    encoding="utf-8")
    (lessons_copy / "facts" / "fingerprints.txt").unlink()  # only the source rule speaks
    found = errors(lessons_copy)
    assert len(found) == 1 and "ceop.source-kind: pupils see this fact (" in found[0], found
    assert "ages-11-14/meeting-online-friends" in found[0] and "its source is secondary" in found[0]


def test_a_service_outside_its_remit_is_one_clear_line(lessons_copy: Path) -> None:
    path = lessons_copy / "ages-14-18" / "passwords.yaml"
    line = replace(path, "      - who: childline\n", "      - who: childline\n      - who: ceop\n") + 1
    assert errors(lessons_copy) == [
        f"lessons/ages-14-18/passwords.yaml:{line}: activities.talk-to.people[4].who: CEOP Safety Centre helps "
        "with grooming, blackmail, nude-image-of-me, not with what this card is about (hacked-account, "
        "impersonation, scam, threats); take it off, or change `about`"]


def test_a_new_optional_field_left_unset_changes_no_fingerprint(library: Library) -> None:
    @dataclasses.dataclass(frozen=True, kw_only=True)
    class Later(Helpline):  # the same kind of fact, once a release adds an optional field
        new_field: str | None = None

    facts = library.helplines
    for fact in facts.values():
        fields = {f.name: getattr(fact, f.name) for f in dataclasses.fields(fact)}
        assert fingerprint(Later(**fields)) == fingerprint(fact)
        assert fingerprint(Later(**fields, new_field="set")) != fingerprint(fact)  # once set, it is a change
