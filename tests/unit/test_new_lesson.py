"""`safety-lessons new BAND/TOPIC --kind KIND` (issue 14, point 6; issue 31, point 7): `check` accepts
a new lesson except for its example words, which it names, in every band and for every kind; an
existing lesson is never overwritten; a topic some band has no lesson for is a warning."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from safety_lessons import registry
from safety_lessons.authoring.check import Report, check
from safety_lessons.authoring.new import kinds, templates
from safety_lessons.cli import main
from safety_lessons.content.notebooks import read_cells
from safety_lessons.content.schema import Problem
from safety_lessons.registry import MODELS

BANDS = ("ages-4-7", "ages-7-11", "ages-11-14", "ages-14-18")
LABELS = ("**Objectives:**", "**Timing:**", "**Talk about:**", "**Ground rules:**", "**If a pupil discloses:**")


def new(root: Path, *args: str) -> int:
    return main(["new", *args, "--lessons", str(root)])


def coverage(topic: str, missing: list[str], line: int) -> str:
    bands = ", ".join(missing[:-1]) + (" or " if len(missing) > 1 else "") + missing[-1]
    return (f"lessons/catalogue.yaml:{line}: topics.{topic}: warning: topic {topic} has no lesson for {bands}; every "
            f"topic is meant to be taught in every band: add one with `safety-lessons new {missing[0]}/{topic} --kind "
            "quiz` (or another kind), or leave it if the topic does not suit those ages")


def example_words(problem: Problem) -> bool:
    """A problem `check` finds in a new lesson: words `new` wrote for the author to replace."""
    return "still has the example words from `safety-lessons new`" in problem.message


def topic_line(root: Path, topic: str) -> int:
    lines = (root / "catalogue.yaml").read_text(encoding="utf-8").splitlines()
    return lines.index(f"  {topic}:") + 2  # the topic's first field, like every section problem


def test_a_new_lesson_passes_check_at_once(lessons_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert new(lessons_copy, "ages-7-11/fake-news", "--kind", "quiz") == 0
    assert capsys.readouterr().out.splitlines() == [
        "Made the lesson ages-7-11/fake-news:",
        "  lessons/ages-7-11/fake-news.ipynb: its prose, teacher notes and activities (edit in JupyterLab)",
        "  lessons/ages-7-11/fake-news.yaml: the words of its activities (edit in any text editor)",
        "  lessons/catalogue.yaml: the new topic fake-news (check its title, policy and summary)",
        "Replace the example words with your own, then run `safety-lessons check`.",
    ]
    report = check(lessons_copy)
    assert report.errors and all(example_words(p) for p in report.errors)
    assert [str(p) for p in report.problems if not example_words(p)] == [
        coverage("fake-news", ["ages-4-7", "ages-11-14", "ages-14-18"], topic_line(lessons_copy, "fake-news"))]
    named = {(p.file, p.field) for p in report.errors}
    assert ("lessons/catalogue.yaml", "topics.fake-news.summary") in named
    assert ("lessons/ages-7-11/fake-news.yaml", "activities.quiz.questions[1].question") in named
    assert ("lessons/ages-7-11/fake-news.yaml", "take-home.talk-about[1]") in named
    assert any(p.file.endswith("fake-news.ipynb") and p.line > 1 for p in report.errors)
    assert main(["check", str(lessons_copy)]) == 1


def test_every_kind_but_help_has_an_example() -> None:
    assert sorted(kinds()) == sorted(k for k in MODELS if k not in ("help", "before-and-after"))
    assert "before-and-after" in templates()  # every new lesson gets its quick questions from this example


def test_every_kind_passes_check_in_every_band(lessons_copy: Path) -> None:
    every = [arg for kind in kinds() for arg in ("--kind", kind)]
    for band in BANDS:
        assert new(lessons_copy, f"{band}/every-kind", *every) == 0
    for kind in kinds():  # each on its own too (a lesson's reading level is scored as a whole)
        assert new(lessons_copy, f"ages-4-7/only-{kind}", "--kind", kind) == 0
    report = check(lessons_copy)
    assert [str(p) for p in report.errors if not example_words(p)] == []
    rest = [p for p in report.problems if not example_words(p)]
    assert len(rest) == len(kinds())  # one coverage warning per ages-4-7-only topic
    assert all("has no lesson for ages-7-11, ages-11-14 or ages-14-18" in str(p) for p in rest)
    for kind in set(kinds()) - {"the-law"}:  # every example with words to replace: check names them
        assert any(p.field.startswith(f"activities.{kind}.") for p in report.errors if example_words(p)), kind
    shown = set(registry.library(lessons_copy).lesson("ages-4-7", "every-kind").activities)
    assert set(kinds()) == shown - {"talk-to", "quick-check"}


def test_the_notebook_has_the_standard_shape(lessons_copy: Path) -> None:
    assert new(lessons_copy, "ages-11-14/fake-news", "--kind", "story", "--kind", "sorter") == 0
    path = lessons_copy / "ages-11-14" / "fake-news.ipynb"
    cells = read_cells(path)
    code = [c.source for c in cells if c.kind == "code"]
    assert code == ['from safety_lessons import open_lesson\n\nlesson = open_lesson("ages-11-14/fake-news")',
                    'lesson.show("quick-check")', 'lesson.show("story")', 'lesson.show("sorter")',
                    'lesson.show("quick-check")', 'lesson.show("talk-to")']
    assert cells[-1].source == 'lesson.show("talk-to")'
    notes = [c for c in cells if "teacher" in c.tags]
    assert len(notes) == 1
    assert notes[0].source.startswith("## Teacher notes\n\n**Objectives:** (beyond §5.5: school's own;")
    positions = [notes[0].source.index(f"\n\n{label}") for label in LABELS]  # each on its own paragraph
    assert positions == sorted(positions)
    nb = json.loads(path.read_text(encoding="utf-8"))
    ids = [c["id"] for c in nb["cells"]]
    assert all(re.fullmatch(r"[0-9a-f]{8}", i) for i in ids) and len(set(ids)) == len(ids)
    assert all(c["outputs"] == [] and c["execution_count"] is None for c in nb["cells"] if c["cell_type"] == "code")


def test_the_help_card_is_the_standard_one(lessons_copy: Path) -> None:
    assert new(lessons_copy, "ages-14-18/fake-news", "--kind", "quiz") == 0
    card = yaml.safe_load((lessons_copy / "ages-14-18" / "fake-news.yaml").read_text())["activities"]["talk-to"]
    assert card["kind"] == "help" and card["about"] == ["worried"]
    assert [p["who"] for p in card["people"]] == ["trusted-adult", "safeguarding-lead", "childline"]


def test_a_new_topic_joins_the_catalogue_with_its_policy(lessons_copy: Path) -> None:
    before = (lessons_copy / "catalogue.yaml").read_text(encoding="utf-8")
    assert new(lessons_copy, "ages-7-11/online-gaming", "--kind", "quiz", "--policy", "PSHE") == 0
    after = (lessons_copy / "catalogue.yaml").read_text(encoding="utf-8")
    assert after == before + (
        "  online-gaming:\n    title: Online gaming\n"
        '    policy: PSHE  # a point of §5.5, e.g. "5.5(3)"; outside §5.5, e.g. "PSHE" or "school\'s own"\n'
        "    summary: Write one sentence about what pupils will learn.\n")
    topic = registry.library(lessons_copy).catalogue.topics["online-gaming"]
    assert (topic.title, topic.policy) == ("Online gaming", "PSHE")


def test_a_lesson_for_a_known_topic_keeps_the_catalogue(lessons_copy: Path) -> None:
    (lessons_copy / "ages-4-7" / "passwords.ipynb").unlink()
    (lessons_copy / "ages-4-7" / "passwords.yaml").unlink()
    before = (lessons_copy / "catalogue.yaml").read_bytes()
    assert new(lessons_copy, "ages-4-7/passwords", "--kind", "word-builder") == 0
    assert (lessons_copy / "catalogue.yaml").read_bytes() == before
    assert "policy: 5.5(4);" in (lessons_copy / "ages-4-7" / "passwords.ipynb").read_text()
    assert all(example_words(p) for p in check(lessons_copy).problems)


def test_an_existing_lesson_is_never_overwritten(lessons_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = {p: p.read_bytes() for p in (lessons_copy / "ages-7-11").iterdir()} | {
        lessons_copy / "catalogue.yaml": (lessons_copy / "catalogue.yaml").read_bytes()}
    assert new(lessons_copy, "ages-7-11/passwords", "--kind", "quiz") == 1
    assert capsys.readouterr().err == ("safety-lessons new: lessons/ages-7-11/passwords.ipynb already exists; not "
                                       "overwriting it. Edit that lesson, or choose another topic name\n")
    assert {p: p.read_bytes() for p in files} == files


@pytest.mark.parametrize(("args", "message"), [
    (["ages-7-10/fake-news", "--kind", "quiz"],
     "'ages-7-10' is not a band in catalogue.yaml; expected one of: ages-4-7, ages-7-11, ages-11-14, ages-14-18 "
     "(write BAND/TOPIC, e.g. ages-7-11/fake-news)"),
    (["ages-7-11/Fake News", "--kind", "quiz"],
     "'Fake News' cannot be a topic name; use small letters, digits and hyphens, starting with a letter, "
     "e.g. fake-news"),
    (["ages-7-11/fake-news", "--kind", "help"],
     "--kind help: not a kind a lesson can start with; expected one of: " + ", ".join(kinds()) +
     " (every lesson gets its own quick questions and help card)"),
])
def test_mistakes_are_said_plainly(lessons_copy: Path, capsys: pytest.CaptureFixture[str], args: list[str],
                                   message: str) -> None:
    assert new(lessons_copy, *args) == 1
    assert capsys.readouterr().err == f"safety-lessons new: {message}\n"
    assert not (lessons_copy / "ages-7-11" / "fake-news.yaml").exists()


def test_every_shipped_topic_is_in_every_band(shipped_report: Report) -> None:
    assert not [p for p in shipped_report.problems if "has no lesson for" in str(p)]


def test_a_topic_missing_from_one_band_is_a_warning(lessons_copy: Path) -> None:
    (lessons_copy / "ages-4-7" / "passwords.ipynb").unlink()
    (lessons_copy / "ages-4-7" / "passwords.yaml").unlink()
    report = check(lessons_copy)
    assert report.errors == []
    assert [str(p) for p in report.problems] == [coverage("passwords", ["ages-4-7"], topic_line(lessons_copy,
                                                                                               "passwords"))]
