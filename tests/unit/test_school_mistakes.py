"""Issue 31: no silent mistakes. `check` names example words left from `safety-lessons new` and any
`{…}` a pupil would see unfilled (YAML and notebook cells alike, point 4), and answers an unknown id
with "did you mean" and where to add a new one (point 5)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from safety_lessons import registry
from safety_lessons.authoring.check import check, example_words
from safety_lessons.content.leftovers import leftover, unfilled

Edit = Callable[[str, str, str], Path]


def problems(root: Path) -> list[str]:
    return [str(p) for p in check(root).errors]


def line(path: Path, text: str) -> int:
    return next(i for i, ln in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in ln)


# -- point 4: example words and unfilled {…} ---------------------------------------------------------
def test_the_instructions_are_read_from_what_new_writes() -> None:
    assert "write question one here" in example_words()
    assert "write one sentence about what pupils will learn" in example_words()  # a new topic's summary
    assert not any("write down their words" in i for i in example_words())  # standard teacher notes stay
    assert leftover("Great.  Write question ONE here.", example_words()) == "Write question ONE here"
    assert leftover("Say no, then tell a grown-up.", example_words()) is None


def test_example_words_left_in_a_lesson_fail_check(lessons_copy: Path, edit: Edit) -> None:
    path = edit("ages-7-11/passwords.yaml", "feedback: A pet's name and a year are easy to guess.",
                "feedback: Say why it is not right. Be kind.")
    assert f"lessons/ages-7-11/passwords.yaml:{line(path, 'Be kind.')}: activities.strong-or-weak.cards[2]" \
           ".feedback: still has the example words from `safety-lessons new` (\"Say why it is not " \
           "right\"); replace them with your own" in problems(lessons_copy)


def test_a_placeholder_nothing_fills_is_named_in_yaml_and_notebook(lessons_copy: Path, edit: Edit) -> None:
    content = edit("ages-7-11/passwords.yaml", "feedback: A pet's name and a year are easy to guess.",
                   "feedback: Well done {name}, a pet's name is easy to guess.")
    notebook = edit("ages-7-11/passwords.ipynb", "A strong password is hard to guess.",
                    "A strong password is hard to guess, {name}.")
    found = problems(lessons_copy)
    assert any(p.startswith(f"lessons/ages-7-11/passwords.yaml:{line(content, '{name}')}: activities.")
               and p.endswith("{name} is shown to pupils as it is written (nothing fills it in here); write the "
                              "words out") for p in found), found
    assert (f"lessons/ages-7-11/passwords.ipynb:{line(notebook, '{name}')}: cell 1 (# Strong passwords): {{name}} "
            "is shown to pupils as it is written (nothing fills it in here); write the words out") in found


def test_a_template_keeps_its_own_places_and_refuses_others() -> None:
    assert unfilled("Message {n} of {total}", template=True) == []
    assert unfilled("Message {N} of { total }", template=True) == ["{N}", "{ total }"]
    assert unfilled("Hello {name}", template=False) == ["{name}"]


def test_school_yaml_words_are_checked_too(lessons_copy: Path, edit: Edit) -> None:
    path = edit("school.yaml", "  words: A parent", "  words: Ask {name}, a parent")
    assert any(p.startswith(f"lessons/school.yaml:{line(path, '{name}')}: trusted-adult.words: {{name}} is shown")
               for p in problems(lessons_copy))


# -- point 5: did you mean, and where to add a new one ------------------------------------------------
def test_an_unknown_service_says_did_you_mean_and_where_to_add_one(lessons_copy: Path, edit: Edit) -> None:
    path = edit("ages-7-11/passwords.yaml", "      - who: childline", "      - who: childine")
    found = [p for p in problems(lessons_copy) if "'childine'" in p]
    assert len(found) == 1, found
    assert found[0].startswith(f"lessons/ages-7-11/passwords.yaml:{line(path, 'childine')}: activities.talk-to.")
    assert "(did you mean 'childline'?)" in found[0]
    assert "to add a new service, put it in lessons/facts/helplines.yaml with `name:`, `contact:`" in found[0]
    assert "people in school are the roles lessons/school.yaml sets" in found[0]


def test_an_unknown_service_on_the_take_home_sheet_too(lessons_copy: Path, edit: Edit) -> None:
    edit("ages-7-11/passwords.yaml", "help: [report-fraud, nspcc-helpline, childline]",
         "help: [report-fraud, nspcc-helpline, childine]")
    found = [p for p in problems(lessons_copy) if "take-home.help[3]" in p]
    assert found and "(did you mean 'childline'?); to add a new service, put it in lessons/facts/helplines.yaml" \
        in found[0], found


def test_an_unknown_app_says_did_you_mean_and_where(lessons_copy: Path, edit: Edit) -> None:
    path = lessons_copy / "ages-11-14" / "age-limits.yaml"
    text = path.read_text(encoding="utf-8")
    app = "tiktok" if "tiktok" in text else "youtube"
    path.write_text(text.replace(app, app[:-1], 1), encoding="utf-8")
    found = [p for p in problems(lessons_copy) if f"'{app[:-1]}' is not an app" in p]
    assert found and f"(did you mean '{app}'?); to add a new one, put it in lessons/facts/apps.yaml with" \
        in found[0], found


# -- point 7: `new` writes what check accepts but for its example words; the title as typed --------
def test_a_new_topic_keeps_the_case_it_was_typed_in(lessons_copy: Path) -> None:
    from safety_lessons.cli import main

    assert main(["new", "ages-7-11/AI-images", "--kind", "quiz", "--lessons", str(lessons_copy)]) == 0
    assert main(["new", "ages-14-18/fake-news", "--kind", "story", "--title", "Fake news: spot it #1",
                 "--lessons", str(lessons_copy)]) == 0
    catalogue = registry.library(lessons_copy).catalogue
    assert catalogue.topics["ai-images"].title == "AI images"
    assert catalogue.topics["fake-news"].title == "Fake news: spot it #1"  # quoted: the colon and # are kept
    assert (lessons_copy / "ages-7-11" / "ai-images.yaml").read_text().splitlines()[2] == "title: AI images"
    assert "# AI images" in (lessons_copy / "ages-7-11" / "ai-images.ipynb").read_text()
    report = check(lessons_copy)
    rest = [str(p) for p in report.problems if "example words from `safety-lessons new`" not in p.message]
    assert all("has no lesson for" in p for p in rest), rest  # no comment or title trips check
