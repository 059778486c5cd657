"""UK phone and text numbers: a mistyped helpline number must never reach a pupil.

A number is written once, in a fact (facts/helplines.yaml). `check` reads every run of digits
there and refuses one that cannot be a UK number to call or text; in a lesson it refuses any
number at all that looks like one (it belongs in the facts, with its source).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# A run of digits, single spaces allowed inside ("0800 1111", "116 123"); not part of a word,
# a price, a time ("10am"), a decimal or a list of thousands.
_RUN = re.compile(r"(?<![\w£$€.,:/+-])\d(?:\d| (?=\d))*(?![\w%]|[.,:/]\d)")

SERVICE = {"999", "112", "101", "111", "105"}  # emergency and national short numbers
TEXT_CODE = re.compile(r"[678]\d{4,5}|7726")  # SMS short codes: 5 or 6 digits (6…, 7…, 8…), and 7726 (spam)
HARMONISED = re.compile(r"116\d{3}")  # European numbers for services of social value (116 123, 116 111)
SHORT_FREEPHONE = re.compile(r"080[08]\d{4}")  # the few 8-digit freephone numbers, e.g. 0800 1111
# 01 geographic: 10 or 11 digits; 0800 freephone: 10 or 11; 02, 03, 05, 07, 08, 09: 11.
NATIONAL = re.compile(r"01\d{8,9}|0800\d{6}|0[235789]\d{9}")
# Ofcom's numbers reserved for drama: never anyone's, so made-up profiles may show them.
DRAMA = re.compile(r"07700900\d{3}|01632960\d{3}|02079460\d{3}|01[1-9]14960\d{3}|0[12]\d{2}4960\d{3}"
                   r"|02890180\d{3}|02920180\d{3}|01914980\d{3}|08081570\d{3}|09098790\d{3}|03069990\d{3}")


def numbers_in(text: str) -> Iterator[str]:
    """Every run of three or more digits (spaces inside kept, as written)."""
    for m in _RUN.finditer(text):
        if len(m[0].replace(" ", "")) >= 3:
            yield m[0]


def is_uk_number(written: str) -> bool:
    digits = written.replace(" ", "")
    return (digits in SERVICE or any(p.fullmatch(digits) for p in (TEXT_CODE, HARMONISED, SHORT_FREEPHONE, NATIONAL)))


def looks_like_phone(written: str) -> bool:
    """A number a lesson should not hold: a UK number, or something that starts like one."""
    digits = written.replace(" ", "")
    return is_uk_number(written) or (digits.startswith("0") and len(digits) >= 7)


def number_problems(text: str) -> Iterator[str]:
    """Why each number in a fact's text cannot be a UK number to call or text."""
    for written in numbers_in(text):
        if not is_uk_number(written):
            digits = written.replace(" ", "")
            yield (f"'{written}' is not a UK phone or text number ({len(digits)} digits); check it against the "
                   "source: numbers starting 0 have 11 digits (01 and 0800 numbers may have 10, and a few "
                   "freephone numbers 8, like 0800 1111), text short codes 5 or 6, and 999, 101, 111 and 116 "
                   "numbers are as written")


def lesson_number_problems(text: str) -> Iterator[str]:
    """A phone number written into a lesson: it belongs in facts/helplines.yaml, with its source.
    A made-up person's number must be one Ofcom keeps for drama (e.g. 07700 900123)."""
    for written in numbers_in(text):
        if looks_like_phone(written) and not DRAMA.fullmatch(written.replace(" ", "")):
            yield (f"'{written}' looks like a phone number; numbers live in facts/helplines.yaml, with their "
                   "source: name the service instead (its help card shows the number). For a made-up "
                   "person, use a number Ofcom keeps for drama, e.g. 07700 900123")
