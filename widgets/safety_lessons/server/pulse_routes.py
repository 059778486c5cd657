"""`serve`'s class-pulse handlers (pulse.py keeps the counts; app.py routes to them):

- ``/pulse`` (a form, posted) and ``/pulse/<code>`` (a link): where a pupil joins. A running code
  shows what the pulse shares (counts, never who, once `Pulses.minimum` have answered) and a
  button to open the lesson with it; any
  other code a calm page. Wrong codes are limited per browser and per address, as the class and
  teacher codes are (guard.Tries), on a count of their own (`PULSE_TRIES`).
- ``/pulse/kernel/<action>`` (start, answer, round, counts, end): what lessons' kernels send
  (pulse_link.py), each a small JSON message with the key only kernels have. No browser can use
  them, and nothing they carry is logged.
"""

from __future__ import annotations

import hmac
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jupyter_server.base.handlers import JupyterHandler
from tornado.ioloop import PeriodicCallback
from tornado.web import HTTPError, RequestHandler

from ..activities.before_after import BeforeAndAfter
from ..activities.choose import pulse_questions
from ..content.schema import ContentError
from ..pulse_link import KEY_HEADER
from ..registry import library
from .addresses import is_local, pupil_urls
from .guard import Tries, browser_id
from .pulse import ClassPulse, Pulses, normal_code, read_message

PULSE_TRIES = 10  # wrong pulse codes a browser may type before each further try waits (guard.Tries)
SWEEP_EVERY = 60.0  # seconds between forgetting closed pages and ending idle pulses
ACTIONS: dict[str, dict[str, type]] = {  # what each kernel message holds
    "start": {"kernel": str, "lesson": str},
    "answer": {"kernel": str, "question": str, "answer": int},
    "round": {"kernel": str, "question": str, "round": int, "answer": int},  # a quick question, start or end
    "counts": {"kernel": str, "code": str},
    "end": {"kernel": str, "code": str},
}

Notice = Callable[[Any, str, dict[str, Any]], str]  # (handler, notice's name, context) → the page


def kernel_url(host: str, port: int, base_url: str = "/") -> str:
    """The server as its kernels reach it: on this computer, by the address it listens on."""
    host = host.strip("[]")
    address = "127.0.0.1" if host in ("", "0.0.0.0", "localhost") else "::1" if host == "::" else host
    return (f"http://[{address}]:{port}" if ":" in address else f"http://{address}:{port}") + base_url


def join_addresses(host: str, port: int) -> list[str]:
    """Where pupils type the code: the server's addresses on the school network (this computer's
    own address when it serves only itself)."""
    if is_local(host.strip("[]")):
        return [f"http://localhost:{port}/"]
    return pupil_urls(host, port) or [f"http://{host}:{port}/"]


Rounds = dict[str, tuple[int, frozenset[int]]]  # a quick question → (its number of answers, its right ones)


def lesson_questions(root: Path, lesson: str) -> tuple[dict[str, int], Rounds]:
    """The pulse questions of lesson "band/topic", and its quick questions (({}, {}) if it has
    none, or cannot be read)."""
    band, _, topic = lesson.partition("/")
    try:
        activities = library(root).lesson(band, topic).activities
    except (ContentError, OSError, KeyError):
        return {}, {}
    rounds = {f"{name}/{i}": (len(q.answers), frozenset(n for n, a in enumerate(q.answers) if a.correct))
              for name, activity in activities.items() if isinstance(activity, BeforeAndAfter)
              for i, q in enumerate(activity.questions, 1)}
    return {k: n for k, n in pulse_questions(activities).items() if k not in rounds}, rounds


@dataclass
class PulseRoom:
    """What the pulse's handlers share: the counts, where the lessons are, the server's address,
    the kernels' key, the pages' words, and wrong codes typed."""

    pulses: Pulses
    root: Path
    host: str
    port: int
    key: str
    notice: Notice
    tries: Tries = field(default_factory=lambda: Tries(free=PULSE_TRIES))  # pulse-code typos hold up no other code
    sweeper: PeriodicCallback | None = None

    def sweep(self, handler: RequestHandler) -> None:
        """Forget closed pages and end idle pulses, now and (from the first request, once the
        server's loop runs) every `SWEEP_EVERY` seconds."""
        manager = handler.settings["kernel_manager"]
        self.pulses.sweep(manager.list_kernel_ids())
        if self.sweeper is None:
            self.sweeper = PeriodicCallback(lambda: self.pulses.sweep(manager.list_kernel_ids()), SWEEP_EVERY * 1000)
            self.sweeper.start()


class JoinHandler(JupyterHandler):
    """Where a pupil joins a class's pulse: the code typed in a form (posted, so it is in no
    address), or a link to /pulse/<code>. What a pupil typed never reaches the server's log,
    which names the address of every answer of 400 or more: a wrong code in a form gets its
    404 or 429 at /pulse, and a link's wrong code is answered with the calm page as a 200."""

    def initialize(self, room: PulseRoom) -> None:
        self.room = room

    def check_xsrf_cookie(self) -> None:
        # As the class-code page (app.CodeHandler): the form's `_xsrf` field must match its
        # SameSite=Strict cookie.
        RequestHandler.check_xsrf_cookie(self)

    def get(self, typed: str | None = None) -> None:
        if typed is None:
            self.form()
            return
        pulse = self.find(typed, quiet=True)
        if pulse is not None:
            lesson = f"{self.base_url}voila/render/{pulse.lesson}.ipynb?pulse={quote(normal_code(typed))}"
            self.finish(self.room.notice(self, "pulse-joined", {"href": lesson, "minimum": self.room.pulses.minimum}))

    def post(self) -> None:
        typed = self.get_body_argument("code", "")[:64]
        if self.find(typed, quiet=False) is not None:
            self.redirect(f"{self.base_url}pulse/{quote(normal_code(typed))}", status=303)

    def find(self, typed: str, quiet: bool) -> ClassPulse | None:
        """The running pulse `typed` names; None after showing why not (wrong codes counted)."""
        tries = self.room.tries
        address, browser, now = str(self.request.remote_ip), browser_id(self), time.monotonic()
        if tries.refused(address, browser, now):
            if not quiet:
                self.set_header("Retry-After", str(math.ceil(tries.wait(address, browser, now))))
            self.form("code-too-many-tries", None if quiet else 429)
            return None
        self.room.sweep(self)
        pulse = self.room.pulses.find(typed)
        if pulse is None:
            tries.failed(address, browser, now)
            self.form("pulse-unknown", None if quiet else 404)
        return pulse

    def form(self, problem: str | None = None, status: int | None = None) -> None:
        from markupsafe import Markup

        if status is not None:
            self.set_status(status)
        self.finish(self.room.notice(self, "pulse-join", {"action": f"{self.base_url}pulse", "problem": problem,
                                                          "xsrf": Markup(self.xsrf_form_html())}))


Reply = dict[str, Any]


def start(room: PulseRoom, message: dict[str, Any]) -> Reply:
    questions, rounds = lesson_questions(room.root, message["lesson"])
    if not questions:
        raise HTTPError(409)
    code = room.pulses.start(message["lesson"], questions, message["kernel"], rounds=rounds)
    return {"code": code, "join": join_addresses(room.host, room.port)}


def answer(room: PulseRoom, message: dict[str, Any]) -> Reply:
    counted = room.pulses.answer(message["kernel"], message["question"], message["answer"])
    return {"counted": counted, "minimum": room.pulses.minimum}


def answer_round(room: PulseRoom, message: dict[str, Any]) -> Reply:
    counted = room.pulses.answer_round(message["kernel"], message["question"], message["round"], message["answer"])
    return {"counted": counted, "minimum": room.pulses.minimum}


def counts(room: PulseRoom, message: dict[str, Any]) -> Reply:
    found = room.pulses.counts(message["code"], message["kernel"])
    return {"running": False} if found is None else {"running": True, **found}


def end(room: PulseRoom, message: dict[str, Any]) -> Reply:
    return {"ended": room.pulses.end(message["code"], message["kernel"])}


ANSWERS: dict[str, Callable[[PulseRoom, dict[str, Any]], Reply]] = {  # each kernel message's answer
    "start": start, "answer": answer, "round": answer_round, "counts": counts, "end": end}


class PulseKernelHandler(RequestHandler):
    """A lesson kernel's message about the pulse: JSON in, JSON out, the key checked."""

    def initialize(self, room: PulseRoom) -> None:
        self.room = room

    def check_xsrf_cookie(self) -> None:  # (the key stands in for it: no browser has it)
        return

    def prepare(self) -> None:
        if not hmac.compare_digest(self.request.headers.get(KEY_HEADER, "").encode(), self.room.key.encode()):
            raise HTTPError(403)

    def post(self, action: str) -> None:
        fields = ACTIONS.get(action)
        message = read_message(self.request.body, fields) if fields else None
        if message is None:
            raise HTTPError(400)
        self.room.sweep(self)
        self.finish(ANSWERS[action](self.room, message))

    def log_exception(self, *args: Any) -> None:  # an HTTPError is the answer: nothing to log
        return
