"""Password strength, estimated by zxcvbn, told in plain words (policy §5.5(4)).

Everything a pupil types reaches :func:`estimate` only through :func:`cap`: zxcvbn's cost
explodes past ~72 characters and a browser can send any value straight to a widget, so
the cap lives here, in Python, not in the input box.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, ClassVar, Literal

from ..content.activity import Activity, Context, Feedback
from ..content.schema import Slots, Template, Text, fill
from ..kernel_env import EXAMPLES_ENV
from .choose import Choosing, Item

MAX_LENGTH = 64  # characters estimated; anything longer is cut before zxcvbn sees it
STRONG = 3  # zxcvbn scores run 0 (too guessable) … 4 (very unguessable); 3+ is strong


@dataclass(frozen=True)
class Estimate:
    score: int
    guesses_log10: float
    seconds: float  # time to guess it (offline attack, slow hashing): `time_to_guess` says it in words
    warning: str
    suggestions: tuple[str, ...]

    @property
    def strong(self) -> bool:
        return self.score >= STRONG


def cap(text: object) -> str:
    """Anything a pupil (or a forged widget message) sends, as a bounded string."""
    return text[:MAX_LENGTH] if isinstance(text, str) else ""


NOTHING_TYPED = Estimate(score=0, guesses_log10=0.0, seconds=0.0, warning="", suggestions=())


def estimate(password: object) -> Estimate:
    """zxcvbn's estimate of a password (capped; nothing is cached or kept)."""
    from zxcvbn import zxcvbn  # imported on first use: only password lessons pay for it

    password = cap(password)
    if not password:
        return NOTHING_TYPED
    result = zxcvbn(password, max_length=MAX_LENGTH)
    return Estimate(
        score=int(result["score"]),
        guesses_log10=float(result["guesses_log10"]),
        seconds=float(result["crack_times_seconds"]["offline_slow_hashing_1e4_per_second"]),
        warning=str(result["feedback"]["warning"]),
        suggestions=tuple(str(s) for s in result["feedback"]["suggestions"]),
    )


_examples: dict[str, Estimate] = {}  # this process's estimates of example passwords in lessons' content


def example_estimate(text: str) -> Estimate:
    """:func:`estimate` of an example password written in a lesson's content (never of what a pupil
    types, which is neither kept nor read from a file): from the file `serve` wrote after checking
    the lessons when it has this example, so a pupil's kernel checks and shows its lesson without
    loading zxcvbn; else zxcvbn's, kept for :func:`examples_json`."""
    if text not in _examples:
        _examples[text] = _saved_examples().get(text) or estimate(text)
    return _examples[text]


def examples_json() -> str:
    """Every example password this process has estimated (`check`'s), for `serve`'s kernels to read."""
    return json.dumps({text: dataclasses.asdict(est) for text, est in _examples.items()})


@functools.cache
def _saved_examples() -> dict[str, Estimate]:
    """The estimates in $SAFETY_LESSONS_EXAMPLES (none if unset or unreadable: zxcvbn then makes them)."""
    path = os.environ.get(EXAMPLES_ENV)
    if not path:
        return {}
    try:
        saved = json.loads(Path(path).read_text(encoding="utf-8"))
        return {str(text): Estimate(score=int(e["score"]), guesses_log10=float(e["guesses_log10"]),
                                    seconds=float(e["seconds"]), warning=str(e["warning"]),
                                    suggestions=tuple(str(s) for s in e["suggestions"]))
                for text, e in saved.items()}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return {}


# How long a guess takes, as the words file says it: the longest unit that fits, as zxcvbn rounds it
# (a month is 31 days), then (word for one, word for {n} of them).
_UNITS = ((1.0, "time-second", "time-seconds"), (60.0, "time-minute", "time-minutes"),
          (3600.0, "time-hour", "time-hours"), (86400.0, "time-day", "time-days"),
          (2678400.0, "time-month", "time-months"), (32140800.0, "time-year", "time-years"))
CENTURY = 3214080000.0


def time_to_guess(seconds: float) -> tuple[str, int]:
    """(the word that says how long a guess takes, its {n}): ("time-hours", 3) for 3 hours."""
    if seconds < 1:
        return "time-under-a-second", 0
    if seconds >= CENTURY:
        return "time-centuries", 0
    size, one, many = next(unit for unit in reversed(_UNITS) if seconds >= unit[0])
    n = round(seconds / size)
    return (one if n == 1 else many), n


@dataclass(frozen=True)
class StrengthWords:
    """How a band names the five scores and says how long a guess would take."""

    labels: tuple[Text, ...]  # one per score, 0 to 4
    time_to_guess: Annotated[Template, Slots(needs=("time",), says="where the time goes")]
    # the estimator's English advice → the band's plain words; advice not listed is shown as is
    plain_words: dict[str, Text] | None = None

    def check(self) -> Iterator[tuple[str, str]]:
        if len(self.labels) != 5:
            yield "labels", f"has {len(self.labels)} labels; expected 5, one per score from 0 to 4"

    def label(self, score: int) -> str:
        return self.labels[score]

    def advice(self, estimate: Estimate) -> list[str]:
        said = [estimate.warning, *estimate.suggestions]
        plain = self.plain_words or {}
        return [plain.get(s, s) for s in said if s]

    def time(self, said: str) -> str:
        """The band's sentence about the time to guess, with `said` (e.g. "3 hours") in it."""
        return fill(self.time_to_guess, time=said)


@dataclass(frozen=True, kw_only=True)
class StrengthMeter(Activity):
    """A box to type in and a meter that updates on every key."""

    passwords: ClassVar[bool] = True  # its texts are example passwords (a year in them is no date)

    reminder: Text  # "never type a real password" — always shown above the box
    label: Text
    placeholder: Text | None = None
    strength: StrengthWords


@dataclass(frozen=True, kw_only=True)
class WordBuilder(Activity):
    """Build a password from random words, one word at a time, and watch it get stronger."""

    passwords: ClassVar[bool] = True  # its texts are example passwords (a year in them is no date)

    reminder: Text
    words: tuple[str, ...]  # the word bank the random words come from
    add_button: Text  # e.g. "Add a random word"
    restart_button: Text
    steps: tuple[Text, ...]  # what to say after word 1, 2, 3 …; the last one ends the activity
    strength: StrengthWords

    def check(self) -> Iterator[tuple[str, str]]:
        if len(self.words) < 20:
            yield "words", f"has {len(self.words)} words; expected at least 20 so the picks are really random"
        bad = [w for w in self.words if not w.isalpha()]
        if bad:
            yield "words", f"'{bad[0]}' is not a single word of letters; use plain words only"
        if len(set(w.lower() for w in self.words)) != len(self.words):
            yield "words", "has a word twice; keep each once"
        if not self.steps:
            yield "steps", "needs at least one step"

    def pick(self, chosen: tuple[str, ...], rng: secrets.SystemRandom | None = None) -> str:
        """A random word not yet chosen (cryptographically random, like a real passphrase)."""
        left = [w for w in self.words if w not in chosen]
        return (rng or secrets.SystemRandom()).choice(left)

    @staticmethod
    def join(chosen: tuple[str, ...]) -> str:
        return "".join(w.capitalize() for w in chosen)


@dataclass(frozen=True)
class Pair:
    a: Text
    b: Text
    stronger: Literal["a", "b"]
    why: Text


@dataclass(frozen=True, kw_only=True)
class WhichIsStronger(Activity):
    """Pick the stronger of two passwords; the estimator shows both scores afterwards."""

    passwords: ClassVar[bool] = True  # its texts are example passwords (a year in them is no date)

    pairs: tuple[Pair, ...]
    right: Text
    not_quite: Text
    strength: StrengthWords

    def counted(self) -> tuple[tuple[str, ...], int] | None:
        return ("pairs",), len(self.pairs)

    def judge(self, pair: int, choice: str) -> Feedback:
        p = self.pairs[pair]
        correct = choice == p.stronger
        return Feedback(correct, f"{self.right if correct else self.not_quite} {p.why}")

    def choosing(self) -> Choosing:
        """Each pair: choose one of its two passwords."""
        return Choosing(tuple(Item("", ((p.a, "a"), (p.b, "b"))) for p in self.pairs),
                        lambda i, choice: self.judge(i, str(choice)))

    def check_with(self, ctx: Context) -> Iterator[tuple[str, str]]:
        """Every pair rewards an answer the strength estimator agrees with (:func:`pair_problems`)."""
        for i, pair in enumerate(self.pairs, 1):
            yield from ((f"pairs[{i}].stronger", problem) for problem in pair_problems(pair))


CLEARLY_STRONGER = 2.0  # the "stronger" answer needs this many more powers of ten of guesses (100 times)


def pair_problems(pair: Pair) -> Iterator[str]:
    """Why a "which is stronger?" pair would teach the wrong thing: the answer it rewards must be
    one the estimator rates strong, and clearly (100 times) harder to guess than the other."""
    won, lost = (pair.a, pair.b) if pair.stronger == "a" else (pair.b, pair.a)
    winner, loser = example_estimate(won), example_estimate(lost)
    if loser.guesses_log10 >= winner.guesses_log10:
        yield f"the strength estimator finds '{lost}' stronger; swap the answer or choose a clearer pair"
    elif not winner.strong:
        yield (f"'{won}' is the answer, but the strength estimator scores it {winner.score} of 4 (weak); "
               "every answer pupils are praised for must be strong (3 or 4): choose a longer one")
    elif winner.guesses_log10 - loser.guesses_log10 < CLEARLY_STRONGER:
        yield (f"'{won}' is only a little harder to guess than '{lost}' (the estimator needs at least 100 times "
               "more guesses); choose a pair whose answer is clearly stronger")
