"""The guard's rules (guard.py), without a server: hosts, whose kernel, budgets, codes."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest
from safety_lessons.server.addresses import client_key
from safety_lessons.server.app import limits_line, safe_next, shared_notice
from safety_lessons.server.guard import (
    ADDRESS_CODE_TRIES,
    BROWSER_COOKIE,
    CLASS_COOKIE,
    CODE_TRIES,
    CODE_WINDOW,
    KEPT,
    MAX_WAIT,
    PER_ADDRESS,
    PER_CLIENT,
    RETRY_AFTER,
    SHARED,
    SPACING,
    STARTING_PER_ADDRESS,
    TEACHER_COOKIE,
    TEACHER_SERVER_TRIES,
    Guard,
    Refusal,
    Request,
    Ticket,
    Tries,
    allowed_names,
    available_memory_mib,
    host_name,
    memory_budget,
)
from safety_lessons.server.options import ServeOptions
from safety_lessons.server.pulse_routes import PULSE_TRIES

LESSON = "voila/render/ages-4-7/passwords.ipynb"


def request(path: str = LESSON, *, address: str = "192.168.1.20", browser: str = "b1", host: str = "localhost:8866",
            **more: object) -> Request:
    return Request(path=path, host=host, address=address, cookies={BROWSER_COOKIE: browser}, **more)  # type: ignore[arg-type]


def guard(**more: object) -> Guard:
    return Guard(names=allowed_names("127.0.0.1"), max_kernels=more.pop("max_kernels", 10), **more)  # type: ignore[arg-type]


CLOCK = itertools.count(0, SPACING)  # each page asks a while after the one before


def ticket(g: Guard, r: Request, live: tuple[str, ...] | None = None, pooled: int = 0) -> Ticket:
    """A lesson page's ticket; every kernel recorded so far is still running unless `live` says."""
    answer = g.lesson(r, tuple(g.owners) if live is None else live, pooled, now=next(CLOCK))
    assert isinstance(answer, Ticket), answer
    return answer


# -- Host

@pytest.mark.parametrize(("header", "name"), [("localhost:8866", "localhost"), ("[::1]:8866", "::1"),
                                              ("EVIL.example", "evil.example"), ("::1", "::1"),
                                              ("10.0.0.5:80", "10.0.0.5")])
def test_a_host_header_is_read_without_its_port(header: str, name: str) -> None:
    assert host_name(header) == name


@pytest.mark.parametrize("header", ["localhost:8866", "127.0.0.1:8866", "[::1]:8866", "LOCALHOST"])
def test_this_computers_own_names_are_let_in(header: str) -> None:
    assert guard().admit(request(host=header)) is None


@pytest.mark.parametrize("header", ["evil.example", "evil.example:8866", "localhost.evil.example", "",
                                    "lessons.school"])
def test_another_name_is_refused(header: str) -> None:
    """DNS rebinding: another site's name pointed at this computer gets nothing, not even a page."""
    assert guard().admit(request(host=header)) is Refusal.UNKNOWN_HOST
    assert guard().admit(request("voila/static/landing.css", host=header)) is Refusal.UNKNOWN_HOST


def test_on_the_school_network_its_names_and_the_schools_are_let_in(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("socket.gethostname", lambda: "ict-room-3")
    monkeypatch.setattr("socket.getfqdn", lambda: "ict-room-3.school.internal")
    names = allowed_names("0.0.0.0", ["Lessons.School.org"])
    assert {"localhost", "ict-room-3", "ict-room-3.school.internal", "ict-room-3.local", "lessons.school.org"} <= names
    g = Guard(names=names, max_kernels=4)
    assert g.admit(request(host="ict-room-3:8866")) is None
    assert g.admit(request(host="192.168.1.4:8866")) is None  # an address, as typed: no name to rebind
    assert g.admit(request(host="evil.example")) is Refusal.UNKNOWN_HOST
    assert "ict-room-3" not in allowed_names("127.0.0.1")  # this computer only: localhost alone


# -- whose kernel

@pytest.mark.parametrize("path", ["api/kernels/k1", "api/kernels/k1/channels", "voila/api/shutdown/k1",
                                  "voila/query/k1", "voila/execution/k1"])
def test_only_the_browser_that_opened_a_kernel_may_use_it(path: str) -> None:
    g = guard()
    ticket(g, request()).record("k1")
    assert g.admit(request(path)) is None
    assert g.admit(request(path, browser="someone-else")) is Refusal.NOT_YOUR_KERNEL
    assert g.admit(request(path, browser="")) is Refusal.NOT_YOUR_KERNEL
    assert g.admit(request(path.replace("k1", "k2"))) is Refusal.NOT_YOUR_KERNEL  # a kernel no page was given


# -- budgets: per browser, per address, the server's

def settled(g: Guard, answer: Refusal | Ticket, kernel: str) -> Ticket:
    """A page let in whose kernel has run the lesson and whose page was sent."""
    assert isinstance(answer, Ticket), answer
    answer.record(kernel)
    answer.release()
    return answer


def test_a_browser_gets_at_most_its_cap_starts_one_page_at_a_time_and_spaces_them() -> None:
    g = guard(per_client=3)
    first = g.lesson(request(), (), now=0.0)
    assert isinstance(first, Ticket)
    assert g.lesson(request(), (), now=0.0) is Refusal.STARTING  # its page is still starting
    assert isinstance(g.lesson(request(browser="b2"), (), now=0.0), Ticket)  # another browser is not held up
    settled(g, first, "k0")
    assert g.lesson(request(), tuple(g.owners), now=SPACING / 2) is Refusal.STARTING  # too soon after its last
    settled(g, g.lesson(request(), tuple(g.owners), now=SPACING), "k1")
    settled(g, g.lesson(request(), tuple(g.owners), now=2 * SPACING), "k2")
    assert g.held(browser="b1") == 3
    assert g.lesson(request(), tuple(g.owners), now=10 * SPACING) is Refusal.BUSY  # its cap
    assert isinstance(g.lesson(request(browser="b3"), tuple(g.owners), now=10 * SPACING), Ticket)


def test_an_address_starts_a_few_pages_at_once_and_holds_at_most_its_ceiling() -> None:
    """A script that sends no cookie is a new browser each time: the address's limits still hold."""
    g = guard(per_address=7, max_kernels=100)
    burst = [g.lesson(request(browser=f"new-{i}"), (), now=0.0) for i in range(10)]
    let_in = [isinstance(t, Ticket) for t in burst]
    assert let_in == [True] * STARTING_PER_ADDRESS + [False] * (10 - STARTING_PER_ADDRESS)
    assert set(burst[STARTING_PER_ADDRESS:]) == {Refusal.STARTING}
    assert isinstance(g.lesson(request(address="192.168.1.21"), (), now=0.0), Ticket)  # another computer
    n = 0
    for t in burst[:STARTING_PER_ADDRESS]:
        settled(g, t, f"k{n}")
        n += 1
    for i in range(20):  # one new browser after another, as fast as pages are sent
        answer = g.lesson(request(browser=f"more-{i}"), tuple(g.owners), now=1.0)
        if isinstance(answer, Ticket):
            settled(g, answer, f"k{n}")
            n += 1
    assert g.held(client_key("192.168.1.20")) == 7
    assert g.lesson(request(browser="yet-another"), tuple(g.owners), now=1.0) is Refusal.BUSY


def class_arrives(g: Guard, pupils: int, render: float, pooled: int = 0) -> dict[str, tuple[float, int]]:
    """`pupils` browsers behind one address open a lesson at once; a page that is refused tries
    again after its Retry-After (as the busy page does), a page let in is sent `render` seconds
    later. When each browser got its lesson, and after how many tries."""
    tick, now = 0.5, 0.0
    due = {f"pupil-{i}": 0.0 for i in range(pupils)}
    tries: dict[str, int] = dict.fromkeys(due, 0)
    rendering: list[tuple[float, Ticket]] = []
    got: dict[str, tuple[float, int]] = {}
    while due and now < 3600:
        for when, done in [r for r in rendering if r[0] <= now]:
            done.release()
            rendering.remove((when, done))
        for browser in [b for b, when in due.items() if when <= now]:
            tries[browser] += 1
            answer = g.lesson(request(address="10.1.0.1", browser=browser), tuple(g.owners), pooled, now=now)
            if isinstance(answer, Ticket):
                answer.record(f"kernel-of-{browser}")
                rendering.append((now + render, answer))
                got[browser] = (now, tries[browser])
                del due[browser]
            else:
                due[browser] = now + RETRY_AFTER[answer.value]
        now += tick
    return got


def test_a_class_of_30_behind_one_address_all_get_their_lesson_with_the_defaults() -> None:
    """A school proxy or NAT: every pupil's browser comes from one address. Pages render slowly on
    two cores with a class arriving (8 s each here); each pupil sees "starting" for a while at
    most, never "busy", and all are in once the address's pages have started a few at a time."""
    g = Guard(names=frozenset({"localhost"}), max_kernels=memory_budget(4096))  # the defaults, 4 GB free
    got = class_arrives(g, 30, render=8.0)
    assert len(got) == 30
    rounds = -(-30 // STARTING_PER_ADDRESS)  # pages start STARTING_PER_ADDRESS at a time, each round …
    assert max(at for at, _ in got.values()) <= rounds * (8.0 + RETRY_AFTER["starting"])  # … a render and a retry
    assert max(n for _, n in got.values()) <= rounds * 2 + 1
    old = Guard(names=frozenset({"localhost"}), max_kernels=memory_budget(4096), per_address=6)  # as it was
    assert len(class_arrives(old, 30, render=8.0)) == 6


def test_a_kernel_that_ended_frees_its_place() -> None:
    g = guard(per_client=2)
    for kernel in ("k1", "k2"):
        settled(g, ticket(g, request()), kernel)
    assert g.lesson(request(), ("k1", "k2")) is Refusal.BUSY
    ticket(g, request(), live=("k2",)).release()  # k1 ended: its place is free; a page that failed frees its own
    assert g.held(browser="b1") == 1
    assert "k1" not in g.owners


def test_no_limits_per_browser_or_address_when_per_client_is_0() -> None:
    g = guard(per_client=0, max_kernels=70)
    for i in range(65):
        ticket(g, request()).record(f"k{i}")  # one browser, all at once
    assert g.held(client_key("192.168.1.20")) == 65
    ceiling_off = guard(per_address=0, max_kernels=100)  # a whole school behind one proxy
    for i in range(70):
        settled(ceiling_off, ticket(ceiling_off, request(browser=f"b{i}")), f"k{i}")
    assert ceiling_off.held(client_key("192.168.1.20")) == 70
    assert ceiling_off.lesson(request(browser="b0"), tuple(ceiling_off.owners), now=1e6) is not Refusal.BUSY


def test_the_whole_server_has_a_budget_and_warm_kernels_are_held_back_for_their_pages() -> None:
    g = guard(per_client=0, max_kernels=5)
    for i in range(3):
        ticket(g, request(address=f"10.0.0.{i}"), pooled=2).record(f"k{i}")  # still rendering: counted once
    assert g.lesson(request(address="10.0.0.9"), [f"k{i}" for i in range(3)], pooled=2) is Refusal.BUSY
    assert isinstance(g.lesson(request(address="10.0.0.9"), [f"k{i}" for i in range(3)]), Ticket)


def fill(g: Guard, addresses: list[str], pooled: int = 0) -> int:
    """Every address takes what it can, one new browser after another; how many it got."""
    taken, now = 0, 1000.0
    for _ in range(g.max_kernels):
        for address in addresses:
            answer = g.lesson(request(address=address, browser=f"b{taken}-{now}"), tuple(g.owners), pooled, now=now)
            if isinstance(answer, Ticket):
                settled(g, answer, f"k{taken}")
                taken += 1
            now += 0.001
    return taken


def test_the_last_places_are_kept_for_other_computers() -> None:
    """One address (or several, rotating) cannot take the whole budget: a pupil at a computer of
    their own still gets a lesson."""
    g = guard(max_kernels=40)
    assert fill(g, ["10.0.0.2"]) == 40 - 40 // KEPT
    assert isinstance(g.lesson(request(address="10.0.0.3"), tuple(g.owners)), Ticket)
    rotating = guard(max_kernels=40)  # addresses 127.0.0.2-8, each a new browser every time
    assert fill(rotating, [f"127.0.0.{n}" for n in range(2, 9)]) == 40 - 40 // KEPT
    for n in range(40 // KEPT):  # every kept place goes to a pupil at another computer
        settled(rotating, rotating.lesson(request(address=f"10.0.1.{n}", browser=f"p{n}"), tuple(rotating.owners)),
                f"p{n}")
    assert rotating.lesson(request(address="10.0.2.1"), tuple(rotating.owners)) is Refusal.BUSY  # then it is full
    # a computer with one lesson open may open a second from the kept places; with two it may not
    small = guard(max_kernels=8)
    assert fill(small, ["10.0.0.2"]) == 7
    settled(small, ticket(small, request(address="10.0.0.3", browser="x")), "x1")
    assert small.lesson(request(address="10.0.0.4"), tuple(small.owners)) is Refusal.BUSY


def test_beyond_a_tiny_budget_every_pupil_still_gets_one() -> None:
    g = guard(max_kernels=2)
    statuses = [g.lesson(request(address=f"127.0.0.{n}", browser=f"b{n}"), tuple(g.owners), now=0.0) for n in (2, 3, 4)]
    assert [isinstance(s, Ticket) for s in statuses] == [True, True, False] and statuses[2] is Refusal.BUSY


def warm_page(g: Guard, r: Request, pool: int = 16) -> bool:
    """Whether a lesson page got a warm kernel (its page then sent)."""
    t = ticket(g, r, pooled=pool)
    warm = g.take_warm(t, pool)
    settled(g, t, f"k{len(g.owners)}")
    return warm


def test_a_browser_takes_one_warm_kernel_and_an_address_all_but_the_pools_last_eighth() -> None:
    g = guard(max_kernels=100)
    assert warm_page(g, request())
    assert not warm_page(g, request())  # a second page of the same browser starts its own
    taken = [warm_page(g, request(browser=f"b{i}")) for i in range(2, 30)]
    assert sum(taken) == 16 - 16 // KEPT - 1 and not any(taken[sum(taken):])  # a class behind one address: most of it
    assert warm_page(g, request(address="192.168.1.30", browser="z"))  # another pupil
    rotating = guard(max_kernels=100)  # seven addresses, each a new browser every time
    got = [warm_page(rotating, request(address=f"127.0.0.{2 + i % 7}", browser=f"r{i}")) for i in range(28)]
    assert sum(got) == 16 - 16 // KEPT
    assert warm_page(rotating, request(address="10.0.0.1", browser="z"))
    g.forget([])  # the warm kernels ended: the address may take warm ones again
    assert warm_page(g, request(browser="b99"))
    unlimited = guard(per_client=0)  # pupils all behind one trusted proxy: any page may
    assert all(warm_page(unlimited, request(), pool=4) for _ in range(5))


def test_addresses_rotating_within_a_64_share_its_limits() -> None:
    g = guard(per_address=3, max_kernels=50)
    for n in range(3):
        settled(g, ticket(g, request(address=f"2001:db8:0:1::{n + 1:x}", browser=f"b{n}")), f"k{n}")
    assert g.lesson(request(address="2001:db8:0:1::99", browser="new"), tuple(g.owners), now=1e6) is Refusal.BUSY
    assert isinstance(g.lesson(request(address="2001:db8:0:2::1", browser="new"), tuple(g.owners), now=1e6), Ticket)
    mapped = g.lesson(request(address="::ffff:192.168.1.20", browser="m"), tuple(g.owners), now=1e6)
    assert isinstance(mapped, Ticket) and mapped.address == "192.168.1.20"


def test_serve_is_told_once_when_many_browsers_share_an_address() -> None:
    g = guard(max_kernels=100)
    for n in range(SHARED - 1):
        settled(g, ticket(g, request(browser=f"b{n}")), f"k{n}")
        assert g.newly_shared() is None
    for n in range(5):
        settled(g, ticket(g, request(address="10.0.0.1")), f"k-other-{n}")  # one browser with many tabs: no
    assert g.newly_shared() is None
    settled(g, ticket(g, request(browser="last")), "k-last")
    assert g.newly_shared() == "192.168.1.20"
    settled(g, ticket(g, request(address="172.16.0.1", browser="c")), "k-c")
    assert g.newly_shared() is None  # once a run
    proxy = guard(per_client=0)  # no limits: nothing to say
    for n in range(SHARED):
        ticket(proxy, request(browser=f"b{n}")).record(f"k{n}")
    assert proxy.newly_shared() is None
    assert "README" in shared_notice("10.0.0.1", 60) and "Serving a class on the school network" in shared_notice(
        "10.0.0.1", 60) and "--per-address" in shared_notice("10.0.0.1", 60)


def test_the_budget_follows_the_free_memory() -> None:
    assert memory_budget(100) == 4  # never fewer than a few
    assert memory_budget(8192) == 76  # an 8 GB laptop with most of it free
    assert memory_budget(16384) == 153
    assert available_memory_mib("/nonexistent") == 4096
    assert available_memory_mib() > 0


def test_the_options_make_the_guard() -> None:
    from pathlib import Path

    options = ServeOptions(root=Path("lessons"), max_kernels=7, per_client=2, per_address=9, class_code="otter 42",
                           warm="a/b", class_size=3)
    g = options.guard()
    assert (g.max_kernels, g.per_client, g.per_address, g.class_code, options.pooled) == (7, 2, 9, "otter 42", 3)
    assert ServeOptions(root=Path("lessons")).guard().max_kernels >= 4  # from the free memory
    defaults = ServeOptions(root=Path("lessons")).guard()
    assert (defaults.per_client, defaults.per_address) == (PER_CLIENT, PER_ADDRESS) == (6, 60)


def test_the_command_line_sets_the_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    import safety_lessons.server.app
    from safety_lessons.cli import main

    seen: list[ServeOptions] = []
    monkeypatch.setattr(safety_lessons.server.app, "serve", seen.append)
    main(["serve", "lessons", "--per-client", "3", "--per-address", "0"])
    main(["serve", "lessons"])
    assert [(o.per_client, o.per_address) for o in seen] == [(3, 0), (PER_CLIENT, PER_ADDRESS)]


# -- another website's requests

def test_another_websites_request_starts_no_kernel() -> None:
    g = guard()
    assert g.lesson(request(fetch_site="cross-site", fetch_mode="no-cors"), ()) is Refusal.CROSS_SITE  # <img>
    assert g.lesson(request(fetch_site="cross-site", fetch_mode="navigate"), ()) is Refusal.OPEN_FROM_HERE  # a link
    assert g.held("192.168.1.20") == 0
    for site in ("same-origin", "none", None):  # this site's own pages, a typed address or bookmark, an old browser
        ticket(g, request(fetch_site=site)).release()


# -- codes

def test_with_a_class_code_nothing_but_the_code_page_opens_until_it_is_typed() -> None:
    g = guard(class_code="Otter 42")
    assert g.admit(request("")) is Refusal.CLASS_CODE
    assert g.admit(request()) is Refusal.CLASS_CODE
    assert g.admit(request("class-code")) is None
    assert g.admit(request("voila/static/landing.css")) is None
    assert g.enter_code(CLASS_COOKIE, "otter 41", "10.0.0.1") is None
    proof = g.enter_code(CLASS_COOKIE, " OTTER42 ", "10.0.0.1")  # case and spaces do not matter
    assert isinstance(proof, str) and "otter" not in proof.lower()
    signed_in = replace(request(), cookies={CLASS_COOKIE: proof, BROWSER_COOKIE: "b1"})
    assert g.admit(signed_in) is None
    the_code = replace(request(), cookies={CLASS_COOKIE: "Otter 42"})
    assert g.admit(the_code) is Refusal.CLASS_CODE  # the code itself is no proof
    assert guard(class_code="Otter 42").admit(signed_in) is Refusal.CLASS_CODE  # nor a cookie from another run


def test_a_teacher_code_guards_teacher_views_only() -> None:
    g = guard(teacher_code="heron")
    assert g.admit(request()) is None
    assert g.admit(request(teacher=True)) is Refusal.TEACHER_CODE
    assert g.enter_code(CLASS_COOKIE, "heron", "10.0.0.1") is None  # no class code set: nothing matches
    proof = g.enter_code(TEACHER_COOKIE, "heron", "10.0.0.1")
    assert isinstance(proof, str)
    assert g.admit(replace(request(teacher=True), cookies={TEACHER_COOKIE: proof})) is None


def test_one_pupils_wrong_codes_hold_up_no_one_else() -> None:
    """Behind one address: ten wrong class codes from one browser, then it waits; another browser
    there types the class code, and the teacher the teacher code, as if nothing happened."""
    g = guard(class_code="otter42", teacher_code="heron")
    for n in range(CODE_TRIES):
        assert g.enter_code(CLASS_COOKIE, f"guess{n}", "10.0.0.1", "guesser", now=100.0) is None
    assert g.enter_code(CLASS_COOKIE, "otter42", "10.0.0.1", "guesser", now=100.5) is Refusal.TOO_MANY_TRIES
    assert isinstance(g.enter_code(CLASS_COOKIE, "otter42", "10.0.0.1", "classmate", now=100.5), str)
    assert isinstance(g.enter_code(TEACHER_COOKIE, "heron", "10.0.0.1", "guesser", now=100.5), str)  # another kind
    assert isinstance(g.enter_code(TEACHER_COOKIE, "heron", "10.0.0.1", "teacher", now=100.5), str)
    pulse = Tries(free=PULSE_TRIES)  # the pulse page's count is its own too
    assert pulse.wait("10.0.0.1", "guesser", 100.5) == 0


def test_each_try_beyond_the_free_ones_waits_longer_up_to_a_minute() -> None:
    g = guard(class_code="otter42")
    for _ in range(CODE_TRIES):
        assert g.enter_code(CLASS_COOKIE, "guess", "10.0.0.1", "b", now=0.0) is None
    waits, now = [], 0.0
    for _ in range(8):  # each try as soon as it may: a wrong one, and its wait doubles
        waits.append(g.code_wait(CLASS_COOKIE, "10.0.0.1", "b", now=now))
        now += waits[-1]
        assert g.enter_code(CLASS_COOKIE, "guess", "10.0.0.1", "b", now=now) is None
    assert waits == [2, 4, 8, 16, 32, MAX_WAIT, MAX_WAIT, MAX_WAIT]
    assert isinstance(g.enter_code(CLASS_COOKIE, "otter42", "10.0.0.1", "b", now=now + MAX_WAIT), str)  # waited
    impatient = guard(class_code="otter42")  # a try before its wait is over is refused, unread, and counts
    for _ in range(CODE_TRIES):
        impatient.enter_code(CLASS_COOKIE, "guess", "10.0.0.1", "b", now=0.0)
    assert impatient.enter_code(CLASS_COOKIE, "otter42", "10.0.0.1", "b", now=1.0) is Refusal.TOO_MANY_TRIES
    assert impatient.code_wait(CLASS_COOKIE, "10.0.0.1", "b", now=1.0) == 4
    assert isinstance(impatient.enter_code(CLASS_COOKIE, "otter42", "10.0.0.1", "b", now=5.0), str)
    forgotten = guard(class_code="otter42")  # ten quiet minutes and a browser starts again
    for _ in range(CODE_TRIES):
        forgotten.enter_code(CLASS_COOKIE, "guess", "10.0.0.1", "b", now=0.0)
    for _ in range(CODE_TRIES):
        assert forgotten.enter_code(CLASS_COOKIE, "guess", "10.0.0.1", "b", now=CODE_WINDOW) is None


def test_a_script_changing_its_cookie_is_held_up_per_address() -> None:
    g = guard(class_code="otter42")
    for n in range(ADDRESS_CODE_TRIES):
        assert g.enter_code(CLASS_COOKIE, "guess", "10.0.0.1", f"new-{n}", now=0.0) is None
    assert g.enter_code(CLASS_COOKIE, "guess", "10.0.0.1", "one-more", now=0.5) is Refusal.TOO_MANY_TRIES
    assert isinstance(g.enter_code(CLASS_COOKIE, "otter42", "10.0.0.2", "elsewhere", now=0.5), str)
    assert g.code_wait(CLASS_COOKIE, "2001:db8::1", "x", now=0.5) == 0
    for n in range(ADDRESS_CODE_TRIES):  # an IPv6 client rotating its address within its /64: one address
        g.enter_code(CLASS_COOKIE, "guess", f"2001:db8::{n + 1:x}", f"v6-{n}", now=1.0)
    assert g.enter_code(CLASS_COOKIE, "otter42", "2001:db8::ffff", "v6-new", now=1.5) is Refusal.TOO_MANY_TRIES


def test_many_addresses_guessing_the_teacher_code_slow_it_for_everyone_until_they_stop() -> None:
    """50 addresses, two guesses each, in a second: then every browser and address waits after its
    first wrong teacher code; the right one still opens at once from a browser that has not
    guessed, and from anywhere once the window has passed."""
    g = guard(class_code="otter42", teacher_code="heron")
    assert TEACHER_SERVER_TRIES == 100
    for n in range(50):
        for guess in range(2):
            assert g.enter_code(TEACHER_COOKIE, f"guess{guess}", f"10.0.{n}.1", f"b{n}", now=1.0) is None
    assert g.enter_code(TEACHER_COOKIE, "guess", "10.0.0.1", "b0", now=1.5) is Refusal.TOO_MANY_TRIES
    assert g.enter_code(TEACHER_COOKIE, "guess", "10.9.9.9", "new", now=1.5) is None  # a first try is read …
    assert g.enter_code(TEACHER_COOKIE, "heron", "10.9.9.9", "new", now=2.0) is Refusal.TOO_MANY_TRIES  # … then waits
    assert isinstance(g.enter_code(TEACHER_COOKIE, "heron", "10.8.8.8", "teacher", now=2.0), str)
    assert isinstance(g.enter_code(CLASS_COOKIE, "otter42", "10.0.0.1", "b0", now=2.0), str)  # the class code is not
    later = 1.5 + CODE_WINDOW
    assert isinstance(g.enter_code(TEACHER_COOKIE, "heron", "10.0.0.1", "b0", now=later), str)
    assert g.enter_code(TEACHER_COOKIE, "guess", "10.7.7.7", "c", now=later) is None
    assert g.enter_code(TEACHER_COOKIE, "guess", "10.7.7.7", "c", now=later) is None  # free tries again


def test_tries_forget_quiet_keys() -> None:
    """What the counts keep stays near what the last ten minutes sent (a sweep when they double)."""
    tries = Tries()
    for n in range(500):
        tries.failed(f"10.0.{n // 250}.{n % 250}", "b", now=0.0)
    for n in range(1500):
        tries.failed("10.9.9.9", f"b{n}", now=CODE_WINDOW + 1)
    assert all(last > 0 for _, last in tries.wrong.values())


@pytest.mark.parametrize(("target", "goes_to"), [
    ("/voila/render/ages-4-7/passwords.ipynb?mode=teacher", "/voila/render/ages-4-7/passwords.ipynb?mode=teacher"),
    ("/", "/"), (None, "/"), ("https://evil.example/", "/"), ("//evil.example/x", "/"), ("/\\evil.example", "/"),
    ("evil", "/")])
def test_after_a_code_the_pupil_goes_only_to_a_page_of_this_server(target: str | None, goes_to: str) -> None:
    assert safe_next("/", target) == goes_to


def test_serve_says_its_limits_once_at_start() -> None:
    from pathlib import Path

    assert limits_line(ServeOptions(root=Path("lessons"), max_kernels=40)) == (
        "Limits: 40 lessons open at once (6 per browser, 60 per address).")
    assert limits_line(ServeOptions(root=Path("lessons"), max_kernels=40, per_address=0)) == (
        "Limits: 40 lessons open at once (6 per browser, no limit per address).")
    assert limits_line(ServeOptions(root=Path("lessons"), max_kernels=9, per_client=0, class_code="otter",
                                    teacher_code="heron")) == (
        "Limits: 9 lessons open at once (no limit per browser or address); a class code and a teacher code needed.")
