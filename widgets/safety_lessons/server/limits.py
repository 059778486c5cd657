"""What one pupil's page may take from the server (issue 19, points 1, 2 and 7): the sizes, rates
and times `serve` enforces, and the kernel-side memory bound. The standard library only: kernels
import this module too.

- A websocket message is at most `MAX_MESSAGE` bytes (Tornado refuses a larger one and closes the
  socket). The largest message a lesson page sends is a pupil's text in a text box, a few KiB; the
  widget manager's own messages are under 1 KiB. 256 KiB leaves room for a very long answer.
- A kernel's websockets may send `RATE` messages a second between them, in bursts of up to
  `BURST` (`Bucket`); what comes faster is dropped, and once `ABUSE` messages have been dropped
  a socket sending more is closed (code `TOO_FAST_CODE`). A
  pupil clicking and typing as fast as they can sends about 20 a second (a message per key or
  click, with its echo handled by the kernel); a page opening sends about 10.
- A kernel whose page has sent no widget message (`comm_msg`) for `idle_limit` seconds has its
  websockets closed with code `IDLE_CODE`, reason "idle", and is shut down (`IdleClock`); the page
  offers to carry on.
- A served lesson's kernel may use `kernel_memory` MiB of data memory (RLIMIT_DATA, `kernel_env.limit_kernel`):
  a lesson kernel uses 120-170 MiB of it (VmData; 55-70 MiB resident), so 512 MiB leaves room
  for everything a lesson does, and a value too big for it fails in the kernel quietly.

Issue 29, points 2 and 3 (what one browser or script can take from everyone):
- A kernel has at most `SOCKETS_PER_KERNEL` websockets: a page has one, and one more while it
  reconnects. A new one closes the oldest (`Sockets`), so a script opening hundreds on one kernel
  holds three (each open socket has every kernel message copied to it: 300 cost the server ~N²).
  The message rate is the kernel's, shared by its sockets (more sockets, no more messages).
- One client (an IPv4 address, or an IPv6 /64, which one computer may rotate through: `addresses.client_key`)
  may have `SOCKETS_PER_CLIENT` kernel websockets open, or two for each lesson the server holds if
  that is more (`sockets_per_client`): every pupil behind one school proxy, each page with a
  reconnect. Beyond it a socket is refused (503) before it opens.
- A request's headers must arrive within `REQUEST_TIMEOUT` seconds, and so must its body, of at
  most `MAX_BODY` bytes (the largest a page posts is a typed code or a pulse vote, under 1 KiB):
  a larger Content-Length is refused (400) before any of it is read, a slow client is dropped.
- `serve` raises its open-file limit to the most the system allows (`raise_open_files`): each
  connection is an open file, and a pupil's lesson holds about 14; the limit was the 1,024 most
  systems start programs with, and 1,000 half-sent requests took it all.
"""

from __future__ import annotations

import time
from collections.abc import Collection, Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

MAX_MESSAGE = 256 * 1024  # bytes in one websocket message from a page
RATE = 50.0  # messages a second a kernel's websockets may send, sustained
BURST = 200  # messages it may send at once
ABUSE = 1000  # messages dropped before the socket is closed
IDLE_LIMIT = 7200  # seconds without a widget message before a kernel is shut down
IDLE_CODE = 4001  # websocket close code the page reads as "you have been away"
IDLE_REASON = "idle"
TOO_FAST_CODE = 1008  # policy violation: the page sent far too many messages
JUNK_CODE = 1007  # a message no lesson page sends (unreadable, or on no kernel channel)
KERNEL_MEMORY = 512  # MiB of data memory (RLIMIT_DATA) a lesson's kernel may use
MiB = 1024 * 1024
SOCKETS_PER_KERNEL = 3  # websockets one kernel may have open: its page, a reconnect, one more
MAX_CLASS = 60  # pupils one school proxy may bring, and kernels kept warm at most (`serve --class-size`)
SOCKETS_PER_CLIENT = 2 * MAX_CLASS  # kernel websockets one address (or IPv6 /64) may have open
REPLACED_CODE = 4002  # websocket close code: a newer connection to the same kernel replaced it
TOO_MANY_CODE = 503  # HTTP status for a websocket refused because its client has too many
REQUEST_TIMEOUT = 15.0  # seconds for a request's headers, and again for its body
MAX_BODY = 64 * 1024  # bytes in a request's body
MAX_HEADERS = 16 * 1024  # bytes in a request's headers (tornado's default is 64 KiB)
FILES_PER_PUPIL = 40  # open files the server may hold for one pupil (measured: 14 a lesson; up to 3 sockets)
FILES_SPARE = 1000  # open files for everything else, and a burst of connections


@dataclass
class Bucket:
    """A token bucket: `take()` is true for a message within the rate, false for one to drop."""

    rate: float = RATE
    burst: float = BURST
    tokens: float = -1.0
    stamp: float = field(default_factory=time.monotonic)
    dropped: int = 0

    def take(self, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        if self.tokens < 0:
            self.tokens = self.burst
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        self.dropped += 1
        return False

    @property
    def abused(self) -> bool:
        return self.dropped >= ABUSE


@dataclass
class IdleClock:
    """When each kernel's page last sent a widget message (or first connected)."""

    limit: float = IDLE_LIMIT
    used: dict[str, float] = field(default_factory=dict)

    def connected(self, kernel_id: str, now: float | None = None) -> None:
        self.used.setdefault(kernel_id, time.monotonic() if now is None else now)

    def touched(self, kernel_id: str, now: float | None = None) -> None:
        self.used[kernel_id] = time.monotonic() if now is None else now

    def idle(self, running: Iterable[str], now: float | None = None) -> list[str]:
        """Kernels idle for longer than the limit; forgets them, and kernels no longer running."""
        now = time.monotonic() if now is None else now
        alive = set(running)
        for gone in self.used.keys() - alive:
            del self.used[gone]
        idle = [k for k, t in self.used.items() if now - t > self.limit]
        for kernel_id in idle:
            del self.used[kernel_id]
        return idle

    @property
    def sweep_every(self) -> float:
        """Seconds between sweeps: every minute, or a quarter of a shorter limit."""
        return max(0.5, min(60.0, self.limit / 4))


S = TypeVar("S", bound=Hashable)


@dataclass
class Sockets(Generic[S]):
    """The kernel websockets open or opening, oldest first, by kernel and by client."""

    per_kernel: int = SOCKETS_PER_KERNEL
    per_client: int = SOCKETS_PER_CLIENT
    kernels: dict[str, list[S]] = field(default_factory=dict)
    clients: dict[str, int] = field(default_factory=dict)
    where: dict[S, tuple[str, str]] = field(default_factory=dict)  # socket → (kernel, client)

    def arrive(self, socket: S, kernel: str, client: str) -> list[S] | None:
        """Count a new socket in: the older sockets of its kernel to close to make room for it
        (they are counted out), or None if its client has too many already (it is not counted)."""
        mine = self.kernels.get(kernel, [])
        old = mine[:max(0, len(mine) + 1 - self.per_kernel)]
        freed = sum(self.where[s][1] == client for s in old)
        if self.clients.get(client, 0) - freed >= self.per_client:
            return None
        for gone in old:
            self.leave(gone)
        self.kernels.setdefault(kernel, []).append(socket)
        self.clients[client] = self.clients.get(client, 0) + 1
        self.where[socket] = (kernel, client)
        return old

    def leave(self, socket: S) -> None:
        """Count a socket out (it closed, or was refused later); idempotent."""
        found = self.where.pop(socket, None)
        if found is None:
            return
        kernel, client = found
        self.kernels[kernel].remove(socket)
        if not self.kernels[kernel]:
            del self.kernels[kernel]
        self.clients[client] -= 1
        if not self.clients[client]:
            del self.clients[client]

    def of(self, kernel: str) -> list[S]:
        return list(self.kernels.get(kernel, ()))


def sockets_per_client(max_kernels: int) -> int:
    """Kernel websockets one client may have open on a server holding `max_kernels` lessons."""
    return max(SOCKETS_PER_CLIENT, 2 * max_kernels)


def raise_open_files() -> tuple[int, int] | None:
    """Raise this process's soft open-file limit (RLIMIT_NOFILE) to its hard one; returns (was,
    now), None where there is no such limit. Kernels started later inherit it."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != soft:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
        except (ValueError, OSError):  # macOS refuses RLIM_INFINITY: leave it as it is
            return soft, soft
    return soft, hard


def open_files_notice(files: tuple[int, int] | None, pupils: int) -> str | None:
    """What to tell the teacher when the open-file limit (`raise_open_files`) is too low for
    `pupils` lessons at once (None when it is enough, or unknown)."""
    if files is None or files[1] >= FILES_PER_PUPIL * pupils + FILES_SPARE:
        return None
    return (f"this computer lets the server have {files[1]} files open at once, enough for about "
            f"{max(0, files[1] - FILES_SPARE) // FILES_PER_PUPIL} pupils: ask for the open-file limit "
            f"(`ulimit -n`) to be raised to {FILES_PER_PUPIL * pupils + FILES_SPARE} or more.")


def http_server_options() -> dict[str, float]:
    """tornado HTTPServer's arguments for `serve`: how long and how much a request may take."""
    return {"idle_connection_timeout": REQUEST_TIMEOUT, "body_timeout": REQUEST_TIMEOUT,
            "max_body_size": MAX_BODY, "max_header_size": MAX_HEADERS}


CHANNELS = ("shell", "control", "stdin", "iopub")


def message_kind(message: str | bytes) -> tuple[str, str] | None:
    """A page's websocket message's channel and type (the JSON of the legacy protocol, or the
    v1.kernel.websocket.jupyter.org binary frame: offsets, channel, header, …); None for one no
    page sends (unreadable, or on no kernel channel)."""
    import json

    try:
        if isinstance(message, str):
            whole = json.loads(message)
            channel, header = whole.get("channel"), whole.get("header", {})
        else:
            count = int.from_bytes(message[:8], "little")
            if not 2 < count < 64 or len(message) < 8 * (count + 1):  # a frame no page sends
                return None
            offsets = [int.from_bytes(message[8 * (i + 1):8 * (i + 2)], "little") for i in range(count)]
            channel = message[offsets[0]:offsets[1]].decode()
            header = json.loads(message[offsets[1]:offsets[2]])
        kind = header.get("msg_type") if isinstance(header, dict) else None
    except (ValueError, TypeError, AttributeError, IndexError):
        return None
    if channel not in CHANNELS or not isinstance(kind, str):
        return None
    return channel, kind


def is_comm_msg(message: str | bytes) -> bool:
    """Whether a page's websocket message is a `comm_msg` (widget use)."""
    found = message_kind(message)
    return found is not None and found[1] == "comm_msg"


@dataclass(frozen=True)
class Close:
    """A kernel websocket to close: its close code and reason, and the one line the log gets."""

    code: int
    reason: str
    why: str


TOO_FAST = Close(TOO_FAST_CODE, "too many messages", "A page sent too many messages")
JUNK = Close(JUNK_CODE, "unreadable message", "A page sent a message no lesson page sends")
PASS, WIDGET, DROP, NOT_PASSED = "pass", "widget", "drop", "not passed"  # what else becomes of a message


@dataclass
class KernelSockets:
    """Every kernel websocket's limits on one server: sockets per kernel and per client (`Sockets`),
    messages per kernel (`Bucket`) and each kernel's idle time (`IdleClock`). The connection class
    (server/compat.py item 6) asks; this decides."""

    clock: IdleClock = field(default_factory=IdleClock)
    sockets: Sockets[Any] = field(default_factory=Sockets)
    buckets: dict[str, Bucket] = field(default_factory=dict)  # kernel id → its pages' messages

    def judge(self, kernel_id: str, message: str | bytes, allowed: Collection[str], rate: float = RATE,
              burst: float = BURST) -> Close | str:
        """What becomes of a page's message: PASS it on (WIDGET: a widget message, which the idle
        clock counts as use), DROP it (beyond its kernel's rate), NOT_PASSED (a kind Voila does
        not pass on), or `Close` the socket (far beyond the rate, or a message no page sends)."""
        bucket = self.buckets.get(kernel_id)
        if bucket is None:
            bucket = self.buckets[kernel_id] = Bucket(rate, burst)
        if not bucket.take():
            return TOO_FAST if bucket.abused else DROP
        kind = message_kind(message)
        if kind is None:
            return JUNK
        if allowed and kind[1] not in allowed:
            return NOT_PASSED
        if kind[1] == "comm_msg":
            self.clock.touched(kernel_id)
            return WIDGET
        return PASS

    def idle(self, running: Iterable[str]) -> list[str]:
        """The kernels idle beyond the limit, to close and shut down; forgets kernels gone."""
        running = list(running)
        for gone in self.buckets.keys() - set(running):
            del self.buckets[gone]
        return self.clock.idle(running)
