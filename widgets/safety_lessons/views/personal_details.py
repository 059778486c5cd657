"""Views for personal details: a mock post drawn in HTML/CSS whose parts are real buttons
("spot the clues"), and the same post with edits as checkboxes ("make it safer")."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import ipywidgets as w
from markupsafe import Markup

from ..activities.personal_details import MakeItSafer, Part, Post, SpotTheClues
from .common import Page, button, feedback, frame, guarded, live_area, set_shown, verdict
from .markup import html, join

FOUND, NOT_CLUE = "✓", "✗"  # marks beside a picked part: colour is never the only signal


def _html(value: Markup, *classes: str) -> w.HTML:
    out = w.HTML(value)
    for css in classes:
        out.add_class(css)
    return out


def _items(texts: Iterable[str]) -> Markup:
    return join(html("<li>{text}</li>", text=text) for text in texts)


def _box(children: list[w.Widget], *classes: str, vertical: bool = False) -> w.Box:
    box = w.VBox(children) if vertical else w.Box(children)
    for css in classes:
        box.add_class(css)
    return box


def _label(part: Part) -> str:
    return f"{part.icon} {part.label}" if part.icon else str(part.label)


def post_box(post: Post, piece: Callable[[Part], w.Widget]) -> w.Box:
    """The mock post, laid out like an app: name and tags, picture, caption, profile, details.
    `piece` makes the widget for each part (a button to pick, or text that edits change)."""
    where = {name: [p for p in post.parts if p.where == name] for name in
             ("header", "picture", "caption", "profile", "details")}
    avatar = html('<span class="sl-pd-avatar" aria-hidden="true">{a}</span>', a=post.avatar) if post.avatar else ""
    handle = html(' <span class="sl-pd-handle">{h}</span>', h=post.handle) if post.handle else ""
    who = _html(html('<p class="sl-pd-who">{avatar}<strong>{name}</strong>{handle}</p>', avatar=avatar,
                     name=post.name, handle=handle))
    rows: list[w.Widget] = [_box([who, *map(piece, where["header"])], "sl-pd-head")]
    # the picture in words comes first, so a screen reader hears it before the parts in it
    rows.append(_html(html('<p class="sl-pd-alt"><span aria-hidden="true">📷</span> {p}</p>', p=post.picture)))
    rows.append(_box(list(map(piece, where["picture"])), "sl-pd-picture", f"sl-pd-scene-{post.scene}"))
    caption: list[w.Widget] = []
    for text, part in post.caption_pieces():
        caption.append(piece(part) if part else _html(html("<span>{text}</span>", text=text), "sl-pd-words"))
    rows.append(_box(caption, "sl-pd-caption"))
    for section, title in (("profile", post.profile_title), ("details", post.details_title)):
        if where[section]:
            heading = _html(html('<p class="sl-pd-section">{title}</p>', title=title))
            rows.append(_box([heading, *map(piece, where[section])], f"sl-pd-{section}", vertical=True))
    return _box(rows, "sl-pd-post", vertical=True)


class SpotTheCluesView:
    """Every part of the post is a button; pick the ones that give something away."""

    def __init__(self, activity: SpotTheClues, page: Page) -> None:
        self.activity, self.page = activity, page
        self.found: frozenset[str] = frozenset()
        self.not_clues: frozenset[str] = frozenset()  # non-clues the pupil has already tried
        self.buttons: dict[str, w.Button] = {}
        self.feedback = live_area()
        self.progress = _html(Markup(), "sl-progress")
        self.summary = _html(Markup(), "sl-pd-summary")
        post = post_box(activity.post, self._piece)
        self.restart = button(page.words.say("start-again"), page.words.say("restart-clues-tip"))
        self.restart.on_click(guarded(self.feedback, page.words)(self.start_again))
        side = _box([self.progress, self.feedback, self.summary, self.restart], "sl-pd-side", vertical=True)
        self.widget = frame(activity, page, "spot-the-clues", [_box([post, side], "sl-pd-layout")])
        self.render()

    def _piece(self, part: Part) -> w.Button:
        b = button(_label(part), self.page.words.say("clue-tip", label=part.label))
        b.add_class("sl-pd-part")
        b.add_class(f"sl-pd-{part.where}-part")

        @guarded(self.feedback, self.page.words)
        def picked(_: object, part_id: str = part.id) -> None:
            self.pick(part_id)

        b.on_click(picked)
        self.buttons[part.id] = b
        return b

    def pick(self, part_id: str) -> None:
        result = self.activity.pick(self.found, part_id)
        if result is None:  # not a part of this post: nothing changes
            return
        self.found = result.found
        if not result.feedback.correct:
            self.not_clues = self.not_clues | {part_id}
        self.render()  # the count is announced with the feedback (the progress line is not live)
        self.feedback.value = html('{said}<p class="sl-pd-count">{count}</p>', count=self.activity.progress_text(
            self.found), said=feedback(result.feedback, self.page))

    def start_again(self, _: object = None) -> None:
        self.found, self.not_clues = frozenset(), frozenset()
        self.feedback.value = ""
        self.render()

    def render(self) -> None:
        for part in self.activity.post.parts:
            b = self.buttons[part.id]
            mark = FOUND if part.id in self.found else NOT_CLUE if part.id in self.not_clues else ""
            b.description = f"{mark} {_label(part)}" if mark else _label(part)
            for css, on in (("sl-pd-found", mark == FOUND), ("sl-pd-not-clue", mark == NOT_CLUE)):
                (b.add_class if on else b.remove_class)(css)  # each does nothing if already so
        self.progress.value = html("<p>{text}</p>", text=self.activity.progress_text(self.found))
        if self.activity.complete(self.found):
            together = (html('<p class="sl-pd-together">{text}</p>', text=self.activity.together)
                        if self.activity.together else "")
            self.summary.value = html("{found}<ul>{items}</ul>{together}", found=verdict(True, self.activity.found_all),
                                      items=_items(self.activity.stranger_knows(self.found)), together=together)
        else:
            self.summary.value = ""


class MakeItSaferView:
    """The post beside a list of edits (checkboxes): before and after, side by side."""

    def __init__(self, activity: MakeItSafer, page: Page) -> None:
        self.activity, self.page = activity, page
        self.applied: frozenset[str] = frozenset()
        self._syncing = False  # True while render() sets the boxes to match the state
        self.pieces: dict[str, w.HTML] = {}
        self.feedback = live_area()
        post = post_box(activity.post, self._piece)
        self.boxes: dict[str, w.Checkbox] = {}
        for edit in activity.edits:
            box = w.Checkbox(value=False, description=edit.label, indent=False, tooltip=edit.label,
                             layout=w.Layout(width="auto"))
            box.add_class("sl-pd-edit")
            box.observe(guarded(self.feedback, page.words)(
                lambda change, edit_id=edit.id: self.toggled(edit_id, change)), names=["value"])
            self.boxes[edit.id] = box
        self.before = _html(html('<p class="sl-pd-section">{title}</p><ul>{items}</ul>', title=activity.before,
                                 items=_items(activity.stranger_knows(frozenset()))), "sl-pd-before")
        self.after = _html(Markup(), "sl-pd-after")
        self.restart = button(page.words.say("start-again"), page.words.say("restart-edits-tip"))
        self.restart.on_click(guarded(self.feedback, page.words)(self.start_again))
        edits = _box(list(self.boxes.values()), "sl-pd-edits", vertical=True)
        compare = _box([self.before, self.after], "sl-pd-compare")
        side = _box([edits, self.feedback, self.restart], "sl-pd-side", vertical=True)
        self.widget = frame(activity, page, "make-it-safer", [_box([post, side], "sl-pd-layout"), compare])
        self.render()

    def _piece(self, part: Part) -> w.HTML:
        piece = _html(Markup(), "sl-pd-part", f"sl-pd-{part.where}-part", "sl-pd-shown")
        self.pieces[part.id] = piece
        return piece

    def toggled(self, edit_id: str, change: dict[str, object]) -> None:
        on = change["new"] is True  # a Checkbox's value is always true or false
        if self._syncing:
            return
        self.applied = self.activity.toggle(self.applied, edit_id, on)
        said = self.activity.said(self.applied, edit_id, on)
        self.feedback.value = html('<p class="sl-pd-said">{said}</p><p class="sl-progress">{count}</p>', said=said,
                                   count=self.activity.count_text(self.applied))
        self.render()

    def start_again(self, _: object = None) -> None:
        self.applied = frozenset()
        self.feedback.value = ""
        self.render()

    def render(self) -> None:
        self._syncing = True
        try:
            for edit_id, box in self.boxes.items():
                if box.value is not (edit_id in self.applied):
                    box.value = edit_id in self.applied
        finally:
            self._syncing = False
        for part in self.activity.post.parts:
            piece = self.pieces[part.id]
            shown = self.activity.shown(part, self.applied)
            piece.value = html("<span>{text}</span>", text=_label(part) if shown == part.label else shown or "")
            set_shown(piece, shown is not None)
            changed = shown is not None and shown != part.label
            (piece.add_class if changed else piece.remove_class)("sl-pd-changed")
        left = self.activity.stranger_knows(self.applied)
        body = html("<ul>{items}</ul>", items=_items(left)) if left else verdict(True, self.activity.nothing_left)
        self.after.value = html('<p class="sl-pd-section">{title}</p><p class="sl-progress">{count}</p>{body}',
                                title=self.activity.after, count=self.activity.count_text(self.applied), body=body)
