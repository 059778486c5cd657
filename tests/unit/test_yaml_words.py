"""YAML mistakes in plain words (content/yaml_words.py): the line with the mistake, what it is and
how to fix it, for what people typing a content file get wrong most."""

from __future__ import annotations

import pytest
import yaml
from safety_lessons.content.yaml_words import cut_off, explain


def explained(text: str) -> tuple[int, str]:
    with pytest.raises(yaml.MarkedYAMLError) as err:
        yaml.compose(text, Loader=yaml.SafeLoader)
    return explain(text, err.value)


@pytest.mark.parametrize(("text", "line", "says"), [
    ("title: Hi\n\tintro: x\n", 2, "a tab at the start of this line; YAML needs spaces"),
    ("title: 'Hi\nintro: x\n", 1, "a quote (') opens the text on this line but is never closed"),
    ("title: Hi: there\n", 1, 'a colon (:) inside text, which YAML reads as the start of a new field; put the '
                              'whole text in quotes: title: "Hi: there"'),
    ("title: Hi\n  intro: x\n", 2, "this line is indented further than line 1, which already has its value"),
    ("a: [1, 2\n", 1, 'text starting with a [ has a special meaning in YAML; put the whole text in quotes: a: "[1, 2"'),
    ('a: "x" y\n', 1, "text in double quotes has a double quote (\") inside it, which ends the text early"),
    ("a: b\n---\nc: d\n", 2, "a line of three dashes (---) starts a second file inside this one; delete the line"),
])
def test_a_mistake_is_said_on_its_own_line(text: str, line: int, says: str) -> None:
    where, message = explained(text)
    assert where == line and message.startswith(says)


def test_a_mistake_no_rule_knows_is_still_one_plain_line() -> None:
    assert explained("a: &x 1\nb: *y\n") == (2, (
        "this line cannot be read (the YAML reader says: found undefined alias 'y'); check its indentation, colons "
        "and quotes, and those of the line above"))


def test_a_hash_after_text_is_a_comment_that_cuts_it_off() -> None:
    line = "    feedback: Well done #1 fan"
    assert cut_off(line, len("    feedback: Well done")) == ("#1 fan", 'feedback: "Well done #1 fan"')
    assert cut_off(line, len(line)) is None
