"""UK phone and text numbers (content/numbers.py): which runs of digits count as numbers, which are
numbers to call or text, and what a fact or a lesson is told about one that is not."""

from __future__ import annotations

import pytest
from safety_lessons.content.numbers import (
    is_uk_number,
    lesson_number_problems,
    looks_like_phone,
    number_problems,
    numbers_in,
)


def test_runs_of_digits_are_numbers_but_prices_times_and_years_in_words_are_not() -> None:
    assert list(numbers_in("Call 0800 1111 or text 85258, free.")) == ["0800 1111", "85258"]
    assert list(numbers_in("It costs £100, opens at 10am, 3.5% of 1,000 people, aged 13")) == []


@pytest.mark.parametrize("written", ["999", "116 123", "0800 1111", "85258", "0808 800 5000", "020 7946 0123"])
def test_real_uk_numbers_pass(written: str) -> None:
    assert is_uk_number(written)
    assert list(number_problems(f"Call {written} any time.")) == []


@pytest.mark.parametrize("written", ["0800 111", "0207 946 012", "12345678"])
def test_a_mistyped_number_in_a_fact_is_named_with_its_digits(written: str) -> None:
    [problem] = number_problems(f"Call {written} any time.")
    assert problem.startswith(f"'{written}' is not a UK phone or text number ({len(written.replace(' ', ''))} digits)")


def test_a_lesson_may_hold_only_ofcoms_drama_numbers() -> None:
    assert looks_like_phone("0123 456 7") and not looks_like_phone("2026")
    assert list(lesson_number_problems("Jess's number is 07700 900123.")) == []  # kept for drama
    [problem] = lesson_number_problems("Ring Childline on 0800 1111.")
    assert problem.startswith("'0800 1111' looks like a phone number; numbers live in facts/helplines.yaml")
