"""Issue 35, point 4: a topic beyond the policy's §5.5 says where it comes from (EFACW, KCSIE), in full
and in the words of words/en.yaml, on the landing page, in the review pack and in a new lesson's teacher
notes; a short name the catalogue does not know is a problem."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from safety_lessons import registry
from safety_lessons.authoring.check import check
from safety_lessons.authoring.review_pack import Selection, build
from safety_lessons.cli import main
from safety_lessons.content.model import Topic
from safety_lessons.content.notebooks import TEACHER, read_cells
from safety_lessons.content.schema import Text
from safety_lessons.server.pages import landing_context

FAKE_NEWS = ('  fake-news:\n    title: Fake news\n'
             '    policy: "EFACW: Managing online information; KCSIE: misinformation; PSHE"\n'
             '    summary: Check a post before you share it.\n')
PSHE = "Personal, social, health and economic education (PSHE)"
IN_FULL = ("Education for a Connected World (UKCIS): Managing online information; "
           f"Keeping Children Safe in Education (DfE): misinformation; {PSHE}")


def topic(policy: str) -> Topic:
    return Topic(Text("A topic"), Text(policy), Text("What it is about."))


def test_a_point_of_5_5_or_where_a_topic_beyond_it_comes_from(lessons_root: Path) -> None:
    catalogue = registry.library(lessons_root).catalogue
    assert topic("5.5(4)").policy_point() == "5.5(4)" and catalogue.beyond(topic("5.5(4)")) is None
    assert topic("PSHE").policy_point() is None and catalogue.beyond(topic("PSHE")) == PSHE
    assert catalogue.beyond(topic("school's own")) == "school's own"
    assert catalogue.beyond(topic(" EFACW: Managing online information ;KCSIE")) == (
        "Education for a Connected World (UKCIS): Managing online information; "
        "Keeping Children Safe in Education (DfE)")
    assert catalogue.beyond(catalogue.topics["whats-true-online"]) is not None  # the shipped topics beyond §5.5
    assert catalogue.beyond(catalogue.topics["feeling-ok-online"]) is not None
    assert catalogue.beyond(catalogue.topics["passwords"]) is None


def test_the_landing_page_review_pack_and_new_teacher_notes_say_it(lessons_copy: Path) -> None:
    catalogue = lessons_copy / "catalogue.yaml"
    catalogue.write_text(catalogue.read_text(encoding="utf-8") + FAKE_NEWS, encoding="utf-8")
    assert main(["new", "ages-7-11/fake-news", "--kind", "quiz", "--lessons", str(lessons_copy)]) == 0
    lib = registry.library(lessons_copy)
    listed = {lesson["id"]: lesson["policy"] for band in landing_context(lib)["bands"] if band["id"] == "ages-7-11"
              for lesson in band["lessons"]}
    assert listed["fake-news"] == f"Beyond §5.5 — {IN_FULL}"
    assert listed["passwords"] == "Policy 5.5(4)"
    pack = "".join(build(lib, Selection(lessons=("ages-7-11/fake-news", "ages-7-11/passwords"))).parts)
    assert f"<dt>Policy point</dt><dd>Beyond §5.5 — {IN_FULL}</dd>" in pack
    assert "<dt>Policy point</dt><dd>§5.5(4)</dd>" in pack
    notes = [c.source for c in read_cells(lessons_copy / "ages-7-11" / "fake-news.ipynb") if TEACHER in c.tags]
    assert notes[0].startswith(f"## Teacher notes\n\n**Objectives:** (beyond §5.5: {IN_FULL}; ages 7-11) ")


def test_a_short_name_not_in_sources_is_a_problem(lessons_copy: Path, edit: Callable[[str, str, str], Path]) -> None:
    edit("catalogue.yaml", '"EFACW: Managing online information;', '"EFCAW: Managing online information;')
    found = [p for p in check(lessons_copy).problems if p.field == "topics.whats-true-online.policy"]
    assert len(found) == 1 and not found[0].warning
    line = (lessons_copy / "catalogue.yaml").read_text(encoding="utf-8").splitlines()[found[0].line - 1]
    assert line.lstrip().startswith('policy: "EFCAW:')
    assert found[0].message.startswith("'EFCAW' is not a short name in sources: (EFACW, KCSIE, PSHE, RSHE); add it")


def test_a_topic_no_band_has_a_lesson_for_yet_is_a_plan_not_a_warning(lessons_copy: Path) -> None:
    catalogue = lessons_copy / "catalogue.yaml"
    catalogue.write_text(catalogue.read_text(encoding="utf-8") + FAKE_NEWS, encoding="utf-8")
    assert not [p for p in check(lessons_copy).problems if "fake-news" in p.field]
    assert main(["new", "ages-7-11/fake-news", "--kind", "quiz", "--lessons", str(lessons_copy)]) == 0
    assert [p.field for p in check(lessons_copy).problems if p.warning and "fake-news" in p.field] == [
        "topics.fake-news"]  # started in one band: the others are missing
