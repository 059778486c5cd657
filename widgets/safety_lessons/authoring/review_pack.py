"""`safety-lessons review-pack`: one printable HTML document a designated safeguarding lead and a
curriculum lead read, and sign, to approve what pupils are told.

For each lesson, in page order: every word a pupil can see (the prose, then each activity's
words in every branch, and the facts it shows, resolved), the reading level of each passage
against the band's target, the teacher notes, and every fact used with its source, source kind
and the date it was checked; then the words pages show around every lesson (words/<language>.yaml).
Self-contained (no server, nothing fetched), A4 print styles.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from markdown_it import MarkdownIt
from markupsafe import Markup

from ..activities import Activity
from ..activities.help import Help, person
from ..content.facts import Sourced
from ..content.families import sheet_parts, sheet_texts
from ..content.lesson_file import Lesson
from ..content.library import Library
from ..content.model import Band
from ..content.notebooks import (
    SHOW,
    TEACHER,
    Cell,
    read_cells,
)
from ..content.reading import Score, activity_passages, as_sentences, cell_texts, problems_of, score, target_words
from ..content.schema import ContentError, Url
from ..content.texts import text_fields
from ..content.words import FOLDER, PLACEHOLDERS
from ..registry import library
from ..views.markup import html, join, trusted
from . import signoff
from .review_answers import answers
from .review_changes import changes_html
from .review_labels import Filler, fields, filler_for, label

NOTHING = Markup()
_MD = MarkdownIt("commonmark", {"html": False})  # notebook prose, raw HTML shown as text


def markdown(source: str, top: int) -> Markup:
    """Notebook Markdown as HTML (markdown-it escapes the text, raw HTML included), its headings
    moved so the highest is at level `top` (the pack's own headings come first)."""
    rendered = _MD.render(source)
    levels = [int(n) for n in re.findall(r"<h([1-6])>", rendered)]
    shift = top - min(levels, default=top)
    return trusted(re.sub(r"</?h([1-6])>", lambda m: m[0].replace(m[1], str(min(6, int(m[1]) + shift))), rendered))


def policy_point(lib: Library, topic_id: str) -> str:
    """How the pack names a topic's policy: "§5.5(4)" for a point of the policy; for a topic beyond
    §5.5, where it comes from as the landing page says it ("Beyond §5.5 — Education for a Connected World …")."""
    topic = lib.catalogue.topics[topic_id]
    point = topic.policy_point()
    return f"§{point}" if point else lib.words().policy(lib.catalogue, topic_id)


@dataclass(frozen=True)
class Selection:
    """Which lessons go in the pack (empty: all)."""

    bands: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    lessons: tuple[str, ...] = ()  # band/topic
    since: str | None = None  # a git revision: only lessons whose words or facts changed since
    changed: bool = False  # only lessons not signed off as they are now (sign-off.json), with what changed

    def wants(self, band: str, topic: str, changed: set[str] | None) -> bool:
        if (self.bands and band not in self.bands) or (self.topics and topic not in self.topics):
            return False
        if self.lessons and f"{band}/{topic}" not in self.lessons:
            return False
        return changed is None or f"{band}/{topic}" in changed


@dataclass
class Pack:
    lessons: int = 0
    problems: list[str] = field(default_factory=list)  # lessons that could not be read
    parts: list[Markup] = field(default_factory=list)
    status: dict[str, str] = field(default_factory=dict)  # band/topic → its sign-off, for the contents


# -- what changed since a revision ----------------------------------------------------------------

def changed_lessons(lib: Library, rev: str) -> set[str]:
    """band/topic of every lesson whose own files, or the shared files it reads, changed since `rev`."""
    top = lib.root.parent
    out = subprocess.run(["git", "-C", str(top), "diff", "--name-only", rev, "--", lib.root.name],
                         capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise ValueError(f"git cannot compare with '{rev}': {out.stderr.strip() or 'not a git checkout'}")
    files = {Path(line).relative_to(lib.root.name) for line in out.stdout.splitlines() if line}
    shared = {p for p in files if len(p.parts) == 1 or p.parts[0] == "facts"}
    facts = {p.stem for p in shared if p.parts[0] == "facts"}
    everything = any(p.name in ("school.yaml", "catalogue.yaml", "characters.yaml") for p in shared)
    changed: set[str] = set()
    for band, topic, _ in lib.lessons():
        ref = f"{band}/{topic}"
        if everything or any(p.parts[0] == band and p.stem == topic for p in files):
            changed.add(ref)
            continue
        try:
            used = {file for a in lib.lesson(band, topic).activities.values() for file, _ in a.facts()}
        except ContentError:
            changed.add(ref)  # a lesson that cannot be read is worth a look
            continue
        if used & facts:
            changed.add(ref)
    return changed


# -- building -------------------------------------------------------------------------------------

def build(lib: Library, selection: Selection = Selection()) -> Pack:
    pack = Pack()
    changed = changed_lessons(lib, selection.since) if selection.since else None
    record = signoff.read(lib.root)  # raises SignOffError (a ValueError) naming the file and line
    status = {f"{b}/{t}": signoff.status(lib, record, f"{b}/{t}") for b, t, _ in lib.lessons()}
    if record.signed or selection.changed:
        pack.status = {ref: f" · {s.words[:1].lower()}{s.words[1:]}" if s.words else " · signed off"
                       for ref, s in status.items()}
    if selection.changed:
        unsigned = {ref for ref, s in status.items() if not s.signed}
        changed = unsigned if changed is None else changed & unsigned
    cat = lib.catalogue
    for band_id, band in cat.bands.items():
        articles = []
        for band_name, topic, notebook in lib.lessons():
            if band_name != band_id or not selection.wants(band_id, topic, changed):
                continue
            try:
                ref = f"{band_id}/{topic}"
                before = changed_html(lib, ref, record.signed.get(ref)) if selection.changed else Markup()
                articles.append(lesson_html(lib, band_id, band, topic, notebook, before))
                pack.lessons += 1
            except (ContentError, ValueError) as err:
                pack.problems.append(f"{band_id}/{topic}: cannot be read; run `safety-lessons check` ({err})")
        if articles:
            pack.parts.append(html('<section class="band"><h2 id="{id}">{title}</h2><p class="summary">{summary}</p>'
                                   "{articles}</section>", id=band_id, title=band.title, summary=band.summary,
                                   articles=join(articles)))
    words_wanted = not selection.since or words_changed(lib, selection.since)
    if selection.changed:
        words_wanted = words_wanted and not signoff.status(lib, record, signoff.WORDS).signed
    if words_wanted:
        try:
            before = changed_html(lib, signoff.WORDS, record.signed.get(signoff.WORDS)) if selection.changed \
                else Markup()
            pack.parts.append(words_html(lib, before))
        except ContentError as err:
            pack.problems.append(f"{FOLDER}: cannot be read; run `safety-lessons check` ({err})")
    return pack


def changed_html(lib: Library, ref: str, signature: signoff.Signature | None) -> Markup:
    """What changed since `ref` was signed off (or that it never was), word by word."""
    names = {}
    if ref != signoff.WORDS:
        band, _, topic = ref.partition("/")
        names = {name: f"{a.kind.replace('-', ' ').capitalize()} “{a.title or name}”"
                 for name, a in lib.lesson(band, topic).activities.items()}
    return changes_html(signature, signoff.approved(lib, ref), names)


def words_changed(lib: Library, rev: str) -> bool:
    out = subprocess.run(["git", "-C", str(lib.root.parent), "diff", "--name-only", rev, "--",
                          f"{lib.root.name}/{FOLDER}"], capture_output=True, text=True, check=False)
    return out.returncode == 0 and bool(out.stdout.strip())


def words_html(lib: Library, before: Markup = NOTHING) -> Markup:
    """The words pages show around every lesson, as every band sees them, with a band's own words
    under the word (raises ContentError if they cannot be read)."""
    every = lib.words()
    bands = {band_id: (band.title, lib.words(band_id)) for band_id, band in lib.catalogue.bands.items()}
    rows, fill = [], Filler()
    for key in PLACEHOLDERS:
        own = join(html("<br><small>{title}: {text}</small>", title=title, text=fill(words.texts[key]))
                   for title, words in bands.values() if words.texts[key] != every.texts[key])
        rows.append(html('<tr><th scope="row">{key}</th><td>{text}{own}</td></tr>', key=key.replace("-", " "),
                         text=fill(every.texts[key]), own=own))
    file = lib.rel(lib.words_path(lib.catalogue.language))
    return html('<section class="band"><h2 id="{folder}">Words around every lesson</h2>'
                '<p class="summary">Feedback, progress, buttons and their hints, messages, the toolbar, the step bar '
                "and the landing page, from <code>{file}</code>. Where the page puts in a number or a name, the pack "
                "shows an example, underlined. An age group that says a word its own way is shown under it.</p>"
                '{before}<table class="words"><tbody>{rows}</tbody></table></section>', folder=FOLDER, file=file,
                rows=join(rows), before=before)


def lesson_html(lib: Library, band_id: str, band: Band, topic: str, notebook: Path,
                before: Markup = NOTHING) -> Markup:
    lesson = lib.lesson(band_id, topic)
    cells = read_cells(notebook)
    info = lib.catalogue.topics[topic]
    ref = f"{band_id}/{topic}"
    body, levels, shown = [], [], []
    for cell in cells:
        if cell.kind == "markdown" and TEACHER not in cell.tags:
            body.append(html('<div class="prose">{prose}</div>', prose=markdown(cell.source, 5)))
            scores = [score(text, band.reading) for text in cell_texts(cell) if text]
            if scores:
                levels.append((f"Text, cell {cell.index} ({_heading(cell)})", scores))
        elif cell.kind == "code" and (m := SHOW.match(cell.source.strip())):
            activity = lesson.activities.get(m["id"])
            if activity is not None and m["id"] in shown:  # the quick questions, asked again at the end
                body.append(html('<p class="again">The same activity again: “{name}” (the quick questions, asked '
                                 "again; this time each answer gets its feedback, then before and after).</p>",
                                 name=m["id"]))
            elif activity is not None:
                shown.append(m["id"])
                body.append(activity_html(lib, m["id"], activity, band_id))
                scores = [score(p.text, band.reading) for p in activity_passages("", {m["id"]: activity})]
                if scores:
                    levels.append((f"Activity “{activity.title or m['id']}”", scores))
    unshown = [name for name in lesson.activities if name not in shown]
    notes = [c for c in cells if c.kind == "markdown" and TEACHER in c.tags]
    return html("""
<article class="lesson" id="{ref}">
  <h3>{title} <span class="ref">{ref}</span></h3>
  <dl class="about">
    <dt>Policy point</dt><dd>{policy}</dd>
    <dt>Summary</dt><dd>{summary}</dd>
    <dt>Age band</dt><dd>{band}</dd>
    <dt>Reading target</dt><dd>{target}</dd>
    <dt>Title in its content file</dt><dd>{own_title}</dd>
    <dt>Files</dt><dd><code>{notebook}</code>,
      <code>{content}</code></dd>
  </dl>
  {before}
  <h4>What pupils see, in page order</h4>
  {body}
  {unshown}
  <h4>Reading level of each passage</h4>
  {levels}
  <h4>Take-home sheet for parents and carers</h4>
  {sheet}
  <h4>Teacher notes (teacher view only)</h4>
  <div class="teacher">{notes}</div>
  <h4>Facts this lesson uses</h4>
  {facts}
  <p class="lesson-signoff">Reviewed: ☐ approved ☐ changes needed &nbsp; Initials: ________ &nbsp; Date: ________</p>
</article>""", ref=ref, title=info.title, policy=policy_point(lib, topic), summary=info.summary, band=band.title,
                target=target_words(band.reading), notebook=lib.rel(notebook), own_title=lesson.title, before=before,
                content=lib.rel(lib.lesson_path(band_id, topic)), body=join(body), unshown=_unshown(unshown),
                levels=levels_html(levels, band), facts=facts_table(lib, lesson), sheet=sheet_html(lib, lesson),
                notes=join(markdown(c.source, 5) for c in notes) or html("<p><strong>None.</strong></p>"))


def sheet_html(lib: Library, lesson: Lesson) -> Markup:
    """The lesson's take-home sheet, as families read it (the services' words come from the facts)."""
    sheet = lesson.take_home
    if sheet is None:
        return html('<p class="warn">None: this lesson has no take-home sheet.</p>')
    parts = sheet_parts(sheet, lib.words())
    level = score(as_sentences(text for _, text in sheet_texts(sheet)), lib.catalogue.families)
    helplines = lib.helplines
    services = [str(helplines[who].name) for who in sheet.help if who in helplines]
    return html('<div class="sheet">{parts}<p><strong>Where to get help:</strong> {services} (from the facts '
                "below), and the school's designated safeguarding lead.</p><p>Reading ease {ease} (target: "
                "{target}).</p></div>", services=", ".join(services), target=target_words(lib.catalogue.families),
                ease="too short to score" if level.ease is None else f"{level.ease:.0f}",
                parts=join(html("<p><strong>{title}:</strong></p><ul>{items}</ul>", title=part.heading,
                                items=join(html("<li>{t}</li>", t=t) for t in part.lines)) for part in parts))


def _heading(cell: Cell) -> str:
    m = re.search(r"^#+\s*(.+)$", cell.source, re.MULTILINE)
    return m[1].strip() if m else "no heading"


def _unshown(names: list[str]) -> Markup:
    if not names:
        return html("")
    return html('<p class="warn">In the content file but not shown by the notebook: {names}. '
                "Pupils never see these.</p>", names=", ".join(names))


def activity_html(lib: Library, name: str, activity: Activity, band: str | None = None) -> Markup:
    fill = filler_for(lib, activity)
    laid_out = answers(lib, activity, fill)
    shown_there = laid_out.fields if laid_out else frozenset()
    rows = join(html('<tr><th scope="row">{label}</th><td>{text}</td></tr>', label=label(parts), text=fill(text))
                for parts, text in fields(activity) if parts[0][0] != "title" and parts[0][0] not in shown_there)
    school, names = lib.school, lib.words().people()
    card = activity.for_school(school, band) if isinstance(activity, Help) else None  # as the band's pupils see it
    shown_people = [person(p, school, band, names) for p in (card.people if card else ()) if p.who in school.roles]
    people = [html("<li><strong>{name}</strong> {words}</li>", name=p.name, words=p.words) for p in shown_people if p]
    shown = [fact_card(file, key, fact) for file, key, fact in resolved(lib, activity)]
    extra = []
    if people:
        extra.append(html('<p class="resolved-head">People in school (from school.yaml):</p><ul>{people}</ul>',
                          people=join(people)))
    if shown:
        extra.append(html('<p class="resolved-head">Facts it shows (from lessons/facts/):</p>{facts}',
                          facts=join(shown)))
    pictures = pictured(lib, activity)
    if pictures:
        extra.append(html('<p class="resolved-head">Pictures, as screen readers describe them (from characters.yaml):'
                          "</p><ul>{items}</ul>", items=join(html("<li>{d}</li>", d=d) for d in pictures)))
    return html('<section class="activity"><h5>{title} <span class="kind">{kind}, <code>{name}</code></span></h5>'
                '{answers}<table class="words"><tbody>{rows}</tbody></table>{extra}</section>',
                title=activity.title or name, kind=activity.kind, name=name,
                answers=laid_out.markup if laid_out else "", rows=rows, extra=join(extra))


def pictured(lib: Library, activity: Activity) -> list[str]:
    """What screen readers say for each character pictured in the activity (once each)."""
    try:
        cast = lib.cast.characters
    except ContentError:
        return []  # `check` says what is wrong with characters.yaml
    ids = dict.fromkeys(who for _, who in activity.characters())
    return [str(cast[who].description) for who in ids if who in cast]


def resolved(lib: Library, activity: Activity) -> Iterator[tuple[str, str, Sourced]]:
    kinds = Sourced.FILES
    for file, key in dict.fromkeys(activity.facts()):
        kind = kinds.get(file)
        if kind is None:
            continue
        fact = lib.facts(kind).get(key)
        if fact is not None:
            yield file, key, fact


def fact_card(file: str, key: str, fact: Sourced) -> Markup:
    words = join(html("<dt>{label}</dt><dd>{text}</dd>", label=label(parts), text=text) for parts, text in fields(fact))
    numbers = join(html("<dt>{name}</dt><dd>{value}</dd>", name=n.replace("_", " "), value=v)
                   for n in ("age", "min_age", "max_age", "web") if (v := getattr(fact, n, None)) is not None)
    return html('<dl class="fact"><dt class="id">{file}: {key}</dt><dd></dd>{words}{numbers}</dl>', file=file,
                key=key, words=words, numbers=numbers)


def levels_html(levels: list[tuple[str, list[Score]]], band: Band) -> Markup:
    """One row for each cell and activity: its hardest passage, longest sentence and verdict (the
    same rules as `safety-lessons check`)."""
    target = band.reading
    rows = []
    for where, scores in levels:
        eases = [s.ease for s in scores if s.ease is not None]
        found = [warning for s in scores for _, warning in problems_of(s, target)]
        problems, warnings = found.count(False), found.count(True)
        verdict = ("harder than the target" if problems else
                   f"meets the target, with {warnings} warning{'s' if warnings > 1 else ''}" if warnings else
                   "meets the target")
        rows.append(html('<tr><th scope="row">{where}</th><td>{ease}</td><td>{longest}</td>'
                         '<td class="{kind}">{verdict}</td></tr>', where=where,
                         ease=f"{min(eases):.0f}" if eases else "too short",
                         longest=max(s.longest_words for s in scores), kind="warn" if found else "ok", verdict=verdict))
    return html('<table class="levels"><thead><tr><th scope="col">Passage</th><th scope="col">Reading ease '
                '(hardest passage)</th><th scope="col">Longest sentence (words)</th><th scope="col">Against the '
                'target</th></tr></thead><tbody>{rows}</tbody></table>', rows=join(rows))


def facts_table(lib: Library, lesson: Lesson) -> Markup:
    seen: dict[tuple[str, str], Sourced] = {}
    for activity in lesson.activities.values():
        for file, key, fact in resolved(lib, activity):
            seen.setdefault((file, key), fact)
    helplines = lib.helplines
    for who in lesson.take_home.help if lesson.take_home else ():
        if who in helplines:
            seen.setdefault(("helplines", who), helplines[who])
    if not seen:
        return html("<p>None: this lesson states no fact about a service, an app or the law.</p>")
    rows = []
    for (file, key), fact in seen.items():
        name = getattr(fact, "name", key)
        note = getattr(fact, "note", None)
        rows.append(html('<tr><th scope="row">{name}<br><code>{file}: {key}</code></th><td>{link}</td>'
                         '<td class="{kind}">{source_kind}</td><td>{checked:%d %B %Y}</td><td>{note}</td></tr>',
                         name=name, file=file, key=key, link=_link(fact.source), source_kind=fact.source_kind,
                         kind="warn" if fact.source_kind == "secondary" else "ok", checked=fact.checked,
                         note=note or ""))
    return html('<table class="facts"><thead><tr><th scope="col">Fact</th><th scope="col">Source</th>'
                '<th scope="col">Source kind</th><th scope="col">Checked</th><th scope="col">Note for teachers</th>'
                '</tr></thead><tbody>{rows}</tbody></table>', rows=join(rows))


def _link(url: Url) -> Markup:
    return html('<a href="{url}">{url}</a>', url=url)


# -- the document ---------------------------------------------------------------------------------

STYLE = trusted("""
:root { color: #1a1a1a; background: #fff; font: 11pt/1.45 system-ui, "Segoe UI", Arial, sans-serif; }
body { max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; }
h1 { font-size: 1.8rem; } h2 { font-size: 1.5rem; border-bottom: 3px solid #3730a3; margin-top: 2.5rem; }
h3 { font-size: 1.3rem; margin-top: 2rem; } h4 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; color: #3730a3; }
h5 { font-size: 1rem; margin: .25rem 0 .5rem; } h6 { font-size: .95rem; margin: .5rem 0 .25rem; }
.ref, .kind { font-weight: 400; font-size: .85em; color: #4b5563; }
a { color: #1d4ed8; word-break: break-all; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { border: 1px solid #9ca3af; padding: .3rem .45rem; vertical-align: top; text-align: left; }
thead th { background: #eef2ff; }
table.words th { width: 28%; font-weight: 400; color: #374151; background: #f9fafb; }
.activity { border: 2px solid #c7cbd6; border-radius: 6px; padding: .5rem .75rem; margin: .75rem 0; }
.prose { border-left: 4px solid #d1d5db; padding-left: .75rem; }
.teacher { background: #eef2ff; border-left: 6px solid #3730a3; padding: .25rem .75rem; }
dl.about { display: grid; grid-template-columns: 10rem 1fr; gap: .2rem .75rem; }
dl.about dt { font-weight: 700; } dl.about dd { margin: 0; }
dl.fact { display: grid; grid-template-columns: 10rem 1fr; gap: .1rem .75rem; border: 1px dashed #9ca3af;
  padding: .4rem .6rem; margin: .4rem 0; }
dl.fact dt { color: #374151; } dl.fact dd { margin: 0; } dl.fact dt.id { font-weight: 700; grid-column: 1 / -1; }
.resolved-head { font-weight: 700; margin: .5rem 0 .2rem; }
.ok { color: #14532d; } .warn { color: #7c2d12; font-weight: 700; }
.lesson-signoff { margin-top: 1rem; padding: .5rem; border: 1px solid #1a1a1a; }
.signoff table td { height: 2.2rem; }
table.answers caption { text-align: left; font-weight: 700; padding: .3rem 0; }
table.answers th[scope=row] { font-weight: 400; width: 40%; }
tr.right th, tr.right td, td.right { background: #ecfdf3; }
td.mark { white-space: nowrap; font-weight: 700; } td.mark.right { color: #14532d; }
td.mark.not-right { color: #6b7280; }
.map-step { border-left: 4px solid #c7cbd6; padding: .1rem 0 .1rem .6rem; margin: .6rem 0; break-inside: avoid; }
.map-step h6.ending { font-size: 1rem; } h6.ending.unsafe { color: #7c2d12; }
h6.ending.safe, h6.ending.recovery { color: #14532d; }
td.choice.safe { color: #14532d; font-weight: 700; } td.choice.unsafe { color: #7c2d12; font-weight: 700; }
ul.chat { list-style: none; padding-left: .5rem; margin: .25rem 0; } .map-note { margin: .2rem 0; }
span.filled { text-decoration: underline dotted; }
nav ol ol { list-style: disc; margin: .2rem 0 .6rem; }
.changes { border: 2px solid #a16207; background: #fefce8; padding: .25rem .75rem; margin: .75rem 0; }
del { background: #fde2e2; color: #7f1d1d; } ins { background: #dcfce7; color: #14532d; }
table.diff th[scope=row] { width: 26%; font-weight: 400; } .none { color: #4b5563; font-style: italic; }
.how { background: #fefce8; border: 1px solid #a16207; padding: .5rem .75rem; }
@page { size: A4; margin: 15mm 14mm; }
@media print {
  :root { font-size: 10pt; } body { max-width: none; margin: 0; padding: 0; }
  section.band, article.lesson, nav, footer.signoff { break-before: page; }
  section.band > article.lesson:first-of-type { break-before: avoid; }
  .activity, tr, dl.fact, .lesson-signoff, caption { break-inside: avoid; }
  h3, h4, h5, h6, caption { break-after: avoid; } nav { break-after: page; }
  a { color: inherit; }
}
""")


def document(lib: Library, pack: Pack, selection: Selection) -> str:
    cat = lib.catalogue
    body = join(pack.parts)
    toc = []
    for band_id, band in cat.bands.items():
        items = [html('<li><a href="#{ref}">{topic}</a> <span class="ref">{policy}{status}</span></li>',
                      ref=f"{b}/{t}", topic=cat.topics[t].title, policy=policy_point(lib, t),
                      status=pack.status.get(f"{b}/{t}", ""))
                 for b, t, _ in lib.lessons() if b == band_id and html('id="{ref}"', ref=f"{b}/{t}") in body]
        if items:
            toc.append(html('<li><a href="#{id}">{title}</a><ol>{items}</ol></li>', id=band_id, title=band.title,
                            items=join(items)))
    if html('id="{id}"', id=FOLDER) in body:
        toc.append(html('<li><a href="#{id}">Words around every lesson</a></li>', id=FOLDER))
    problems = html('<p class="warn">Not included, because they could not be read:</p><ul>{items}</ul>',
                    items=join(html("<li>{p}</li>", p=p) for p in pack.problems)) if pack.problems else ""
    try:
        shipped = lib.school.shipped_notice()
    except ContentError:
        shipped = None  # `check` says what is wrong with school.yaml
    if shipped:
        problems = html('{problems}<p class="warn" role="note">{shipped}</p>', problems=problems, shipped=shipped)
    return str(html("""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Review pack: {title}</title>
<style>{style}</style>
</head>
<body>
<header>
<h1>Review pack: {title}</h1>
<p>Made on {today:%d %B %Y} from <code>{root}</code>{revision}. {lessons} lessons{scope}.</p>
<div class="how">
<p><strong>How to use this pack.</strong> Your designated safeguarding lead and curriculum lead read every word
pupils can see in these lessons, in every branch of every activity, before the school uses them. Each
lesson shows its policy point, what pupils read (in page order), how hard each passage is to read, the
teacher notes, and every fact it states with where it comes from and when it was checked. Mark each
lesson approved or not, then sign at the end, and record it with
<code>safety-lessons sign-off BAND/TOPIC --by "NAME, ROLE"</code> (or <code>--all</code>). After any change,
<code>safety-lessons review-pack --changed</code> makes a pack of only the lessons not signed off as they are
now, each with what changed since it was signed, word by word.</p>
</div>
{problems}
<nav aria-label="Contents"><h2>Contents</h2><ol>{toc}</ol></nav>
</header>
<main>
{body}
</main>
<footer class="signoff">
<h2>Sign-off</h2>
<p>We have read what pupils are told in the lessons above, and approve them for use in our school,
except where a lesson is marked "changes needed".</p>
<table>
<thead><tr><th scope="col">Role</th><th scope="col">Name</th><th scope="col">Signature</th>
<th scope="col">Date</th></tr></thead>
<tbody>
<tr><th scope="row">Designated safeguarding lead</th><td></td><td></td><td></td></tr>
<tr><th scope="row">Curriculum lead</th><td></td><td></td><td></td></tr>
<tr><th scope="row">Other (role: ____________)</th><td></td><td></td><td></td></tr>
</tbody>
</table>
</footer>
</body>
</html>
""", title=cat.title, style=STYLE, today=dt.date.today(), root=lib.root, revision=_revision(lib), lessons=pack.lessons,
                    scope=_scope(selection), problems=problems, toc=join(toc),
                    body=body or html("<p>No lessons match.</p>")))


def _scope(selection: Selection) -> str:
    parts = [*(f"band {b}" for b in selection.bands), *(f"topic {t}" for t in selection.topics),
             *(f"lesson {lesson}" for lesson in selection.lessons)]
    if selection.since:
        parts.append(f"changed since {selection.since}")
    if selection.changed:
        parts.append("not signed off as they are now")
    return f" ({'; '.join(parts)})" if parts else ""


def _revision(lib: Library) -> Markup:
    try:
        out = subprocess.run(["git", "-C", str(lib.root), "describe", "--always", "--dirty"],
                             capture_output=True, text=True, check=False)
    except OSError:
        return html("")  # no git on this computer: the pack needs none
    return html(", revision <code>{rev}</code>", rev=out.stdout.strip()) if out.returncode == 0 else html("")


def write_pack(root: Path, outfile: Path, selection: Selection = Selection()) -> Pack:
    lib = library(root)
    pack = build(lib, selection)
    outfile.write_text(document(lib, pack, selection), encoding="utf-8")
    return pack


def pupil_strings(lib: Library, refs: Iterable[tuple[str, str]]) -> Iterator[str]:
    """Every piece of text a pupil can see in these lessons (for tests of the pack's completeness)."""
    for band, topic in refs:
        lesson = lib.lesson(band, topic)
        for activity in lesson.activities.values():
            yield from (text for _, text in text_fields(activity))
            for _, _, fact in resolved(lib, activity):
                yield from (text for _, text in text_fields(fact))
