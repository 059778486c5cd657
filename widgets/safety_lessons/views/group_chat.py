"""Group chat view: a mock chat (HTML/CSS only), a button per admin action, the pupil's
actions in order, and the verdict on their order and combination when they finish."""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as w
from markupsafe import Markup

from ..activities.group_chat import ChatState, GroupChat, Thread, Verdict
from ..content.words import Words
from .common import Page, button, frame, guarded, keep_focus, live_area, reminder, verdict
from .markup import html, join, trusted


def chat_html(activity: GroupChat, state: ChatState, words: Words,
              picture: Callable[[str], str] | None = None) -> Markup:
    """The chat as the pupil sees it now; every change is said in words, not only shown.
    With `picture` (character id → markup), each message starts with its sender's picture, or
    their initial if they have none: decoration only, as the sender's name follows in words."""
    say = words.say
    characters = {m.id: m.character for m in activity.members if m.character}

    def avatar(member_id: str) -> Markup | str:
        if picture is None or not characters:
            return ""
        drawn = picture(characters[member_id]) if member_id in characters else ""
        return html('<span class="sl-chat-avatar{initial}" aria-hidden="true">{inner}</span>',
                    initial="" if drawn else " sl-chat-initial",
                    inner=trusted(drawn) if drawn else activity.member_name(member_id)[:1])

    def message(by: str, text: str, mine: bool) -> Markup:
        return html('<li class="sl-chat-msg{mine}">{avatar}<span class="sl-chat-words"><strong>{who}:</strong> '
                    "{text}</span></li>", mine=" sl-chat-mine" if mine else "", avatar=avatar(by),
                    who=activity.member_name(by), text=text)

    def marks(person_id: str) -> Markup:
        you = person_id == activity.you
        shown = [html('<span class="sl-chat-you">({you})</span>', you=activity.you_are)] if you else []
        if person_id in state.removed_members:
            shown.append(html('<span class="sl-chat-badge sl-chat-removed">🚫 {t}</span>', t=say("member-removed")))
        elif person_id in state.muted_members:
            shown.append(html('<span class="sl-chat-badge sl-chat-muted">🔇 {t}</span>', t=say("member-muted")))
        return join(shown, " ")

    def thread(t: Thread) -> Markup:
        if t.id in state.removed_threads:
            return html('<section class="sl-chat-thread sl-chat-gone"><p>🗑 {text}</p></section>',
                        text=say("thread-removed", title=t.title))
        lines = [html('<li class="sl-chat-msg sl-chat-gone">🗑 {text}</li>', text=say("message-removed"))
                 if msg.id in state.removed_messages else message(msg.by, msg.text, msg.by == activity.you)
                 for msg in t.messages]
        lines += [message(activity.you, text, True) for thread_id, text in state.posts if thread_id == t.id]
        return html('<section class="sl-chat-thread" aria-label="{label}"><h5 class="sl-chat-thread-title"># {title}'
                    '</h5><ul class="sl-chat-msgs">{lines}</ul></section>',
                    label=say("chat-thread", title=t.title), title=t.title, lines=join(lines))

    status = [("✉️", say("private-message-sent", name=activity.member_name(p))) for p in state.private]
    if state.told_adult:
        status.append(("🧑‍🏫", activity.adult_seen or say("adult-seen")))
    if state.reported:
        status.append(("🚩", say("reported-to-app")))
    outside = html('<ul class="sl-chat-status" aria-label="{label}">{items}</ul>', label=say("outside-the-chat"),
                   items=join(html("<li>{icon} {text}</li>", icon=i, text=t) for i, t in status)) if status else ""
    return html('<div class="sl-chat-screen" role="group" aria-label="{label}"><h4 class="sl-chat-name">💬 {name}</h4>'
                '<p class="sl-chat-members-title">{members}</p><ul class="sl-chat-members">{people}</ul>{threads}</div>'
                "{outside}", label=say("group-chat", name=activity.chat_name), name=activity.chat_name,
                members=say("chat-members"), threads=join(map(thread, activity.threads)), outside=outside,
                people=join(html("<li>{name} {marks}</li>", name=p.name, marks=marks(p.id)) for p in activity.members))


def verdict_html(result: Verdict, page: Page) -> Markup:
    say = page.words.say
    items = join(html('<li class="{css}"><span aria-hidden="true">{icon}</span> <strong>{kept}</strong> {text}</li>',
                      css="sl-right" if s.kept else "sl-try-again", icon="✓" if s.kept else "↻",
                      kept=say("rule-kept" if s.kept else "rule-broken"), text=s.text) for s in result.lines)
    lead = say("right") if result.correct else say("try-again")
    return html('<div class="sl-verdict">{head}<ul class="sl-verdict-lines">{items}</ul></div>',
                head=verdict(result.correct, lead, result.summary), items=items)


class GroupChatView:
    def __init__(self, activity: GroupChat, page: Page) -> None:
        self.activity, self.page = activity, page
        self.taken: tuple[str, ...] = ()
        self.finished = False
        self.feedback = live_area()
        self.chat = w.HTML("")
        self.chat.add_class("sl-chat")
        self.buttons: dict[str, w.Button] = {}
        for a in activity.actions:
            b = button(a.label, a.label)
            b.add_class("sl-chat-action")
            b.on_click(guarded(self.feedback, page.words)(lambda _, a=a.id: self.take(a)))
            self.buttons[a.id] = b
        actions = w.Box(list(self.buttons.values()))
        actions.add_class("sl-chat-actions")
        self.progress = w.HTML("")
        self.progress.add_class("sl-progress")
        self.log = w.HTML("")
        self.log.add_class("sl-chat-log")
        self.done = button(activity.finish_button)
        self.restart = button(page.words.say("start-again"))
        self.done.on_click(guarded(self.feedback, page.words)(self.finish))
        self.restart.on_click(guarded(self.feedback, page.words)(self.start_again))
        ends = w.HBox([self.done, self.restart])
        ends.add_class("sl-chat-ends")
        head = [reminder(activity.reminder)] if activity.reminder else []
        self.widget = frame(activity, page, "group-chat",
                            [*head, self.chat, actions, self.progress, self.log, ends, self.feedback])
        self.render()

    # -- handlers (each validates what it gets: a browser can send anything) ---------
    def take(self, action_id: object) -> None:
        after = self.taken if self.finished else self.activity.take(self.taken, action_id)
        if after == self.taken:  # finished, unknown, repeated, no longer possible: nothing changes
            self.render()
            return
        self.taken = after
        said = self.activity.action(after[-1]).says
        self.feedback.value = html('<p class="sl-chat-said">{said}</p>', said=said)
        self.render()
        # a used action is disabled: the keyboard moves on to the next one still open
        order = list(self.buttons)
        here = order.index(after[-1])
        keep_focus(self.buttons[after[-1]], *(self.buttons[a] for a in order[here + 1:] + order[:here]),
                   self.done, self.restart)

    def finish(self, _: object = None) -> None:
        if not self.taken:
            self.feedback.value = html('<p class="sl-try-again">{text}</p>', text=self.activity.nothing_yet)
            return
        self.finished = True
        self.feedback.value = verdict_html(self.activity.judge(self.taken), self.page)
        self.render()
        keep_focus(self.done, self.restart)

    def start_again(self, _: object = None) -> None:
        self.taken, self.finished = (), False
        self.feedback.value = ""
        self.render()

    # -- drawing ----------------------------------------------------------------------
    def render(self) -> None:
        say = self.page.words.say
        self.chat.value = chat_html(self.activity, self.activity.state(self.taken), self.page.words,
                                    self.page.picture)
        open_ = set(self.activity.available(self.taken))
        for action_id, b in self.buttons.items():
            b.disabled = self.finished or action_id not in open_
            if action_id in self.taken:  # struck through: done already (not only greyed out)
                b.add_class("sl-chat-taken")
            else:
                b.remove_class("sl-chat-taken")
        self.done.disabled = self.finished
        done, of = self.activity.key_steps(self.taken)
        self.progress.value = html("<p>{text}</p>", text=say("chat-progress", n=len(self.taken), done=done, total=of))
        if self.taken:
            items = join(html("<li>{label}</li>", label=self.activity.action(a).label) for a in self.taken)
            self.log.value = html('<p class="sl-chat-log-title">{title}</p><ol>{items}</ol>',
                                  title=say("what-you-did"), items=items)
        else:
            self.log.value = html('<p class="sl-chat-log-title">{title}</p>', title=say("nothing-done-yet"))
