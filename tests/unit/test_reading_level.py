"""Reading level per passage (issue 14 point 3): `check` scores each pupil Markdown cell and each
pupil-facing text in a lesson's YAML against its band's targets (lessons/catalogue.yaml `reading:`),
and names the hardest sentence with the cell number and heading, or the YAML file:line and field."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from safety_lessons.authoring.check import Report, check
from safety_lessons.cli import main
from safety_lessons.content.library import Library
from safety_lessons.content.model import Reading
from safety_lessons.content.reading import activity_passages, score

Edit = Callable[[str, str, str], Path]
HARD = "Concatenating them generates considerably unpredictable combinations"


def problems(root: Path) -> list[str]:
    return [str(p) for p in check(root).problems]


def reading(found: list[str]) -> list[str]:
    """The reading-level messages among `check`'s problems and warnings."""
    return [p for p in found if "Flesch" in p or "a sentence of" in p or "long word" in p]


def edit_cell(lessons: Path, notebook: str, index: int, source: str) -> None:
    """Replace the text of one cell (1-based, as JupyterLab counts) of a notebook in the copy."""
    path = lessons / notebook
    nb = json.loads(path.read_text(encoding="utf-8"))
    nb["cells"][index - 1]["source"] = source.splitlines(keepends=True)
    path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def test_the_shipped_lessons_meet_every_band_target(shipped_report: Report) -> None:
    report = shipped_report
    assert reading([str(p) for p in report.problems]) == []
    assert set(report.scored) == {"ages-4-7", "ages-7-11", "ages-11-14", "ages-14-18"}


def test_one_hard_sentence_in_a_cell_names_the_cell_and_its_heading(lessons_copy: Path, edit: Edit) -> None:
    path = edit("ages-7-11/passwords.ipynb", "Put them together, like", f"{HARD}, like")
    found = problems(lessons_copy)
    at = next(i for i, ln in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if HARD in ln)
    expected = (f'lessons/ages-7-11/passwords.ipynb:{at}: cell 6 ("Three random words"): reads at 75 (Flesch Reading '
                "Ease, higher is easier), below this band's 80; the hardest sentence is \"Concatenating them "
                'generates considerably unpredictable combinations, like OtterPuddleTrumpet."; use shorter '
                "sentences and shorter, everyday words")
    assert found.count(expected) == 1, reading(found)
    assert reading(found) == [expected]  # the line of the .ipynb file the sentence is on (issue 31), no other passage


def test_a_cell_without_a_heading_is_named_by_the_heading_above_it(lessons_copy: Path) -> None:
    edit_cell(lessons_copy, "ages-11-14/passwords.ipynb", 6,
              "Notwithstanding organisational considerations, authentication credentials necessitate "
              "confidentiality, particularly concerning unauthorised intermediaries.")
    found = reading(problems(lessons_copy))
    path = lessons_copy / "ages-11-14" / "passwords.ipynb"
    at = next(i for i, ln in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "Notwithstanding" in ln)
    assert len(found) == 1 and found[0].startswith(f'lessons/ages-11-14/passwords.ipynb:{at}: cell 6 (under "'), found


def test_a_hard_feedback_names_its_line_and_field(lessons_copy: Path, edit: Edit) -> None:
    edit("ages-11-14/passwords.yaml", "feedback: Hackers try stolen passwords on other sites too.",
         "feedback: Malicious actors systematically attempt compromised credentials elsewhere.")
    expected = ("lessons/ages-11-14/passwords.yaml:37: activities.reuse-and-2sv.questions[1].answers[1].feedback: "
                "reads at 18 (Flesch Reading Ease, higher is easier), below this band's 70; the hardest sentence "
                'is "Malicious actors systematically attempt compromised credentials elsewhere."; use shorter '
                "sentences and shorter, everyday words")
    found = problems(lessons_copy)
    assert found.count(expected) == 1 and reading(found) == [expected], reading(found)


def test_a_quiz_question_is_read_with_its_answers(lessons_copy: Path, edit: Edit) -> None:
    edit("ages-11-14/passwords.yaml", "- answer: Only her game account is at risk.",
         "- answer: Exclusively the recreational gaming account is jeopardised.")
    found = reading(problems(lessons_copy))
    assert len(found) == 1, found
    assert found[0].startswith("lessons/ages-11-14/passwords.yaml:32: activities.reuse-and-2sv.questions[1] "
                               "(question and answers): reads at 67 "), found
    assert 'the hardest sentence is "Exclusively the recreational gaming account is jeopardised."' in found[0]


def test_a_short_text_is_not_scored_by_flesch(lessons_copy: Path, edit: Edit) -> None:
    """A title or a button label is too short for a reading score: one long word would swing it."""
    edit("ages-7-11/passwords.yaml", "title: Strong or weak?", "title: Categorise authentication credentials")
    assert reading(problems(lessons_copy)) == []
    assert score("Categorise authentication credentials", Reading(ease_min=80)).ease is None


def test_ages_4_7_a_long_sentence_is_a_problem(lessons_copy: Path, edit: Edit) -> None:
    edit("ages-4-7/passwords.yaml", "feedback: A mum, dad or carer can help keep your password safe.",
         "feedback: A mum, dad or carer can help you keep your password safe and sound when you play a game.")
    expected = ("lessons/ages-4-7/passwords.yaml:18: activities.who-can-know.cards[1].feedback: has a sentence of "
                "19 words, more than this band's 14 (read aloud, a child hears it once): \"A mum, dad or carer can "
                'help you keep your password safe and sound when you play a game."; split it into shorter sentences')
    found = problems(lessons_copy)
    assert found.count(expected) == 1 and reading(found) == [expected], reading(found)


def test_ages_4_7_a_long_word_is_a_problem_even_in_a_short_text(lessons_copy: Path, edit: Edit) -> None:
    edit("ages-4-7/passwords.yaml", "title: Who can know Pip's password?", "title: Who can know? Everybody?")
    assert reading(problems(lessons_copy)) == []  # 4 syllables, but young children know it
    edit("ages-4-7/passwords.yaml", "title: Who can know? Everybody?", "title: Who has authorisation?")
    expected = ("lessons/ages-4-7/passwords.yaml:8: activities.who-can-know.title: 'authorisation' is a long word "
                "for this band (4 syllables or more, and not among the words most young children know); use a "
                "shorter, everyday word")
    found = problems(lessons_copy)
    assert found.count(expected) == 1 and reading(found) == [expected], reading(found)


def test_a_long_sentence_in_an_easy_passage_is_a_warning(lessons_copy: Path, edit: Edit,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    long = ("You can ask a parent, a carer, a teacher, a coach, an older cousin or any adult you trust to "
            "help you set it up and check it with you now and then.")
    edit("ages-14-18/passwords.yaml", "feedback: Yes. Length beats complexity.", f"feedback: Yes. {long}")
    assert main(["check", str(lessons_copy)]) == 0  # warnings do not fail `check`
    out = capsys.readouterr().out
    found = reading(out.splitlines())
    assert len(found) == 1 and f": warning: has a sentence of 33 words, more than this band's 30: \"{long}\"; " \
        "split it if you can" in found[0], found
    assert out.strip().endswith("0 problems, 1 warning") or out.strip().endswith("0 problems, 1 warnings")


def test_the_band_median_is_a_problem_in_the_catalogue(lessons_copy: Path, edit: Edit) -> None:
    path = edit("catalogue.yaml", "ease-median-min: 90 ", "ease-median-min: 99 ")
    rows = path.read_text(encoding="utf-8").splitlines()
    line = next(i for i, ln in enumerate(rows, 1) if "ease-median-min: 99" in ln)
    found = problems(lessons_copy)
    median = [p for p in found if "median" in p]
    assert len(median) == 1, median
    assert median[0].startswith(f"lessons/catalogue.yaml:{line}: bands.ages-7-11.reading.ease-median-min: the middle "
                                "(median) of this band's "), median
    assert "below its 99; make its harder passages easier, starting with: lessons/ages-7-11/" in median[0]


def test_a_band_needs_a_reading_target(lessons_copy: Path, edit: Edit) -> None:
    path = edit("catalogue.yaml",
                "      ease-min: 70            # problem: a passage below this Flesch Reading Ease\n", "")
    text = path.read_text(encoding="utf-8").splitlines()
    line = next(i for i, ln in enumerate(text, 1) if ln == "  ages-11-14:") + 4  # the first line of its `reading:`
    found = problems(lessons_copy)
    assert [p for p in found if "reading target" in p] == [
        f"lessons/catalogue.yaml:{line}: bands.ages-11-14.reading.ease-min: is missing; a band needs a reading target: "
        "ease-min (Flesch Reading Ease), or sentence-words-max for a band read aloud"]


def test_words_shown_twice_through_a_yaml_alias_are_one_passage(library: Library) -> None:

    lesson = library.lesson("ages-14-18", "personal-details")
    passages = list(activity_passages("x.yaml", dict(lesson.activities)))
    bio = [p for p in passages if "Wants to be a vet" in p.text]
    assert len(bio) == 1 and bio[0].field.startswith("activities.spot.post.parts[")
