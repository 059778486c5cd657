"""Words a pupil would see unfinished (content/leftovers.py): an instruction left from `safety-lessons
new` and a `{…}` nothing fills in, in a YAML text, a Template's text or a Markdown cell."""

from __future__ import annotations

from safety_lessons.content.leftovers import (
    all_problems,
    cell_problems,
    instructions,
    leftover,
    text_problems,
    unfilled,
)

SCAFFOLD = ("Write question one here.", "Say why this answer is right.", "Write it")
PHRASES = instructions(SCAFFOLD)


def test_instructions_are_read_from_what_new_writes() -> None:
    assert PHRASES == ("write question one here", "say why this answer is right")  # "Write it": too short


def test_a_leftover_instruction_is_quoted_as_written() -> None:
    assert leftover("Intro.  Write   question one HERE.", PHRASES) == "Write question one HERE"
    assert leftover("Write your own question.", PHRASES) is None
    [problem] = text_problems("Write question one here.", PHRASES)
    assert problem == ('still has the example words from `safety-lessons new` ("Write question one here"); '
                       "replace them with your own")


def test_braces_are_unfilled_unless_a_template_fills_that_name() -> None:
    assert unfilled("You are {age} and {Name}.", template=False) == ["{age}", "{Name}"]
    assert unfilled("You are {age} and {Name}.", template=True) == ["{Name}"]
    assert list(text_problems("Hi {name}", (), template=True)) == []  # a place the page fills
    [plain] = text_problems("Hi {Name} and {Name}", ())  # said once
    assert plain == "{Name} is shown to pupils as it is written (nothing fills it in here); write the words out"


def test_a_markdown_cell_may_show_braces_in_code_and_plain_texts_are_named() -> None:
    assert list(cell_problems("Type `{name}` to see it. Say why this answer is right.", PHRASES)) == [
        'still has the example words from `safety-lessons new` ("Say why this answer is right"); replace them '
        "with your own"]
    assert [where for where, _ in all_problems([("school.yaml trusted-adult", "Hi {x}"), ("b", "fine")], ())] == [
        "school.yaml trusted-adult"]
