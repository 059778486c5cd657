"""Password logic: zxcvbn's real estimate, the cap on what reaches it, and the activities."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from safety_lessons.activities.passwords import (
    MAX_LENGTH,
    NOTHING_TYPED,
    StrengthWords,
    WhichIsStronger,
    WordBuilder,
    cap,
    estimate,
)
from safety_lessons.lesson import OpenLesson


def test_common_password_is_very_weak_with_advice() -> None:
    est = estimate("password")
    assert est.score == 0 and not est.strong
    assert est.warning  # zxcvbn says why


def test_three_random_words_are_strong() -> None:
    est = estimate("OtterPuddleTrumpet")
    assert est.strong
    assert est.guesses_log10 > estimate("Password1!").guesses_log10


def test_nothing_typed() -> None:
    assert estimate("") is NOTHING_TYPED
    assert estimate(None) is NOTHING_TYPED  # a forged widget message


@given(st.one_of(st.text(), st.integers(), st.none(), st.lists(st.text()), st.binary()))
def test_cap_turns_anything_into_bounded_text(value: object) -> None:
    capped = cap(value)
    assert isinstance(capped, str) and len(capped) <= MAX_LENGTH


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=0, max_size=400))
def test_estimate_never_fails_on_any_text(text: str) -> None:
    est = estimate(text)
    assert 0 <= est.score <= 4


def test_a_megabyte_paste_is_estimated_on_its_first_characters_only() -> None:
    huge = "Zq" * 500_000
    assert estimate(huge) == estimate(huge[:MAX_LENGTH])


def test_strength_words_use_the_bands_plain_words(opened: Callable[[str], OpenLesson]) -> None:
    builder = opened("ages-7-11/passwords").content.activities["three-words"]
    assert isinstance(builder, WordBuilder)
    words: StrengthWords = builder.strength
    advice = words.advice(estimate("password"))
    assert "Lots of people use this one. It is easy to guess." in advice
    assert words.time("3 hours") == "A computer could guess it in: 3 hours."


def test_word_builder_picks_distinct_words_from_the_bank(opened: Callable[[str], OpenLesson]) -> None:
    builder = opened("ages-7-11/passwords").content.activities["three-words"]
    assert isinstance(builder, WordBuilder)
    rng = random.Random(1)
    chosen: tuple[str, ...] = ()
    for _ in range(len(builder.words)):
        chosen = (*chosen, builder.pick(chosen, rng))  # type: ignore[arg-type]
    assert sorted(chosen) == sorted(builder.words)
    assert builder.join(("otter", "puddle")) == "OtterPuddle"


@pytest.mark.parametrize(("ref", "name"), [("ages-4-7/passwords", "silly-words"),
                                           ("ages-7-11/passwords", "three-words")])
def test_three_words_from_a_word_builders_bank_are_strong(opened: Callable[[str], OpenLesson],
                                                          ref: str, name: str) -> None:
    """The last step praises three words as hard to guess: true for any three the bank gives."""
    builder = opened(ref).content.activities[name]
    assert isinstance(builder, WordBuilder) and len(builder.steps) == 3
    rng = random.Random(12)
    for _ in range(40):
        three = tuple(rng.sample(builder.words, 3))
        assert estimate(builder.join(three)).strong, three
    single = [w for w in builder.words if estimate(builder.join((w,))).strong]
    assert single == [], "the first step says one word is easy to guess"


def test_the_4_7_estimator_advice_is_in_plain_words(opened: Callable[[str], OpenLesson]) -> None:
    builder = opened("ages-4-7/passwords").content.activities["silly-words"]
    assert isinstance(builder, WordBuilder)
    for i, word in enumerate(builder.words):  # one and two words: what the meter says before the third
        other = builder.words[i - 1]  # the builder never picks a word twice
        for est in (estimate(builder.join((word,))), estimate(builder.join((word, other)))):
            plain = builder.strength.plain_words or {}
            assert all(s in plain for s in (est.warning, *est.suggestions) if s), (word, est)


@pytest.mark.parametrize("ref", ["ages-14-18/passwords"])
def test_which_is_stronger_answers_agree_with_the_estimator(ref: str,
                                                            opened: Callable[[str], OpenLesson]) -> None:
    activity = opened(ref).content.activities["which-is-stronger"]
    assert isinstance(activity, WhichIsStronger)
    for i, pair in enumerate(activity.pairs):
        right = activity.judge(i, pair.stronger)
        wrong = activity.judge(i, "a" if pair.stronger == "b" else "b")
        assert right.correct and not wrong.correct
        assert pair.why in right.text and right.text.startswith(activity.right)
        assert wrong.text.startswith(activity.not_quite)
        stronger = pair.a if pair.stronger == "a" else pair.b
        weaker = pair.b if pair.stronger == "a" else pair.a
        # issue 12 point 9: the answer is strong (score 3 or 4) and clearly stronger (100 times the guesses)
        assert estimate(stronger).strong, stronger
        assert estimate(stronger).guesses_log10 - estimate(weaker).guesses_log10 >= 2, (stronger, weaker)
