"""Who may use the served lessons, and how much of the server one of them may take.

Every request passes `Guard.admit` before its handler runs; a lesson page also passes
`Guard.lesson` before it is given a kernel. Plain Python, no Tornado: app.py feeds it what a
request carries (its Host header, address, cookies, Fetch Metadata) and turns its answers into
responses (`browser_id` alone reads and sets a handler's cookie).

- **Host.** Only the names the server was started for (DNS rebinding: another website's name
  pointed at this computer must not reach the lessons). An address typed as numbers is fine.
- **Cross-site.** A request another website made (`Sec-Fetch-Site: cross-site`: an image tag, a
  script, a link) starts no kernel. A link a pupil followed gets a page with a button to open
  the lesson, which is then this site's own request.
- **Kernels belong to the browser that opened them.** A lesson page gives the browser a random
  cookie (HttpOnly, SameSite=Strict); its kernel is recorded against it, and the kernel's
  websocket and API (shut down, interrupt, query) answer only that cookie: knowing a kernel's id
  is not enough.
- **Budget, per browser and per address.** At most `max_kernels` pupils' kernels in all (from the
  computer's memory unless set). A browser (its cookie) may hold `per_client`, have one page
  starting, and start another only `SPACING` seconds after its last. An address may hold
  `per_address` (a class of 30 behind a school's proxy or NAT, two tabs each) and have
  `STARTING_PER_ADDRESS` pages starting at once. Beyond them a calm "busy" page (503,
  Retry-After) that tries again by itself. `per_client` 0 lifts all of these (every pupil behind
  one trusted proxy), `per_address` 0 the address's own.
- **Addresses.** An IPv6 address counts as its /64 (a computer rotates its addresses within one),
  an IPv4-mapped one as its IPv4 (`client_key`).
- **Places kept for other computers.** The last eighth of the budget, and of the warm pool, goes
  only to an address holding fewer than `FEW` kernels: a pupil at a computer of their own. A warm
  kernel goes to a browser that holds none.
- **Codes** (optional). A class code that pupils type once (a cookie then carries it) before any
  lesson, and a teacher code for teacher views. Wrong codes are counted per kind of code (class,
  teacher, class pulse) for each browser at an address and for the address as a whole (`Tries`):
  after their free tries each further try waits 2, 4, 8 … seconds (at most `MAX_WAIT`) after the
  last one, and a key with no wrong code for `CODE_WINDOW` is forgotten. Past
  `TEACHER_SERVER_TRIES` wrong teacher codes from everyone in `CODE_WINDOW`, every browser and
  address waits after its first wrong one.

What this cannot do, honestly: a script that sends no cookie gets a new browser each time, so
for it only the address's limits hold (`per_address` kernels, `STARTING_PER_ADDRESS` at once;
100 wrong codes, then a minute a try); a school proxy and a script behind one address look the
same. A client with many addresses (several IPv4 ones, or many /64s) takes what many computers
would: all but the kept places once its addresses hold `FEW` each, the kept places too with one
address per place. Only `max_kernels` (memory) bounds that, as it bounds a real class.
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
from typing import Any

from .addresses import client_key

BROWSER_COOKIE = "sl-browser"
CLASS_COOKIE = "sl-class"
TEACHER_COOKIE = "sl-teacher"

KERNEL_MIB = 80  # what one pupil's kernel may grow to, with room (≈ 55-70 MiB measured)
MEMORY_SHARE = 0.75  # of the memory free at start that pupils' kernels may use
PER_CLIENT = 6  # lessons one browser may hold (`--per-client`)
PER_ADDRESS = 60  # lessons one address may hold (`--per-address`): a class of 30 behind one proxy, two tabs each
STARTING_PER_BROWSER = 1  # lesson pages one browser may have starting at once
STARTING_PER_ADDRESS = 4  # … and one address: a class behind it starts four at a time (≈ what 2 cores run well;
# each one more slows every other pupil's page)
SPACING = 5.0  # seconds between kernel starts for a browser that has a lesson open already
KEPT = 8  # the last 1/KEPT of the budget and of the warm pool is kept for …
FEW = 2  # … addresses holding fewer kernels than this: a pupil at a computer of their own
WARM_PER_BROWSER = 1  # warm kernels one browser may hold: the pool is for a class's first pages
SHARED = 5  # browsers with lessons at one address before `serve` says the address is shared
RETRY_AFTER = {"busy": 60, "starting": 5}  # seconds a "busy" page waits before it tries again
CODE_TRIES = 10  # wrong codes of one kind one browser may type before it must wait …
ADDRESS_CODE_TRIES = 100  # … and one address (a class behind a proxy makes typos; a script rotates cookies)
TEACHER_SERVER_TRIES = 100  # wrong teacher codes from everyone in CODE_WINDOW before every one must wait
CODE_WINDOW = 600.0  # seconds: a key with no wrong code for this long is forgotten
MAX_WAIT = 60.0  # seconds: the longest wait between tries (2, 4, 8 … after the free ones)

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


def _grown(count: int, free: int) -> float:
    """Seconds to wait after the last of `count` wrong codes when `free` cost nothing."""
    return 0.0 if count < free else min(MAX_WAIT, 2.0 ** (count - free + 1))


@dataclass
class Tries:
    """Wrong codes of one kind (class, teacher or pulse code), counted for each browser at an
    address and for the address as a whole (`free` and `address_free` cost nothing), and, for
    the teacher code, for the whole server (`server_free` in `CODE_WINDOW`: beyond them every
    browser and address waits after its first wrong code). A try that comes before its wait is
    over is refused unread and counts as one more (a script that does not wait soon waits
    `MAX_WAIT`); other browsers and addresses are not held up."""

    free: int = CODE_TRIES
    address_free: int = ADDRESS_CODE_TRIES
    server_free: int | None = None
    wrong: dict[tuple[str, str | None], tuple[int, float]] = field(default_factory=dict)  # key → (count, last)
    server: deque[float] = field(default_factory=deque)  # when the last `server_free` wrong ones came
    _swept: int = field(default=0, repr=False)  # keys left at the last sweep

    def wait(self, address: str, browser: str, now: float) -> float:
        """Seconds before `browser` at `address` may try a code of this kind (0: now)."""
        slow = self.slow(now)
        address = client_key(address)
        return max(self._wait((address, browser), 1 if slow else self.free, now),
                   self._wait((address, None), 1 if slow else self.address_free, now))

    def refused(self, address: str, browser: str, now: float) -> float:
        """Seconds this try must wait, counted as a wrong one; 0: it may be read."""
        wait = self.wait(address, browser, now)
        if wait > 0:
            self.failed(address, browser, now)
        return wait

    def slow(self, now: float) -> bool:
        """Whether the server-wide ceiling is reached: every key waits after its first wrong code."""
        return (self.server_free is not None and len(self.server) >= self.server_free
                and now - self.server[0] < CODE_WINDOW)

    def failed(self, address: str, browser: str, now: float) -> None:
        address = client_key(address)
        for key in ((address, browser), (address, None)):
            count, last = self.wrong.get(key, (0, now))
            self.wrong[key] = (1 if now - last >= CODE_WINDOW else count + 1, now)
        if self.server_free is not None:
            self.server.append(now)
            while len(self.server) > self.server_free:
                self.server.popleft()
        if len(self.wrong) > 2 * self._swept + 64:  # forget keys quiet for a window, now and then
            self.wrong = {key: seen for key, seen in self.wrong.items() if now - seen[1] < CODE_WINDOW}
            self._swept = len(self.wrong)

    def _wait(self, key: tuple[str, str | None], free: int, now: float) -> float:
        count, last = self.wrong.get(key, (0, now))
        if now - last >= CODE_WINDOW:
            return 0.0
        return max(0.0, last + _grown(count, free) - now)


@dataclass(eq=False)
class Ticket:
    """A lesson page's claim on a kernel, from the moment it is let in until the page has been
    sent (its kernel has run the lesson) or failed: a burst of requests is counted before any
    kernel starts, and the pages a browser or an address has starting are counted until they are
    ready."""

    guard: Guard
    address: str  # `client_key` of the page's address
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
    address: str  # `client_key` of the address the page came from
    browser: str  # the browser cookie of the page the kernel was given to
    warm: bool


@dataclass
class Guard:
    """The rules above, for one server run."""

    names: frozenset[str]
    max_kernels: int
    per_client: int = PER_CLIENT  # a browser's kernels (0: no limit per browser or per address)
    per_address: int = PER_ADDRESS  # an address's kernels (0: no limit, and no places kept for others)
    class_code: str | None = None
    teacher_code: str | None = None
    owners: dict[str, Owner] = field(default_factory=dict)  # kernel id → whose it is
    waiting: list[Ticket] = field(default_factory=list)  # pages let in whose kernel is not recorded yet
    started: dict[str, float] = field(default_factory=dict)  # browser → when its last page was let in
    tries: dict[str, Tries] = field(default_factory=lambda: {
        CLASS_COOKIE: Tries(), TEACHER_COOKIE: Tries(server_free=TEACHER_SERVER_TRIES)})
    told_shared: bool = False  # whether `serve` has said an address is shared (once a run)
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
        now = time.monotonic() if now is None else now
        address, browser = client_key(request.address), request.cookies.get(BROWSER_COOKIE, "")
        if self.per_client:  # (none: every pupil comes through one trusted proxy)
            refusal = self._per_client(address, browser, now)
            if refusal is not None:
                return refusal
        used = sum(t.kernel is None for t in self.waiting) + len(self.owners)
        if not _room(used, max(1, self.max_kernels - pooled), self._kept() and self.held(address) >= FEW):
            return Refusal.BUSY
        ticket = Ticket(self, address, browser)
        self.waiting.append(ticket)
        if self.per_client:
            self.started[browser] = now
        return ticket

    def _per_client(self, address: str, browser: str, now: float) -> Refusal | None:
        mine = self.held(browser=browser)
        if mine >= self.per_client or (self.per_address and self.held(address) >= self.per_address):
            return Refusal.BUSY
        if sum(t.browser == browser for t in self.waiting) >= STARTING_PER_BROWSER:
            return Refusal.STARTING
        if sum(t.address == address for t in self.waiting) >= STARTING_PER_ADDRESS:
            return Refusal.STARTING
        if mine and now - self.started.get(browser, now - SPACING) < SPACING:
            return Refusal.STARTING
        for gone in [b for b, then in self.started.items() if now - then >= SPACING]:
            del self.started[gone]
        return None

    def _kept(self) -> bool:
        """Whether places are kept for other computers (not when all pupils share one address)."""
        return bool(self.per_client and self.per_address)

    def take_warm(self, ticket: Ticket, pool: int = 0) -> bool:
        """Whether the page with `ticket` may take a warm kernel from a pool of `pool` (and, if so,
        it does): one a browser, and the pool's last eighth for addresses holding few kernels.
        Without limits per browser (every pupil behind one proxy), any page may."""
        if self.per_client:
            if self.held(browser=ticket.browser, warm=True) >= WARM_PER_BROWSER:
                return False
            if pool and not _room(self.held(warm=True), pool, self._kept() and self.held(ticket.address) >= FEW):
                return False
        ticket.warm = True
        return True

    def held(self, address: str | None = None, *, browser: str | None = None, warm: bool | None = None) -> int:
        """Kernels an address (or a browser; or everyone) holds or is about to be given; warm ones
        only with `warm`."""
        def counts(who: Ticket | Owner) -> bool:
            return ((address is None or who.address == address) and (browser is None or who.browser == browser)
                    and (warm is None or who.warm == warm))
        return sum(counts(t) for t in self.waiting if t.kernel is None) + sum(map(counts, self.owners.values()))

    def newly_shared(self) -> str | None:
        """The first address whose browsers hold `SHARED` lessons (a school proxy or NAT), once a
        run: `serve` says so, with what to do."""
        if self.told_shared or not self.per_client:
            return None
        browsers: dict[str, set[str]] = defaultdict(set)
        whose: list[Ticket | Owner] = [*self.waiting, *self.owners.values()]
        for who in whose:
            browsers[who.address].add(who.browser)
        shared = next((address for address, seen in browsers.items() if len(seen) >= SHARED), None)
        self.told_shared = shared is not None
        return shared

    def forget(self, live: Iterable[str]) -> None:
        """Forget kernels that have ended."""
        running = set(live)
        for kernel_id in [k for k in self.owners if k not in running]:
            del self.owners[kernel_id]

    # -- codes

    def enter_code(self, which: str, typed: str, address: str, browser: str = "",
                   now: float | None = None) -> str | Refusal | None:
        """The cookie value that proves `which` code (CLASS_COOKIE or TEACHER_COOKIE) was typed;
        None for a wrong code; TOO_MANY_TRIES while `browser` at `address` must wait (`code_wait`)."""
        now = time.monotonic() if now is None else now
        tries = self.tries[which]
        if tries.refused(address, browser, now):
            return Refusal.TOO_MANY_TRIES
        code = self.class_code if which == CLASS_COOKIE else self.teacher_code
        if code and hmac.compare_digest(_normal(typed).encode(), _normal(code).encode()):
            return self.passes[which]
        tries.failed(address, browser, now)
        return None

    def code_wait(self, which: str, address: str, browser: str = "", now: float | None = None) -> float:
        """Seconds before `browser` at `address` may try `which` code again."""
        return self.tries[which].wait(address, browser, time.monotonic() if now is None else now)

    def _has_pass(self, request: Request, which: str) -> bool:
        return hmac.compare_digest(request.cookies.get(which, "").encode(), self.passes[which].encode())


def _room(used: int, capacity: int, kept_from: bool) -> bool:
    """Whether one more fits in `capacity` with `used` taken; its last 1/KEPT not if `kept_from`."""
    return used < capacity - (max(1, capacity // KEPT) if kept_from else 0)


def _normal(code: str) -> str:
    """A code as typed: case and spaces do not matter."""
    return "".join(code.split()).lower()


def new_browser_id() -> str:
    return secrets.token_urlsafe(24)


def browser_id(handler: Any) -> str:
    """The browser cookie a request carried, or a new one given to the browser with the answer
    (`handler`: a Tornado RequestHandler of this server, which has a `base_url`)."""
    sent = handler.get_cookie(BROWSER_COOKIE, "")
    if sent:
        return str(sent)
    given = new_browser_id()
    handler.set_cookie(BROWSER_COOKIE, given, path=handler.base_url, httponly=True, samesite="Strict")
    return given
