"""The words pages show around the lessons' own content: feedback, progress, buttons and their hints,
messages, the toolbar, the step bar and the landing page.

    lessons/words/en.yaml     language-tag, words (every band), bands.<band> (a band's own words)

``language:`` in catalogue.yaml picks the file. English is the reference: every word must be in
en.yaml; a word another language has not translated yet is shown in English (`check` warns). A
band's own word wins over the file's word, and the language's words over English ones.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .model import Catalogue, Reading
from .schema import PLACEHOLDER, Problem, Reader, Text, fill, suggest

ENGLISH = "en"
FOLDER = "words"

# Every word the code asks for, and the placeholders it must keep (the page puts a number or a
# name there). Views ask for words by these names (`lesson.words.say("sorted-count", n=1, total=4)`);
# every name the code uses is here, and every one here is used.
PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    "right": (), "try-again": (), "start-again": (), "something-went-wrong": (), "tell-your-teacher": (),
    "needs-fixing-title": (), "needs-fixing": (),
    "sorted-count": ("n", "total"), "done-count": ("n", "total"), "question-number": ("n",),
    "story-number": ("n", "total"), "story-solved": (),
    "choose-tip": ("label",), "restart-story-tip": ("button",), "restart-answers-tip": ("button",),
    "restart-settings-tip": ("button",), "restart-sorting-tip": (), "restart-age-tip": (),
    "restart-matching-tip": (), "restart-clues-tip": (), "restart-edits-tip": (),
    "check-routes-tip": ("button",), "next-story-tip": ("button",), "stronger-tip": ("password",),
    "clue-tip": ("label",), "inbox-action-tip": ("label",), "inbox-done-tip": ("button",),
    "phone-control-tip": ("label",),
    "time-under-a-second": (), "time-second": (), "time-seconds": ("n",), "time-minute": (), "time-minutes": ("n",),
    "time-hour": (), "time-hours": ("n",), "time-day": (), "time-days": ("n",), "time-month": (),
    "time-months": ("n",), "time-year": (), "time-years": ("n",), "time-centuries": (),
    "pretend-phone": ("app",), "chat-messages": (), "password-strength": (), "your-password": (),
    "group-chat": ("name",), "chat-members": (), "chat-thread": ("title",), "member-removed": (),
    "member-muted": (), "thread-removed": ("title",), "message-removed": (), "outside-the-chat": (),
    "private-message-sent": ("name",), "adult-seen": (), "reported-to-app": (),
    "chat-progress": ("n", "done", "total"), "what-you-did": (), "nothing-done-yet": (), "rule-kept": (),
    "rule-broken": (),
    "before-title": (), "before-intro": (), "before-answered": (), "answered-count": ("n", "total"),
    "after-title": (), "after-intro": (), "before-score": ("n", "total"), "before-not-answered": (),
    "after-score": ("n", "total"), "after-learned": (), "after-knew-already": (), "show-of-hands": (),
    "person-trusted-adult": (), "person-safeguarding-lead": (), "person-form-tutor": (),
    "person-parent-carer": (),
    "show-answers": (), "hide-answers": (), "answers-tip": (), "source-note": ("date", "source"),
    "primary-source": (), "secondary-source": (),
    "lesson-tools": (), "all-lessons": (), "teacher-view": (), "pupil-view": (), "display": (),
    "bigger-text": (), "easy-read-font": (), "high-contrast": (), "print": (), "read-aloud": (), "stop-reading": (),
    "read-step-aloud": (), "cannot-read-aloud": (), "lesson-steps": (), "back": (),
    "next": (), "lesson-progress": (), "step-where": ("n", "total", "title"),
    "lesson-stopped": (), "not-your-fault": (), "reload-to-restart": (), "reload-lesson": (),
    "lesson-working-again": (), "away-a-while": (), "away-carry-on": (), "away-start-again": (),
    "take-home-link": (),
    "landing-intro": (), "landing-teachers": (), "policy-point": ("policy",),
    "policy-beyond": ("sources",), "teacher-view-of": ("lesson", "band"),
    "take-home-of": ("lesson", "band"),
    # sign-off (signoff.py): a note on teacher views only, and the page pupils see with `serve --signed-only`
    "not-signed-off": (), "changed-since-sign-off": ("date",), "awaiting-sign-off-title": (), "awaiting-sign-off": (),
    "no-lessons-yet": (), "lessons-need-fixing-title": (), "lessons-need-fixing": (),
    # the server's own pages (notice.html)
    "lessons-busy-title": (), "lessons-busy": (), "lessons-busy-button": (), "open-lesson-title": (),
    "open-lesson": (), "open-lesson-button": (), "class-code-title": (), "class-code": (), "class-code-label": (),
    "class-code-button": (), "teacher-code-title": (), "teacher-code": (), "teacher-code-label": (),
    "teacher-code-button": (), "code-wrong": (), "code-too-many-tries": (),
    # class pulse (notice.html, landing.html, views/pulse.py)
    "pulse-title": (), "pulse-join": (), "pulse-label": (), "pulse-button": (), "pulse-joined": ("minimum",),
    "pulse-unknown": (), "pulse-landing": (), "pulse-counted": ("minimum",), "pulse-start": (), "pulse-start-tip": (),
    "pulse-code": ("code",), "pulse-go": ("address", "link"), "pulse-answered": ("n",), "pulse-show": (),
    "pulse-hide": (), "pulse-end": (), "pulse-hidden": (), "pulse-gone": (), "pulse-needs-server": (),
    "pulse-not-started": (), "pulse-answer-heading": (), "pulse-count-heading": (), "pulse-snapshot": (),
    "pulse-withheld": ("minimum", "n"), "pulse-progress-title": (), "pulse-progress-question": (),
    "pulse-at-start": (), "pulse-at-end": (), "pulse-right-of": ("n", "total"), "pulse-too-few": ("minimum",),
    "pulse-save": (), "pulse-save-tip": (), "pulse-summary-title": (), "pulse-summary-note": ("minimum",),
    "pulse-summary-page": (), "pulse-summary-csv": (), "pulse-summary-lesson": (), "pulse-summary-date": (),
    # the take-home sheet for parents and carers (take-home.html)
    "take-home-for": (), "take-home-intro": (), "take-home-tools": (), "take-home-learned": (), "take-home-talk": (),
    "take-home-check": (), "take-home-if-it-happens": (), "take-home-help": (), "take-home-listen": (),
    "take-home-school": (), "take-home-same-for-all": (),
}

# The words the page's own script uses (the toolbar, the step bar, the "lesson stopped" and "away" notes): the
# page gets them from the template (server/app.py and the static site write them into the notebook).
PAGE = ("lesson-tools", "all-lessons", "teacher-view", "pupil-view", "display", "bigger-text", "easy-read-font",
        "high-contrast", "print", "read-aloud", "stop-reading", "read-step-aloud", "cannot-read-aloud", "lesson-steps",
        "back", "next", "lesson-progress", "step-where",
        "lesson-stopped", "not-your-fault", "reload-to-restart", "reload-lesson", "lesson-working-again",
        "away-a-while", "away-carry-on", "away-start-again", "take-home-link")

# The words of the take-home sheet, read by parents and carers: held to catalogue.yaml's `families`
# reading target, not a band's.
FAMILIES = ("take-home-for", "take-home-intro", "take-home-learned", "take-home-talk", "take-home-check",
            "take-home-if-it-happens", "take-home-help", "take-home-listen", "take-home-school",
            "take-home-same-for-all")

# Said instead of a part of a lesson that has a problem. The words file says it; these English
# words are only for when that file itself cannot be read (`check` names the problem).
UNREADABLE_WORDS = {"needs-fixing-title": "This part of the lesson needs fixing.",
                    "needs-fixing": "Please tell your teacher. You have not done anything wrong.",
                    "tell-your-teacher": "Please tell your teacher."}

PAGE_WORDS = "safety_lessons"  # the notebook metadata holding `Words.page()`, read by the classroom template

# People in school (school.yaml) → the word that names them
PEOPLE = {"trusted-adult": "person-trusted-adult", "safeguarding-lead": "person-safeguarding-lead",
          "form-tutor": "person-form-tutor", "parent-carer": "person-parent-carer"}
CLOSING = "\u201d\u2019\")"  # closing quotes and brackets after a sentence's last mark
_TAG = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")


@dataclass(frozen=True)
class WordsFile:
    """One language's words file (lessons/words/<language>.yaml)."""

    language_tag: str  # the page's language for screen readers, e.g. en-GB
    words: dict[str, Text]
    bands: dict[str, dict[str, Text]] | None = None  # band → the words it says its own way

    def check(self) -> Iterator[tuple[str, str]]:
        if not _TAG.fullmatch(self.language_tag):
            yield "language-tag", (f"'{self.language_tag}' is not a language tag; expected one like en-GB or "
                                   "cy-GB")

    def own(self, band: str | None) -> Mapping[str, Text]:
        return (self.bands or {}).get(band, {}) if band else {}


@dataclass(frozen=True)
class Words:
    """The words one band's pages use, in the catalogue's language (in English where it has none)."""

    language_tag: str
    texts: Mapping[str, str] = field(repr=False)

    def say(self, key: str, **values: object) -> str:
        """Word `key` with its placeholders filled: ``say("story-number", n=2, total=5)``."""
        return fill(self.texts[key], values)

    def policy(self, catalogue: Catalogue, topic_id: str) -> str:
        """What a topic teaches, as the landing page says it: its point of §5.5, or where a topic beyond it
        comes from."""
        topic = catalogue.topics[topic_id]
        beyond = catalogue.beyond(topic)
        return self.say("policy-beyond", sources=beyond) if beyond else self.say("policy-point", policy=topic.policy)

    def people(self) -> dict[str, str]:
        """What pupils call each person in school (route id → name), e.g. "A trusted adult"."""
        return {who: self.texts[key] for who, key in PEOPLE.items()}

    def page(self) -> dict[str, object]:
        """What the page's own script needs: its language and the words of its toolbar and notes."""
        return {"lang": self.language_tag, "words": {key: self.texts[key] for key in PAGE}}


def resolve(files: Iterable[WordsFile], band: str | None) -> Words:
    """The words of `band` (None: a page of no band, e.g. the landing page) from `files`, the
    catalogue's language first and English last: a band's own word, then the file's, then the
    next file's. Every word is expected to be somewhere (`key_problems` on English says so)."""
    files = list(files)
    texts: dict[str, str] = {}
    for key in PLACEHOLDERS:
        for words_file in files:
            found = words_file.own(band).get(key) or words_file.words.get(key)
            if found is not None:
                texts[key] = str(found)
                break
    return Words(files[0].language_tag, texts)


def read_words_file(path: Path, file: str) -> tuple[WordsFile | None, dict[str, int], list[Problem]]:
    """A words file, the line of each of its entries (``words.print``, ``bands.ages-4-7.right``),
    and the problems found reading it."""
    reader = Reader(file)
    if not path.is_file():
        return None, {}, [Problem(file, 1, "(file)", "is missing; expected the words pages show around the "
                                  "lessons (copy words/en.yaml and translate it)")]
    node = reader.parse(path)
    if node is None:
        return None, {}, reader.problems
    value = reader.read(node, WordsFile, "")
    return value, entry_lines(node), reader.problems


def entry_lines(node: yaml.Node, path: str = "") -> dict[str, int]:
    """The line of every named entry under `node`, by its dotted path."""
    lines: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            here = f"{path}.{key_node.value}" if path else str(key_node.value)
            lines[here] = key_node.start_mark.line + 1
            lines.update(entry_lines(value_node, here))
    return lines


def key_problems(words_file: WordsFile, lines: Mapping[str, int], file: str, bands: Iterable[str],
                 english: WordsFile | None) -> Iterator[Problem]:
    """Unknown words and bands, placeholders lost or unknown, and missing words: a problem in
    English (`english` is None), a warning in another language (pages show the English word)."""
    bands = list(bands)
    sections = [("words", words_file.words)]
    for band, own in (words_file.bands or {}).items():
        where = f"bands.{band}"
        if band not in bands:
            yield Problem(file, lines.get(where, 1), where, f"'{band}' is not a band in catalogue.yaml; expected "
                          f"one of: {', '.join(bands)}{suggest(band, bands)}")
            continue
        sections.append((where, own))
    for where, texts in sections:
        for key, text in texts.items():
            line = lines.get(f"{where}.{key}", 1)
            if key not in PLACEHOLDERS:
                yield Problem(file, line, f"{where}.{key}", "is not a word the pages use"
                              f"{suggest(key, PLACEHOLDERS)}; correct its name or remove it")
                continue
            for message in placeholder_problems(text, PLACEHOLDERS[key]):
                yield Problem(file, line, f"{where}.{key}", message)
    missing = [key for key in PLACEHOLDERS if key not in words_file.words]
    if english is None:
        for key in missing:
            yield Problem(file, lines.get("words", 1), f"words.{key}", f"is missing; pages need it: add `{key}:` "
                          "under words:, with the words to show there")
    elif missing:
        shown = ", ".join(f"{key} ({english.words[key]!r})" if key in english.words else key for key in missing)
        yield Problem(file, lines.get("words", 1), "words", f"{len(missing)} of the words are not in this language "
                      f"yet, so pages show them in English: {shown}; add them under words:", warning=True)


def placeholder_problems(text: str, expected: tuple[str, ...]) -> Iterator[str]:
    used = PLACEHOLDER.findall(text)
    names = ", ".join(f"{{{name}}}" for name in expected)
    for name in expected:
        if name not in used:
            yield (f"has no {{{name}}}; keep every placeholder of this word ({names}): the page puts a number "
                   "or a name there")
    for name in dict.fromkeys(used):
        if name not in expected:
            allowed = f"it can use {names}" if expected else "this word has no placeholders"
            yield f"'{{{name}}}' is not something the page can fill in here; {allowed}"


def sentences(texts: Mapping[str, str]) -> dict[str, str]:
    """The words that are sentences (they end with . ! or ?), by name: they are reading-level
    checked; labels ("Print", "Good:") are not."""
    return {key: text for key, text in texts.items() if text.rstrip(CLOSING).endswith((".", "!", "?"))}


def reading_problems(words_file: WordsFile, lines: Mapping[str, int], file: str, band: str,
                     target: Reading) -> Iterator[Problem]:
    """Where a band's sentences (its own words, then the file's) are harder to read than the band's
    targets: each sentence is a passage, held to the same rules as a lesson's (content/reading.py).
    `band` "families" holds the take-home sheet's words (`FAMILIES`) to the families' target."""
    from .reading import Passage, passage_problems

    own = words_file.own(band)
    keys = set(FAMILIES) if band == "families" else set(PLACEHOLDERS) - set(FAMILIES)
    texts = {key: str(text) for key, text in {**words_file.words, **own}.items() if key in keys}
    passages = []
    for key, text in sentences(texts).items():
        where = f"bands.{band}.{key}" if key in own else f"words.{key}"
        passages.append(Passage(file, lines.get(where, 1), where, text))
    problems, _ = passage_problems(passages, target)
    for problem in problems:
        pages = "the take-home sheet" if band == "families" else f"{band} pages"
        yield dataclasses.replace(problem, message=f"on {pages}, this {problem.message}")
