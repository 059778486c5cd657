"""`check` as a curriculum lead reads it (issue 14, points 1, 2 and 7): each problem said once,
with its root cause and not its knock-ons; YAML mistakes in plain words with the fix and the
line; help that explains (`kinds KIND`, `check --help`, notebook cells by number and heading).

Each test breaks a copy of the shipped lessons the way a person would, and asserts the exact line
`check` prints and how many times it prints it."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from safety_lessons.authoring.check import check
from safety_lessons.cli import main
from safety_lessons.content import schema
from safety_lessons.content.yaml_words import explain

Edit = Callable[[str, str, str], Path]

# Words a curriculum lead should never have to decode.
JARGON = re.compile(r"mapping|scalar|<block|block end|token|widgets/|Logic belongs|\bnode\b|Traceback|codec|"
                    r"\bNone\b|dataclass|\bstr\b", re.IGNORECASE)


def lines(root: Path) -> list[str]:
    return [str(p) for p in check(root).problems]


def counted(unread: int = 0) -> str:
    """How `check` counts the shipped lessons and content files (each lesson's YAML and the eight shared
    files: catalogue, school, characters, words and the four facts files), less those it cannot read."""
    lessons = sum(1 for _ in (Path(__file__).resolve().parents[2] / "lessons").glob("ages-*/*.ipynb"))
    return f"{lessons} lessons and {lessons + 8 - unread} content files checked"


def run(root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    code = main(["check", str(root)])
    return code, capsys.readouterr().out.splitlines()


# -- 1. each problem once --------------------------------------------------------------------------
def test_a_broken_school_yaml_is_one_problem(lessons_copy: Path, edit: Edit,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    edit("school.yaml", "  words: A parent,", "  words: Ask: a parent,")
    code, out = run(lessons_copy, capsys)
    assert code == 1
    assert out == [
        "lessons/school.yaml:21: (YAML): a colon (:) inside text, which YAML reads as the start of a new field; put "
        'the whole text in quotes: words: "Ask: a parent, a carer or a teacher. Any adult you trust."',
        f"{counted(unread=1)}: 1 problem, 0 warnings",
    ]


def test_a_broken_helplines_yaml_is_one_problem_not_one_per_lesson(lessons_copy: Path, edit: Edit,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    edit("facts/helplines.yaml", "  name: Childline\n", "  name: Childline: free help\n")
    code, out = run(lessons_copy, capsys)
    assert code == 1
    assert out == [
        "lessons/facts/helplines.yaml:31: (YAML): a colon (:) inside text, which YAML reads as the start of a new "
        'field; put the whole text in quotes: name: "Childline: free help"',
        f"{counted()}: 1 problem, 0 warnings",
    ]


def test_knock_ons_of_a_facts_file_are_folded_into_its_problem(lessons_copy: Path, edit: Edit) -> None:
    """A date mistyped in apps.yaml used to add 'uses facts whose file has problems' to each of the
    8 age-limit activities that show apps; now the one line in apps.yaml says it all."""
    path = edit("facts/apps.yaml", "  checked: 2026-11-30\n", "  checked: 30/11/2026\n")
    found = lines(lessons_copy)
    line = path.read_text(encoding="utf-8").splitlines().index("  checked: 30/11/2026") + 1
    assert found == [f"lessons/facts/apps.yaml:{line}: whatsapp.checked: '30/11/2026' is not a date written like "
                     "2026-11-25"]


def test_a_broken_helplines_yaml_does_not_hide_a_lessons_own_problems(lessons_copy: Path, edit: Edit) -> None:
    edit("facts/helplines.yaml", "  checked: 2026-11-30\n", "  checked: last week\n")
    edit("ages-7-11/passwords.yaml", "    add-button:", "    add-buton:")
    found = lines(lessons_copy)
    assert [p.split(": ")[0] for p in found] == ["lessons/facts/helplines.yaml:42",
                                                  "lessons/ages-7-11/passwords.yaml:10"]


def test_a_misspelt_field_is_one_problem_not_also_a_missing_one(lessons_copy: Path, edit: Edit) -> None:
    edit("ages-7-11/passwords.yaml", "    add-button:", "    add-buton:")
    assert lines(lessons_copy) == [
        "lessons/ages-7-11/passwords.yaml:10: activities.three-words.add-buton: unknown field; expected one of: kind, "
        "title, intro, character, reminder, words, add-button, restart-button, steps, strength (did you mean "
        "'add-button'?)"]


def test_confidential_is_checked_once_helplines_yaml_can_be_read(lessons_copy: Path, edit: Edit) -> None:
    """While helplines.yaml cannot be read, which services are confidential is not known: a lesson
    naming Childline as confidential is not reported as a knock-on."""
    edit("ages-7-11/passwords.yaml", "question: Sort these made-up passwords.",
         "question: Sort these made-up passwords. Childline is confidential.")
    assert not [p for p in lines(lessons_copy) if "confidential" in p]
    edit("facts/helplines.yaml", "  checked: 2026-11-30\n", "  checked: last week\n")
    assert lines(lessons_copy) == ["lessons/facts/helplines.yaml:42: childline.checked: 'last week' is not a date "
                                   "written like 2026-11-25"]


def test_a_value_that_cannot_be_read_is_not_also_broken_rules(lessons_copy: Path, edit: Edit) -> None:
    """'seven' is not a number: that is the problem, not also 'needs a whole number' from the
    rule that a PEGI-rated game has an age."""
    path = edit("facts/apps.yaml", "  limit: pegi\n  age: 7\n", "  limit: pegi\n  age: seven\n")
    line = path.read_text(encoding="utf-8").splitlines().index("  age: seven") + 1
    assert lines(lessons_copy) == [f"lessons/facts/apps.yaml:{line}: minecraft-dungeons.age: 'seven' is not a whole "
                                   "number"]


def test_one_problem_and_one_warning_are_counted_in_the_singular(lessons_copy: Path, edit: Edit) -> None:
    edit("ages-7-11/passwords.yaml", "    add-button:", "    add-buton:")
    (lessons_copy / "ages-7-11" / "passwords.yaml.bak").write_text("x", encoding="utf-8")
    assert check(lessons_copy).summary() == f"{counted()}: 1 problem, 1 warning"


# -- 2. YAML mistakes in plain words -----------------------------------------------------------------
TITLE = "    title: Strong or weak?"  # ages-7-11/passwords.yaml, line 34
PASSWORDS = "lessons/ages-7-11/passwords.yaml"


@pytest.mark.parametrize(("new", "expected"), [
    ("    title: Strong or weak: you decide",
     '34: (YAML): a colon (:) inside text, which YAML reads as the start of a new field; put the whole text in '
     'quotes: title: "Strong or weak: you decide"'),
    ("\ttitle: Strong or weak?",
     "34: (YAML): a tab at the start of this line; YAML needs spaces: replace the tab with spaces"),
    ("     title: Strong or weak?",
     "34: (YAML): this line is indented further than line 33, which already has its value; the fields of one "
     "section start in the same column, and so do the '- ' of one list: indent with spaces to line it up (or, "
     "if it continues the text of line 33, take out its colon)"),
    ("   title: Strong or weak?",
     "34: (YAML): this line does not line up with the line above: it starts after 3 spaces, line 33 after 4; "
     "the fields of one section start in the same column, and so do the '- ' of one list: indent with spaces "
     "to line it up"),
    ("    title: \"Strong or weak?",
     '34: (YAML): a quote (") opens the text on this line but is never closed; end the text with " on the same '
     "line"),
    ("    title: 'Sam's passwords'",
     "34: (YAML): text in single quotes has an apostrophe (') inside it, which ends the text early; write it "
     "twice ('') or use double quotes: title: \"Sam's passwords\""),
    ("    title: [Strong or weak?",
     '34: (YAML): text starting with a [ has a special meaning in YAML; put the whole text in quotes: title: '
     '"[Strong or weak?"'),
    ("    title: *Strong* or weak?",
     '34: (YAML): text starting with a * has a special meaning in YAML; put the whole text in quotes: title: '
     '"*Strong* or weak?"'),
    ("    title: Strong or weak?\n    title: Which is which?",
     "35: activities.strong-or-weak.title: appears twice (first on line 34); keep one"),
])
def test_yaml_mistakes_are_said_plainly_with_the_fix(lessons_copy: Path, edit: Edit, new: str,
                                                     expected: str, monkeypatch: pytest.MonkeyPatch) -> None:
    edit("ages-7-11/passwords.yaml", TITLE, new)
    assert lines(lessons_copy) == [f"{PASSWORDS}:{expected}"]
    monkeypatch.setattr(schema, "LOADER", yaml.SafeLoader)  # the static site's parser says the same
    assert lines(lessons_copy) == [f"{PASSWORDS}:{expected}"]


def test_a_hash_that_cuts_text_off_is_a_warning(lessons_copy: Path, edit: Edit) -> None:
    edit("ages-7-11/passwords.yaml", TITLE, "    title: #1 tip!")
    edit("ages-4-7/passwords.yaml", "feedback: A mum, dad or carer can help keep your password safe.",
         "feedback: A mum, dad or carer can help # really")
    report = check(lessons_copy)
    assert report.errors == []
    assert [str(p) for p in report.problems] == [
        "lessons/ages-4-7/passwords.yaml:18: activities.who-can-know.cards[1].feedback: warning: '# really' is read "
        "as a note for authors, not text (after a space, # starts a note), so pupils see only 'A mum, dad or carer "
        "can help'; if it is part of the text, put the whole text in quotes: feedback: \"A mum, dad or carer can "
        "help # really\" (a note for authors goes on a line of its own)",
        f"{PASSWORDS}:34: activities.strong-or-weak.title: warning: '#1 tip!' is read as a note for authors, not "
        "text (after a space, # starts a note), so there is no text; if it is part of the text, put the whole text "
        "in quotes: title: \"#1 tip!\" (a note for authors goes on a line of its own)",
    ]


def test_a_hash_that_leaves_required_text_empty_is_a_problem(lessons_copy: Path, edit: Edit) -> None:
    edit("ages-7-11/passwords.yaml", "    question: Sort these made-up passwords.", "    question: #1 question")
    assert lines(lessons_copy) == [
        f"{PASSWORDS}:35: activities.strong-or-weak.question: '#1 question' is read as a note for authors, not text "
        "(after a space, # starts a note), so there is no text; if it is part of the text, put the whole text in "
        "quotes: question: \"#1 question\" (a note for authors goes on a line of its own)"]


def test_a_character_that_is_not_utf8_is_named_with_its_line(lessons_copy: Path) -> None:
    path = lessons_copy / "ages-7-11" / "passwords.yaml"
    path.write_bytes(path.read_bytes().replace(b"Strong or weak?", "Strong or weak? £1".encode("latin-1"), 1))
    assert lines(lessons_copy) == [
        f"{PASSWORDS}:34: (file): has a character that is not UTF-8 (byte A3), often a £, an accented letter or a "
        "curly quote pasted from another program; retype it, or save the file as UTF-8 (in most editors: Save As, "
        "Encoding: UTF-8)"]


@pytest.mark.parametrize(("file", "expected"), [
    ("school.yaml", "who pupils can go to in school: `trusted-adult:`, `safeguarding-lead:` and any other roles, "
                    "one a line (and, if needed, `hidden:`)"),
    ("catalogue.yaml",
     "the age bands and topics of the lessons: `title:`, `bands:` and `topics:` (and, if needed, `language:`, "
     "`families:` and `sources:`)"),
    ("facts/apps.yaml", "the apps and games lessons name, with the youngest age each is for and its source: one "
                        "entry each: an id on a line of its own (e.g. `tiktok:`) and below it, indented by two "
                        "spaces, `name:`, `what:`, `limit:`, `source:`, `source-kind:` and `checked:` (and, if "
                        "needed, `age:`, `also:`, `younger:` and `note:`)"),
    ("facts/helplines.yaml", "the help services lessons offer, with each one's remit and source: one entry each: "
                             "an id on a line of its own (e.g. `childline:`) and below it, indented by two spaces, "
                             "`name:`, `contact:`, `for-whom:`, `when:`, `helps-with:`, `source:`, `source-kind:` "
                             "and `checked:` (and, if needed, `web:`, `when-by-band:`, `not-for:`, `needed-for:`, "
                             "`min-age:`, `max-age:`, `nations:`, `confidential:` and `for-parents:`)"),
])
def test_an_empty_file_says_what_it_should_hold(lessons_copy: Path, file: str, expected: str) -> None:
    (lessons_copy / file).write_text("# emptied by mistake\n", encoding="utf-8")
    assert lines(lessons_copy) == [f"lessons/{file}:1: (file): is empty; it should hold {expected}"]


def test_stray_files_in_a_band_folder_are_named_not_read_as_lessons(lessons_copy: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    band = lessons_copy / "ages-7-11"
    (band / "passwords (copy).yaml").write_text((band / "passwords.yaml").read_text(encoding="utf-8"))
    (band / "passwords.yaml.bak").write_text("title: [", encoding="utf-8")
    (band / ".ipynb_checkpoints").mkdir()  # JupyterLab's own folder: left alone
    code, out = run(lessons_copy, capsys)
    stray = ("(file name): warning: is a stray file (a backup or a copy?), not a lesson: a band folder holds only "
             "lessons, each a TOPIC.ipynb and TOPIC.yaml named in small letters, digits and hyphens; move it out "
             "of the lessons folder, or delete it")
    assert code == 0
    assert out == [f"lessons/ages-7-11/passwords (copy).yaml:1: {stray}",
                   f"lessons/ages-7-11/passwords.yaml.bak:1: {stray}",
                   f"{counted()}: 0 problems, 2 warnings"]


def test_a_stray_file_in_facts_is_named_too(lessons_copy: Path) -> None:
    facts = lessons_copy / "facts"
    (facts / "helplines (copy).yaml").write_text((facts / "helplines.yaml").read_text(encoding="utf-8"))
    assert lines(lessons_copy) == [
        "lessons/facts/helplines (copy).yaml:1: (file name): warning: is a stray file (a backup or a copy?), not "
        "read as facts: facts/ holds only age-rules.yaml, apps.yaml, helplines.yaml, laws.yaml and fingerprints.txt; "
        "move it out of the lessons folder, or delete it"]


@pytest.mark.parametrize(("text", "expected"), [
    ("a: 1\n  b: 2\n", (2, "this line is indented further than line 1, which already has its value; the fields of "
                           "one section start in the same column, and so do the '- ' of one list: indent with "
                           "spaces to line it up (or, if it continues the text of line 1, take out its colon)")),
    ("a: 1\njust words\nb: 2\n", (2, "this line has no colon; write it as `field: value`, or, if it continues the "
                                     "text of line 1, indent it further than line 1's field")),
    ('a: "C:\\path"\n', (1, "a backslash (\\) inside text in double quotes; write it twice (\\\\), or put the text "
                           "in single quotes ('…') instead")),
    ('a: "Say "hi" now"\n', (1, "text in double quotes has a double quote (\") inside it, which ends the text "
                                "early; use single quotes around the text instead: a: 'Say \"hi\" now'")),
    ('a: "Hello\nb: "x"\n', (1, 'a quote (") opens the text on this line but is not closed on it; end the text '
                                'with " on the same line')),
    ("a: 1\n---\nb: 2\n", (2, "a line of three dashes (---) starts a second file inside this one; delete the line")),
    ("a: @sam\n", (1, 'text starting with an @ has a special meaning in YAML; put the whole text in quotes: '
                      'a: "@sam"')),
    ("items:\n  - a\n - b\n", (3, "this line does not line up with the line above: it starts after 1 space, line 2 "
                                  "after 2; the fields of one section start in the same column, and so do the '- ' "
                                  "of one list: indent with spaces to line it up")),
])
def test_yaml_reader_messages_become_plain_words(text: str, expected: tuple[int, str]) -> None:
    with pytest.raises(yaml.MarkedYAMLError) as err:
        yaml.compose(text, Loader=yaml.SafeLoader)
    assert explain(text, err.value) == expected
    assert not JARGON.search(expected[1])


# -- 7. help that explains -------------------------------------------------------------------------------
def test_kinds_kind_shows_nested_fields_optional_ones_and_an_example(lessons_root: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kinds", "quiz", str(lessons_root)]) == 0
    out = capsys.readouterr().out
    assert ("  kind: quiz\n"
            "  questions:                       a list; each item has these fields:\n"
            "    - question:                    some text\n"
            "      answers:                     a list; each item has these fields:\n"
            "        - answer:                  some text\n"
            "          correct:                 true or false\n"
            "          feedback:                some text\n") in out
    assert ("`check` names a field by where it is: activities.someone-asks.questions[2].answers[1].feedback is the "
            "`feedback:` in item 1 of `answers:` in item 2 of `questions:` of the activity someone-asks.") in out
    assert ("An example to copy, from lessons/ages-4-7/passwords.yaml (line 32):\n\n"
            "activities:\n  someone-asks:\n") in out
    assert "  some text      words pupils read: it may not be empty" in out
    assert "  text           a word the lesson itself uses, not read as prose" in out
    example = out.split("An example to copy", 1)[1].split("\n\n", 1)[1]
    assert yaml.safe_load(example)["activities"]["someone-asks"]["kind"] == "quiz"  # it can be copied as it is


def test_kinds_kind_marks_optional_fields_and_says_what_each_is_for(lessons_root: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kinds", "story", str(lessons_root)]) == 0
    out = capsys.readouterr().out
    assert out.count("(optional)") == 7  # chat, me, choices, safe, feedback, ending, and the legend
    assert ("          feedback:                some text (optional) — said as the pupil arrives at the next node"
            in out)
    assert "    an-id:                         an id of your choice (small letters, digits, hyphens)" in out


def test_every_kind_can_be_shown_in_full(lessons_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from safety_lessons.registry import MODELS

    for kind in list(MODELS):
        assert main(["kinds", kind, str(lessons_root)]) == 0
        out = capsys.readouterr().out
        assert "An example to copy, from lessons/ages-" in out, kind
        assert "TARGETS" not in out and "`check`: that name" not in out, kind


def test_an_unknown_kind_gets_a_suggestion(lessons_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kinds", "quizz", str(lessons_root)]) == 2
    assert capsys.readouterr().err.endswith("(did you mean 'quiz'?)\n")


def test_check_help_explains_the_output_warnings_and_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    out = capsys.readouterr().out
    assert "FILE:LINE: FIELD: WHAT IS WRONG; WHAT TO DO" in out
    assert 'A line with "warning:" is something to look at soon, but it stops nothing' in out
    assert "Exit code: 0 when there are no problems (warnings allowed), 1 when there is at least one problem" in out


def test_notebook_problems_name_the_cell_and_its_heading(lessons_copy: Path) -> None:
    path = lessons_copy / "ages-7-11" / "passwords.ipynb"
    nb = json.loads(path.read_text(encoding="utf-8"))
    nb["cells"].insert(13, {"cell_type": "code", "id": "0badc0de", "metadata": {}, "source": "import os",
                            "outputs": [], "execution_count": None})
    path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    found = lines(lessons_copy)
    assert found == [
        "lessons/ages-7-11/passwords.ipynb:162: cell 14 (under ## What we learned): holds code a lesson may not "
        "have; a code cell holds only `from safety_lessons import open_lesson` with "
        "`lesson = open_lesson(\"band/topic\")` on a line below it (the first code cell), or one "
        "`lesson.show(\"activity-id\")`: words go in Markdown cells, and activities in the lesson's YAML file"]
    assert not JARGON.search(found[0])


def test_a_cell_with_its_own_heading_is_named_by_it(lessons_copy: Path, edit: Edit) -> None:
    edit("ages-7-11/passwords.ipynb", "## What we learned\\n", "## What we learned\\n\\nBorn in 2011.\\n")
    assert [p.split(": ", 1)[0] + ": " + p.split(": ", 2)[1] for p in lines(lessons_copy)] == [
        "lessons/ages-7-11/passwords.ipynb:140: cell 12 (## What we learned)"]


def test_messages_for_everyday_mistakes_have_no_developer_words(lessons_copy: Path, edit: Edit) -> None:
    edit("ages-7-11/passwords.yaml", TITLE, "    title: Strong or weak: you decide")
    edit("ages-4-7/passwords.yaml", "    kind: sorter", "\tkind: sorter")
    edit("ages-11-14/passwords.yaml", "title:", "title: 'Sam's passwords'\nx:")
    edit("school.yaml", "trusted-adult:", "  trusted-adult:")
    found = lines(lessons_copy)
    assert len(found) == 4 and not [p for p in found if JARGON.search(p)], found


def test_the_readmes_example_is_what_check_prints(lessons_copy: Path, edit: Edit,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    example = readme.split("**Checking your edits.**", 1)[1].split("```\n", 2)[1].splitlines()
    edit("ages-7-11/passwords.yaml", TITLE, "    title: Strong or weak: you decide")
    path = lessons_copy / "ages-7-11" / "passwords.ipynb"
    nb = json.loads(path.read_text(encoding="utf-8"))
    nb["cells"].insert(13, {"cell_type": "code", "id": "0badc0de", "metadata": {}, "source": "import os",
                            "outputs": [], "execution_count": None})
    path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    _, out = run(lessons_copy, capsys)
    assert len(out) == len(example)
    counts = re.compile(r"^\d+ lessons and \d+ content files checked")  # the example's counts may lag new lessons
    assert counts.match(out[-1]) and counts.match(example[-1])
    out[-1], example[-1] = (counts.sub("N lessons, M files", line) for line in (out[-1], example[-1]))
    for printed, shown in zip(out, example, strict=True):
        assert printed.startswith(shown.removesuffix("…")) if shown.endswith("…") else printed == shown


def test_a_damaged_notebook_is_named_with_its_line(lessons_copy: Path, edit: Edit) -> None:
    edit("ages-7-11/passwords.ipynb", '"cell_type": "code",', '"cell_type": "code"')
    assert lines(lessons_copy) == [
        "lessons/ages-7-11/passwords.ipynb:41: (notebook): is damaged on this line or the one before, so JupyterLab "
        "cannot open it (often an edit made outside JupyterLab, or a copy cut short); undo that edit, or put back a "
        "saved copy of the notebook"]


def test_a_notebook_character_that_is_not_utf8_is_named_with_its_line(lessons_copy: Path) -> None:
    path = lessons_copy / "ages-7-11" / "passwords.ipynb"
    path.write_bytes(path.read_bytes().replace(b"# Strong passwords", "# Strong passwords £".encode("latin-1"), 1))
    found = lines(lessons_copy)
    assert len(found) == 1 and found[0].startswith(
        "lessons/ages-7-11/passwords.ipynb:8: (notebook): has a character that is not UTF-8 (byte A3)"), found
