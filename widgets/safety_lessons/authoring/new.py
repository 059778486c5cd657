"""`safety-lessons new BAND/TOPIC --kind KIND`: a new lesson that passes `check` at once.

It writes the notebook (the prose, the teacher notes in their standard shape, one `lesson.show`
per activity, the help card last), the YAML (one example activity of each chosen kind, from
templates/activities.yaml, and a `talk-to` help card) and, for a new topic, its entry in
catalogue.yaml. It never overwrites a lesson. Words a pupil reads are placeholders to replace.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import typing
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..content.model import Topic
from ..content.notebooks import NOTES_HEADING, TEACHER, opening
from ..content.schema import ContentError, Text
from ..registry import library

TEMPLATES = Path(__file__).parents[1] / "templates" / "activities.yaml"
TOPIC_ID = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
OWN_POLICY = "school's own"  # the `policy:` of a new topic unless --policy says otherwise
KEPT = ("**Ground rules:**", "**If a pupil discloses:**")  # teacher notes `new` writes to keep, not to replace


class ScaffoldError(ValueError):
    """Why the lesson was not made, in a curriculum lead's words."""


@dataclass(frozen=True)
class NewLesson:
    notebook: Path
    content: Path
    new_topic: bool  # true: the topic was added to catalogue.yaml


def templates() -> dict[str, str]:
    """kind → its example activity, as YAML lines indented for a lesson's `activities:`."""
    lines = TEMPLATES.read_text(encoding="utf-8").splitlines()
    found: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in lines:
        if m := re.fullmatch(r"([a-z-]+):", line):
            current = found.setdefault(m[1], [])
        elif current is not None and line.strip():
            current.append(f"  {line}")
    return {kind: "\n".join(body) + "\n" for kind, body in found.items()}


def kinds() -> list[str]:
    """The kinds a new lesson can start with (every lesson gets its quick questions and help card)."""
    return [kind for kind in templates() if kind != "before-and-after"]


def _young(band: str) -> bool:
    """Whether a band's pupils are young enough for "grown-up" words (ages up to 11)."""
    m = re.fullmatch(r"ages-(\d+)-(\d+)", band)
    return m is not None and int(m[2]) <= 11


def help_card(band: str) -> str:
    """The lesson's `talk-to` card: a trusted adult, the safeguarding lead (in school.yaml's words for
    the band) and Childline."""
    intro = ("If something online worries you, tell a grown-up. It is never too late." if _young(band)
             else "If something online worries you, tell someone. It is never too late.")
    return f"""  talk-to:
    kind: help
    title: Who can help?
    intro: {intro}
    # about: what worries this lesson may raise (`safety-lessons kinds` lists them). Add the services in
    # facts/helplines.yaml that help with them, e.g. `- who: ceop` for grooming; `check` holds each to its remit.
    # People in school say what lessons/school.yaml gives them for this band.
    about: [worried]
    people:
      - who: trusted-adult
      - who: safeguarding-lead
      - who: childline
"""


QUICK_CHECK = "quick-check"  # every lesson's three quick questions, asked first and again last
SHEET = """
take-home:  # one printed page for parents and carers: what the lesson taught, nothing about the pupil
  learned:
    - Write what pupils learned here.
    - Write another thing they learned here.
  talk-about:  # three questions a parent or carer can ask
    - Write a question to talk about here.
    - Write another question here.
    - Write one more question here.
  check-together:  # settings or habits to check together
    - Write a setting to check together here.
    - Write another setting here.
"""


def lesson_yaml(title: str, band: str, band_title: str, policy: str, kinds: list[str]) -> str:
    examples = templates()
    body = "\n".join(f"  {name}:\n{examples[kind]}"
                     for name, kind in [(QUICK_CHECK, "before-and-after"), *((k, k) for k in kinds)])
    return f"""# {title}, {band_title.lower()} (policy: {policy}). Made by `safety-lessons new`: replace the example
# words with your own, then run `safety-lessons check`. `safety-lessons kinds` lists every kind of activity.
title: {_quoted(title)}

activities:
{body}
{help_card(band)}{SHEET}"""


def teacher_notes(band: str, policy: str, beyond: str | None = None) -> str:
    """The teacher-notes cell in its standard shape; the ground rules and what to do on a disclosure
    are the standard ones, the rest is for the author to write. `beyond`: where a topic beyond §5.5
    comes from, its sources' names in full."""
    ages = band.removeprefix("ages-")
    source = (f"beyond §5.5: {beyond}; ages {ages}" if beyond else
              f"policy: {policy}; Education for a Connected World: write the strand, ages {ages}")
    return "\n\n".join([
        NOTES_HEADING,
        f"**Objectives:** ({source}) "
        "write what pupils will be able to do by the end of the lesson.",
        "**Timing:** about 20 minutes: write how long each part takes.",
        "**Talk about:** write two or three questions for the class to discuss.",
        "**Ground rules:** set them before you start: we talk about the made-up characters, not about real people; "
        "no one has to share personal stories; no names of friends, family or anyone in school; we listen with "
        "respect, and anyone may pass; questions can go in the anonymous question box. Say: \"If you tell me "
        "something that makes me worried about your safety, I have to pass it on to the person whose job is to "
        "keep you safe.\"",
        "**If a pupil discloses:** stay calm, listen, and reassure them they were right to tell you; do not promise "
        "to keep it secret or confidential; do not ask leading questions; never view, copy, screenshot or forward "
        "any image; write down their words; and tell the designated safeguarding lead the same day, following "
        "your school's safeguarding procedures (Keeping Children Safe in Education).",
    ])


def notebook(ref: str, title: str, band: str, policy: str, kinds: list[str], beyond: str | None = None
             ) -> dict[str, object]:
    cells = [
        _markdown(f"# {title}\n\nSay what this page is about here."),
        _markdown(teacher_notes(band, policy, beyond), tags=[TEACHER]),
        _code(opening(ref)),
        _code(f'lesson.show("{QUICK_CHECK}")'),
    ]
    for kind in kinds:
        cells += [_markdown("## Write a heading here\n\nSay what to read first."),
                  _code(f'lesson.show("{kind}")')]
    cells += [_markdown("## What we learned\n\n- Write the main thing they learned."),
              _code(f'lesson.show("{QUICK_CHECK}")'), _code('lesson.show("talk-to")')]
    return {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python",
                                                        "name": "python3"}, "language_info": {"name": "python"}},
            "nbformat": 4, "nbformat_minor": 5}


def catalogue_entry(topic: str, title: str, policy: str) -> str:
    return (f"  {topic}:\n    title: {_quoted(title)}\n"
            f"    policy: {_quoted(policy)}  # a point of §5.5, e.g. \"5.5(3)\"; outside §5.5, e.g. \"PSHE\" "
            f"or \"{OWN_POLICY}\"\n"
            "    summary: Write one sentence about what pupils will learn.\n")


def add_topic(path: Path, entry: str) -> None:
    """Add a topic at the end of catalogue.yaml's `topics:` (comments and order kept)."""
    text = path.read_text(encoding="utf-8")
    root = yaml.compose(text)
    topics = next((v for k, v in getattr(root, "value", []) if k.value == "topics"), None)
    if not isinstance(topics, yaml.MappingNode) or not topics.value:
        raise ScaffoldError(f"{path.name} has no topics: section to add the topic to; run `safety-lessons check`")
    last: yaml.Node = topics
    while isinstance(last, (yaml.MappingNode, yaml.SequenceNode)) and last.value:
        item = last.value[-1]
        last = item[1] if isinstance(item, tuple) else item
    newline = text.find("\n", last.end_mark.index)  # the end of the topic's last line
    at = len(text) if newline < 0 else newline + 1
    head = text[:at] if text[:at].endswith("\n") else text[:at] + "\n"
    write_whole(path, head + entry + text[at:])


def write_whole(path: Path, text: str) -> None:
    """Write a file so that a reader sees the old text or the new, never part: a server or a pupil's
    kernel reads catalogue.yaml and lessons at any moment (issue 31: a lesson opened while `new`
    rewrote catalogue.yaml read it empty, and every activity said "needs fixing")."""
    written = path.with_name(f".{path.name}.new")
    written.write_text(text, encoding="utf-8")
    os.replace(written, path)


def title_of(typed: str) -> str:
    """A new topic's title from its name as typed, its case kept: `AI-images` → "AI images"."""
    words = " ".join(typed.replace("-", " ").split())
    return words[:1].upper() + words[1:]


def new_lesson(root: Path, ref: str, chosen: list[str], policy: str | None = None, title: str | None = None
               ) -> NewLesson:
    """Write a new lesson `band/topic` with one example activity of each chosen kind. The topic may be
    typed with capitals (`ages-7-11/AI-images`): its id is in small letters, its title as typed."""
    band, _, typed = ref.strip("/").removesuffix(".ipynb").partition("/")
    topic = typed.lower()
    lib = library(root)
    try:
        catalogue = lib.catalogue
    except ContentError as err:
        raise ScaffoldError(f"catalogue.yaml has problems; fix them first:\n{err}") from None
    if band not in catalogue.bands:
        raise ScaffoldError(f"'{band}' is not a band in catalogue.yaml; expected one of: {', '.join(catalogue.bands)} "
                            "(write BAND/TOPIC, e.g. ages-7-11/fake-news)")
    if not TOPIC_ID.fullmatch(topic):
        raise ScaffoldError(f"'{typed}' cannot be a topic name; use small letters, digits and hyphens, starting with "
                            "a letter, e.g. fake-news")
    known = kinds()
    unknown = [k for k in chosen if k not in known]
    if unknown or not chosen:
        raise ScaffoldError(f"--kind {unknown[0] if unknown else ''}: not a kind a lesson can start with; expected one "
                            f"of: {', '.join(known)} (every lesson gets its own quick questions and help card)")
    nb_path, yaml_path = root / band / f"{topic}.ipynb", lib.lesson_path(band, topic)
    for path in (nb_path, yaml_path):
        if path.exists():
            raise ScaffoldError(f"{lib.rel(path)} already exists; not overwriting it. Edit that lesson, or choose "
                                "another topic name")
    chosen = list(dict.fromkeys(chosen))
    entry = catalogue.topics.get(topic)
    title = str(entry.title) if entry else " ".join((title or title_of(typed)).split())  # one line: comments too
    policy = str(entry.policy) if entry else (policy or OWN_POLICY)
    if entry is None:
        add_topic(root / "catalogue.yaml", catalogue_entry(topic, title, policy))
    nb_path.parent.mkdir(exist_ok=True)
    # the content first: the notebook is what the server lists and serves, so its content is there before it
    write_whole(yaml_path, lesson_yaml(title, band, str(catalogue.bands[band].title), policy, chosen))
    beyond = catalogue.beyond(Topic(Text(title), Text(policy), Text(title)))
    nb = notebook(f"{band}/{topic}", title, band, policy, chosen, beyond)
    write_whole(nb_path, json.dumps(nb, indent=1, ensure_ascii=False) + "\n")
    return NewLesson(nb_path, yaml_path, entry is None)


def written_texts() -> list[str]:
    """Every text `new` writes for an author to replace or keep, in every band (what `check` reads
    its example words from: content/leftovers.py)."""
    out: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for band in ("ages-4-7", "ages-14-18"):  # the young bands' words and the older ones'
        walk(yaml.safe_load(lesson_yaml("Topic", band, "Ages", OWN_POLICY, kinds())))
        walk(yaml.safe_load(catalogue_entry("topic", "Topic", OWN_POLICY)))
        cells = notebook(f"{band}/topic", "Topic", band, OWN_POLICY, ["quiz"])["cells"]
        sources = ["".join(c["source"]) for c in typing.cast(list[dict[str, list[str]]], cells)]
        out.extend(part for source in sources for part in source.split("\n\n") if not part.startswith(KEPT))
    return out


def _quoted(text: str) -> str:
    """Text as a YAML string that reads back exactly: as it is when plain, else in quotes (JSON strings
    are YAML)."""
    plain = re.fullmatch(r"[A-Za-z][A-Za-z0-9 ,'-]*", text) and text.lower() not in ("yes", "no", "true", "false")
    return text if plain else json.dumps(text, ensure_ascii=False)


def _source(text: str) -> list[str]:
    return text.splitlines(keepends=True)


def _markdown(text: str, tags: list[str] | None = None) -> dict[str, object]:
    return {"cell_type": "markdown", "id": secrets.token_hex(4), "metadata": {"tags": tags} if tags else {},
            "source": _source(text)}


def _code(text: str) -> dict[str, object]:
    return {"cell_type": "code", "execution_count": None, "id": secrets.token_hex(4), "metadata": {},
            "outputs": [], "source": _source(text)}
