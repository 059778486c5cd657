"""Reading level of each passage a pupil reads, against the band's targets (lessons/catalogue.yaml
`reading:`).

A *passage* is what a pupil reads in one go:
- each pupil Markdown cell of a notebook (teacher notes are left out); its headings are titles,
  short texts of their own;
- each piece of pupil-facing text in a lesson's YAML (a feedback, a story node's text, a message,
  an intro …), except that a quiz question is read with its answer options, so they are one passage.

Flesch Reading Ease (textstat) means little for a text of a few words (one long word in a button
label moves it by 30 points), so a passage of fewer than `MIN_WORDS` words (a title, a button, a
name) is not scored by it; the sentence and long-word checks still read it. Example passwords
(`JellySockRocket`, code spans) and placeholders (`{age}`) are read as the word "it". Facts' words
(a helpline's `when`, an app's `also`) are not a lesson's: every band shows the same words, so they
are not held to one band's target (the review pack shows them with each lesson).
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
import statistics
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .model import Reading
from .notebooks import TEACHER, Cell, pupil_prose
from .schema import PLACEHOLDER, Problem, line_in, line_of
from .texts import text_fields

MIN_WORDS = 8  # fewer words than this: too short to score by Flesch Reading Ease
# An example password or app name written as one word (JellySockRocket, Sam2015, TikTok), not a
# word a pupil reads aloud: scored as "it".
_MADE_UP = re.compile(r"\b(?=[A-Za-z0-9]*(?:[a-z][A-Z]|[A-Za-z]\d|\d[A-Za-z]))[A-Za-z0-9]+\b")
_END = re.compile(r"([.!?][\"'\u201d\u2019)\]]*)\s+")  # a sentence's end (kept), then a space
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
# A quiz's answer options are read with their question: one passage.
_READ_WITH = re.compile(r"^(?P<owner>.*)\.answers\[\d+\]\.answer$")
_HEADING = re.compile(r"^#+[ \t]*(.+?)[ \t]*#*$", re.MULTILINE)


@dataclass(frozen=True)
class Passage:
    """One passage: where `check` names it (file, line, field) and its text as plain sentences.
    A notebook cell has line 0: it is named by its number and heading, not a line of the file."""

    file: str
    line: int
    field: str
    text: str
    # a notebook cell's lines in its file, (number, text): a problem names the line of its sentence
    source: tuple[tuple[int, str], ...] = ()

    def line_of(self, quoted: str) -> int:
        """The line of the file a problem's quoted sentence (or word) is on: a YAML text's own line,
        or in a notebook cell, the first line holding its first words (the cell's line if none does)."""
        words = re.sub(r"[^\w\s'-]", " ", quoted).split()
        for size in (6, 3, 1):  # Markdown (**bold**, links) may split a sentence's first words
            probe = " ".join(words[:size])
            for number, text in self.source if probe else ():
                if probe in " ".join(re.sub(r"[^\w\s'-]", " ", text.replace("\\n", " ")).split()):
                    return number
        return self.source[0][0] if self.source else self.line


@dataclass(frozen=True)
class Score:
    """How hard a passage is to read."""

    ease: float | None  # Flesch Reading Ease (higher is easier); None: too short to score
    hardest: str  # the sentence with the lowest reading ease
    longest: str  # the sentence with the most words
    longest_words: int
    long_words: tuple[str, ...]  # words the band counts as long (read-aloud bands only)


def sentences(text: str) -> list[str]:
    """A passage's sentences, as written (a closing quote or bracket stays with its sentence)."""
    parts = _END.split(text)  # text, end, text, end, …, text
    joined = ("".join(parts[i:i + 2]).strip() for i in range(0, len(parts), 2))
    return [s for s in joined if s]


def words(text: str) -> int:
    import textstat

    return int(textstat.lexicon_count(text))


def readable(text: str) -> str:
    """Text as it is scored: placeholders ({age}) and made-up words (JellySockRocket) read as "it"."""
    return _MADE_UP.sub("it", PLACEHOLDER.sub("it", text))


@functools.lru_cache(maxsize=16384)  # the same passage scores the same: `check` again, or another band's copy
def score(text: str, target: Reading) -> Score:
    """How hard one passage is (its sentences are quoted as written)."""
    import textstat

    plain = readable(text)
    parts = sentences(text) or [text]
    lengths = [words(readable(s)) for s in parts]
    longest = max(range(len(parts)), key=lambda i: lengths[i])
    ease = float(textstat.flesch_reading_ease(plain)) if words(plain) >= MIN_WORDS else None
    hardest = (min(parts, key=lambda s: float(textstat.flesch_reading_ease(readable(s)))) if ease is not None
               else parts[longest])
    long_words: tuple[str, ...] = ()
    if target.long_word_syllables is not None:
        found = [w.strip("'\u2019-") for w in _WORD.findall(plain)]
        long_words = tuple(dict.fromkeys(w for w in found if textstat.is_difficult_word(w, target.long_word_syllables)))
    return Score(ease, hardest, parts[longest], lengths[longest], long_words)


def problems_of(level: Score, target: Reading) -> list[tuple[str, bool]]:
    """(message, is a warning) for one passage: its reading ease or its longest sentence (whichever
    the band sets; one message, naming the sentence to change), then its long words."""
    found: list[tuple[str, bool]] = []
    if target.ease_min is not None and level.ease is not None and level.ease < target.ease_min:
        found.append((f"reads at {math.floor(level.ease)} (Flesch Reading Ease, higher is easier), below this band's "
                      f"{target.ease_min}; the hardest sentence is \"{level.hardest}\"; use shorter sentences "
                      "and shorter, everyday words", False))
    elif target.sentence_words_max is not None and level.longest_words > target.sentence_words_max:
        found.append((f"has a sentence of {level.longest_words} words, more than this band's "
                      f"{target.sentence_words_max} (read aloud, a child hears it once): \"{level.longest}\"; "
                      "split it into shorter sentences", False))
    elif target.sentence_words_warn is not None and level.longest_words > target.sentence_words_warn:
        found.append((f"has a sentence of {level.longest_words} words, more than this band's "
                      f"{target.sentence_words_warn}: \"{level.longest}\"; split it if you can", True))
    if level.long_words:
        listed = ", ".join(f"'{w}'" for w in level.long_words)
        found.append((f"{listed} {'is a long word' if len(level.long_words) == 1 else 'are long words'} for this "
                      f"band ({target.long_word_syllables} syllables or more, and not among the words most young "
                      "children know); use a shorter, everyday word", False))
    return found


# -- what a pupil reads, as passages ---------------------------------------------------------------


def heading_of(cells: list[Cell], cell: Cell) -> str:
    """How a cell is named in a message: its number as JupyterLab counts, and its heading (or the
    heading above it)."""
    own = _HEADING.search(cell.source)
    if own:
        return f'cell {cell.index} ("{own[1]}")'
    for before in reversed(cells[: cell.index - 1]):
        if before.kind == "markdown" and TEACHER not in before.tags:
            found = _HEADING.findall(before.source)
            if found:
                return f'cell {cell.index} (under "{found[-1]}")'
    return f"cell {cell.index}"


def cell_texts(cell: Cell) -> list[str]:
    """What a pupil reads in one Markdown cell: each heading (a title, a short text of its own, as
    an activity's `title` is), then its prose as one passage."""
    texts = [as_sentences([heading]) for heading in _HEADING.findall(cell.source)]
    # code spans (example passwords) as written: `score` reads made-up words as "it"
    prose = _HEADING.sub("", cell.source).replace("`", "")
    return [*texts, pupil_prose([dataclasses.replace(cell, source=prose)])]


def cell_passages(file: str, cells: list[Cell], lines: list[str] | None = None) -> Iterator[Passage]:
    """Each Markdown cell a pupil reads (teacher notes left out), named by number and heading, and
    with `lines` (the notebook file's), by the line of the sentence a problem is about."""
    for cell in cells:
        if cell.kind == "markdown" and TEACHER not in cell.tags:
            where = heading_of(cells, cell)
            source = _cell_lines(cells, cell, lines) if lines else ()
            yield from (Passage(file, 0, where, text, source) for text in cell_texts(cell) if text)


def _cell_lines(cells: list[Cell], cell: Cell, lines: list[str]) -> tuple[tuple[int, str], ...]:
    """The notebook file's lines from a cell's start to the next cell's, numbered from 1."""
    end = cells[cell.index].line - 1 if cell.index < len(cells) else len(lines)
    return tuple((n, lines[n - 1]) for n in range(cell.line, max(end, cell.line) + 1) if n <= len(lines))


def activity_passages(file: str, activities: dict[str, object]) -> Iterator[Passage]:
    """Each piece of pupil-facing text in a lesson's activities (a quiz question with its answer
    options), with the line and field of its YAML. Words written once and shown twice (a YAML
    `&anchor` and `*alias`) are one passage, named where they are first shown."""
    seen: set[tuple[int, str]] = set()
    for name, activity in activities.items():
        grouped: dict[str, list[str]] = {}
        for path, text in text_fields(activity):
            m = _READ_WITH.match(path)
            grouped.setdefault(f"{m['owner']}.question" if m else path, []).append(text)
        for path, texts in grouped.items():
            line = line_in(activity, path, line_of(activity))
            field = path.removesuffix(".question") + " (question and answers)" if len(texts) > 1 else path
            passage = Passage(file, line, f"activities.{name}.{field}", as_sentences(texts))
            if (line, passage.text) not in seen:
                seen.add((line, passage.text))
                yield passage


def as_sentences(texts: Iterable[str]) -> str:
    """Texts as one passage: each ends as a sentence (a label or an answer option has no full stop)."""
    cleaned = (t.strip() for t in texts)
    return " ".join(t if t.endswith((".", "!", "?", ":")) else t + "." for t in cleaned if t)


# -- problems -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scored:
    passage: Passage
    score: Score


def passage_problems(passages: Iterable[Passage], target: Reading) -> tuple[list[Problem], list[Scored]]:
    """Every passage harder than the band's targets, and every passage with its score."""
    problems, scored = [], []
    for passage in passages:
        level = score(passage.text, target)
        scored.append(Scored(passage, level))
        for message, warning in problems_of(level, target):
            quoted = re.search(r'"([^"]+)"', message) or re.search(r"'([^']+)'", message)
            line = passage.line_of(quoted[1]) if passage.source and quoted else passage.line
            problems.append(Problem(passage.file, line, passage.field, message, warning))
    return problems, scored


def median_problems(file: str, line: int, band: str, scored: list[Scored], target: Reading) -> list[Problem]:
    """The band's median passage against its target (lessons/catalogue.yaml `ease-median-min`)."""
    eases = [s.score.ease for s in scored if s.score.ease is not None]
    if target.ease_median_min is None or not eases:
        return []
    median = statistics.median(eases)
    if median >= target.ease_median_min:
        return []
    hardest = sorted((s for s in scored if s.score.ease is not None), key=lambda s: s.score.ease or 0)[:3]
    where = "; ".join(f"{s.passage.file}{f':{s.passage.line}' if s.passage.line else ''} {s.passage.field} "
                      f"({math.floor(s.score.ease or 0)})" for s in hardest)
    return [Problem(file, line, f"bands.{band}.reading.ease-median-min",
                    f"the middle (median) of this band's {len(eases)} scored passages reads at {math.floor(median)} "
                    f"(Flesch Reading Ease), below its {target.ease_median_min}; make its harder passages easier, "
                    f"starting with: {where}")]


def target_words(target: Reading) -> str:
    """A band's targets in a sentence (the review pack)."""
    parts = []
    if target.ease_min is not None:
        parts.append(f"every passage of {MIN_WORDS} words or more at least {target.ease_min} Flesch Reading Ease")
    if target.ease_median_min is not None:
        parts.append(f"the band's median passage at least {target.ease_median_min}")
    if target.sentence_words_max is not None:
        parts.append(f"no sentence over {target.sentence_words_max} words")
    if target.sentence_words_warn is not None:
        parts.append(f"a warning for a sentence over {target.sentence_words_warn} words")
    if target.long_word_syllables is not None:
        parts.append(f"no word of {target.long_word_syllables} syllables or more that most young children do not know")
    return "; ".join(parts)
