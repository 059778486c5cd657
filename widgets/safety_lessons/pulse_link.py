"""A lesson's kernel talking to `serve` about the class pulse (server/pulse.py): a teacher view starts,
takes a snapshot of the class's totals when the teacher asks (never a live feed) and ends its
lesson's pulse (`Session`); a pupil's page sends its choices on pulse questions and on the quick
questions at the start and the end (`Sender`). Only to the server that started the kernel, at the
address and with the key `serve` put in the kernels' environment, never through a proxy. The
standard library only.

A page opened without `serve` (JupyterLab, nbval, the static site) has no link: the teacher's
panel then says the pulse needs the server, and a pupil's choices go nowhere.
"""

from __future__ import annotations

import json
import os
import queue
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .kernel_env import KEY_ENV, URL_ENV

KEY_HEADER = "X-Safety-Lessons-Pulse"
MINIMUM = 5  # pupils who must have answered a question before the teacher's page gets its counts
FLOOR = 3  # the least `serve --pulse-minimum` takes: with two, each pupil knows the other's answer
TIMEOUT = 3.0  # seconds a call to the server may take
MAX_REPLY = 64 * 1024


def join_link(address: str, code: str) -> str:
    """The address that opens a pulse's join page directly (the server's address ends in "/")."""
    return f"{address}pulse/{code}"


def shown_code(code: str) -> str:
    """A code as the teacher's screen shows it: two groups of three, easy to read out."""
    return f"{code[:3]} {code[3:]}"


Call = Callable[..., "dict[str, Any] | None"]  # (action, **fields) → the server's reply, None if none came


@dataclass(frozen=True)
class Link:
    """Calls to `serve`'s pulse routes, as this kernel."""

    url: str  # the server's address with its base URL, ending in "/"
    key: str
    kernel: str  # this kernel's id

    def call(self, action: str, **fields: Any) -> dict[str, Any] | None:
        import urllib.request

        request = urllib.request.Request(
            f"{self.url}pulse/kernel/{action}", data=json.dumps({"kernel": self.kernel, **fields}).encode(),
            headers={KEY_HEADER: self.key, "Content-Type": "application/json"}, method="POST")
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never a proxy: this computer only
        try:
            with opener.open(request, timeout=TIMEOUT) as reply:
                answer = json.loads(reply.read(MAX_REPLY))
        except (OSError, ValueError):  # (HTTPError, URLError and timeouts are OSErrors)
            return None
        return answer if isinstance(answer, dict) else None


def link() -> Link | None:
    """This kernel's link to `serve`; None when it was not started by `serve`."""
    from .compat import own_kernel_id

    url, key, kernel = os.environ.get(URL_ENV), os.environ.get(KEY_ENV), own_kernel_id()
    if sys.platform == "emscripten" or not (url and key and kernel):
        return None
    return Link(url, key, kernel)


# -- a pupil's page ---------------------------------------------------------------------------------
@dataclass
class Sender:
    """A pupil's choices on pulse questions, sent one after another by a thread of their own, so
    a click never waits for the server. Once the server says a choice was not counted (the page
    joined no pulse, or it ended), nothing more is sent."""

    call: Call
    counting: bool | None = None  # None: not known yet
    minimum: int = MINIMUM  # as the server said: what the pupil is told the teacher waits for
    _queue: queue.Queue[tuple[str, int, int | None, Callable[[], None]]] = field(default_factory=queue.Queue)
    _thread: threading.Thread | None = None

    def send(self, question: str, answer: int, counted: Callable[[], None], round_: int | None = None) -> None:
        """Send one choice (to a quick question: in `round_`, 0 at the start, 1 at the end);
        `counted` runs (in the sending thread) if the class's count took it."""
        if self.counting is False:
            return
        self._queue.put((question, answer, round_, counted))
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="class-pulse", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        while True:
            question, answer, round_, counted = self._queue.get()
            if self.counting is not False:
                reply = (self.call("answer", question=question, answer=answer) if round_ is None
                         else self.call("round", question=question, round=round_, answer=answer))
                if reply is not None:
                    self.counting = reply.get("counted") is True
                    if isinstance(reply.get("minimum"), int):
                        self.minimum = reply["minimum"]
                if self.counting:
                    counted()
            self._queue.task_done()

    def wait(self) -> None:
        """Until every choice sent so far has been answered (tests)."""
        self._queue.join()


_SENDER: list[Sender] = []


def sender() -> Sender | None:
    """This page's sender (one per kernel), or None without `serve`."""
    if not _SENDER:
        found = link()
        if found is None:
            return None
        _SENDER.append(Sender(found.call))
    return _SENDER[0]


# -- a teacher view ---------------------------------------------------------------------------------
@dataclass
class Session:
    """A teacher view's pulse for its lesson (one per page, shared by the lesson's panels): start
    it, take a snapshot of the class's totals when the teacher presses a button, end it. Nothing
    is fetched between presses, so the screen never moves as one pupil clicks. Listeners are
    called whenever what the screen shows changes."""

    call: Call
    lesson: str
    code: str | None = None
    join: tuple[str, ...] = ()  # where pupils go: the server's addresses
    snapshot: dict[str, Any] = field(default_factory=dict)  # the server's totals at the last press ({}: none yet)
    problem: str | None = None  # the words' name of what went wrong, if something did
    listeners: list[Callable[[], None]] = field(default_factory=list)

    @property
    def running(self) -> bool:
        return self.code is not None

    @property
    def pages(self) -> int:
        """Pupils' browsers that had answered at the last snapshot."""
        return int(self.snapshot.get("pages", 0))

    @property
    def minimum(self) -> int:
        return int(self.snapshot.get("minimum", MINIMUM))

    def start(self) -> None:
        reply = self.call("start", lesson=self.lesson)
        if reply is None or not isinstance(reply.get("code"), str):
            self.problem = "pulse-not-started"
        else:
            self.code, self.join, self.problem = reply["code"], tuple(map(str, reply.get("join", ()))), None
            self.snapshot = {}
        self._changed()

    def take_snapshot(self) -> bool:
        """Ask for the class's totals once (the teacher pressed a button); False when the pulse
        is no longer running."""
        if self.code is None:
            return False
        reply = self.call("counts", code=self.code)
        if reply is None:
            return True  # the server did not answer this time: keep what is shown
        if reply.get("running") is not True:
            self._ended("pulse-gone")
            return False
        self.snapshot = {k: reply.get(k) for k in ("questions", "rounds", "pages", "minimum")}
        self._changed()
        return True

    def end(self) -> None:
        if self.code is not None:
            self.call("end", code=self.code)
        self._ended(None)

    def _ended(self, problem: str | None) -> None:
        self.code, self.join, self.snapshot, self.problem = None, (), {}, problem
        self._changed()

    def _changed(self) -> None:
        for listener in list(self.listeners):
            listener()
