"""A school's own settings in lessons/school.yaml (issue 31, points 1 to 3): any role a school uses,
its words band by band, replacing a lesson's own sentence wherever "who can help" lists people;
`hidden:` bands and lessons, gone from every list of lessons; each mistake one clear `check` line.
And a duplicated id in a lesson's YAML is one line, not that line and its knock-ons."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import ipywidgets as w
import pytest
from safety_lessons import registry
from safety_lessons.activities.reporting import RouteFinder, resolve_routes
from safety_lessons.authoring.check import check
from safety_lessons.authoring.review_pack import Selection, build, document
from safety_lessons.kernel_env import ROOT_ENV
from safety_lessons.lesson import OpenLesson, open_lesson
from safety_lessons.server.app import Stage
from safety_lessons.server.pages import landing_context, lesson_copies, take_home_context, take_home_page
from safety_lessons.static_site import stage_contents

from .conftest import find

Edit = Callable[[str, str, str], Path]
TOPIC = "reporting-concerns"
OWN_ROLES = """
head-of-year:
  name: Your Head of Year
  words: Your Head of Year looks after your whole year group.
  ages-14-18: Mr Patel, Room B12, every lunchtime.
school-nurse: Nurse Jones, in the medical room by the hall.
"""
TUTOR_11_14 = "Mrs Okafor is your tutor. Find her in room 4 each day."


@pytest.fixture
def school(lessons_copy: Path, edit: Edit) -> Path:
    """The shipped lessons with a school's own roles, and its own words for form tutors of 11 to 14."""
    edit("school.yaml", "form-tutor: Your form tutor or class teacher, who sees you every day.",
         "form-tutor:\n  words: Your form tutor or class teacher, who sees you every day.\n"
         f"  ages-11-14: {TUTOR_11_14}")
    path = lessons_copy / "school.yaml"
    path.write_text(path.read_text(encoding="utf-8") + OWN_ROLES, encoding="utf-8")
    return lessons_copy


def lines(root: Path) -> list[str]:
    return [str(p) for p in check(root).problems]


def opened(root: Path, ref: str, monkeypatch: pytest.MonkeyPatch) -> OpenLesson:
    monkeypatch.setenv(ROOT_ENV, str(root))
    lesson = open_lesson(ref)
    assert isinstance(lesson, OpenLesson)
    return lesson


def html_of(widget: object) -> str:
    return " ".join(h.value for h in find(widget, w.HTML))


# -- 1-2. a school's roles, its words band by band, instead of the lesson's ------------------------------
def test_the_shipped_school_yaml_still_reads_as_it_did(lessons_root: Path) -> None:
    school = registry.library(lessons_root).school
    assert list(school.people("ages-4-7")) == ["trusted-adult", "safeguarding-lead", "form-tutor", "parent-carer"]
    assert list(school.people()) == list(school.people("ages-14-18"))
    assert school.words("parent-carer", "ages-7-11") == "Your parent or carer at home."
    assert school.words("trusted-adult", "ages-4-7") == "Tell a grown-up you trust."  # a band's own words
    for band in ("ages-11-14", "ages-14-18"):  # staff never promise secrecy: who they tell, said to older pupils
        assert "only tell the people who need to know" in str(school.words("safeguarding-lead", band))
    assert check(lessons_root).summary().endswith(": 0 problems, 0 warnings")


def test_roles_and_words_by_band_are_clean_and_read_by_band(school: Path) -> None:
    assert check(school).summary().endswith(": 0 problems, 0 warnings")
    read = registry.library(school).school
    assert read.words("head-of-year", "ages-14-18") == "Mr Patel, Room B12, every lunchtime."
    assert read.words("head-of-year", "ages-4-7") == "Your Head of Year looks after your whole year group."
    assert read.words("form-tutor", "ages-11-14") == TUTOR_11_14
    assert read.name("school-nurse", {}) == "School nurse" and read.name("head-of-year", {}) == "Your Head of Year"


def test_a_help_card_shows_the_school_s_words_instead_of_its_own_and_the_school_s_roles(
        school: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    older = html_of(opened(school, f"ages-11-14/{TOPIC}", monkeypatch).show("talk-to"))
    assert TUTOR_11_14 in older and "Your form tutor sees you every day." not in older  # replaced, not followed
    assert older.count("A parent, a carer or a teacher. Any adult you trust.") == 1  # school.yaml's words, once
    order = [older.index(t) for t in (TUTOR_11_14, "In school", "Your Head of Year", "Nurse Jones", "Childline")
             if t in older]
    assert len(order) == 4 and order == sorted(order)  # the school's own roles after its people, before services
    oldest = html_of(opened(school, f"ages-14-18/{TOPIC}", monkeypatch).show("talk-to"))
    assert "Mr Patel, Room B12, every lunchtime." in oldest and "looks after your whole year group" not in oldest


def test_who_can_help_offers_the_school_s_roles_as_right_as_a_trusted_adult(school: Path) -> None:
    lib = registry.library(school)
    finder = lib.lesson("ages-7-11", TOPIC).activities["who-can-help"]
    assert isinstance(finder, RouteFinder)
    seen = finder.for_school(lib.school, "ages-7-11")
    assert seen.routes[:6] == ("trusted-adult", "parent-carer", "form-tutor", "safeguarding-lead", "head-of-year",
                               "school-nurse")
    routes = resolve_routes(lib.school, lib.helplines, lib.words().people(), "ages-7-11")
    assert seen.label("head-of-year", routes) == "Your Head of Year"
    for i, story in enumerate(seen.scenarios):
        needed = list(story.fits or ())
        verdict = seen.judge(i, [*needed, "school-nurse"], routes)
        assert "school-nurse" not in verdict.wrong, story.story
        if story.any_of:  # a person in school is one of those who could help
            assert verdict.correct, story.story
    assert seen.explain(0, "school-nurse", routes) == "Nurse Jones, in the medical room by the hall."


def test_the_family_sheet_lists_the_school_s_people_in_the_band_s_words(school: Path) -> None:
    lib = registry.library(school)
    staff = dict(take_home_context(lib, "ages-14-18", TOPIC)["school"])  # type: ignore[index]
    assert staff["Your Head of Year"] == "Mr Patel, Room B12, every lunchtime."
    assert "A trusted adult" not in staff and "Your parent or carer" not in staff  # the family, not the school
    page = take_home_page(lib, "ages-14-18", TOPIC, static="", home="/")
    assert page is not None and "Mr Patel, Room B12, every lunchtime." in page and "Nurse Jones" in page


def test_the_review_pack_shows_the_card_as_each_band_sees_it(school: Path) -> None:
    lib = registry.library(school)
    pack = document(lib, build(lib, Selection(lessons=(f"ages-14-18/{TOPIC}",))), Selection())
    assert "Mr Patel, Room B12, every lunchtime." in pack and "Nurse Jones" in pack


@pytest.mark.parametrize(("old", "new", "at", "where", "says"), [
    ("  ages-14-18: Mr Patel", "  ages-14-81: Mr Patel", "  ages-14-81:", "head-of-year.ages-14-81",
     "'ages-14-81' is not a band in catalogue.yaml, or `name` or `words`; expected one of: ages-4-7, ages-7-11, "
     "ages-11-14, ages-14-18, name, words (did you mean 'ages-14-18'?); a role's words are `words: …` for every "
     "band, and a band's id for that band's own"),
    ("  name: Your Head of Year", "  nmae: Your Head of Year", "  nmae:", "head-of-year.nmae",
     "(did you mean 'name'?)"),
    ("school-nurse: Nurse Jones, in the medical room by the hall.", "school-nurse:", "school-nurse:", "school-nurse",
     "is empty; expected some text or a section with name, words and a band's own words (`ages-14-18: …`)"),
    ("school-nurse: Nurse Jones", "childline: Nurse Jones", "childline:", "childline",
     "'childline' is a service in facts/helplines.yaml (Childline), so lessons could not tell the two apart; give "
     "this role another id, e.g. school-childline"),
    ("  ages-14-18: Mr Patel, Room B12, every lunchtime.", "  ages-14-18: Mr Patel. What you say stays between us.",
     "  ages-14-18: Mr Patel", "head-of-year.ages-14-18", "'stays between us' promises secrecy"),
    ("  words: Your Head of Year looks after your whole year group.\n", "", "", "", None),  # 14-18 words only: fine
    ("trusted-adult:\n  words: A parent, a carer or a teacher. Any adult you trust.",
     "trusted-adult:", "trusted-adult:", "trusted-adult.words",
     "is missing; every band's help cards name this role, so it needs words for every band"),
    ("  ages-4-7: Tell a grown-up you trust.", "  ages-4-7: Notwithstanding organisational complexity, ask.",
     "  ages-4-7: Notwith", "trusted-adult.ages-4-7", "are long words for this band"),
])
def test_each_mistake_in_school_yaml_is_one_clear_line(school: Path, edit: Edit, old: str, new: str, at: str,
                                                        where: str, says: str | None) -> None:
    path = edit("school.yaml", f"\n{old}", f"\n{new}")  # on its own line: not the example in the comments
    found = lines(school)
    if says is None:
        assert found == []
        return
    assert len(found) == 1, found
    line = next(i for i, text in enumerate(path.read_text().splitlines(), 1) if text.startswith(at))
    assert found[0].startswith(f"lessons/school.yaml:{line}: {where}: ") and says in found[0], found


def test_a_lessons_own_words_for_someone_the_school_describes_are_named_as_never_shown(lessons_copy: Path,
                                                                                      edit: Edit) -> None:
    edit(f"ages-7-11/{TOPIC}.yaml", "- who: trusted-adult\n", "- who: trusted-adult\n        say: Tell a grown-up.\n")
    found = lines(lessons_copy)
    assert len(found) == 1 and "say: is never shown: lessons/school.yaml's words for trusted-adult" in found[0], found


# -- 3. hidden bands and lessons -----------------------------------------------------------------------
@pytest.fixture
def hidden(lessons_copy: Path) -> Path:
    path = lessons_copy / "school.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "hidden: [ages-4-7, ages-14-18/age-limits]\n",
                    encoding="utf-8")
    return lessons_copy


def gone(ref: str, hidden_ones: tuple[str, ...] = ("ages-4-7/", "ages-14-18/age-limits")) -> bool:
    return any(ref.startswith(h) for h in hidden_ones)


def test_hidden_lessons_leave_every_list_and_check_stays_clean(hidden: Path, tmp_path: Path) -> None:
    lib = registry.library(hidden)
    assert check(hidden).summary().endswith(": 0 problems, 0 warnings")  # no standing warning for them
    listed = [f"{b}/{t}" for b, t, _ in lib.lessons()]
    every, topics = len(lib.catalogue.bands) * len(lib.catalogue.topics), len(lib.catalogue.topics)
    assert len(listed) == every - topics - 1 and not any(gone(ref) for ref in listed)  # a band and a lesson
    landing = landing_context(lib)
    assert [b["id"] for b in landing["bands"]] == ["ages-7-11", "ages-11-14", "ages-14-18"]  # no empty band
    assert "age-limits" not in [x["id"] for b in landing["bands"] if b["id"] == "ages-14-18" for x in b["lessons"]]
    copies = lesson_copies(lib)
    assert copies and not any(gone(name) or gone(name.removeprefix("teacher/")) for name in copies)
    assert take_home_page(lib, "ages-14-18", "age-limits", static="", home="/") is None  # the server's 404
    assert take_home_page(lib, "ages-11-14", "age-limits", static="", home="/") is not None
    pack = document(lib, build(lib), Selection())
    assert 'id="ages-4-7' not in pack and 'id="ages-14-18/age-limits"' not in pack and 'id="ages-7-11"' in pack
    staged = stage_contents(lib, tmp_path / "contents")
    on_site = [p.relative_to(tmp_path / "contents" / "lessons").as_posix()
               for p in (tmp_path / "contents" / "lessons").rglob("*.*")]
    assert not any(gone(f"{b}/{t}") for b, t in staged) and not any(gone(p) for p in on_site)
    assert "ages-11-14/age-limits.yaml" in on_site


def test_a_hidden_lesson_s_address_is_not_served(hidden: Path, tmp_path: Path) -> None:
    stage = Stage(hidden, tmp_path / "staged")
    assert stage.locate("ages-14-18/age-limits.ipynb", teacher=False) is None
    assert stage.locate("ages-4-7/passwords.ipynb", teacher=True) is None
    assert stage.locate("ages-11-14/age-limits.ipynb", teacher=False) == "ages-11-14/age-limits.ipynb"
    path = hidden / "school.yaml"  # shown again: served again, as soon as school.yaml says so
    path.write_text(path.read_text(encoding="utf-8").replace("hidden: [ages-4-7, ", "hidden: ["), encoding="utf-8")
    assert stage.locate("ages-4-7/passwords.ipynb", teacher=False) == "ages-4-7/passwords.ipynb"
    assert json.loads((tmp_path / "staged" / "ages-4-7" / "passwords.ipynb").read_text())["cells"]


def test_a_hidden_entry_naming_nothing_is_an_error_with_did_you_mean(lessons_copy: Path) -> None:
    path = lessons_copy / "school.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "hidden:\n  - ages-14-18/age-limit\n", encoding="utf-8")
    line = len(path.read_text().splitlines()) - 1
    found = lines(lessons_copy)
    assert len(found) == 1 and found[0].startswith(
        f"lessons/school.yaml:{line}: hidden[1]: 'ages-14-18/age-limit' is not a band or a lesson in catalogue.yaml; "
        "expected a band (ages-4-7, ages-7-11, ages-11-14, ages-14-18) or BAND/TOPIC, a topic being one of: "), found
    assert found[0].endswith("(did you mean 'ages-14-18/age-limits'?); hide a whole band by its id (ages-4-7) or "
                             "one lesson as BAND/TOPIC (ages-4-7/passwords)")


# -- a duplicated id: one line -------------------------------------------------------------------------
def test_a_duplicated_activity_id_is_one_line_without_knock_ons(lessons_copy: Path, edit: Edit) -> None:
    path = edit("ages-11-14/passwords.yaml", "\n  quick-check:\n", "\n  talk-to:\n")
    text = path.read_text().splitlines()
    first, second = [i for i, t in enumerate(text, 1) if t == "  talk-to:"]
    assert lines(lessons_copy) == [
        f"lessons/ages-11-14/passwords.yaml:{second}: activities.talk-to: appears twice (first on line {first}); "
        "keep one, or give this one an id of its own"]

