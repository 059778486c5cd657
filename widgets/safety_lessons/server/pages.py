"""What `serve` and `build-static` both give pupils and teachers, made one way for both:

- each catalogued lesson notebook as two staged copies: a pupil's (``<band>/<topic>.ipynb``,
  teacher notes left out) and a teacher's (``teacher/<band>/<topic>.ipynb``), each holding its
  band's page words (toolbar, step bar) in its metadata, where the classroom template writes them
  into the page. Only these copies are ever rendered: a draft, an answer key or a content file
  beside the lessons is never in the folder Voila or Voici serves;
- the landing page (lessons by band and topic), and the calm page shown instead of it while the
  lessons have problems, from the classroom template's landing.html and needs-fixing.html;
- each lesson's take-home sheet for parents and carers (`take-home:` in its YAML), one printed A4
  page from take-home.html, at ``take-home/<band>/<topic>.html`` under the site's top.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markupsafe import Markup

from ..authoring import signoff
from ..content.families import sheet_parts
from ..content.library import Library
from ..content.model import LESSON_ROLES
from ..content.notebooks import TEACHER
from ..content.schema import ContentError
from ..content.words import PAGE_WORDS
from ..kernel_env import SIGNED_ONLY_ENV, TEACHER_DIR
from ..registry import library

TEMPLATE = "classroom"  # assets/voila/templates/classroom (installed under share/jupyter/voila/templates/)
TAKE_HOME_DIR = "take-home"  # the take-home sheets, under the site's top


def assets_dir() -> Path | None:
    """The repo's assets/ when running from a checkout (the wheel installs its own copy)."""
    candidate = Path(__file__).resolve().parents[3] / "assets"
    return candidate if (candidate / "voila" / "templates" / TEMPLATE).is_dir() else None


def template_dir() -> Path:
    """The classroom template's folder: the checkout's, else the installed one."""
    local = assets_dir()
    if local is not None:
        return local / "voila" / "templates" / TEMPLATE
    from jupyter_core.paths import jupyter_path

    for folder in jupyter_path("voila", "templates", TEMPLATE):
        if Path(folder).is_dir():
            return Path(folder)
    raise FileNotFoundError(f"the {TEMPLATE} Voila template is not installed")


# -- staged copies of the lesson notebooks ---------------------------------------------------------

def copy_path(band: str, topic: str, *, teacher: bool) -> str:
    """Where a lesson's copy is staged, relative to the staged folder."""
    return f"{TEACHER_DIR}/{band}/{topic}.ipynb" if teacher else f"{band}/{topic}.ipynb"


# Reading aloud (static/read-aloud.js, with the browser's own voices): a button by every part of
# the lesson from the start for the youngest pupils, read a little slower; for the other bands the
# buttons come with the "Read aloud" display option.
READ_ALOUD = {"ages-4-7": {"on": True, "rate": 0.8}}
READ_ALOUD_OTHERWISE = {"on": False, "rate": 1.0}


def read_aloud(band: str) -> dict[str, object]:
    """How a band's pages read aloud: buttons shown from the start (`on`) and the speaking `rate`."""
    return dict(READ_ALOUD.get(band, READ_ALOUD_OTHERWISE))


def page_words(lib: Library, band: str) -> dict[str, object] | None:
    """What a band's page script shows (toolbar, step bar, "lesson stopped") and how it reads
    aloud; None if the words cannot be read (the page then has no toolbar, and its lesson says it
    needs fixing)."""
    try:
        words = lib.words(band if band in lib.catalogue.bands else None).page()
    except (ContentError, OSError):
        return None
    return {**words, "read_aloud": read_aloud(band)}


def staged_copy(notebook: dict[str, Any], *, teacher: bool, words: dict[str, object] | None) -> dict[str, Any]:
    """A lesson notebook (its JSON) as a page shows it: a pupil's copy leaves the teacher notes
    (Markdown cells tagged `teacher`) out entirely; both carry the page words."""
    copy = {**notebook, "metadata": dict(notebook.get("metadata", {}))}
    if words is not None:
        copy["metadata"][PAGE_WORDS] = words
    if not teacher:
        copy["cells"] = [cell for cell in notebook["cells"] if not _teacher_note(cell)]
    return copy


def _teacher_note(cell: dict[str, Any]) -> bool:
    return bool(cell["cell_type"] == "markdown" and TEACHER in cell.get("metadata", {}).get("tags", []))


def lesson_copies(lib: Library, signed_only: bool | None = None) -> dict[str, str]:
    """Every catalogued lesson's pupil's and teacher's copy: where it is staged → its JSON text
    (raises ContentError if the catalogue cannot be read). A teacher's copy carries the lesson's
    sign-off note ("Not signed off", `signoff_note`); a pupil's never does. With `signed_only`
    (default: $SAFETY_LESSONS_SIGNED_ONLY, set by `serve --signed-only` and `build-static
    --signed-only`), a lesson not signed off as it is now is staged as a calm page saying so."""
    if signed_only is None:
        signed_only = os.environ.get(SIGNED_ONLY_ENV) == "1"
    notes = signoff_notes(lib)
    copies = {}
    for band, topic, notebook in lib.lessons():
        try:
            source = json.loads(notebook.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # a damaged notebook cannot be shown (`check` names it; build-static stops)
        words = page_words(lib, band)
        if words is not None:  # the page links to the lesson's take-home sheet (`take_home_path`)
            words = {**words, "take_home": take_home_path(band, topic)}
        note = notes.get(f"{band}/{topic}")
        if signed_only and note is not None and note.text:
            source = awaiting_notebook(source, note.awaiting)
        for teacher in (False, True):
            shown = {**words, "signoff": note.text} if teacher and words is not None and note and note.text else words
            copy = staged_copy(source, teacher=teacher, words=shown)
            copies[copy_path(band, topic, teacher=teacher)] = json.dumps(copy, indent=1)
    return copies


@dataclass(frozen=True)
class SignoffNote:
    text: str  # for a teacher's view: "" when the lesson is signed off as it is now
    awaiting: str  # a pupil's page instead of the lesson, with `signed_only`: Markdown


def signoff_notes(lib: Library) -> dict[str, SignoffNote]:
    """Each lesson's sign-off note, in the words of words/<language>.yaml (none if the words
    cannot be read: `check` says why)."""
    try:
        words = lib.words()
    except (ContentError, OSError):
        return {}
    awaiting = f"# {words.say('awaiting-sign-off-title')}\n\n{words.say('awaiting-sign-off')}"
    notes = {}
    for ref, status in signoff.statuses(lib.root).items():
        if status.signature is None:
            text = words.say("not-signed-off")
        elif status.signed:
            text = ""
        else:
            text = words.say("changed-since-sign-off", date=signoff.day(status.signature.on, year=False))
        notes[ref] = SignoffNote(text, awaiting)
    return notes


def awaiting_notebook(notebook: dict[str, Any], markdown: str) -> dict[str, Any]:
    """A lesson's notebook with its cells replaced by one calm note (its metadata kept)."""
    return {**notebook, "cells": [{"cell_type": "markdown", "id": "awaiting-sign-off", "metadata": {},
                                   "source": markdown}]}


# -- the landing page --------------------------------------------------------------------------------

Href = Callable[[str, str], str]  # (band, topic) → the address of a lesson's page


def take_home_path(band: str, topic: str) -> str:
    """Where a lesson's take-home sheet is, from the site's top (served and static alike)."""
    return f"{TAKE_HOME_DIR}/{band}/{topic}.html"


def landing_context(lib: Library) -> dict[str, Any]:
    """What the landing page lists: every band, and the lessons that exist in it, in the words of
    words/<language>.yaml (raises ContentError if the catalogue or the words have problems)."""
    catalogue = lib.catalogue
    words = lib.words()
    present = {(band, topic) for band, topic, _ in lib.lessons()}
    bands = []
    for band_id, band in catalogue.bands.items():
        if lib.hidden(band_id):
            continue  # a band the school turned off (school.yaml `hidden:`) is not on the page at all
        lessons = [
            {"id": topic_id, "title": topic.title, "summary": topic.summary,
             "policy": words.policy(catalogue, topic_id),
             "teacher_label": words.say("teacher-view-of", lesson=topic.title, band=band.title),
             "take_home_label": words.say("take-home-of", lesson=topic.title, band=band.title)}
            for topic_id, topic in catalogue.topics.items()
            if (band_id, topic_id) in present
        ]
        bands.append({"id": band_id, "title": band.title, "summary": band.summary, "lessons": lessons})
    return {"catalogue": catalogue, "bands": bands, "words": words.texts, "lang": words.language_tag}


def needs_fixing_context(root: Path) -> dict[str, Any]:
    """The words of the page shown instead of the landing page while the lessons have problems;
    no words (the template's own) if even the words cannot be read."""
    try:
        words = library(root).words()
    except (ContentError, OSError):
        return {"words": None, "lang": "en"}
    return {"words": words.texts, "lang": words.language_tag}


def render(name: str, **context: Any) -> str:
    """One of the classroom template's own pages (landing.html, needs-fixing.html, notice.html),
    HTML-escaped."""
    return str(_templates(str(template_dir())).get_template(name).render(**context))


@functools.lru_cache(maxsize=4)
def _templates(folder: str) -> Any:
    """The template pages, each compiled once (and again when its file changes)."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    return Environment(loader=FileSystemLoader(folder), autoescape=select_autoescape(["html"]), auto_reload=True)


def landing_page(lib: Library, *, css: str, pupil_href: Href, teacher_href: Href | None = None, site: str,
                 prefetch: Sequence[str] = (), pulse: tuple[str, Markup] | None = None) -> str:
    """The landing page (raises ContentError if the catalogue or the words have problems); `site`
    is the address of the site's top, where the take-home sheets are (`take_home_path`). Without
    `teacher_href` (the static site's pupils' page) it neither links nor mentions teacher views.
    The browser fetches `prefetch` (a lesson page's files) into its cache while the pupil chooses.
    With `pulse` (served only: where the form posts, and its XSRF field) pupils can type a class
    pulse's code."""
    return render("landing.html", **landing_context(lib), css=css, pupil_href=pupil_href, teacher_href=teacher_href,
                  take_home_href=lambda band, topic: site + take_home_path(band, topic), prefetch=prefetch,
                  pulse_action=pulse[0] if pulse else None, pulse_xsrf=pulse[1] if pulse else "")


# -- the take-home sheets ----------------------------------------------------------------------------

def take_home_context(lib: Library, band: str, topic: str) -> dict[str, Any] | None:
    """What a lesson's take-home sheet shows: its parts in the lesson's words, where families get
    help from facts/helplines.yaml (each service with its `when` in the band's words), and who in
    school, in school.yaml's words for the band (`school`: (name, words)); None if
    the lesson has no sheet or school.yaml hides it (raises ContentError if the lesson, the catalogue,
    the school, the helplines or the words have problems)."""
    if lib.hidden(band, topic):
        return None
    lesson = lib.lesson(band, topic)
    sheet = lesson.take_home
    if sheet is None:
        return None
    words = lib.words()
    helplines = lib.helplines
    school, names = lib.school, words.people()
    # the school's own staff (head-of-year …): the sheet's own line already sends families to the school's DSL
    staff = [(school.name(who, names), text) for who, text in school.people(band).items() if who not in LESSON_ROLES]
    return {"catalogue": lib.catalogue, "band": lib.catalogue.bands[band], "topic": lib.catalogue.topics[topic],
            "parts": sheet_parts(sheet, words), "words": words.texts, "lang": words.language_tag, "school": staff,
            "help": [(helplines[who], helplines[who].when_in(band)) for who in sheet.help if who in helplines]}


def take_home_page(lib: Library, band: str, topic: str, *, static: str, home: str) -> str | None:
    """A lesson's take-home sheet (None if it has none): its stylesheets from `static` (the folder
    holding landing.css and take-home.css), linking to `home` (the landing page)."""
    context = take_home_context(lib, band, topic)
    return None if context is None else render("take-home.html", **context, static=static, home=home)
