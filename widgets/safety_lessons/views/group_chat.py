"""Group chat view: a mock chat (HTML/CSS only), a button per admin action, the pupil's
actions in order, and the verdict on their order and combination when they finish."""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as w

from ..activities import GroupChat
from ..activities.group_chat import ChatState, Verdict
from ..content.words import Words
from .common import Page, button, esc, frame, guarded, keep_focus, live_area, reminder


def chat_html(activity: GroupChat, state: ChatState, words: Words,
              picture: Callable[[str], str] | None = None) -> str:
    """The chat as the pupil sees it now; every change is said in words, not only shown.
    With `picture` (character id → markup), each message starts with its sender's picture, or
    their initial if they have none: decoration only, as the sender's name follows in words."""
    say = words.say
    characters = {m.id: m.character for m in activity.members if m.character}

    def avatar(member_id: str) -> str:
        if picture is None or not characters:
            return ""
        drawn = picture(characters[member_id]) if member_id in characters else ""
        inner = drawn or esc(activity.member_name(member_id)[:1])
        kind = "sl-chat-avatar" if drawn else "sl-chat-avatar sl-chat-initial"
        return f'<span class="{kind}" aria-hidden="true">{inner}</span>'

    people = []
    for person in activity.members:
        marks = []
        if person.id == activity.you:
            marks.append(f'<span class="sl-chat-you">({esc(activity.you_are)})</span>')
        if person.id in state.removed_members:
            marks.append(f'<span class="sl-chat-badge sl-chat-removed">🚫 {esc(say("member-removed"))}</span>')
        elif person.id in state.muted_members:
            marks.append(f'<span class="sl-chat-badge sl-chat-muted">🔇 {esc(say("member-muted"))}</span>')
        people.append(f"<li>{esc(person.name)} {' '.join(marks)}</li>")
    threads = []
    for t in activity.threads:
        if t.id in state.removed_threads:
            threads.append(f'<section class="sl-chat-thread sl-chat-gone"><p>🗑 '
                           f"{esc(say('thread-removed', title=t.title))}</p></section>")
            continue
        lines = []
        for msg in t.messages:
            if msg.id in state.removed_messages:
                lines.append(f'<li class="sl-chat-msg sl-chat-gone">🗑 {esc(say("message-removed"))}</li>')
                continue
            who = activity.member_name(msg.by)
            mine = " sl-chat-mine" if msg.by == activity.you else ""
            lines.append(f'<li class="sl-chat-msg{mine}">{avatar(msg.by)}<span class="sl-chat-words">'
                         f"<strong>{esc(who)}:</strong> {esc(msg.text)}</span></li>")
        for thread_id, text in state.posts:
            if thread_id == t.id:
                lines.append(f'<li class="sl-chat-msg sl-chat-mine">{avatar(activity.you)}'
                             f'<span class="sl-chat-words"><strong>{esc(activity.member_name(activity.you))}:'
                             f"</strong> {esc(text)}</span></li>")
        threads.append(f'<section class="sl-chat-thread" aria-label="{esc(say("chat-thread", title=t.title))}">'
                       f'<h5 class="sl-chat-thread-title"># {esc(t.title)}</h5>'
                       f'<ul class="sl-chat-msgs">{"".join(lines)}</ul></section>')
    status = [f"<li>✉️ {esc(say('private-message-sent', name=activity.member_name(p)))}</li>" for p in state.private]
    if state.told_adult:
        status.append(f"<li>🧑‍🏫 {esc(activity.adult_seen or say('adult-seen'))}</li>")
    if state.reported:
        status.append(f"<li>🚩 {esc(say('reported-to-app'))}</li>")
    outside = (f'<ul class="sl-chat-status" aria-label="{esc(say("outside-the-chat"))}">{"".join(status)}</ul>'
               if status else "")
    return (f'<div class="sl-chat-screen" role="group" aria-label="{esc(say("group-chat", name=activity.chat_name))}">'
            f'<h4 class="sl-chat-name">💬 {esc(activity.chat_name)}</h4>'
            f'<p class="sl-chat-members-title">{esc(say("chat-members"))}</p>'
            f'<ul class="sl-chat-members">{"".join(people)}</ul>'
            f'{"".join(threads)}</div>{outside}')


def verdict_html(verdict: Verdict, page: Page) -> str:
    say = page.words.say
    lead, mark = (say("right"), "sl-right") if verdict.correct else (say("try-again"), "sl-try-again")
    items = "".join(
        f'<li class="{"sl-right" if s.kept else "sl-try-again"}"><span aria-hidden="true">'
        f'{"✓" if s.kept else "↻"}</span> <strong>{esc(say("rule-kept" if s.kept else "rule-broken"))}</strong> '
        f"{esc(s.text)}</li>" for s in verdict.lines)
    icon = "✓" if verdict.correct else "↻"
    return (f'<div class="sl-verdict"><p class="{mark}"><span aria-hidden="true">{icon}</span> '
            f"<strong>{esc(lead)}</strong> {esc(verdict.summary)}</p>"
            f'<ul class="sl-verdict-lines">{items}</ul></div>')


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
        self.feedback.value = f'<p class="sl-chat-said">{esc(said)}</p>'
        self.render()
        # a used action is disabled: the keyboard moves on to the next one still open
        order = list(self.buttons)
        here = order.index(after[-1])
        keep_focus(self.buttons[after[-1]], *(self.buttons[a] for a in order[here + 1:] + order[:here]),
                   self.done, self.restart)

    def finish(self, _: object = None) -> None:
        if not self.taken:
            self.feedback.value = f'<p class="sl-try-again">{esc(self.activity.nothing_yet)}</p>'
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
        self.progress.value = f"<p>{esc(say('chat-progress', n=len(self.taken), done=done, total=of))}</p>"
        if self.taken:
            items = "".join(f"<li>{esc(self.activity.action(a).label)}</li>" for a in self.taken)
            self.log.value = f'<p class="sl-chat-log-title">{esc(say("what-you-did"))}</p><ol>{items}</ol>'
        else:
            self.log.value = f'<p class="sl-chat-log-title">{esc(say("nothing-done-yet"))}</p>'
