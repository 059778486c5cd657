"""Words a safeguarding lead would refuse in what pupils read, wherever they are written.

- No promise a school may not keep: school staff never promise secrecy ("it stays between us",
  "what is said in this room stays in this room", "I'll keep it secret"), and no one promises
  "you will not be in trouble" (say "you will be helped, not blamed, for telling"). Teacher notes
  and school.yaml are held to this too: a sentence saying *not* to promise it ("Do not promise
  confidentiality") passes.
- Only a service whose own page says it is confidential (`confidential: true` in
  facts/helplines.yaml) may be called confidential, by name, in the same sentence.
- Fiction must not date: no calendar years (a date of birth or a username with a year in it
  is wrong next year). Example passwords are exempt (their activities are not checked).
- No phone numbers: they are facts (facts/helplines.yaml), written once with their source.
- A class-pulse question (`pulse: true`) never asks about the pupil's own life ("Has this happened
  to you?", "Who here has…", "this week", "in our class"): its answers are counted in front of
  the class (`ABOUT_THE_PUPIL`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .numbers import lesson_number_problems
from .texts import text_fields

NO_TROUBLE = re.compile(
    r"\b(?:not|never|won'?t|isn'?t|aren'?t|n't)\s+(?:be\s+|get\s+|getting\s+)?(?:in|into)\s+(?:any\s+)?trouble\b"
    r"|\bno\s+trouble\b", re.IGNORECASE)
# A promise not to pass something on ("we won't tell anyone"), not a groomer's "don't tell anyone",
# which lessons quote as a warning sign.
SECRECY = re.compile(
    r"\b(?:won'?t|will not|never)\s+(?:tell|pass (?:it|this) on to)\s+(?:anyone|anybody|your parents|your family)\b"
    r"|\b(?:stays?|kept|remains?|keep (?:it|this|that|everything))\s+(?:just\s+)?"
    r"(?:between\s+(?:us|you and me|ourselves|the two of us)|in\s+(?:this|the|our)\s+(?:room|class(?:room)?|group))\b"
    r"|\b(?:I|we)\s+keep\s+(?:it|this|that|what you (?:say|tell me|tell us))\s+(?:a\s+)?secret\b"
    r"|(?:'ll|\bwill|\bcan|\bwould)\s+keep\s+(?:it|this|that|what you (?:say|tell (?:me|us|them|her|him)))\s+"
    r"(?:a\s+)?secret\b"  # whoever says it: "Mrs Khan will keep it secret", "I'll keep it a secret"
    r"|\b(?:I|we)\s+(?:won'?t|will not|promise not to)\s+tell\b", re.IGNORECASE)
# A sentence that says not to promise it ("Do not promise confidentiality or to keep it secret").
NOT_PROMISED = re.compile(r"\b(?:do not|don't|never|cannot|can't|must not|mustn't)\s+(?:\w+\s+)?(?:promise|offer)",
                          re.IGNORECASE)
CONFIDENTIAL = re.compile(r"\bconfidential(?:ly|ity)?\b", re.IGNORECASE)
YEAR = re.compile(r"(?<![\d£$€.,:])(?:19[5-9]\d|20\d\d)(?![\d%])")
# A question about the pupil's own life, not about a story or a fact: "Have you ever…", "Has anyone
# sent you…", "Do you use…", "How old are you?". "What should you do?" and "What do you say?" are
# about the story (what the right choice is), and pass.
ABOUT_THE_PUPIL = re.compile(
    r"\b(?:have|had)\s+you\b(?!\s+(?:to|got\s+to)\b)"
    r"|\bhas\s+(?:this|that|it|anyone|anybody|someone|somebody)\s+(?:ever\s+)?\w+\s+(?:\w+\s+)?(?:to\s+)?you\b"
    r"|\b(?:did|has|have|does|do)\s+(?:someone|anyone|somebody|anybody|people)\b[^.?!]*\byou\b"
    r"|\b(?:do|did|are|were|will)\s+you\s+(?:ever|use|have|own|know|feel|think|get|go|play|like|worry|trust)\b"
    r"|\bhow\s+(?:old|often|much|many)\b[^.?!]*\byou\b"
    r"|\bwho\s+(?:here|among\s+you|of\s+you|in\s+(?:this|our|the)\s+(?:room|class|group))\b"
    r"|\bthis\s+(?:week|weekend|month|term|year|morning)\b|\b(?:yesterday|last\s+(?:night|week|weekend))\b"
    r"|\b(?:in|at)\s+(?:your|our|this)\s+(?:life|home|house|family|class|school|room|year group)\b"
    r"|\byour\s+own\b", re.IGNORECASE)
SENTENCE = re.compile(r"(?<=[.!?])\s+")

HELPED = "say what a school can honour instead, e.g. 'You will be helped, not blamed, for telling.'"


def word_problems(text: str, confidential_services: Iterable[str] | None = ()) -> Iterator[str]:
    """Each problem in one piece of pupil-facing text, as a message a curriculum lead can act on.
    `confidential_services` is None while helplines.yaml cannot be read: "confidential" is then
    checked once that file is fixed (its own problems say what is wrong)."""
    named = [name for name in confidential_services or () if name]
    for sentence in SENTENCE.split(str(text)):
        quoted = sentence.strip()
        if m := NO_TROUBLE.search(sentence):
            yield (f"'{m[0]}' promises what a school may not be able to keep ('{quoted}'); {HELPED}")
        not_promised = NOT_PROMISED.search(sentence)
        if (m := SECRECY.search(sentence)) and not not_promised:
            yield (f"'{m[0]}' promises secrecy ('{quoted}'); school staff never promise it: say they will only "
                   "tell the people who need to know, to keep the pupil safe")
        known = confidential_services is not None
        if (known and CONFIDENTIAL.search(sentence) and not not_promised
                and not any(n.lower() in sentence.lower() for n in named)):
            yield (f"calls something confidential ('{quoted}'); only a service whose own page says so may be, by "
                   f"name ({', '.join(named) or 'none is set'}: `confidential: true` in facts/helplines.yaml); "
                   "school staff never promise secrecy")


def dated_problems(text: str) -> Iterator[str]:
    """A year in a story or profile: the fiction goes out of date (ages and years stop matching)."""
    for m in YEAR.finditer(str(text)):
        yield (f"'{m[0]}' is a year, so this will be wrong next year (an age beside it stops adding up); leave "
               "the year out (e.g. 'Birthday: 2 May') and give ages only")


def activity_problems(activity: object, confidential_services: Iterable[str] | None) -> Iterator[tuple[str, str]]:
    """(field path, problem) for every pupil-facing text of an activity."""
    names = None if confidential_services is None else list(confidential_services)
    passwords = getattr(activity, "passwords", False) is True  # its texts are example passwords: a year is no date
    for path, text in text_fields(activity):
        for message in word_problems(text, names):
            yield path, message
        if not passwords:
            for message in [*dated_problems(text), *lesson_number_problems(text)]:
                yield path, message
