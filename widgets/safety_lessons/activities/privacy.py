"""Privacy settings and friend requests (policy §5.5(2)): only approve and invite people you
know, and keep your profile private so that others cannot see it.

Two kinds:

- ``profile-settings``: a made-up profile, its settings ("who can see your posts?") and a
  "view as" preview. :func:`can_see` is the one rule: which viewers each audience lets in.
  :meth:`ProfileSettings.preview` says what a viewer sees given the settings, and
  :meth:`ProfileSettings.privacy_check` which settings still let strangers in.
  A lesson may also let a *deliberate, safe public profile* pass the audit: the settings a
  safe public profile may leave open to strangers carry `public-ok:` (why that is safe) and
  the activity says what the audit answers then (`public-profile:`). Only details can be
  public-ok, never something a stranger could do (message, find, tag): see
  :meth:`ProfileSettings.answer`. Without `public-ok:` only a fully private profile passes.
- ``friend-requests``: request cards to accept, decline or ask an adult about, with feedback
  for every choice on every card.

Settings are a plain mapping ``{setting id: audience}``; :meth:`ProfileSettings.choose` only
ever returns a valid one, whatever it is given.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Annotated, Literal, get_args

from ..content.activity import Activity, Feedback
from ..content.schema import Slots, Template, Text, fill
from .choose import Choosing, Item

Audience = Literal["everyone", "friends-of-friends", "friends", "only-me"]
Viewer = Literal["stranger", "friend-of-friend", "friend"]
AUDIENCES: tuple[str, ...] = get_args(Audience)
NUMBER, NUMBERS = "where the number goes", "where the numbers go"
ViewerCount = Annotated[Template, Slots(needs=("viewer", "n", "total"), says=NUMBERS)]
Count = Annotated[Template, Slots(needs=("n", "total"), says=NUMBERS)]
VIEWERS: tuple[str, ...] = get_args(Viewer)

# Who each audience lets in. Widest first; each audience is a subset of the one before.
LETS_IN: dict[str, frozenset[str]] = {
    "everyone": frozenset({"stranger", "friend-of-friend", "friend"}),
    "friends-of-friends": frozenset({"friend-of-friend", "friend"}),
    "friends": frozenset({"friend"}),
    "only-me": frozenset(),
}


def can_see(audience: str, viewer: str) -> bool:
    """Whether `viewer` is let in by a setting set to `audience` (unknown values: no)."""
    return viewer in LETS_IN.get(audience, frozenset())


# -- profile settings --------------------------------------------------------------------------


@dataclass(frozen=True)
class Option:
    audience: Audience
    label: Text  # in the band's words, e.g. "Friends only"


@dataclass(frozen=True)
class Setting:
    """One setting and what it controls: a detail on the profile (`shows`) or something a
    viewer can do (`can` / `cannot`)."""

    id: str
    label: Text  # the question, e.g. "Who can see your birthday?"
    options: tuple[Option, ...]
    start: Audience  # how the made-up profile starts
    advice: Text  # why to keep it from strangers; the privacy check shows it
    name: Text  # short name in lists, e.g. "Birthday"
    shows: Text | None = None  # the detail a viewer sees when let in, e.g. "12 May"
    can: Text | None = None  # e.g. "Can send you a message"
    cannot: Text | None = None  # e.g. "Cannot send you a message"
    # why a deliberate public profile may show this detail to strangers, e.g. "A portfolio
    # shows your work and nothing about where you are"; left out: it must be kept from strangers
    public_ok: Text | None = None

    @property
    def audiences(self) -> tuple[str, ...]:
        return tuple(o.audience for o in self.options)

    def check(self) -> Iterator[tuple[str, str]]:
        if len(self.options) < 2:
            yield "options", "needs at least two options to choose from"
        if len(set(self.audiences)) != len(self.audiences):
            yield "options", "lists the same audience twice; keep each once"
        if self.start not in self.audiences:
            yield "start", (f"'{self.start}' is not one of this setting's options; expected one of: "
                            f"{', '.join(self.audiences)}")
        if all(can_see(a, "stranger") for a in self.audiences):
            yield "options", ("every option lets strangers in, so the profile can never be made "
                              "private; add `friends` or `only-me`")
        if self.shows is None and (self.can is None or self.cannot is None):
            yield "shows", "needs either `shows:` (a detail on the profile) or both `can:` and `cannot:`"
        if self.shows is not None and (self.can is not None or self.cannot is not None):
            yield "shows", ("and `can:`/`cannot:` are both set; "
                            "keep `shows:` for a detail, or `can:`/`cannot:` for an action")
        if self.public_ok is not None:
            if self.shows is None:
                yield "public-ok", ("is only for a detail (`shows:`): letting strangers message, find, tag or "
                                    "watch someone is never part of a safe public profile; remove `public-ok:`")
            if not any(can_see(a, "stranger") for a in self.audiences):
                yield "public-ok", "no option lets strangers in, so it can never be public; add `everyone` or remove it"

    @property
    def is_action(self) -> bool:
        return self.shows is None


@dataclass(frozen=True)
class Profile:
    """The made-up person whose settings the pupil changes. Name and picture always show."""

    name: Text
    handle: str
    always_shown: Text  # e.g. "Everyone can see your name and picture."


@dataclass(frozen=True)
class ViewAs:
    viewer: Viewer
    label: Text  # the "view as" button, e.g. "A stranger"
    about: Text  # who they are, e.g. "Someone Ali has never met."


@dataclass(frozen=True)
class PreviewLine:
    setting: str
    name: str
    visible: bool  # detail shown, or action allowed
    text: str  # the detail, the can/cannot sentence, or "" for a hidden detail


@dataclass(frozen=True)
class PrivacyCheck:
    private: bool  # nothing is open to strangers
    open_to_strangers: tuple[Setting, ...]
    open_to_friends_of_friends: tuple[Setting, ...]  # not strangers-wide, but wider than friends
    # open to strangers, and safe to be in a deliberate public profile (`public-ok:`)
    public_on_purpose: tuple[Setting, ...] = ()

    @property
    def to_close(self) -> tuple[Setting, ...]:
        """The settings open to strangers that must not be."""
        return tuple(s for s in self.open_to_strangers if s not in self.public_on_purpose)

    @property
    def passed(self) -> bool:
        """The audit passes: private, or public only where a safe public profile may be."""
        return not self.to_close


@dataclass(frozen=True)
class AuditAnswer:
    """What the audit says: pass or not, the lesson's words, and the reasons, one per setting."""

    passed: bool
    public: bool  # passed with a deliberate public profile (something is open to strangers)
    says: str
    reasons: tuple[tuple[str, str], ...]  # (setting name, why): why it may stay public, or why to close it


@dataclass(frozen=True, kw_only=True)
class ProfileSettings(Activity):
    """A mock profile's privacy settings with a live "view as" preview (stranger, friend of a friend, friend)."""

    profile: Profile
    settings: tuple[Setting, ...]
    viewers: tuple[ViewAs, ...]
    view_as: Text  # label of the "view as" control, e.g. "See your profile as:"
    counts: ViewerCount  # e.g. "{viewer} can see or do {n} of {total} things."
    progress: Count  # e.g. "Kept from strangers: {n} of {total} settings."
    hidden: Text  # what a hidden detail looks like, e.g. "Hidden"
    check_button: Text  # e.g. "Is my profile private?"
    private: Text  # the check's answer when nothing is open to strangers
    not_private: Text  # the check's answer otherwise; the settings to change follow it
    friends_of_friends: Text | None = None  # a note when some settings let friends of friends in
    # the audit's answer when it passes with a deliberate, safe public profile (needs a setting
    # with `public-ok:`); left out: only a fully private profile passes
    public_profile: Text | None = None

    def counted(self) -> tuple[tuple[str, ...], int] | None:
        return ("settings",), len(self.settings)

    def check(self) -> Iterator[tuple[str, str]]:
        ids = [s.id for s in self.settings]
        if not ids:
            yield "settings", "needs at least one setting"
        public_ok = [s for s in self.settings if s.public_ok is not None]
        if public_ok and self.public_profile is None:
            yield "public-profile", (f"is missing, but '{public_ok[0].id}' has `public-ok:`; add `public-profile:` "
                                     "(what the audit says when a safe public profile passes), or remove `public-ok:`")
        if self.public_profile is not None and not public_ok:
            yield "public-profile", ("no setting has `public-ok:`, so no public profile can pass; mark the details "
                                     "a safe public profile may show with `public-ok:` (why it is safe)")
        if ids and len(public_ok) == len(ids):
            yield "settings", ("every setting has `public-ok:`, so the audit has nothing to close; a safe public "
                               "profile still keeps some things (where you are, how to contact you) from strangers")
        if ids and self.privacy_check(self.start()).passed:
            yield "settings", ("the profile passes the audit as it starts; start at least one setting that must be "
                               "closed open to strangers, so the pupil has something to do")
        if len(set(ids)) != len(ids):
            yield "settings", "two settings share an id; give each its own"
        seen = [v.viewer for v in self.viewers]
        if not seen:
            yield "viewers", "needs at least one viewer to preview as"
        if len(set(seen)) != len(seen):
            yield "viewers", "lists the same viewer twice; keep each once"
        if seen and "stranger" not in seen:
            yield "viewers", "must include `viewer: stranger`: the lesson is about what strangers see"

    # -- the logic ------------------------------------------------------------------------------
    def start(self) -> dict[str, str]:
        return {s.id: s.start for s in self.settings}

    def setting(self, setting_id: str) -> Setting | None:
        return next((s for s in self.settings if s.id == setting_id), None)

    def choose(self, chosen: Mapping[str, str], setting_id: object, audience: object) -> dict[str, str]:
        """The settings after choosing `audience` for `setting_id`; anything not offered by
        that setting (or not a string) leaves the settings as they were."""
        now = self.normalise(chosen)
        s = self.setting(setting_id) if isinstance(setting_id, str) else None
        if s is not None and isinstance(audience, str) and audience in s.audiences:
            now[s.id] = audience
        return now

    def normalise(self, chosen: Mapping[str, str]) -> dict[str, str]:
        """Every setting with a value it offers (unknown or missing ones: the start value)."""
        return {s.id: chosen[s.id] if chosen.get(s.id) in s.audiences else s.start for s in self.settings}

    def preview(self, chosen: Mapping[str, str], viewer: str) -> tuple[PreviewLine, ...]:
        """What `viewer` sees of the profile, one line per setting, in content order."""
        now = self.normalise(chosen)
        lines = []
        for s in self.settings:
            visible = can_see(now[s.id], viewer)
            if s.is_action:
                text = str(s.can if visible else s.cannot)
            else:
                text = str(s.shows) if visible else ""
            lines.append(PreviewLine(s.id, s.name, visible, text))
        return tuple(lines)

    def privacy_check(self, chosen: Mapping[str, str]) -> PrivacyCheck:
        now = self.normalise(chosen)
        strangers = tuple(s for s in self.settings if can_see(now[s.id], "stranger"))
        fof = tuple(s for s in self.settings
                    if can_see(now[s.id], "friend-of-friend") and not can_see(now[s.id], "stranger"))
        on_purpose = tuple(s for s in strangers if s.public_ok is not None) if self.public_profile else ()
        return PrivacyCheck(not strangers, strangers, fof, on_purpose)

    def answer(self, chosen: Mapping[str, str]) -> AuditAnswer:
        """The audit's answer for these settings: private passes; public passes only where every
        open setting is one a safe public profile may show (each with why); otherwise it fails,
        naming each setting to close with why."""
        verdict = self.privacy_check(chosen)
        if verdict.private:
            return AuditAnswer(True, False, str(self.private), ())
        if verdict.passed and self.public_profile is not None:
            return AuditAnswer(True, True, str(self.public_profile),
                               tuple((str(s.name), str(s.public_ok)) for s in verdict.public_on_purpose))
        return AuditAnswer(False, False, str(self.not_private),
                           tuple((str(s.name), str(s.advice)) for s in verdict.to_close))

    def visible_count(self, chosen: Mapping[str, str], viewer: str) -> int:
        return sum(line.visible for line in self.preview(chosen, viewer))

    def counts_text(self, chosen: Mapping[str, str], viewer: str) -> str:
        return fill(self.counts, viewer=self.viewer_label(viewer), n=self.visible_count(chosen, viewer),
                                total=len(self.settings))

    def progress_text(self, chosen: Mapping[str, str]) -> str:
        """How many settings pass the audit: kept from strangers, or safely public on purpose."""
        kept = len(self.settings) - len(self.privacy_check(chosen).to_close)
        return fill(self.progress, n=kept, total=len(self.settings))

    def viewer_label(self, viewer: str) -> str:
        return next((str(v.label) for v in self.viewers if v.viewer == viewer), viewer)


# -- friend requests ---------------------------------------------------------------------------

ChoiceId = Literal["accept", "decline", "ask"]
CHOICES: tuple[str, ...] = get_args(ChoiceId)


@dataclass(frozen=True)
class Choice:
    id: ChoiceId
    label: Text  # in the band's words: "Yes" / "Accept", "No" / "Decline", "Ask a grown-up"


@dataclass(frozen=True)
class Request:
    name: Text
    about: Text  # what the pupil knows about them, e.g. "Your cousin. You see her every week."
    # known: someone the pupil knows in real life; not-known: someone they do not;
    # mutual-friends: not known, but shares friends; suspicious: not known, and something
    # about the request is off (a prize, a secret, a copy of a friend's account)
    who: Literal["known", "not-known", "mutual-friends", "suspicious"]
    best: tuple[ChoiceId, ...]  # the choices that are right for this request
    feedback: dict[str, Text]  # one per choice id: what to say when the pupil picks it
    mutual_friends: int = 0

    def check(self) -> Iterator[tuple[str, str]]:
        if not self.best:
            yield "best", "needs at least one right choice"
        # policy §5.5(2): accept only people you know in real life
        if self.who == "known" and "accept" not in self.best:
            yield "best", "this is someone the pupil knows (`who: known`), so `accept` must be right"
        if self.who != "known" and "accept" in self.best:
            yield "best", (f"`who: {self.who}` is someone the pupil does not know in real life; "
                           "accepting must not be right (policy 5.5(2))")
        if self.mutual_friends < 0:
            yield "mutual-friends", "cannot be negative"


@dataclass(frozen=True, kw_only=True)
class FriendRequests(Activity):
    """Friend requests to accept, decline or ask an adult about, with feedback for every choice."""

    question: Text
    choices: tuple[Choice, ...]
    requests: tuple[Request, ...]
    done: Text  # said when every request has a right answer
    mutual: Annotated[Template, Slots(needs=("n",), says=NUMBER)] | None = None  # e.g. "{n} friends in common"

    def counted(self) -> tuple[tuple[str, ...], int] | None:
        return ("requests",), len(self.requests)

    def check(self) -> Iterator[tuple[str, str]]:
        ids = [c.id for c in self.choices]
        if len(ids) < 2:
            yield "choices", "needs at least two choices"
        if len(set(ids)) != len(ids):
            yield "choices", "lists the same choice twice; keep each once"
        if "accept" not in ids or "decline" not in ids:
            yield "choices", "must include `accept` and `decline`"
        if not self.requests:
            yield "requests", "needs at least one request"
        for i, r in enumerate(self.requests, 1):
            where = f"requests[{i}]"
            for b in r.best:
                if b not in ids:
                    yield f"{where}.best", f"'{b}' is not one of the choices; expected one of: {', '.join(ids)}"
            missing = [c for c in ids if c not in r.feedback]
            extra = [k for k in r.feedback if k not in ids]
            if missing:
                yield f"{where}.feedback", f"has no feedback for: {', '.join(missing)}; give one for every choice"
            if extra:
                yield f"{where}.feedback", f"'{extra[0]}' is not a choice; expected one of: {', '.join(ids)}"
            if "ask" in ids and "ask" not in r.best:
                yield f"{where}.best", "must include `ask`: asking a trusted adult is never the wrong choice"

    def mutual_text(self, request: Request) -> str:
        """e.g. "23 mutual friends"; "" when the request shares no friends."""
        if not request.mutual_friends:
            return ""
        return fill(self.mutual or "{n} mutual friends", n=request.mutual_friends)

    @property
    def choice_ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.choices)

    def judge(self, request: int, choice: str) -> Feedback:
        """Feedback for `choice` on request number `request` (0-based): one offered (`choosing().offered`)."""
        r = self.requests[request]
        return Feedback(choice in r.best, str(r.feedback[choice]))

    def choosing(self) -> Choosing:
        """Each request, with the choices."""
        choices = tuple((str(c.label), c.id) for c in self.choices)
        return Choosing(tuple(Item(r.name, choices) for r in self.requests), lambda i, c: self.judge(i, str(c)))
