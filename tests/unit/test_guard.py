"""The guard's rules (guard.py), without a server: hosts, whose kernel, budgets, codes."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest
from safety_lessons.guard import (
    BROWSER_COOKIE,
    CLASS_COOKIE,
    CODE_TRIES,
    CODE_WINDOW,
    SPACING,
    STARTING_PER_CLIENT,
    TEACHER_COOKIE,
    WARM_PER_CLIENT,
    Guard,
    Refusal,
    Request,
    Ticket,
    allowed_names,
    available_memory_mib,
    host_name,
    memory_budget,
)
from safety_lessons.server import ServeOptions, limits_line, safe_next

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


# -- budgets

def test_one_address_gets_at_most_its_cap_and_starts_few_at_once() -> None:
    g = guard(per_client=3)
    burst = [g.lesson(request(browser=f"b{i}"), (), now=-100.0) for i in range(10)]  # no kernel recorded yet
    assert [isinstance(t, Ticket) for t in burst] == [True] * STARTING_PER_CLIENT + [False] * (10 - STARTING_PER_CLIENT)
    assert set(burst[STARTING_PER_CLIENT:]) == {Refusal.STARTING}
    assert isinstance(g.lesson(request(address="192.168.1.21"), ()), Ticket)  # another pupil is not held up
    # an address with a lesson open starts another only SPACING seconds after its last
    other = Guard(names=frozenset({"localhost"}), max_kernels=10)
    first = other.lesson(request(), (), now=0.0)
    assert isinstance(first, Ticket)
    first.record("k0")
    first.release()
    assert other.lesson(request(), ("k0",), now=SPACING / 2) is Refusal.STARTING
    assert isinstance(other.lesson(request(), ("k0",), now=SPACING), Ticket)
    for i, t in enumerate(burst[:STARTING_PER_CLIENT]):
        assert isinstance(t, Ticket)
        t.record(f"k{i}")
    assert g.lesson(request(), tuple(g.owners)) is Refusal.STARTING  # its kernel is still running the lesson
    for t in burst[:STARTING_PER_CLIENT]:
        assert isinstance(t, Ticket)
        t.release()  # their pages were sent
    while g.held("192.168.1.20") < 3:  # more, one at a time, up to the cap
        more = ticket(g, request())
        more.record(f"k{g.held('192.168.1.20')}")
        more.release()
    assert g.lesson(request(), tuple(g.owners)) is Refusal.BUSY


def test_a_kernel_that_ended_frees_its_place() -> None:
    g = guard(per_client=2)
    for kernel in ("k1", "k2"):
        t = ticket(g, request())
        t.record(kernel)
        t.release()
    assert g.lesson(request(), ("k1", "k2")) is Refusal.BUSY
    ticket(g, request(), live=("k2",)).release()  # k1 ended: its place is free; a page that failed frees its own
    assert g.held("192.168.1.20") == 1
    assert "k1" not in g.owners


def test_no_limit_per_address_when_set_to_0() -> None:
    g = guard(per_client=0, max_kernels=50)
    for i in range(40):
        t = ticket(g, request())
        t.record(f"k{i}")
        t.release()
    assert g.held("192.168.1.20") == 40


def test_the_whole_server_has_a_budget_and_warm_kernels_are_held_back_for_their_pages() -> None:
    g = guard(per_client=0, max_kernels=5)
    for i in range(3):
        ticket(g, request(address=f"10.0.0.{i}"), pooled=2).record(f"k{i}")  # still rendering: counted once
    assert g.lesson(request(address="10.0.0.9"), [f"k{i}" for i in range(3)], pooled=2) is Refusal.BUSY
    assert isinstance(g.lesson(request(address="10.0.0.9"), [f"k{i}" for i in range(3)]), Ticket)


def test_one_address_cannot_empty_the_warm_pool() -> None:
    g = guard(per_client=10)
    taken = []
    for i in range(6):
        t = ticket(g, request(browser=f"b{i}"))
        taken.append(g.take_warm(t))
        t.record(f"k{i}")
        t.release()
    assert taken == [True] * WARM_PER_CLIENT + [False] * (6 - WARM_PER_CLIENT)
    assert g.take_warm(ticket(g, request(address="192.168.1.30")))  # the next pupil still gets one
    g.forget(["k2", "k3", "k4", "k5"])  # the warm kernels ended: this address may take warm ones again
    assert g.take_warm(ticket(g, request(), live=("k2", "k3", "k4", "k5")))
    unlimited = guard(per_client=0)  # pupils all behind one proxy: an address says nothing
    for i in range(5):
        t = ticket(unlimited, request())
        assert unlimited.take_warm(t)
        t.record(f"k{i}")
        t.release()


def test_the_budget_follows_the_free_memory() -> None:
    assert memory_budget(100) == 4  # never fewer than a few
    assert memory_budget(8192) == 76  # an 8 GB laptop with most of it free
    assert memory_budget(16384) == 153
    assert available_memory_mib("/nonexistent") == 4096
    assert available_memory_mib() > 0


def test_the_options_make_the_guard() -> None:
    from pathlib import Path

    options = ServeOptions(root=Path("lessons"), max_kernels=7, per_client=2, class_code="otter 42", warm="a/b",
                           class_size=3)
    g = options.guard()
    assert (g.max_kernels, g.per_client, g.class_code, options.pooled) == (7, 2, "otter 42", 3)
    assert ServeOptions(root=Path("lessons")).guard().max_kernels >= 4  # from the free memory
    assert ServeOptions(root=Path("lessons")).guard().per_client == 6


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


def test_guessing_codes_is_stopped_per_address() -> None:
    g = guard(class_code="otter42")
    for _ in range(CODE_TRIES):
        assert g.enter_code(CLASS_COOKIE, "guess", "10.0.0.1", now=100.0) is None
    assert g.enter_code(CLASS_COOKIE, "otter42", "10.0.0.1", now=101.0) is Refusal.TOO_MANY_TRIES
    assert isinstance(g.enter_code(CLASS_COOKIE, "otter42", "10.0.0.2", now=101.0), str)  # another pupil
    assert isinstance(g.enter_code(CLASS_COOKIE, "otter42", "10.0.0.1", now=101.0 + CODE_WINDOW), str)


@pytest.mark.parametrize(("target", "goes_to"), [
    ("/voila/render/ages-4-7/passwords.ipynb?mode=teacher", "/voila/render/ages-4-7/passwords.ipynb?mode=teacher"),
    ("/", "/"), (None, "/"), ("https://evil.example/", "/"), ("//evil.example/x", "/"), ("/\\evil.example", "/"),
    ("evil", "/")])
def test_after_a_code_the_pupil_goes_only_to_a_page_of_this_server(target: str | None, goes_to: str) -> None:
    assert safe_next("/", target) == goes_to


def test_serve_says_its_limits_once_at_start() -> None:
    from pathlib import Path

    assert limits_line(ServeOptions(root=Path("lessons"), max_kernels=40)) == (
        "Limits: 40 lessons open at once (6 per computer).")
    assert limits_line(ServeOptions(root=Path("lessons"), max_kernels=9, per_client=0, class_code="otter",
                                    teacher_code="heron")) == (
        "Limits: 9 lessons open at once (no limit per computer); a class code and a teacher code needed.")
