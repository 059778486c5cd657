"""Every piece of pupil-facing text in a section, with its path (content/texts.py): what the
safeguarding, number and reading checks read, named as a content file writes it."""

from __future__ import annotations

from dataclasses import dataclass

from safety_lessons.content.schema import Text
from safety_lessons.content.texts import text_fields


@dataclass(frozen=True)
class Answer:
    answer: Text
    feedback: Text
    correct: bool = False


@dataclass(frozen=True)
class Question:
    ask_first: Text
    answers: tuple[Answer, ...]
    note: str = "for teachers"  # plain str: not pupil-facing
    by_band: dict[str, Text] | None = None


def test_paths_are_written_as_content_files_name_them_and_only_text_is_read() -> None:
    question = Question(Text("Who?"), (Answer(Text("Me"), Text("Yes")), Answer(Text("You"), Text("No"))),
                        by_band={"ages-4-7": Text("Who can help?")})
    assert list(text_fields(question)) == [
        ("ask-first", "Who?"), ("answers[1].answer", "Me"), ("answers[1].feedback", "Yes"),
        ("answers[2].answer", "You"), ("answers[2].feedback", "No"), ("by-band.ages-4-7", "Who can help?")]


def test_a_prefix_names_where_the_section_sits() -> None:
    assert list(text_fields([Text("a"), "b"], "steps")) == [("steps[1]", "a")]
    assert list(text_fields(None)) == [] and list(text_fields(3)) == []
