"""Every word a pupil sees comes from content: lessons/words/<language>.yaml holds the words pages
show around the lessons (feedback, progress, buttons, messages, toolbar, landing page), per band,
in a language catalogue.yaml chooses; `check` reports each mistake in it once, with its line."""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import ipywidgets as w
import pytest
import yaml
from safety_lessons import registry
from safety_lessons.authoring.check import Report, check
from safety_lessons.content.library import Library
from safety_lessons.content.words import PAGE, PAGE_WORDS, PLACEHOLDERS, UNREADABLE_WORDS, fill
from safety_lessons.kernel_env import ROOT_ENV, SERVED_ENV
from safety_lessons.lesson import BrokenLesson, OpenLesson, open_lesson
from safety_lessons.server.app import Stage
from safety_lessons.server.pages import landing_context, needs_fixing_context
from safety_lessons.static_site import stage_contents

from ..conftest import REPO
from .conftest import find

Edit = Callable[[str, str, str], Path]
WIDGETS = REPO / "widgets" / "safety_lessons"
TEMPLATE = REPO / "assets" / "voila" / "templates" / "classroom"
EN = "lessons/words/en.yaml"


def problems(root: Path, file: str = EN) -> list[str]:
    return [str(p) for p in check(root).problems if p.file == file]


def line(root: Path, text: str, file: str = "words/en.yaml") -> int:
    return next(i for i, ln in enumerate((root / file).read_text().splitlines(), 1) if text in ln)


def served(root: Path, ref: str, monkeypatch: pytest.MonkeyPatch) -> OpenLesson | BrokenLesson:
    monkeypatch.setenv(ROOT_ENV, str(root))
    monkeypatch.setenv(SERVED_ENV, "1")
    return open_lesson(ref)


# -- the words file and the code agree ----------------------------------------------------------------

def _code_words() -> tuple[set[str], set[str]]:
    """(names of words the code asks for with say(...), every string in the code and the page)."""
    asked: set[str] = set()
    strings: set[str] = set()
    for path in WIDGETS.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                strings.add(node.value)
            if isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) == "say":
                arg = node.args[0] if node.args else None
                for value in ([arg.body, arg.orelse] if isinstance(arg, ast.IfExp) else [arg]):
                    if isinstance(value, ast.Constant):
                        asked.add(value.value)
    for path in [*TEMPLATE.glob("*.html"), *TEMPLATE.glob("*.j2"), *TEMPLATE.glob("static/*.js")]:
        found = re.findall(r"""(?:say\(|say\[|words\[)["']([a-z-]+)["']""", path.read_text(encoding="utf-8"))
        asked.update(found)
        strings.update(found)
    return asked, strings


def test_every_word_the_code_asks_for_is_a_word_and_every_word_is_used() -> None:
    asked, strings = _code_words()
    assert asked and asked <= set(PLACEHOLDERS), sorted(asked - set(PLACEHOLDERS))
    assert set(PLACEHOLDERS) <= strings, f"words nothing shows: {sorted(set(PLACEHOLDERS) - strings)}"
    assert set(PAGE) <= asked


def test_the_english_file_has_every_word_with_its_placeholders(lessons_root: Path) -> None:
    english = yaml.safe_load((lessons_root / "words" / "en.yaml").read_text(encoding="utf-8"))
    assert list(english["words"]) == list(PLACEHOLDERS)  # in the same order, so they are easy to compare
    for key, names in PLACEHOLDERS.items():
        assert sorted(re.findall(r"\{([a-z-]+)\}", english["words"][key])) == sorted(names), key


# Words left in a view's strings once its markup, class names and placeholders are taken out.
_SHOWN_ATTRIBUTES = re.compile(r'(?:aria-label|title|alt|placeholder)="([^"]*)"?')
_IDENTIFIER = re.compile(r"_?-?[a-z0-9]+(?:[-_][a-z0-9]+)*-?|https://")
NOT_FOR_PUPILS = {"row wrap", "safety-lessons: {} failed: {}", "text/html", "text/csv"}  # a CSS value; the kernel's
# error stream; the class summary's types (data: links)


def _shown(node: ast.AST) -> str:
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    return str(getattr(node, "value", ""))


def _words_in(text: str) -> list[str]:
    text = re.sub(r"<style>.*?</style>", " ", text, flags=re.S)  # a page's own styles (the class summary's)
    shown = _SHOWN_ATTRIBUTES.findall(text)  # attributes screen readers and tooltips say
    text = re.sub(r"<[^>]*>|^[^<]*>|<[^>]*$", " ", _SHOWN_ATTRIBUTES.sub(" ", text))
    text = re.sub(r'[a-z-]+="[^"]*"?|"|&[a-z#0-9]+;|\{[^}]*\}', " ", " ".join([text, *shown]))
    tokens = text.split()
    odd = [t for t in tokens if re.search(r"[A-Za-z]{2}", t) and not _IDENTIFIER.fullmatch(t)]
    plain = [t for t in tokens if re.fullmatch(r"[a-z]{2,}", t)]
    return odd + (plain if len(plain) >= 2 else [])


def test_views_hold_no_words_of_their_own() -> None:
    """A view's strings are markup, class names and placeholders: its words come from the lesson."""
    found = []
    for path in sorted((WIDGETS / "views").glob("*.py")):
        if path.name in ("__init__.py", "sharing.py"):  # a table of class names; developers' messages
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                      if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef)) and isinstance(n.body[0], ast.Expr)}
        parts = {id(v) for n in ast.walk(tree) if isinstance(n, ast.JoinedStr) for v in n.values}
        for node in ast.walk(tree):
            if id(node) in docstrings | parts:
                continue
            if isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                text = _shown(node)
                if text not in NOT_FOR_PUPILS and _words_in(text):
                    found.append(f"{path.name}:{node.lineno}: {text!r}")
    assert found == []


def test_the_scan_finds_words_written_into_a_view() -> None:
    for text in ("Good:", "Members", "{} of {} sorted", "Story {} of {}", '<ul aria-label="Chat messages">',
                 "Please tell your teacher.", "{}: go back to the beginning of the story"):
        assert _words_in(text), text
    for text in ('<p class="sl-progress">{}</p>', "sl-chat-avatar sl-chat-initial", "start-again", "sl-pd-{}-part"):
        assert not _words_in(text), text


def test_placeholders_are_filled_once() -> None:
    assert fill("Step {n} of {total}: {title}", {"n": 2, "total": 5, "title": "{n} ways"}) == "Step 2 of 5: {n} ways"
    assert fill("{unknown} stays", {}) == "{unknown} stays"


# -- what `check` says -------------------------------------------------------------------------------

def test_shipped_words_have_no_problems(shipped_report: Report) -> None:
    report = shipped_report
    assert [str(p) for p in report.problems if "words/" in p.file] == []
    assert report.files >= 40


def test_a_misspelt_word_is_named_with_a_suggestion(lessons_copy: Path, edit: Edit) -> None:
    edit("words/en.yaml", "  print: Print", "  prnt: Print")
    n = line(lessons_copy, "prnt:")
    assert problems(lessons_copy) == [
        f"{EN}:{n}: words.prnt: is not a word the pages use (did you mean 'print'?); correct its name or remove it",
        f"{EN}:17: words.print: is missing; pages need it: add `print:` under words:, with the words to show there",
    ]


def test_a_band_word_that_is_not_a_word_or_band(lessons_copy: Path, edit: Edit) -> None:
    edit("words/en.yaml", "  ages-4-7:\n    right:", "  ages-5-7:\n    rigth: Yes!\n  ages-4-7:\n    right:")
    assert problems(lessons_copy) == [
        f"{EN}:{line(lessons_copy, 'ages-5-7:')}: bands.ages-5-7: 'ages-5-7' is not a band in catalogue.yaml; "
        "expected one of: ages-4-7, ages-7-11, ages-11-14, ages-14-18 (did you mean 'ages-4-7'?)",
    ]
    edit("words/en.yaml", "  ages-5-7:\n    rigth: Yes!\n", "")
    edit("words/en.yaml", "    right: Well done!", "    rigth: Well done!")
    assert problems(lessons_copy) == [
        f"{EN}:{line(lessons_copy, 'rigth:')}: bands.ages-4-7.rigth: is not a word the pages use "
        "(did you mean 'right'?); correct its name or remove it",
    ]


def test_a_lost_or_unknown_placeholder(lessons_copy: Path, edit: Edit) -> None:
    edit("words/en.yaml", '  sorted-count: "{n} of {total} sorted"', '  sorted-count: "{n} sorted"')
    edit("words/en.yaml", "  back: Back", "  back: Back to {step}")
    found = problems(lessons_copy)
    assert found == [
        f"{EN}:{line(lessons_copy, 'sorted-count:')}: words.sorted-count: has no {{total}}; keep every placeholder "
        "of this word ({n}, {total}): the page puts a number or a name there",
        f"{EN}:{line(lessons_copy, '  back:')}: words.back: '{{step}}' is not something the page can fill in here; "
        "this word has no placeholders",
    ]


def test_a_band_sentence_too_hard_for_the_band_is_named_at_its_line(lessons_copy: Path, edit: Edit) -> None:
    hard = ("Unfortunately, an unanticipated malfunction interrupted this interactive activity; "
            "consequently, kindly communicate immediately with your supervising educator.")
    edit("words/en.yaml", "    right: Well done!", f"    right: Well done!\n    something-went-wrong: {hard}")
    found = problems(lessons_copy)
    n = line(lessons_copy, "Unfortunately")
    where = f"{EN}:{n}: bands.ages-4-7.something-went-wrong: on ages-4-7 pages, this "
    assert len(found) == 2 and all(p.startswith(where) for p in found), found  # read aloud: length and long words
    assert "has a sentence of 16 words, more than this band's 14" in found[0]
    assert "'unanticipated'" in found[1] and "use a shorter, everyday word" in found[1]
    assert not any("ages-7-11" in p for p in found)  # only ages 4 to 7 see this sentence


def test_a_missing_words_file(lessons_copy: Path) -> None:
    (lessons_copy / "words" / "en.yaml").unlink()
    assert problems(lessons_copy) == [f"{EN}:1: (file): is missing; expected the words pages show around the "
                                      "lessons (copy words/en.yaml and translate it)"]


def test_a_stray_file_in_words(lessons_copy: Path) -> None:
    (lessons_copy / "words" / "en (copy).yaml").write_text("language-tag: en-GB\n")
    assert problems(lessons_copy, "lessons/words/en (copy).yaml") == [
        "lessons/words/en (copy).yaml:1: (file name): is not a language code; expected the words of one language "
        "named by its code, e.g. cy.yaml"]


def test_the_old_band_words_in_the_catalogue_are_an_unknown_field(lessons_copy: Path, edit: Edit) -> None:
    anchor = "      long-word-syllables: 4  # problem: a word this long that most young children do not know\n"
    edit("catalogue.yaml", anchor, anchor + "    words:\n      right: Well done!\n")
    found = problems(lessons_copy, "lessons/catalogue.yaml")
    assert len(found) == 1 and ": bands.ages-4-7.words: unknown field; expected one of: title, summary, reading" \
        in found[0]


# -- another language ----------------------------------------------------------------------------------

WELSH = """language-tag: cy-GB
words:
  print: Argraffu
  right: Cywir.
bands:
  ages-4-7:
    right: Da iawn!
"""


def test_a_second_language_needs_no_code_and_falls_back_to_english(
        lessons_copy: Path, edit: Edit, monkeypatch: pytest.MonkeyPatch) -> None:
    (lessons_copy / "words" / "cy.yaml").write_text(WELSH, encoding="utf-8")
    edit("catalogue.yaml", "language: en", "language: cy")
    report = check(lessons_copy)
    assert report.errors == []
    warned = [str(p) for p in report.problems if p.file == "lessons/words/cy.yaml"]
    missing = len(PLACEHOLDERS) - 2
    assert len(warned) == 1 and warned[0].startswith(
        f"lessons/words/cy.yaml:2: words: warning: {missing} of the words are not in this language yet, so pages "
        "show them in English: try-again ('Not quite. Try again.'), start-again ('Start again'), ")
    words = registry.library(lessons_copy).words("ages-4-7")
    assert (words.language_tag, words.say("print"), words.say("right"), words.say("back")) == \
        ("cy-GB", "Argraffu", "Da iawn!", "Back")
    assert registry.library(lessons_copy).words("ages-7-11").say("right") == "Cywir."  # cy over English's own band word
    lesson = served(lessons_copy, "ages-4-7/passwords", monkeypatch)
    assert isinstance(lesson, OpenLesson)
    assert "Da iawn!" in _answer_sorter(lesson)


def _answer_sorter(lesson: OpenLesson) -> str:
    view = lesson.show("who-can-know")
    first = find(view, w.ToggleButtons)[0]
    first.value = "yes"
    return str(find(view, w.HTML, "sl-live")[0].value)


def test_a_language_without_its_file(lessons_copy: Path, edit: Edit) -> None:
    edit("catalogue.yaml", "language: en", "language: cy")
    assert problems(lessons_copy, "lessons/catalogue.yaml") == [
        "lessons/catalogue.yaml:5: language: there is no lessons/words/cy.yaml; expected the words pages show in "
        "this language (copy words/en.yaml, translate it and set its language-tag), or use en"]


def test_a_language_is_a_code_not_a_path(lessons_copy: Path, edit: Edit) -> None:
    edit("catalogue.yaml", "language: en", "language: ../en")
    found = problems(lessons_copy, "lessons/catalogue.yaml")
    assert found == ["lessons/catalogue.yaml:5: language: '../en' is not a language code; expected two or three small "
                     "letters naming a file in words/, e.g. en for words/en.yaml"]


# -- what pupils see -------------------------------------------------------------------------------------

def test_a_band_says_its_own_words(lessons_copy: Path, edit: Edit, monkeypatch: pytest.MonkeyPatch) -> None:
    edit("words/en.yaml", "    right: Well done!", "    right: Well done!\n    start-again: Go back to the start")
    lesson = served(lessons_copy, "ages-4-7/meeting-online-friends", monkeypatch)
    assert isinstance(lesson, OpenLesson)
    restart = [b for b in find(lesson.show("kits-game"), w.Button) if b.description == "Go back to the start"]
    assert len(restart) == 1 and restart[0].tooltip.startswith("Go back to the start: ")
    older = served(lessons_copy, "ages-7-11/meeting-online-friends", monkeypatch)
    assert isinstance(older, OpenLesson) and older.words.say("start-again") == "Start again"


def test_a_words_problem_shows_the_calm_note_from_the_words_file(lessons_copy: Path, edit: Edit,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    edit("words/en.yaml", '  story-number: Story {n} of {total}', '  story-number: Story {n}')
    lesson = served(lessons_copy, "ages-7-11/passwords", monkeypatch)
    assert isinstance(lesson, BrokenLesson) and lesson.words is None  # the words cannot be trusted
    note = lesson.show("three-words").value
    assert UNREADABLE_WORDS["needs-fixing"] in note and 'role="alert"' in note
    edit("ages-7-11/passwords.yaml", "kind: word-builder", "kind: word-bilder")  # a lesson's own problem
    edit("words/en.yaml", '  story-number: Story {n}', '  story-number: Story {n} of {total}')
    edit("words/en.yaml", "  needs-fixing: Please tell your teacher.", "  needs-fixing: Ask your teacher, please.")
    lesson = served(lessons_copy, "ages-7-11/passwords", monkeypatch)
    assert isinstance(lesson, BrokenLesson)
    assert "Ask your teacher, please." in lesson.show("three-words").value


def test_a_lessons_kernel_reads_the_words_file_once(lessons_copy: Path, edit: Edit,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    original = Path.read_bytes  # content files are read as bytes (to name the line of a non-UTF-8 byte)

    def counting(self: Path) -> bytes:
        read.append(self.name if self.parent.name == "words" else "")
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", counting)
    lesson = served(lessons_copy, "ages-14-18/group-chat-admin", monkeypatch)
    assert isinstance(lesson, OpenLesson)
    for activity in lesson.content.activities:
        lesson.show(activity)
    assert [name for name in read if name] == ["en.yaml"]
    read.clear()
    (lessons_copy / "words" / "cy.yaml").write_text(WELSH, encoding="utf-8")
    edit("catalogue.yaml", "language: en", "language: cy")
    lesson = served(lessons_copy, "ages-14-18/group-chat-admin", monkeypatch)
    for activity in lesson.content.activities:
        lesson.show(activity)
    assert sorted(name for name in read if name) == ["cy.yaml", "en.yaml"]


# -- the page's own words: toolbar, step bar, landing page --------------------------------------------------

def test_serve_puts_each_bands_page_words_into_the_page(lessons_copy: Path, edit: Edit, tmp_path: Path) -> None:
    edit("words/en.yaml", "    right: Well done!", "    right: Well done!\n    back: Go back")
    stage = Stage(lessons_copy, tmp_path / "staged")

    def words(ref: str, teacher: bool = False) -> dict[str, Any] | None:
        copy = stage.locate(f"{ref}.ipynb", teacher=teacher)  # the copy a page is rendered from
        assert copy is not None
        return json.loads((stage.folder / copy).read_text())["metadata"].get(PAGE_WORDS)

    young, older = words("ages-4-7/passwords"), words("ages-7-11/passwords")
    assert young and older
    assert young["words"]["back"] == "Go back"
    assert words("ages-4-7/passwords", teacher=True) == {**young, "signoff": "Not signed off"}  # teachers only
    lib = registry.library(lessons_copy)
    assert older == {**lib.words("ages-7-11").page(), "read_aloud": {"on": False, "rate": 1.0},
                     "take_home": "take-home/ages-7-11/passwords.html"}
    assert young["read_aloud"] == {"on": True, "rate": 0.8}  # the youngest hear it from the start, slower
    assert older["lang"] == "en-GB"
    assert set(older["words"]) == set(PAGE)
    edit("words/en.yaml", "    back: Go back", "    back: Back we go")  # read again after a change
    again = words("ages-4-7/passwords")
    assert again and again["words"]["back"] == "Back we go"
    edit("words/en.yaml", "  print: Print", "  print: [Print]")  # unreadable: no words, so no toolbar
    assert words("ages-4-7/passwords") is None


def test_the_static_site_writes_each_bands_page_words_into_its_notebooks(lessons_copy: Path, edit: Edit,
                                                                          tmp_path: Path) -> None:
    edit("words/en.yaml", "    right: Well done!", "    right: Well done!\n    next: On we go")
    stage_contents(registry.library(lessons_copy), tmp_path / "contents")
    stage_contents(registry.library(lessons_copy), tmp_path / "teachers", teacher=True)
    staged = tmp_path / "contents" / "lessons"
    for folder, band, expected in (("ages-4-7", "ages-4-7", "On we go"), ("teacher/ages-4-7", "ages-4-7", "On we go"),
                                   ("ages-11-14", "ages-11-14", "Next")):
        site = tmp_path / ("teachers" if folder.startswith("teacher/") else "contents") / "lessons"
        page = json.loads((site / folder / "passwords.ipynb").read_text())["metadata"][PAGE_WORDS]
        assert page["lang"] == "en-GB" and page["words"]["next"] == expected, band
    assert (staged / "words" / "en.yaml").is_file()  # the kernel in the browser reads the rest


def _render_head(metadata: dict[str, Any]) -> str:
    """The classroom template's <head> scripts, with Voila's own templates replaced by their blocks."""
    from jinja2 import ChoiceLoader, DictLoader, Environment, FileSystemLoader, PrefixLoader

    blocks = "".join(f"{{% block {b} %}}{{% endblock %}}" for b in
                     ("html_head_js", "html_head_js_mermaidjs", "notebook_css", "body_header", "footer_js"))
    voila = {"voila/templates/lab/index.html.j2": '{% extends "nbconvert/lab.j2" %}' + blocks,
             "nbconvert/lab.j2": blocks, "spinner.macro.html.j2": "{% macro css() %}{% endmacro %}"}
    env = Environment(loader=ChoiceLoader([DictLoader(voila), PrefixLoader({
        "classroom": FileSystemLoader(str(TEMPLATE))})]), autoescape=True)
    resources = {"include_js": lambda path: f"<script src={path}>", "include_css": lambda path: ""}
    return env.get_template("classroom/index.html.j2").render(nb={"metadata": metadata}, resources=resources)


def test_the_template_writes_the_page_words_into_the_page_and_asks_no_server() -> None:
    page = {"lang": "en-GB", "words": {"print": "Print </script><b>", "back": "Back"}}
    head = _render_head({PAGE_WORDS: page})
    found = re.search(r'<script type="application/json" id="sl-page-words">(.*?)</script>', head, re.S)
    assert found and json.loads(found[1]) == page  # "</script>" inside a word cannot end the block
    assert "http" not in head
    assert "sl-page-words" not in _render_head({})  # a notebook opened elsewhere: no words, no toolbar


def test_the_landing_page_and_its_needs_fixing_page_take_their_words_from_the_file(lessons_copy: Path,
                                                                                    edit: Edit) -> None:
    from jinja2 import Environment, FileSystemLoader

    edit("words/en.yaml", "  no-lessons-yet: No lessons for this age group yet.", "  no-lessons-yet: Soon!")
    env = Environment(loader=FileSystemLoader(str(TEMPLATE)), autoescape=True)
    for notebook in (lessons_copy / "ages-4-7").glob("*.ipynb"):  # an age group with no lessons yet
        notebook.unlink()
    html = env.get_template("landing.html").render(**landing_context(registry.library(lessons_copy)), css="x.css",
                                                   pupil_href=lambda b, t: "p", teacher_href=lambda b, t: "t")
    english = registry.library(lessons_copy).words()
    for key in ("landing-intro", "teacher-view", "no-lessons-yet"):
        assert english.say(key).replace("'", "&#39;") in html, key
    assert "Soon!" in html and '<html lang="en-GB">' in html
    assert 'aria-label="Strong passwords, Ages 11 to 14: teacher view"' in html
    fixing = env.get_template("needs-fixing.html").render(base_url="/", **needs_fixing_context(lessons_copy))
    assert english.say("lessons-need-fixing-title") in fixing
    edit("words/en.yaml", "  print: Print", "  print: [Print]")
    last_resort = env.get_template("needs-fixing.html").render(base_url="/", **needs_fixing_context(lessons_copy))
    assert "Please tell your teacher." in last_resort and '<html lang="en">' in last_resort


# -- the review pack --------------------------------------------------------------------------------------

def test_the_review_pack_shows_every_word_around_the_lessons_in_every_band(lessons_root: Path) -> None:
    from html import unescape

    from safety_lessons.authoring.review_labels import Filler
    from safety_lessons.authoring.review_pack import Selection, build, document

    library = registry.library(lessons_root)
    whole = unescape(document(library, build(library), Selection()))
    assert '<a href="#words">Words around every lesson</a>' in whole
    squeezed = "".join(re.sub(r"<[^>]+>", "", whole).split())  # a placeholder is shown filled in, underlined
    for band in [None, *library.catalogue.bands]:
        missing = [key for key, text in library.words(band).texts.items()
                   if "".join(Filler().plain(text).split()) not in squeezed]
        assert missing == [], band


def test_a_review_since_a_revision_shows_the_words_only_if_they_changed(lessons_copy: Path, edit: Edit) -> None:
    import subprocess

    from safety_lessons.authoring.review_pack import Selection, build

    top = lessons_copy.parent
    for args in (["init", "-q"], ["add", "-A"], ["-c", "user.name=t", "-c", "user.email=t@example.org", "commit",
                                                  "-qm", "lessons"]):
        subprocess.run(["git", "-C", str(top), *args], check=True, capture_output=True)
    assert 'id="words"' not in "".join(build(registry.library(lessons_copy), Selection(since="HEAD")).parts)
    edit("words/en.yaml", "  print: Print", "  print: Print the lesson")
    parts = "".join(build(registry.library(lessons_copy), Selection(since="HEAD")).parts)
    assert 'id="words"' in parts and "Print the lesson" in parts


def test_the_time_to_guess_a_password_is_said_in_the_words_files_words(library: Library) -> None:
    """The strength meter says how long a guess takes in words from the file; in English they are
    the estimator's own (zxcvbn's display_time), for every unit and its one-or-many form."""
    from safety_lessons.activities.passwords import estimate, time_to_guess
    from zxcvbn.time_estimates import display_time

    say = library.words("ages-11-14").say
    for seconds in (0, 0.4, 1, 1.4, 2, 59, 60, 90, 3599, 3600, 7200, 86399, 86400, 2678399, 2678400, 5e7, 32140800,
                    3e9, 3214080000, 1e20):
        key, n = time_to_guess(seconds)
        assert key in PLACEHOLDERS and say(key, n=n) == display_time(seconds), seconds
    assert estimate("correct horse battery staple").seconds > estimate("password").seconds
