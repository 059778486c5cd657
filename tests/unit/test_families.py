"""What every lesson gives families and pupils besides its activities: `check` holds each lesson to
a take-home sheet readable by parents and three quick questions shown first and last; the sheet
page shows the lesson's words and the services from helplines.yaml, and nothing else."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from markupsafe import escape
from safety_lessons import registry
from safety_lessons.authoring import review_pack
from safety_lessons.authoring.check import check
from safety_lessons.content.families import sheet_help_problems
from safety_lessons.content.lesson_file import FAMILY_HELP, TakeHome
from safety_lessons.content.library import Library
from safety_lessons.server import pages

Edit = Callable[[str, str, str], Path]
REF = "ages-7-11/passwords"
SHEET = """
take-home:
  learned:
    - Strong passwords are long and hard to guess.
    - Keep passwords secret.
  talk-about:
    - Can you make a password from three random words?
    - Who may know your passwords?
    - What would you do if someone knew your password?
  check-together:
    - Turn on two-step checks on the family email.
    - Try a password manager together.
"""


def problems(root: Path, ref: str = REF) -> list[str]:
    return [str(p) for p in check(root).problems if p.file.startswith(f"lessons/{ref}.")]


def with_sheet(root: Path, sheet: str, ref: str = REF) -> None:
    """Replace the lesson's take-home sheet (everything from `take-home:` on) with `sheet`."""
    path = root / f"{ref}.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index("\ntake-home:")] + "\n" + sheet, encoding="utf-8")


def test_every_shipped_lesson_has_a_sheet_and_quick_questions(library: Library) -> None:
    lib = library
    for band, topic, _ in lib.lessons():
        lesson = lib.lesson(band, topic)
        assert lesson.take_home is not None, f"{band}/{topic}"
        assert [a.kind for a in lesson.activities.values()].count("before-and-after") == 1, f"{band}/{topic}"


def test_a_lesson_without_a_sheet_is_a_problem(lessons_copy: Path) -> None:
    with_sheet(lessons_copy, "")
    assert any("take-home: is missing" in p for p in problems(lessons_copy))


def test_a_sheet_too_long_for_one_page_or_unknown_help_is_named(lessons_copy: Path) -> None:
    with_sheet(lessons_copy, SHEET.replace("    - Who may know your passwords?\n", "")
               + "  help: [nspcc-helpline, nspcc]\n")
    found = problems(lessons_copy)
    assert any("take-home.talk-about: has 2 items; expected exactly 3" in p for p in found), found
    assert any("take-home.help[2]: 'nspcc' is not a service in facts/helplines.yaml" in p for p in found), found


def test_a_sheet_parents_would_find_hard_to_read_is_named(lessons_copy: Path) -> None:
    hard = ("    - Authentication credentials necessitate considerable complexity, unpredictability and "
            "confidentiality, notwithstanding organisational recommendations.\n")
    with_sheet(lessons_copy, SHEET.replace("  talk-about:\n", hard + "  talk-about:\n"))
    found = [p for p in problems(lessons_copy) if ": take-home: " in p]
    assert found and "Flesch Reading Ease" in found[0] and "60" in found[0], found


def test_a_sheet_is_held_to_the_safeguarding_word_rules(lessons_copy: Path) -> None:
    with_sheet(lessons_copy, SHEET.replace("Keep passwords secret.", "The school keeps everything confidential."))
    assert any("take-home.learned[2]" in p and "confidential" in p for p in problems(lessons_copy))


def _notebook(root: Path, change: Callable[[list[dict[str, object]]], None], ref: str = REF) -> None:
    path = root / f"{ref}.ipynb"
    nb = json.loads(path.read_text(encoding="utf-8"))
    change(nb["cells"])
    path.write_text(json.dumps(nb, indent=1), encoding="utf-8")


def _shows(cell: dict[str, object], activity: str) -> bool:
    return "".join(cell["source"]).strip() == f'lesson.show("{activity}")'  # type: ignore[arg-type]


def test_the_quick_questions_are_asked_twice_first_and_last(lessons_copy: Path) -> None:
    def once(cells: list[dict[str, object]]) -> None:
        last = max(i for i, c in enumerate(cells) if _shows(c, "quick-check"))
        del cells[last]

    _notebook(lessons_copy, once)
    assert any("shows the quick questions 1 time; show them twice" in p for p in problems(lessons_copy))


def test_the_quick_questions_come_before_every_other_activity(lessons_copy: Path) -> None:
    def late(cells: list[dict[str, object]]) -> None:
        first = min(i for i, c in enumerate(cells) if _shows(c, "quick-check"))
        cells.append(cells.pop(first))  # both at the end, after the help card

    _notebook(lessons_copy, late)
    found = problems(lessons_copy)
    assert any("asks the quick questions after an activity" in p for p in found), found


def test_a_lesson_without_quick_questions_is_a_problem(lessons_copy: Path, edit: Edit) -> None:
    edit(f"{REF}.yaml", "kind: before-and-after", "kind: quiz")
    assert any("has no `kind: before-and-after` activity" in p for p in problems(lessons_copy))


def test_the_sheet_page_shows_the_lesson_words_and_services_and_nothing_else(library: Library) -> None:
    lib = library
    band, _, topic = REF.partition("/")
    page = pages.take_home_page(lib, band, topic, static="../../", home="../../")
    sheet = lib.lesson(band, topic).take_home
    assert page is not None and sheet is not None
    for text in (*sheet.learned, *sheet.talk_about, *sheet.check_together):
        assert str(escape(text)) in page
    for who in sheet.help:
        service = lib.helplines[who]
        assert str(escape(service.name)) in page and str(escape(service.contact)) in page
    words = lib.words()
    assert str(escape(words.say("take-home-same-for-all"))) in page
    assert "<script" not in page and "http://" not in page  # nothing runs; no address but the services' own
    assert str(lib.catalogue.topics[topic].title) in page and str(lib.catalogue.bands[band].title) in page


def test_no_sheet_no_page(lessons_copy: Path) -> None:
    with_sheet(lessons_copy, "")
    assert pages.take_home_page(registry.library(lessons_copy), "ages-7-11", "passwords", static="x/", home="y") is None


def test_the_landing_page_and_every_lesson_page_link_to_the_sheets(library: Library) -> None:
    lib = library
    landing = pages.landing_page(lib, css="landing.css", pupil_href=lambda b, t: f"{b}/{t}",
                                 teacher_href=lambda b, t: f"t/{b}/{t}", site="/base/")
    copies = pages.lesson_copies(lib)
    for band, topic, _ in lib.lessons():
        assert f'href="/base/take-home/{band}/{topic}.html"' in landing
        copy = json.loads(copies[pages.copy_path(band, topic, teacher=False)])
        assert copy["metadata"]["safety_lessons"]["take_home"] == f"take-home/{band}/{topic}.html"


def test_the_sheet_words_are_held_to_the_families_target(lessons_copy: Path, edit: Edit) -> None:
    edit("words/en.yaml", "  take-home-intro: Today your child had this online safety lesson at school.",
         "  take-home-intro: Your child participated in a comprehensive educational programme concerning "
         "considerations of digital citizenship.")
    found = [str(p) for p in check(lessons_copy).problems if "take-home-intro" in p.field]
    assert found and all("on the take-home sheet" in p for p in found), found


# -- services chosen for the topic, and what a family does first if it happens ---------------------------

def sheet(help: tuple[str, ...], steps: tuple[str, ...] = ()) -> TakeHome:
    return TakeHome(learned=("a", "b"), talk_about=("c", "d", "e"), check_together=("f", "g"),  # type: ignore[arg-type]
                    if_it_happens=steps, help=help)  # type: ignore[arg-type]


STEPS = ("Stay calm. It is not your child's fault.", "Do not pay, and do not delete the chat.",
         "Report it to the CEOP Safety Centre, or call the police.", "Then tell the school.")


@pytest.mark.parametrize(("help", "steps", "concerns", "band", "expected"), [
    # a nudes or blackmail sheet: the services that act, the police, and steps
    (FAMILY_HELP, (), ["blackmail"], "ages-11-14",
     ["help: the lesson is about blackmail, and ceop is the place to go for it",
      "if-it-happens: is missing", "help: does not name the police"]),
    (("ceop", "police", "report-remove", "childline"), STEPS, ["blackmail", "nude-image-of-me"], "ages-11-14", []),
    # 14-18 reaches 18: the adults' services too
    (("ceop", "police", "report-remove", "childline"), STEPS, ["nude-image-of-me"], "ages-14-18",
     ["help: the lesson is about nude-image-of-me, and revenge-porn-helpline is the place to go for it"]),
    # a passwords sheet names a service whose remit is hacked accounts, not only general ones
    (FAMILY_HELP, (), ["hacked-account", "worried"], "ages-7-11",
     ["help: the lesson is about hacked-account, but no service on the sheet names it in its remit; add one of: "
      "report-fraud"]),
    (("report-fraud", *FAMILY_HELP), (), ["hacked-account", "worried"], "ages-7-11", []),
])
def test_a_sheet_names_the_services_and_steps_its_topic_needs(
        library: Library, help: tuple[str, ...], steps: tuple[str, ...], concerns: list[str], band: str,
        expected: list[str]) -> None:
    helplines = library.helplines
    found = [f"{field}: {message}" for field, message in
             sheet_help_problems(sheet(help, steps), concerns, helplines, band)]  # type: ignore[arg-type]
    assert len(found) == len(expected) and all(f.startswith(e) for f, e in zip(found, expected, strict=True)), found


def test_if_it_happens_must_fit_the_page() -> None:
    assert [f for f, _ in sheet(FAMILY_HELP, STEPS[:2]).check()] == ["if-it-happens"]
    assert list(sheet(FAMILY_HELP, STEPS).check()) == []


def test_the_steps_are_an_ordered_list_before_the_services(library: Library) -> None:
    lib = library
    shown = [(b, t) for b, t, _ in lib.lessons() if (s := lib.lesson(b, t).take_home) and s.if_it_happens]
    assert shown, "some shipped sheet has steps"
    band, topic = shown[0]
    steps = lib.lesson(band, topic).take_home.if_it_happens  # type: ignore[union-attr]
    page = pages.take_home_page(lib, band, topic, static="../../", home="../../")
    assert page is not None
    ordered = page[page.index('id="if-it-happens"'):]
    assert ordered.index("<ol>") < ordered.index(str(escape(steps[0]))) < ordered.index('id="help"')
    assert str(escape(lib.words().say("take-home-if-it-happens"))) in page
    assert str(escape(steps[-1])) in review_pack.sheet_html(lib, lib.lesson(band, topic))


def test_a_sheet_describes_each_service_in_the_words_of_its_band(library: Library) -> None:
    lib = library
    ceop = lib.helplines["ceop"]
    page = pages.take_home_page(lib, "ages-7-11", "reporting-concerns", static="../../", home="../../")
    assert page is not None and "ceop" in lib.lesson("ages-7-11", "reporting-concerns").take_home.help  # type: ignore[union-attr]
    assert str(escape(ceop.when_in("ages-7-11"))) in page and str(escape(ceop.when)) not in page
