"""What a fact was when last accepted (content/fingerprints.py): the file `check --accept` writes,
read back, and what `check` says when a fact changed but its `checked:` date did not."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from safety_lessons.content import fingerprints
from safety_lessons.content.facts import Helpline
from safety_lessons.content.library import Library
from safety_lessons.content.schema import Text


def childline(library: Library) -> Helpline:
    return library.helplines["childline"]


def test_written_then_read_back_with_the_header_and_bad_lines_skipped(library: Library, tmp_path: Path) -> None:
    fact = childline(library)
    assert fingerprints.write(tmp_path, [("helplines", "childline", fact)]) == 1
    text = (tmp_path / fingerprints.FILE).read_text(encoding="utf-8")
    assert text.startswith(fingerprints.HEADER)
    with (tmp_path / fingerprints.FILE).open("a", encoding="utf-8") as file:
        file.write("helplines nspcc not-a-date 0123\nhalf a line\n")
    assert fingerprints.read(tmp_path) == {
        ("helplines", "childline"): fingerprints.Stamp(fact.checked, fingerprints.fingerprint(fact))}
    assert fingerprints.read(tmp_path / "nowhere") is None


def test_the_date_alone_does_not_change_a_fingerprint(library: Library) -> None:
    fact = childline(library)
    assert len(fingerprints.fingerprint(fact)) == 16
    assert fingerprints.fingerprint(dataclasses.replace(fact, checked=dt.date(2020, 1, 1))) == \
        fingerprints.fingerprint(fact)
    assert fingerprints.fingerprint(dataclasses.replace(fact, contact=Text("Call 116 123"))) != \
        fingerprints.fingerprint(fact)


def test_a_changed_fact_with_the_same_date_is_an_error_and_a_rechecked_one_a_warning(library: Library) -> None:
    fact = childline(library)
    stamps = {("helplines", "childline"): fingerprints.Stamp(fact.checked, fingerprints.fingerprint(fact))}
    assert list(fingerprints.drift(stamps, "helplines", "childline", fact)) == []
    changed = dataclasses.replace(fact, contact=Text("Call 116 123"))
    [(error, message)] = fingerprints.drift(stamps, "helplines", "childline", changed)
    assert error and message.startswith(f"changed since it was checked on {fact.checked}, but `checked:` still says")
    later = dataclasses.replace(changed, checked=fact.checked + dt.timedelta(days=1))
    [(error, message)] = fingerprints.drift(stamps, "helplines", "childline", later)
    assert not error and "run `safety-lessons check --accept` to record it" in message
    [(error, message)] = fingerprints.drift({}, "helplines", "childline", fact)
    assert not error and message.startswith("is new since the facts were last accepted")
