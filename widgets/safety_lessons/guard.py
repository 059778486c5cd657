"""Who may use the served lessons, and how much of the server one of them may take.

Every request passes `Guard.admit` before its handler runs; a lesson page also passes
`Guard.lesson` before it is given a kernel. Plain Python, no Tornado: server.py feeds it what a
request carries (its Host header, address, cookies, Fetch Metadata) and turns its answers into
responses.

- **Host.** Only the names the server was started for (DNS rebinding: another website's name
  pointed at this computer must not reach the lessons). An address typed as numbers is fine.
- **Cross-site.** A request another website made (`Sec-Fetch-Site: cross-site`: an image tag, a
  script, a link) starts no kernel. A link a pupil followed gets a page with a button to open
  the lesson, which is then this site's own request.
- **Kernels belong to the browser that opened them.** A lesson page gives the browser a random
  cookie (HttpOnly, SameSite=Strict); its kernel is recorded against it, and the kernel's
  websocket and API (shut down, interrupt, query) answer only that cookie: knowing a kernel's id
  is not enough.
- **Budget.** At most `max_kernels` pupils' kernels in all (from the computer's memory unless
  set). Per address (unless `per_client` is 0, as behind a proxy): at most `per_client`, at most
  `STARTING_PER_CLIENT` starting at once, and another only `SPACING` seconds after the last. Beyond
  them a calm "busy" page (503, Retry-After) that tries again by itself. A warm kernel goes to an
  address holding fewer than `WARM_PER_CLIENT` of them, so one client cannot empty the pool.
- **Codes** (optional). A class code that pupils type once (a cookie then carries it) before any
  lesson, and a teacher code for teacher views. Wrong codes are limited per address.
"""

from __future__ import annotations

import hmac
import ipaddress
import re
import secrets
import socket
import time
from collections import defaultdict, deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum

BROWSER_COOKIE = "sl-browser"
CLASS_COOKIE = "sl-class"
TEACHER_COOKIE = "sl-teacher"

KERNEL_MIB = 80  # what one pupil's kernel may grow to, with room (≈ 55-70 MiB measured)
MEMORY_SHARE = 0.75  # of the memory free at start that pupils' kernels may use
WARM_PER_CLIENT = 2  # warm kernels one address may hold; beyond, its pages start a kernel of their own
STARTING_PER_CLIENT = 1  # lesson pages one address may have starting at once: on 2 cores each one more
# slows every other pupil's page
SPACING = 5.0  # seconds between kernel starts for an address that has a lesson open already
RETRY_AFTER = {"busy": 60, "starting": 5}  # seconds a "busy" page waits before it tries again
CODE_TRIES = 10  # wrong codes one address may send …
CODE_WINDOW = 600.0  # … in this many seconds

LOCAL_NAMES = ("localhost",)
# A kernel's id in the paths that act on it: its websocket, Jupyter's kernel API, Voila's shutdown
# and query endpoints.
KERNEL_PATH = re.compile(r"/(?:api/kernels|voila/api/shutdown|voila/query|voila/execution)/([^/?]+)")
CODE_PAGES = ("class-code", "teacher-code")  # the pages where codes are typed (under the base URL)
OPEN_WITHOUT_CODE = ("voila/static/landing.css",)  # what those pages need before a code is typed
# What lessons' kernels send the server (class pulse): no code cookie, but the key only kernels
# have (pulse_routes.py checks it).
KERNELS_ONLY = ("pulse/kernel/",)


class Refusal(Enum):
    """Why a request is refused; `status` is the HTTP status it gets."""

    UNKNOWN_HOST = "unknown host"
    NOT_YOUR_KERNEL = "not your kernel"
    CROSS_SITE = "asked for by another website"  # its image, script or frame: no kernel
    OPEN_FROM_HERE = "linked from another website"  # a page with a button opens it from here
    CLASS_CODE = "class code needed"  # to the class-code page
    TEACHER_CODE = "teacher code needed"  # to the teacher-code page
    BUSY = "busy"  # the server's budget or the address's cap is reached
    STARTING = "starting"  # the address has a page starting already: try again in a few seconds
    TOO_MANY_TRIES = "too many tries"

    @property
    def status(self) -> int:
        return STATUS[self]


STATUS = {Refusal.UNKNOWN_HOST: 403, Refusal.NOT_YOUR_KERNEL: 403, Refusal.CROSS_SITE: 403,
          Refusal.OPEN_FROM_HERE: 200, Refusal.CLASS_CODE: 303, Refusal.TEACHER_CODE: 303, Refusal.BUSY: 503,
          Refusal.STARTING: 503, Refusal.TOO_MANY_TRIES: 429}


@dataclass(frozen=True)
class Request:
    """What the guard reads of a request."""

    path: str  # below the server's base URL, without its query: "voila/render/ages-4-7/passwords.ipynb"
    host: str  # the Host header
    address: str  # the client's address
    cookies: Mapping[str, str]
    fetch_site: str | None = None  # Sec-Fetch-Site: same-origin, same-site, cross-site, none; None: not sent
    fetch_mode: str | None = None  # Sec-Fetch-Mode: navigate for a page the browser opens
    teacher: bool = False  # asks for the teacher view


def memory_budget(available_mib: int) -> int:
    """How many pupils' kernels fit in the memory free at start (at least 4)."""
    return max(4, int(available_mib * MEMORY_SHARE) // KERNEL_MIB)


def available_memory_mib(meminfo: str = "/proc/meminfo") -> int:
    """MemAvailable, in MiB (4 GiB where it cannot be read)."""
    try:
        with open(meminfo, encoding="ascii") as lines:
            for line in lines:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) // 1024
    except OSError:
        pass
    return 4096


def host_name(header: str) -> str:
    """The name or address in a Host header, without its port or IPv6 brackets, lower case."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:].partition("]")[0]
    if header.count(":") == 1:
        return header.partition(":")[0]
    return header


def machine_names() -> set[str]:
    """The names this computer answers to on a school network."""
    names = {socket.gethostname(), socket.getfqdn()}
    names |= {f"{name.partition('.')[0]}.local" for name in set(names)}
    return {name.lower() for name in names if name}


def allowed_names(host: str, extra: Iterable[str] = ()) -> frozenset[str]:
    """The Host names a server bound to `host` accepts: this computer's own names (localhost); on
    the school network also its network names and the `extra` ones a school gave (--hostname)."""
    names = set(LOCAL_NAMES) | {name.lower() for name in extra}
    if not _loopback(host):
        names |= machine_names()
        if not _is_address(host):
            names.add(host.lower())
    return frozenset(names)


def _is_address(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def _loopback(host: str) -> bool:
    return host == "localhost" or (_is_address(host) and ipaddress.ip_address(host).is_loopback)


@dataclass
class Tries:
    """Wrong codes per address in the last `CODE_WINDOW` seconds; `limit` of them blocks it."""

    limit: int = CODE_TRIES
    wrong: dict[str, deque[float]] = field(default_factory=lambda: defaultdict(deque))

    def blocked(self, address: str, now: float) -> bool:
        times = self.wrong[address]
        while times and now - times[0] > CODE_WINDOW:
            times.popleft()
        if not times:
            del self.wrong[address]
            return False
        return len(times) >= self.limit

    def failed(self, address: str, now: float) -> None:
        self.wrong[address].append(now)


@dataclass(eq=False)
class Ticket:
    """A lesson page's claim on a kernel, from the moment it is let in until the page has been
    sent (its kernel has run the lesson) or failed: a burst of requests is counted before any
    kernel starts, and the pages one address has starting are counted until they are ready."""

    guard: Guard
    address: str
    browser: str
    warm: bool = False  # given a warm kernel
    kernel: str | None = None

    def record(self, kernel_id: str) -> None:
        """The page's kernel: it belongs to this browser from now."""
        self.kernel = kernel_id
        self.guard.owners[kernel_id] = Owner(self.address, self.browser, self.warm)

    def release(self) -> None:
        """The page has been sent, or failed."""
        if self in self.guard.waiting:
            self.guard.waiting.remove(self)


@dataclass(frozen=True)
class Owner:
    address: str
    browser: str  # the browser cookie of the page the kernel was given to
    warm: bool


@dataclass
class Guard:
    """The rules above, for one server run."""

    names: frozenset[str]
    max_kernels: int
    per_client: int = 6  # 0: no limit per address
    class_code: str | None = None
    teacher_code: str | None = None
    owners: dict[str, Owner] = field(default_factory=dict)  # kernel id → whose it is
    waiting: list[Ticket] = field(default_factory=list)  # pages let in whose kernel is not recorded yet
    started: dict[str, float] = field(default_factory=dict)  # address → when its last page was let in
    tries: Tries = field(default_factory=Tries)
    # What the code cookies hold once a code was typed: random for each run, so a cookie from an
    # earlier run (or the code itself) is not enough.
    passes: dict[str, str] = field(default_factory=lambda: {CLASS_COOKIE: secrets.token_urlsafe(24),
                                                             TEACHER_COOKIE: secrets.token_urlsafe(24)})

    # -- every request

    def admit(self, request: Request) -> Refusal | None:
        """Why `request` may not be answered at all; None if it may."""
        if not self.known_host(request.host):
            return Refusal.UNKNOWN_HOST
        if request.path.startswith(CODE_PAGES + KERNELS_ONLY) or request.path in OPEN_WITHOUT_CODE:
            return None
        if self.class_code and not self._has_pass(request, CLASS_COOKIE):
            return Refusal.CLASS_CODE
        if request.teacher and self.teacher_code and not self._has_pass(request, TEACHER_COOKIE):
            return Refusal.TEACHER_CODE
        kernel = KERNEL_PATH.search("/" + request.path)
        if kernel is not None and not self.owns(request, kernel[1]):
            return Refusal.NOT_YOUR_KERNEL
        return None

    def known_host(self, header: str) -> bool:
        name = host_name(header)
        return _is_address(name) or name in self.names

    def owns(self, request: Request, kernel_id: str) -> bool:
        owner = self.owners.get(kernel_id)
        browser = request.cookies.get(BROWSER_COOKIE, "")
        return owner is not None and bool(browser) and hmac.compare_digest(owner.browser, browser)

    # -- a lesson page, before it is given a kernel

    def lesson(self, request: Request, live: Iterable[str], pooled: int = 0,
               now: float | None = None) -> Refusal | Ticket:
        """A ticket for a lesson page's kernel, or why it gets none. `live`: the ids of the kernels
        running now (kernels that ended are forgotten); `pooled`: the warm kernels kept ready,
        which the budget holds back for the pages that will take them."""
        if request.fetch_site == "cross-site":
            return Refusal.OPEN_FROM_HERE if request.fetch_mode == "navigate" else Refusal.CROSS_SITE
        self.forget(live)
        if self.per_client:  # (none: all pupils may come through one address, a proxy's)
            refusal = self._per_address(request.address, time.monotonic() if now is None else now)
            if refusal is not None:
                return refusal
        unrecorded = sum(t.kernel is None for t in self.waiting)
        if unrecorded + len(self.owners) >= max(1, self.max_kernels - pooled):
            return Refusal.BUSY
        ticket = Ticket(self, request.address, request.cookies.get(BROWSER_COOKIE, ""))
        self.waiting.append(ticket)
        return ticket

    def _per_address(self, address: str, now: float) -> Refusal | None:
        if self.held(address) >= self.per_client:
            return Refusal.BUSY
        if sum(t.address == address for t in self.waiting) >= STARTING_PER_CLIENT:
            return Refusal.STARTING
        if self.held(address) and now - self.started.get(address, now - SPACING) < SPACING:
            return Refusal.STARTING
        for gone in [a for a, then in self.started.items() if now - then >= SPACING]:
            del self.started[gone]
        self.started[address] = now
        return None

    def take_warm(self, ticket: Ticket) -> bool:
        """Whether the page with `ticket` may take a warm kernel (and, if so, it does). Without a
        limit per address (a school whose pupils all come through one proxy), any page may."""
        address = ticket.address
        warm = sum(t.warm for t in self.waiting if t.address == address and t.kernel is None)
        warm += sum(o.warm for o in self.owners.values() if o.address == address)
        ticket.warm = not self.per_client or warm < WARM_PER_CLIENT
        return ticket.warm

    def held(self, address: str) -> int:
        """Kernels an address holds or is about to be given."""
        return (sum(t.address == address and t.kernel is None for t in self.waiting)
                + sum(o.address == address for o in self.owners.values()))

    def forget(self, live: Iterable[str]) -> None:
        """Forget kernels that have ended."""
        running = set(live)
        for kernel_id in [k for k in self.owners if k not in running]:
            del self.owners[kernel_id]

    # -- codes

    def enter_code(self, which: str, typed: str, address: str, now: float | None = None) -> str | Refusal | None:
        """The cookie value that proves `which` code (CLASS_COOKIE or TEACHER_COOKIE) was typed;
        None for a wrong code; TOO_MANY_TRIES after too many wrong ones from one address."""
        now = time.monotonic() if now is None else now
        if self.tries.blocked(address, now):
            return Refusal.TOO_MANY_TRIES
        code = self.class_code if which == CLASS_COOKIE else self.teacher_code
        if code and hmac.compare_digest(_normal(typed).encode(), _normal(code).encode()):
            return self.passes[which]
        self.tries.failed(address, now)
        return None

    def _has_pass(self, request: Request, which: str) -> bool:
        return hmac.compare_digest(request.cookies.get(which, "").encode(), self.passes[which].encode())


def _normal(code: str) -> str:
    """A code as typed: case and spaces do not matter."""
    return "".join(code.split()).lower()


def new_browser_id() -> str:
    return secrets.token_urlsafe(24)
