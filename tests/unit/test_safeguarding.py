"""Words a safeguarding lead would refuse (promises, secrecy, dated fiction), teacher notes in
shape, and "which is stronger?" answers the estimator confirms: found wherever they are written."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from safety_lessons import registry
from safety_lessons.activities.passwords import Pair, estimate, pair_problems
from safety_lessons.authoring.check import Report, check, check_lesson, school_problems
from safety_lessons.content.notebooks import read_cells, teacher_note_problems
from safety_lessons.content.safeguarding import dated_problems, word_problems

Edit = Callable[[str, str, str], Path]
CONFIDENTIAL = ["Childline"]


@pytest.mark.parametrize("text", [
    "You will not be in trouble for telling.",
    "You won't get in trouble.",
    "Sam is not in trouble.",
    "You are never in trouble for telling.",
    "She isn't in any trouble.",
    "Your teacher won't tell anyone.",
    "What you say stays between us.",
    "The safeguarding lead deals with this confidentially.",
    "Reports are confidential.",
    "What is said in this room stays in this room.",
    "Anything you share is kept in the classroom.",
    "I'll keep it secret.",
    "We will keep what you tell us secret.",
    "Mrs Khan will keep it secret.",
    "Your form tutor can keep what you tell them a secret.",
    "I won't tell.",
    "It stays just between you and me.",
])
def test_a_promise_a_school_may_not_keep_is_refused(text: str) -> None:
    assert list(word_problems(text, CONFIDENTIAL)), text


@pytest.mark.parametrize("text", [
    "You will be helped, not blamed, for telling.",
    "It is not your fault.",
    "Childline is free and confidential.",
    'Ryan says: "Don\'t tell anyone about us."',  # a groomer's demand, quoted as a warning sign
    "Leo is scared he will be in trouble if he tells.",
    "The safeguarding lead only tells the people who need to know, to keep you safe.",
    "Do not promise confidentiality or to keep it secret.",  # advice to staff, in teacher notes
    "Never promise that what is said stays in this room.",
    "Teachers cannot promise to keep secrets.",
    'Ryan says: "Let\'s keep this our secret."',
    "If someone asks you to keep a secret, tell a trusted adult.",
    "Chat with Star. Keep it a secret.",  # an unsafe choice in a story
])
def test_what_a_school_can_honour_passes(text: str) -> None:
    assert list(word_problems(text, CONFIDENTIAL)) == [], text


def test_confidential_names_the_services_that_may_be_called_so() -> None:
    [problem] = word_problems("Free and confidential.", CONFIDENTIAL)
    assert "(Childline: `confidential: true` in facts/helplines.yaml)" in problem


@pytest.mark.parametrize(("text", "years"), [
    ("Born: 2 May 2010", ["2010"]), ("Jaz_2011 says they are 13", ["2011"]),
    ("Birthday: 2 May · Age: 16", []), ("It costs £2000.", []), ("Call 0800 1111", []), ("Score 20%", []),
])
def test_a_year_in_a_story_is_found(text: str, years: list[str]) -> None:
    assert [re.search(r"'(\d+)'", p)[1] for p in dated_problems(text)] == years  # type: ignore[index]


@given(st.text())
def test_any_text_is_judged_without_error(text: str) -> None:
    assert all(isinstance(p, str) for p in [*word_problems(text, CONFIDENTIAL), *dated_problems(text)])


# -- in the shipped tree, with file and line ------------------------------------------------------------

def errors(root: Path) -> list[str]:
    return [str(p) for p in check(root).errors]


def line_of(path: Path, text: str) -> int:
    return next(i for i, ln in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in ln)


def test_the_shipped_lessons_keep_every_rule(lessons_root: Path) -> None:
    assert errors(lessons_root) == []


def test_a_promise_in_a_lesson_file_is_named_with_file_line_and_field(edit: Edit) -> None:
    path = edit("ages-11-14/reporting-concerns.yaml",
                "      - It is never too late to tell, even weeks or months later.",
                "      - It is never too late to tell. You will not be in trouble.")
    found = [p for p in errors(path.parents[1]) if "reporting-concerns.yaml" in p]
    assert found == [f"lessons/ages-11-14/reporting-concerns.yaml:{line_of(path, 'reassurance:')}: "
                     "activities.which-route.reassurance[1]: 'not be in trouble' promises what a school may not be "
                     "able to keep ('You will not be in trouble.'); say what a school can honour instead, e.g. "
                     "'You will be helped, not blamed, for telling.'"]


def test_a_dated_story_is_named_but_an_example_password_is_not(edit: Edit, lessons_copy: Path) -> None:
    story = lessons_copy / "ages-14-18" / "meeting-online-friends.yaml"
    text = story.read_text(encoding="utf-8")
    first_says = re.search(r"(?m)^( +says: )(.*)$", text)
    assert first_says is not None
    story.write_text(text.replace(first_says[0], f"{first_says[1]}I was born in 2009.", 1), encoding="utf-8")
    found = [p for p in errors(lessons_copy) if "ages-14-18/meeting-online-friends.yaml" in p]
    assert len(found) == 1 and f":{line_of(story, 'born in 2009')}: " in found[0] and "'2009' is a year" in found[0]
    passwords = lessons_copy / "ages-14-18" / "passwords.yaml"
    assert re.search(r"20\d\d", passwords.read_text(encoding="utf-8"))  # its example passwords have years …
    assert not [p for p in errors(lessons_copy) if "ages-14-18/passwords.yaml" in p]  # … and that is the lesson


def set_cell(path: Path, index: int, source: str) -> None:
    nb = json.loads(path.read_text(encoding="utf-8"))
    nb["cells"][index - 1]["source"] = source
    path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def test_a_promise_in_pupil_prose_names_the_cell_but_teacher_notes_may_say_confidentiality(lessons_copy: Path) -> None:
    path = lessons_copy / "ages-14-18" / "passwords.ipynb"
    cells = read_cells(path)
    pupil = next(c for c in cells if c.kind == "markdown" and "teacher" not in c.tags)
    set_cell(path, pupil.index, pupil.source + "\n\nWhatever you tell us is confidential.")
    found = [p for p in errors(lessons_copy) if "ages-14-18/passwords.ipynb" in p]
    assert len(found) == 1 and found[0].startswith(f"lessons/ages-14-18/passwords.ipynb:{pupil.line}: "
                                                   f"cell {pupil.index} (# Passwords, passphrases and password "
                                                   "managers): calls something confidential")
    notes = next(c for c in cells if "teacher" in c.tags)
    set_cell(path, notes.index, notes.source + "\n\nDo not promise confidentiality.")  # advice to staff passes
    assert len([p for p in errors(lessons_copy) if "ages-14-18/passwords.ipynb" in p]) == 1


def test_teacher_notes_must_be_one_cell_with_ground_rules_and_disclosure(lessons_copy: Path) -> None:
    path = lessons_copy / "ages-11-14" / "passwords.ipynb"
    notes = next(c for c in read_cells(path) if "teacher" in c.tags)
    set_cell(path, notes.index, re.sub(r"\*\*Ground rules:\*\*[^\n]*\n", "", notes.source))
    cells = read_cells(path)
    assert [m for _, _, m in teacher_note_problems(cells)] == [
        "the teacher notes have no **Ground rules**; add **Ground rules:** (set before the lesson: talk about the "
        "characters, not real people; no one has to share; staff pass on anything that worries them about a pupil's "
        "safety)"]
    nb = json.loads(path.read_text(encoding="utf-8"))
    nb["cells"].append({"cell_type": "markdown", "id": "c0ffee00", "metadata": {"tags": ["teacher"]},
                        "source": "## Teacher notes\n\nMore."})
    path.write_text(json.dumps(nb, indent=1), encoding="utf-8")
    assert any("has a second 'Teacher notes' heading (repeats it)" in m for _, _, m in teacher_note_problems(
        read_cells(path)))
    nb["cells"] = [c for c in nb["cells"] if "teacher" not in c["metadata"].get("tags", [])]
    path.write_text(json.dumps(nb, indent=1), encoding="utf-8")
    assert [m for _, _, m in teacher_note_problems(read_cells(path))] == [
        "has no teacher notes; add a Markdown cell tagged `teacher` that starts with `## Teacher notes`, with "
        "**Objectives:**, **Ground rules:**, **If a pupil discloses:**"]


# -- "which is stronger?": the answer praised must be strong, and clearly stronger ------------------------

@pytest.mark.parametrize(("a", "b", "words"), [
    ("Gr8!x9", "qwertyuiop123", "(weak); every answer pupils are praised for must be strong"),
    ("password1", "velvet harbour pencil", "finds 'velvet harbour pencil' stronger"),
])
def test_a_weak_or_unclear_answer_is_refused(a: str, b: str, words: str) -> None:
    assert estimate(a).guesses_log10 > estimate(b).guesses_log10 or "finds" in words
    problems = list(pair_problems(Pair(a=a, b=b, stronger="a", why="Because.")))  # type: ignore[arg-type]
    assert len(problems) == 1 and words in problems[0], problems


def test_a_clearly_stronger_answer_passes() -> None:
    pair = Pair(a="Kx9#mQ2!", b="velvet harbour pencil", stronger="b", why="Length wins.")  # type: ignore[arg-type]
    assert list(pair_problems(pair)) == []


# -- teacher notes and school.yaml: what staff are told to say ----------------------------------------

def test_a_promise_in_teacher_notes_is_named_with_its_cell(lessons_copy: Path) -> None:
    path = lessons_copy / "ages-11-14" / "passwords.ipynb"
    notes = next(c for c in read_cells(path) if "teacher" in c.tags)
    set_cell(path, notes.index, notes.source.replace("No one has to share personal stories.",
                                                     "What is said in this room stays in this room."))
    report = Report()
    check_lesson(registry.library(lessons_copy), "ages-11-14", "passwords", report)
    found = [str(p) for p in report.errors if p.file.endswith(".ipynb")]
    assert len(found) == 1 and found[0].startswith(
        f"lessons/ages-11-14/passwords.ipynb:{notes.line}: cell {notes.index} (## Teacher notes): "
        "'stays in this room' promises secrecy"), found


def test_the_shipped_teacher_notes_and_school_words_keep_the_promises(lessons_root: Path) -> None:
    lib = registry.library(lessons_root)
    assert list(school_problems(lib)) == []
    for band, topic, _ in lib.lessons():
        cells = read_cells(lessons_root / band / f"{topic}.ipynb")
        for cell in cells:
            if "teacher" in cell.tags:
                assert list(word_problems(cell.source, lib.confidential_services())) == [], (band, topic)


def test_a_promise_in_school_yaml_is_named_with_its_line(edit: Edit) -> None:
    path = edit("school.yaml", "  words: A parent, a carer or a teacher. Any adult you trust.",
                "  words: A parent, carer or teacher. What you tell them stays between you and them, "
                "and it is kept in this room.")
    found = [str(p) for p in school_problems(registry.library(path.parent))]
    line = line_of(path, "  words: A parent, carer")
    assert found == [f"lessons/school.yaml:{line}: trusted-adult.words: 'kept in this room' promises secrecy "
                     "('What you tell them stays between you and them, and it is kept in this room.'); school staff "
                     "never promise it: say they will only tell the people who need to know, to keep the pupil safe"]
