"""Class pulse: pupils' choices on a lesson's pulse questions, counted for
the teacher's screen. Plain Python, no Tornado: what `serve` keeps, in its memory only.

- A teacher view starts a pulse for its lesson and gets a short code. A pupil's page *of that
  lesson* opened with the code joins it; from then on each choice that page makes on a pulse
  question is counted.
- **One vote per browser.** A browser's pages (tabs, reloads, a second page opened with the code)
  share one vote per question: its latest answer replaces the earlier one.
- **Counts, nothing else.** Per code: the lesson, its pulse questions, its three quick questions
  (asked at the start and again at the end: two rounds) and, per browser with a page still open,
  its latest answer to each question in each round. The browser is known by a digest of its cookie
  keyed by a secret of that pulse (not the cookie); no name, address or time is kept with an
  answer; nothing is written or logged. A browser whose pages all closed takes its answers with it.
- **Ends** when the teacher ends it, when the teacher's page closes (its kernel ends), or after
  `IDLE` seconds with no answer and no teacher action: then everything about it is gone.
- **Totals nobody can trace.** The teacher's page is sent a question's counts (or a round's
  number right) only once at least `minimum` browsers answered it (never below `FLOOR`); below
  that, only how many have answered. The teacher's screen asks for them when the teacher presses
  a button (pulse_link.Session.snapshot), never as a live feed. Once shown, a question's counts
  change only after at least `minimum` more answers (new, changed or taken away) for it: two
  presses around one pupil's click cannot tell what that pupil chose.
- **Refuses** answers for a question the lesson does not pulse, an answer it does not have, and
  any message that is not exactly what a lesson's kernel sends (`read_message`).
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..pulse_link import FLOOR, MINIMUM

ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no I, L, O, 0 or 1: nothing to misread on a screen
CODE_LENGTH = 6  # 31⁶ ≈ 887 million codes; with `PULSE_TRIES` wrong tries an address, not guessed in practice
IDLE = 2 * 3600.0  # seconds with no answer and no teacher action before a pulse ends
MAX_MESSAGE = 1024  # bytes in one message from a lesson's kernel (an answer is under 200)
QUESTION = re.compile(r"[a-z0-9][a-z0-9-]{0,62}/[1-9][0-9]?")  # "activity-id/question number"
KERNEL = re.compile(r"[0-9a-f-]{8,64}")  # a kernel's id, as Jupyter makes them
ROUNDS = ("start", "end")  # the quick questions' two rounds, in the order they are asked


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def normal_code(typed: str) -> str:
    """A code as typed: case, spaces and hyphens do not matter."""
    return "".join(ch for ch in typed[:64].upper() if ch.isascii() and ch.isalnum())


@dataclass
class ClassPulse:
    """One class's pulse: what it counts, and the latest answers of the pages that joined it."""

    lesson: str  # "ages-11-14/personal-details"
    questions: Mapping[str, int]  # each pulse question ("activity-id/number") → how many answers it has
    teacher: str  # the kernel of the teacher view that started it
    active: float  # when a pupil last answered or the teacher last acted
    rounds: Mapping[str, tuple[int, frozenset[int]]] = field(default_factory=dict)  # quick question → answers, right
    choices: dict[str, dict[str, int]] = field(default_factory=dict)  # voter → question (or "question@round") → answer
    secret: bytes = field(default_factory=lambda: secrets.token_bytes(16), repr=False)
    changes: dict[str, int] = field(default_factory=dict)  # question (or "question@round") → answers made or dropped
    shown: dict[str, tuple[Any, int]] = field(default_factory=dict)  # … → what was last shown, at which change

    def changed(self, key: str) -> None:
        self.changes[key] = self.changes.get(key, 0) + 1

    def settled(self, key: str, fresh: Any, minimum: int) -> Any:
        """What the teacher may see of `key` now: `fresh` (None under the minimum), or what was last
        shown while fewer than `minimum` answers changed since (no difference isolates a pupil)."""
        if fresh is None:  # under the minimum again: nothing (how many answered says as much)
            return None
        now, last = self.changes.get(key, 0), self.shown.get(key)
        if last is not None and now - last[1] < minimum:
            return last[0]
        self.shown[key] = (fresh, now)
        return fresh

    def voter(self, browser: str) -> str:
        """Who votes, as this pulse knows a browser: a keyed digest of its cookie, not the cookie."""
        return hashlib.blake2s(browser.encode(), key=self.secret, digest_size=12).hexdigest()

    def counts(self, minimum: int) -> dict[str, dict[str, Any]]:
        """Each question's answered (how many browsers) and counts (per answer, in the order the
        answers are shown; None until `minimum` answered it)."""
        counts = {question: [0] * n for question, n in self.questions.items()}
        for answers in self.choices.values():
            for question, answer in answers.items():
                if question in counts:
                    counts[question][answer] += 1
        return {question: {"answered": sum(n),
                           "counts": self.settled(question, n if sum(n) >= minimum else None, minimum)}
                for question, n in counts.items()}

    def progress(self, minimum: int) -> dict[str, list[dict[str, int | None]]]:
        """Each quick question's rounds (start, end): answered, and right (None until `minimum`
        answered that question in that round)."""
        shown: dict[str, list[dict[str, int | None]]] = {}
        for question, (_, right) in self.rounds.items():
            chosen = [[answers[f"{question}@{name}"] for answers in self.choices.values()
                       if f"{question}@{name}" in answers] for name in ROUNDS]
            shown[question] = [{"answered": len(got), "right": self.settled(
                f"{question}@{name}", sum(a in right for a in got) if len(got) >= minimum else None, minimum)}
                for name, got in zip(ROUNDS, chosen, strict=True)]
        return shown


@dataclass
class Pulses:
    """Every running pulse of one server run."""

    running: dict[str, ClassPulse] = field(default_factory=dict)  # code → its pulse
    joined: dict[str, tuple[str, str]] = field(default_factory=dict)  # a pupil's page (kernel) → (code, voter)
    minimum: int = MINIMUM  # `serve --pulse-minimum`

    def __post_init__(self) -> None:
        if self.minimum < FLOOR:
            raise ValueError(f"a pulse minimum of {self.minimum} is below {FLOOR}")

    def start(self, lesson: str, questions: Mapping[str, int], teacher: str, now: float | None = None,
              rounds: Mapping[str, tuple[int, frozenset[int]]] | None = None) -> str:
        """A new code for `lesson`'s pulse questions (and its quick questions, `rounds`: each one's
        number of answers and its right ones); a teacher view runs one pulse at a time."""
        for code in [c for c, p in self.running.items() if p.teacher == teacher]:
            self.end(code)
        code = new_code()
        while code in self.running:
            code = new_code()
        self.running[code] = ClassPulse(lesson, dict(questions), teacher, _now(now), dict(rounds or {}))
        return code

    def find(self, typed: str) -> ClassPulse | None:
        return self.running.get(normal_code(typed))

    def join(self, typed: str, page: str, lesson: str, browser: str) -> bool:
        """A pupil's page (its kernel) of `lesson`, opened by `browser` (its cookie), joins the
        pulse `typed`; False if no such pulse is running, or it is another lesson's."""
        code = normal_code(typed)
        pulse = self.running.get(code)
        if pulse is None or page == pulse.teacher or lesson != pulse.lesson or not browser:
            return False
        self.joined[page] = (code, pulse.voter(browser))
        return True

    def answer(self, page: str, question: str, answer: int, now: float | None = None) -> bool:
        """Count `page`'s answer as its browser's (replacing that browser's earlier one); False if
        it is not counted: the page joined no running pulse, or the lesson does not pulse that
        question or have that answer."""
        code, voter = self.joined.get(page, ("", ""))
        pulse = self.running.get(code)
        if pulse is None or not 0 <= answer < pulse.questions.get(question, 0):
            return False
        pulse.choices.setdefault(voter, {})[question] = answer
        pulse.changed(question)
        pulse.active = _now(now)
        return True

    def answer_round(self, page: str, question: str, round_: int, answer: int, now: float | None = None) -> bool:
        """Count `page`'s answer to a quick question in round `round_` (0 at the start, 1 at the
        end), as `answer` does; False if not counted."""
        code, voter = self.joined.get(page, ("", ""))
        pulse = self.running.get(code)
        if pulse is None or not 0 <= round_ < len(ROUNDS) or not 0 <= answer < pulse.rounds.get(question, (0,))[0]:
            return False
        pulse.choices.setdefault(voter, {})[f"{question}@{ROUNDS[round_]}"] = answer
        pulse.changed(f"{question}@{ROUNDS[round_]}")
        pulse.active = _now(now)
        return True

    def counts(self, code: str, teacher: str, now: float | None = None) -> dict[str, Any] | None:
        """What the teacher's screen is sent: each question's counts and each quick question's
        rounds (under the minimum: how many answered, nothing more), and how many pages answered;
        None unless `teacher` started the pulse `code` and it is running."""
        pulse = self.running.get(code)
        if pulse is None or pulse.teacher != teacher:
            return None
        return {"questions": pulse.counts(self.minimum), "rounds": pulse.progress(self.minimum),
                "pages": len(pulse.choices), "minimum": self.minimum}

    def touch(self, code: str, teacher: str, now: float | None = None) -> None:
        """The teacher did something with the pulse (showed or hid the counts): it is not idle."""
        pulse = self.running.get(code)
        if pulse is not None and pulse.teacher == teacher:
            pulse.active = _now(now)

    def end(self, code: str, teacher: str | None = None) -> bool:
        """End a pulse (only the teacher view that started it may, when `teacher` is given)."""
        pulse = self.running.get(code)
        if pulse is None or (teacher is not None and pulse.teacher != teacher):
            return False
        del self.running[code]
        for page in [p for p, (c, _) in self.joined.items() if c == code]:
            del self.joined[page]
        return True

    def sweep(self, live: Iterable[str], now: float | None = None) -> None:
        """Forget the pages that closed, and the answers of browsers with no page left open; end
        the pulses whose teacher's page closed or that have been idle for `IDLE` seconds."""
        running, now = set(live), _now(now)
        for code, pulse in list(self.running.items()):
            if pulse.teacher not in running or now - pulse.active > IDLE:
                self.end(code)
        for page in [p for p in self.joined if p not in running]:
            code, voter = self.joined.pop(page)
            left = self.running.get(code)
            if left is not None and (code, voter) not in self.joined.values():
                for key in left.choices.pop(voter, {}):
                    left.changed(key)


def read_message(body: bytes, fields: Mapping[str, type]) -> dict[str, Any] | None:
    """A kernel's message: a JSON object with exactly `fields` (name → type), each well formed;
    None for anything else (too big, not JSON, a field missing, extra or of the wrong shape)."""
    if len(body) > MAX_MESSAGE:
        return None
    try:
        message = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(message, dict) or set(message) != set(fields):
        return None
    for name, kind in fields.items():
        value = message[name]
        if type(value) is not kind:  # (a bool is not an answer's number)
            return None
        if isinstance(value, str) and not FORMS.get(name, re.compile(r".{1,200}", re.S)).fullmatch(value):
            return None
        if isinstance(value, int) and not 0 <= value < 100:
            return None
    return message


FORMS = {"question": QUESTION, "kernel": KERNEL, "lesson": re.compile(r"[a-z0-9-]{1,64}/[a-z0-9-]{1,64}"),
         "code": re.compile(r"[A-Z2-9]{6}")}


def _now(now: float | None) -> float:
    return time.monotonic() if now is None else now
