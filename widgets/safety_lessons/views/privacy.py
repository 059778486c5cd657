"""Privacy views: a mock profile with its settings and a "view as" preview, and a pile of
friend requests to accept, decline or ask about.

Every handler takes whatever a widget (or a forged comm message) sends, hands it to the pure
logic in ``activities/privacy.py`` (which only ever returns valid settings) and puts the
widget back to the valid value if it was not one.
"""

from __future__ import annotations

import ipywidgets as w
from markupsafe import Markup

from ..activities.privacy import FriendRequests, ProfileSettings
from ..content.activity import Feedback
from .choose import ChooseView, Look, question
from .common import Page, button, feedback, frame, guarded, live_area, marked
from .markup import html, join, profile


class ProfileSettingsView:
    def __init__(self, activity: ProfileSettings, page: Page) -> None:
        self.activity, self.page = activity, page
        self.chosen: dict[str, str] = activity.start()
        self.viewer: str = activity.viewers[0].viewer
        self._quiet = False  # true while the view sets its own widgets back
        self.result = live_area()  # the privacy check's answer
        self.result.add_class("sl-privacy-result")
        self.counts = live_area()  # "A stranger can see 5 of 8 things."
        self.counts.add_class("sl-counts")
        self.progress = w.HTML("")
        self.progress.add_class("sl-settings-progress")

        self.toggles: dict[str, w.Dropdown] = {}
        rows: list[w.Widget] = []
        for s in activity.settings:
            # a native <select> with a <label>: compact enough that the whole list fits beside
            # the preview, and operable by keyboard (Tab, then the arrow keys)
            toggle = w.Dropdown(
                options=[(str(o.label), o.audience) for o in s.options],
                value=self.chosen[s.id],
                description=s.label,
                tooltip=s.label,
                style={"description_width": "initial"},
            )
            toggle.add_class("sl-setting-choice")
            toggle.observe(guarded(self.result, page.words)(lambda change, sid=s.id: self.choose(sid, change["new"])),
                           names=["value"])
            self.toggles[s.id] = toggle
            rows.append(toggle)
        settings = w.VBox(rows)
        settings.add_class("sl-settings")

        self.look = w.ToggleButtons(
            options=[(str(v.label), v.viewer) for v in activity.viewers],
            value=self.viewer,
            description=activity.view_as,
            tooltips=[f"{activity.view_as} {v.label}" for v in activity.viewers],
            style={"description_width": "initial"},
        )
        self.look.add_class("sl-view-as")
        self.look.observe(guarded(self.counts, page.words)(lambda change: self.look_as(change["new"])),
                          names=["value"])
        self.about = w.HTML("")
        self.about.add_class("sl-viewer-about")
        self.phone = w.HTML("")
        self.phone.add_class("sl-phone-box")
        preview = w.VBox([self.look, self.about, self.phone, self.counts])
        preview.add_class("sl-preview")

        self.check_button = button(activity.check_button)
        self.check_button.add_class("sl-check-privacy")
        self.check_button.on_click(guarded(self.result, page.words)(self.check_privacy))
        again = page.words.say("start-again")
        self.restart = button(again, page.words.say("restart-settings-tip", button=again))
        self.restart.on_click(guarded(self.result, page.words)(self.start_again))
        checks = w.HBox([self.check_button, self.restart])
        checks.add_class("sl-buttons")

        self.widget = frame(activity, page, "profile-settings",
                            [w.HBox([settings, preview], layout=w.Layout(flex_flow="row wrap")),
                             self.progress, checks, self.result])
        self.render()

    # -- handlers (each gets any value a browser may send) ---------------------------------------
    def choose(self, setting_id: object, audience: object) -> None:
        if self._quiet:
            return
        self.chosen = self.activity.choose(self.chosen, setting_id, audience)
        self._sync()
        self.result.value = ""  # an old answer no longer fits the new settings
        self.render()

    def look_as(self, viewer: object) -> None:
        if self._quiet:
            return
        offered = [v.viewer for v in self.activity.viewers]
        if viewer in offered:  # not None: a forged `index: null` leaves it as it was
            self.viewer = str(viewer)
        self._sync()
        self.render()

    def check_privacy(self, _: object = None) -> None:
        answer = self.activity.answer(self.chosen)
        parts = [feedback(Feedback(answer.passed, answer.says), self.page)]
        if answer.reasons:
            # why each open setting may stay public, or why each must be closed
            items = join(html("<li><strong>{name}</strong>: {why}</li>", name=n, why=why) for n, why in answer.reasons)
            parts.append(html('<ul class="{kind}">{items}</ul>', items=items,
                              kind="sl-public-ok" if answer.public else "sl-still-open"))
        fof = self.activity.privacy_check(self.chosen).open_to_friends_of_friends
        if fof and self.activity.friends_of_friends:
            names = ", ".join(s.name for s in fof)
            # The information sign (U+2139) is meant; hidden from screen readers, the text says it all.
            parts.append(marked(f"{self.activity.friends_of_friends} ({names})", "ℹ", "sl-fof-note"))  # noqa: RUF001
        self.result.value = join(parts)

    def start_again(self, _: object = None) -> None:
        self.chosen = self.activity.start()
        self.viewer = self.activity.viewers[0].viewer
        self._sync()
        self.result.value = ""
        self.render()

    # -- drawing --------------------------------------------------------------------------------
    def _sync(self) -> None:
        """Put every control back to the (valid) state, without re-running the handlers."""
        self._quiet = True
        try:
            for sid, toggle in self.toggles.items():
                if toggle.value != self.chosen[sid]:
                    toggle.value = self.chosen[sid]
            if self.look.value != self.viewer:
                self.look.value = self.viewer
        finally:
            self._quiet = False

    def render(self) -> None:
        a = self.activity
        about = next(v.about for v in a.viewers if v.viewer == self.viewer)
        self.about.value = html('<p class="sl-about">{about}</p>', about=about)
        self.phone.value = phone_html(a, self.chosen, self.viewer)
        self.counts.value = html('<p class="sl-count">{text}</p>', text=a.counts_text(self.chosen, self.viewer))
        self.progress.value = html('<p class="sl-progress">{text}</p>', text=a.progress_text(self.chosen))


def phone_html(activity: ProfileSettings, chosen: dict[str, str], viewer: str) -> Markup:
    """The mock profile as `viewer` sees it: every line says in words (and an icon) whether it
    is shown, so colour is never the only signal."""
    lines = []
    for line in activity.preview(chosen, viewer):
        setting = activity.setting(line.setting)
        if setting is not None and setting.is_action:
            icon, cls = ("→", "sl-can") if line.visible else ("⊘", "sl-cannot")
            lines.append(html('<li class="{cls}"><span aria-hidden="true">{icon}</span> {text}</li>',
                              cls=cls, icon=icon, text=line.text))
        elif line.visible:
            lines.append(html('<li class="sl-shown"><span class="sl-line-name">{name}:</span> {text}</li>',
                              name=line.name, text=line.text))
        else:
            lines.append(html('<li class="sl-hidden"><span class="sl-line-name">{name}:</span> '
                              '<span aria-hidden="true">⊘</span> {text}</li>', name=line.name, text=activity.hidden))
    return profile(activity.profile, activity.viewer_label(viewer), join(lines))


def request_card(activity: FriendRequests, index: int) -> Markup:
    """Who is asking, and what the pupil knows about them."""
    r = activity.requests[index]
    said = activity.mutual_text(r)
    mutual = html('<span class="sl-mutual">· {said}</span>', said=said) if said else ""
    return html('<div class="sl-request-card"><span class="sl-avatar" aria-hidden="true">{initial}</span><span>'
                '<strong class="sl-request-name">{name}</strong> {mutual}<br>'
                '<span class="sl-request-about">{about}</span></span></div>',
                initial=r.name[:1].upper(), name=r.name, mutual=mutual, about=r.about)


class FriendRequestsView(ChooseView):
    def __init__(self, activity: FriendRequests, page: Page) -> None:
        super().__init__(activity, page, activity.choosing(), Look(
            "friend-requests", above=(question(activity.question),), row=("sl-card", "sl-request"),
            item=lambda i, _: request_card(activity, i), progress="done-count", finished=activity.done,
            score_class="sl-request-progress"))
