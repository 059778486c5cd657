"""A lesson's content file's shape (content/lesson_file.py): its take-home sheet fits one printed
page, and a sheet about the worst that can happen says what a family does first."""

from __future__ import annotations

from safety_lessons.content.lesson_file import FAMILY_HELP, TakeHome
from safety_lessons.content.schema import Text


def texts(n: int) -> tuple[Text, ...]:
    return tuple(Text(f"Point {i}.") for i in range(n))


def test_a_sheet_of_the_right_size_has_no_problems_and_names_where_families_get_help() -> None:
    sheet = TakeHome(learned=texts(2), talk_about=texts(3), check_together=texts(3))
    assert list(sheet.check()) == [] and sheet.help == FAMILY_HELP


def test_each_part_that_would_not_fit_one_page_is_named_with_its_count() -> None:
    sheet = TakeHome(learned=texts(5), talk_about=texts(1), check_together=texts(2), if_it_happens=texts(2), help=())
    assert list(sheet.check()) == [
        ("learned", "has 5 items; expected 2 to 4, so the sheet fits one page"),
        ("talk-about", "has 1 item; expected exactly 3, so the sheet fits one page"),
        ("if-it-happens", "has 2 steps; expected 3 to 5, so the sheet fits one page"),
        ("help", "is empty; name where families get help (ids in facts/helplines.yaml)")]
