"""The review pack: every word a pupil can see, the teacher notes and the facts behind them, in one
self-contained page (tests/browser/test_review_pack.py opens it in Chromium)."""

from __future__ import annotations

import html
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from safety_lessons import registry
from safety_lessons.authoring.review_labels import Filler, fields, filler_for, label
from safety_lessons.authoring.review_pack import Selection, build, changed_lessons, document, pupil_strings
from safety_lessons.cli import main
from safety_lessons.content.library import Library
from safety_lessons.content.model import SHIPPED
from safety_lessons.content.notebooks import TEACHER, read_cells
from safety_lessons.server.app import school_notice


def plain(markup: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def catalogued(library: Library) -> int:
    """How many lessons catalogue.yaml lists: every topic in every band."""
    return len(library.catalogue.bands) * len(library.catalogue.topics)


@pytest.fixture(scope="module")
def whole(library: Library) -> str:
    return document(library, build(library), Selection())


def test_every_word_a_pupil_can_see_is_in_the_pack(library: Library, whole: str) -> None:
    text = plain(whole)
    refs = [(band, topic) for band, topic, _ in library.lessons()]
    assert len(refs) == catalogued(library)
    squeezed = "".join(text.split())  # inline markup (code, bold, a filled-in example) may add or drop a space
    example = filler_for(library).plain  # placeholders as the pack shows them: filled in
    missing = [s for s in pupil_strings(library, refs) if "".join(example(s).split()) not in squeezed]
    for band, topic in refs:  # a caption's {part}s are filled with the parts themselves
        for activity in library.lesson(band, topic).activities.values():
            fill = filler_for(library, activity).plain
            missing = [s for s in missing if s not in (t for _, t in fields(activity))
                       or "".join(fill(s).split()) not in squeezed]
    assert missing == []
    assert not re.search(r"\{[a-z][a-z0-9-]*\}", text)  # never a {placeholder}
    for band, topic, notebook in library.lessons():
        for cell in read_cells(notebook):
            if cell.kind != "markdown":
                continue
            for line in cell.source.splitlines():
                words = "".join(re.sub(r"^\s*(?:#+|>|-|\d+\.)\s+|[*`]|\[|\]\([^)]*\)", "", line).split())
                assert words in squeezed, (band, topic, cell.index, line)


def test_teacher_notes_and_every_fact_with_its_source_are_there(library: Library, whole: str) -> None:
    assert whole.count('<div class="teacher">') == catalogued(library)
    for _, _, notebook in library.lessons():
        notes = [c for c in read_cells(notebook) if TEACHER in c.tags]
        assert notes and "Ground rules" in plain(whole)
    for helpline in library.helplines.values():
        if helpline.name in whole:
            assert f'href="{helpline.source}"' in whole
    assert "secondary" in whole and "primary" in whole and "30 November 2026" in whole
    assert whole.count("Reviewed: ☐ approved ☐ changes needed") == catalogued(library)
    assert "Designated safeguarding lead" in whole and "Curriculum lead" in whole


def test_every_take_home_sheet_is_in_the_pack_with_its_services(library: Library, whole: str) -> None:
    text = plain(whole)
    assert whole.count("<h4>Take-home sheet for parents and carers</h4>") == catalogued(library)
    for band, topic, _ in library.lessons():
        sheet = library.lesson(band, topic).take_home
        assert sheet is not None
        for line in (*sheet.learned, *sheet.talk_about, *sheet.check_together):
            assert " ".join(line.split()) in text, (band, topic, line)
        for who in sheet.help:
            assert f'href="{library.helplines[who].source}"' in whole  # each service's source, to judge
    assert "The same activity again: “quick-check”" in text  # asked twice, listed once


def test_the_pack_asks_nothing_of_any_host(whole: str) -> None:
    assert not re.search(r"<(script|link|img|iframe)\b", whole)
    assert not re.search(r"""(src|url)\s*[=(]\s*["']?https?:""", whole)
    assert '<html lang="en">' in whole and "@page { size: A4" in whole


def test_the_reading_level_of_each_passage_is_against_the_band_target(library: Library, whole: str) -> None:
    assert whole.count('<table class="levels">') == catalogued(library)
    assert "no sentence over 14 words; no word of 4 syllables or more that most young children do not know" in whole
    assert "every passage of 8 words or more at least 60 Flesch Reading Ease; a warning for a sentence over 30" in whole
    assert "harder than the target" not in whole  # the same rules as `check`, which the shipped lessons pass


def test_one_lesson_for_a_preview_and_a_band(library: Library) -> None:
    one = build(library, Selection(lessons=("ages-7-11/passwords",)))
    assert one.lessons == 1 and 'id="ages-7-11/passwords"' in "".join(one.parts)
    band = build(library, Selection(bands=("ages-4-7",), topics=("passwords", "age-limits")))
    assert band.lessons == 2


def test_labels_read_as_words(library: Library) -> None:
    assert label((("questions", 2), ("answers", 1), ("feedback", None))) == "Question 2, answer 1, feedback"
    assert label((("nodes", "photo-sent"), ("choices", 3), ("label", None))) == "Step “Photo sent”, choice 3, label"
    meter = library.lesson("ages-11-14", "passwords").activities
    said = [label(parts) for a in meter.values() if a.kind == "strength-meter" for parts, _ in fields(a)]
    assert "Strength meter, what it says for a score of 0 (of 4)" in said
    assert ("Strength meter, what pupils read instead of the estimator's advice “Dates are often easy to guess.”"
            in said)  # the advice is a sentence with a full stop: never cut at it
    assert Filler().plain("Message {n} of {total}") == "Message 2 of 5"
    assert Filler({"digital-consent": 13}).plain("from {digital-consent}, {odd}") == "from 13, [odd]"


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(cwd), *args], check=True, capture_output=True)


def test_since_a_revision_only_what_changed(lessons_copy: Path) -> None:
    top = lessons_copy.parent
    git(top, "init", "-q")
    git(top, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "start", "--allow-empty")
    git(top, "add", "-A")
    git(top, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "lessons")
    lib = registry.library(lessons_copy)
    assert changed_lessons(lib, "HEAD") == set()
    path = lessons_copy / "ages-7-11" / "passwords.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert changed_lessons(lib, "HEAD") == {"ages-7-11/passwords"}
    laws = lessons_copy / "facts" / "laws.yaml"
    laws.write_text(laws.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    using_laws = {f"{b}/{t}" for b, t, _ in lib.lessons()
                  if any(f == "laws" for a in lib.lesson(b, t).activities.values() for f, _ in a.facts())}
    assert using_laws and changed_lessons(lib, "HEAD") == {"ages-7-11/passwords", *using_laws}
    with pytest.raises(ValueError, match="git cannot compare"):
        changed_lessons(lib, "no-such-revision")


def test_the_command_writes_the_file_and_says_where(lessons_root: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "pack.html"
    assert main(["review-pack", str(out), "--lessons", str(lessons_root), "--lesson", "ages-4-7/passwords"]) == 0
    assert out.is_file() and "Wrote" in capsys.readouterr().out
    assert 'id="ages-4-7/passwords"' in out.read_text(encoding="utf-8")


def test_the_shipped_safeguarding_lead_words_are_said_once_until_a_school_sets_its_own(
        library: Library, whole: str, edit: Callable[[str, str, str], Path]) -> None:
    notice = library.school.shipped_notice()
    assert notice is not None and "lessons/school.yaml" in notice
    assert plain(whole).count(plain(notice)) == 1
    assert school_notice(library.root) == notice  # what `serve` prints once at start
    path = edit("school.yaml", SHIPPED["safeguarding-lead"], "Ms Okafor, in room 12, or ask any teacher to find her.")
    own = registry.library(path.parent)
    assert own.school.shipped_notice() is None and school_notice(own.root) is None
    assert "lessons/school.yaml still has" not in document(own, build(own, Selection(lessons=("ages-7-11/passwords",))),
                                                           Selection())
