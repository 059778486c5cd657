"""What one pupil's page may take from the server (issue 19, points 1, 2 and 7): the sizes, rates
and times `serve` enforces, and the kernel-side memory bound. The standard library only: kernels
import this module too.

- A websocket message is at most `MAX_MESSAGE` bytes (Tornado refuses a larger one and closes the
  socket). The largest message a lesson page sends is a pupil's text in a text box, a few KiB; the
  widget manager's own messages are under 1 KiB. 256 KiB leaves room for a very long answer.
- Each kernel websocket may send `RATE` messages a second, in bursts of up to `BURST` (`Bucket`);
  what comes faster is dropped, and a socket that has had `ABUSE` messages dropped is closed. A
  pupil clicking and typing as fast as they can sends about 20 a second (a message per key or
  click, with its echo handled by the kernel); a page opening sends about 10.
- A kernel whose page has sent no widget message (`comm_msg`) for `idle_limit` seconds has its
  websockets closed with code `IDLE_CODE`, reason "idle", and is shut down (`IdleClock`); the page
  offers to carry on.
- A served lesson's kernel may use `kernel_memory` MiB of data memory (RLIMIT_DATA, `limit_kernel`):
  a lesson kernel uses 120-170 MiB of it (VmData; 55-70 MiB resident), so 512 MiB leaves room
  for everything a lesson does, and a value too big for it fails in the kernel quietly.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

MAX_MESSAGE = 256 * 1024  # bytes in one websocket message from a page
RATE = 50.0  # messages a second a kernel websocket may send, sustained
BURST = 200  # messages it may send at once
ABUSE = 1000  # messages dropped before the socket is closed
IDLE_LIMIT = 7200  # seconds without a widget message before a kernel is shut down
IDLE_CODE = 4001  # websocket close code the page reads as "you have been away"
IDLE_REASON = "idle"
TOO_FAST_CODE = 1008  # policy violation: the page sent far too many messages
KERNEL_MEMORY = 512  # MiB of data memory (RLIMIT_DATA) a lesson's kernel may use
MEMORY_ENV = "SAFETY_LESSONS_KERNEL_MEMORY"  # set by `serve`; kernels inherit it
MiB = 1024 * 1024


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


def is_comm_msg(message: str | bytes) -> bool:
    """Whether a page's websocket message (the JSON of the legacy protocol, or the
    v1.kernel.websocket.jupyter.org binary frame: offsets, channel, header, …) is a `comm_msg`."""
    import json

    try:
        if isinstance(message, str):
            header = json.loads(message).get("header", {})
        else:
            count = int.from_bytes(message[:8], "little")
            if not 2 < count < 64 or len(message) < 8 * (count + 1):  # a frame no page sends
                return False
            offsets = [int.from_bytes(message[8 * (i + 1):8 * (i + 2)], "little") for i in range(count)]
            header = json.loads(message[offsets[1]:offsets[2]])
        return bool(isinstance(header, dict) and header.get("msg_type") == "comm_msg")
    except (ValueError, TypeError, AttributeError, IndexError):
        return False


def limit_kernel(mib: int | None = None) -> int | None:
    """Bound this kernel's data memory (RLIMIT_DATA) to `mib` MiB, or to what `serve` put in the
    environment; returns the bound set (None: none asked for, or the platform has no such limit).
    Lowers the hard limit too: nothing the kernel runs can raise it again. Idempotent."""
    if mib is None:
        text = os.environ.get(MEMORY_ENV, "")
        if not text.isdigit():
            return None
        mib = int(text)
    try:
        import resource
    except ImportError:  # Windows, the browser's Python: no such limit
        return None
    limit = mib * MiB
    soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    if soft != limit:
        resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))
    return limit
