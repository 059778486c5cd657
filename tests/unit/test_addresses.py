"""`serve --host`: the addresses pupils open, and what the teacher is told (addresses.py)."""

from __future__ import annotations

import socket
from pathlib import Path
from types import SimpleNamespace
from typing import Any, ClassVar

import pytest
from safety_lessons.server import addresses
from safety_lessons.server import app as server
from safety_lessons.server.addresses import (
    SECTION,
    client_key,
    host_notice,
    is_local,
    machine_addresses,
    pupil_urls,
    url,
)

REPO = Path(__file__).resolve().parents[2]


class FakeSocket:
    """A UDP socket whose `connect` answers from a table (family → local address), or fails."""

    routes: ClassVar[dict[int, str]] = {}
    connected: ClassVar[list[tuple[Any, ...]]] = []

    def __init__(self, family: int, kind: int) -> None:
        assert kind == socket.SOCK_DGRAM  # UDP: connecting sends nothing
        self.family = family

    def __enter__(self) -> FakeSocket:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def connect(self, address: tuple[Any, ...]) -> None:
        FakeSocket.connected.append(address)
        if self.family not in self.routes:
            raise OSError("Network is unreachable")

    def getsockname(self) -> tuple[Any, ...]:
        return (self.routes[self.family], 40000)


@pytest.fixture
def machine(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """A pretend computer: its default routes and what its host name resolves to."""
    state: dict[str, Any] = {"routes": {}, "named": {}}

    def getaddrinfo(host: str, port: object, family: int, kind: int) -> list[tuple[Any, ...]]:
        assert host == "classroom-pc" and kind == socket.SOCK_STREAM
        if family not in state["named"]:
            raise socket.gaierror("no such name")
        return [(family, kind, 6, "", (a, 0)) for a in state["named"][family]]

    FakeSocket.routes = state["routes"]
    FakeSocket.connected = []
    monkeypatch.setattr(socket, "socket", FakeSocket)
    monkeypatch.setattr(socket, "gethostname", lambda: "classroom-pc")
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return state


def test_every_ipv4_address_lists_the_routed_one_first_then_the_named_ones(machine: dict[str, Any]) -> None:
    machine["routes"][socket.AF_INET] = "192.168.1.20"
    machine["named"][socket.AF_INET] = ["127.0.1.1", "10.0.0.7", "192.168.1.20", "169.254.3.4"]
    assert pupil_urls("0.0.0.0", 8866) == ["http://192.168.1.20:8866/", "http://10.0.0.7:8866/"]
    assert all(addr[0] in addresses.PROBE.values() for addr in FakeSocket.connected)  # documentation addresses


def test_ipv6_addresses_are_in_brackets_without_their_scope(machine: dict[str, Any]) -> None:
    machine["routes"][socket.AF_INET6] = "fd00::20"
    machine["named"][socket.AF_INET6] = ["::1", "fe80::1%eth0", "2001:db8:5::20"]
    assert pupil_urls("::", 9000) == ["http://[fd00::20]:9000/", "http://[2001:db8:5::20]:9000/"]
    assert pupil_urls("[::]", 9000) == pupil_urls("::", 9000)
    machine["routes"][socket.AF_INET] = "192.168.1.20"
    assert pupil_urls("", 9000) == ["http://192.168.1.20:9000/", "http://[fd00::20]:9000/",
                                    "http://[2001:db8:5::20]:9000/"]  # both families
    assert pupil_urls("0.0.0.0", 9000) == ["http://192.168.1.20:9000/"]  # IPv4 only: tornado binds v6-only


def test_loopback_and_link_local_only_when_there_is_nothing_else(machine: dict[str, Any]) -> None:
    machine["named"][socket.AF_INET] = ["127.0.1.1"]  # no route, only the hosts file's name
    assert machine_addresses((socket.AF_INET,)) == ["127.0.1.1"]
    machine["named"][socket.AF_INET6] = ["fe80::1%eth0"]
    assert machine_addresses((socket.AF_INET6,)) == ["fe80::1"]
    machine["named"].clear()
    assert pupil_urls("0.0.0.0", 8866) == []


def test_a_specific_host_is_its_own_address(machine: dict[str, Any]) -> None:
    assert pupil_urls("192.168.1.20", 8866) == ["http://192.168.1.20:8866/"]
    assert pupil_urls("fd00::20", 8866) == ["http://[fd00::20]:8866/"]
    assert pupil_urls("lessons.school.example", 80) == ["http://lessons.school.example:80/"]
    assert FakeSocket.connected == []  # nothing looked up
    assert url("10.1.2.3", 1) == "http://10.1.2.3:1/"


def test_only_loopback_hosts_are_local() -> None:
    assert all(is_local(h) for h in ("127.0.0.1", "localhost", "::1", "127.0.1.1"))
    assert not any(is_local(h) for h in ("0.0.0.0", "::", "", "192.168.1.20", "lessons.school.example"))


def test_the_notice_warns_and_says_where_pupils_go(machine: dict[str, Any]) -> None:
    assert host_notice("127.0.0.1", 8866) == [] and host_notice("localhost", 8866) == []
    machine["routes"][socket.AF_INET] = "192.168.1.20"
    machine["named"][socket.AF_INET] = ["10.0.0.7"]
    warning, where = host_notice("0.0.0.0", 8866)
    assert warning.startswith("WARNING: serving on 0.0.0.0: other computers on this network can open")
    assert "school network, behind its firewall" in warning and f"(README: '{SECTION}')" in warning
    assert "0.0.0.0:" not in where
    assert where == "Pupils open: http://192.168.1.20:8866/ (and http://10.0.0.7:8866/)"
    machine["routes"].clear()
    machine["named"].clear()
    assert host_notice("0.0.0.0", 8866)[1].startswith("Pupils open: http://<this computer's network address>:8866/")


def test_the_readme_has_the_section_the_warning_names() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    teachers = readme.split("## For teachers", 1)[1].split("\n## ", 1)[0]
    assert f"\n### {SECTION}\n" in teachers
    section = teachers.split(f"### {SECTION}", 1)[1].split("\n### ", 1)[0]
    for needed in ("--host", "firewall", "Pupils open:", "No accounts", "HTTPS", "127.0.0.1:8866", "Host",
                   "Upgrade", "--hostname", "--per-client", "--class-code", "--teacher-code", "--max-kernels"):
        assert needed in section, needed


def test_serve_prints_the_notice_and_a_url_pupils_can_open(lessons_root: Path, machine: dict[str, Any],
                                                          monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    import safety_lessons.authoring.check_cache
    from safety_lessons.kernel_env import STAGE_ENV

    machine["routes"][socket.AF_INET] = "192.168.1.20"
    started: list[object] = []
    monkeypatch.setenv(STAGE_ENV, "")  # serve() sets it: taken away after the test, not left for the next
    checked = SimpleNamespace(problems=[], errors=[])  # the same whether or not a check of these lessons is cached
    monkeypatch.setattr(safety_lessons.authoring.check_cache, "remembered_check", lambda root: (checked, "{}"))
    monkeypatch.setattr(server, "prepare_environment", lambda options: None)
    monkeypatch.setattr(server, "make_app", lambda *a: SimpleNamespace(start=lambda: started.append(a)))
    server.serve(server.ServeOptions(root=lessons_root, host="0.0.0.0", port=8870))
    out, err = capsys.readouterr()
    assert started
    assert "WARNING: serving on 0.0.0.0" in err and "Pupils open: http://192.168.1.20:8870/" in err
    assert "Open http://192.168.1.20:8870/ in a browser" in out and "//0.0.0.0" not in out + err
    server.serve(server.ServeOptions(root=lessons_root, port=8870))
    out, err = capsys.readouterr()
    assert "WARNING" not in err and "Open http://localhost:8870/ in a browser" in out


@pytest.mark.parametrize(("address", "key"), [
    ("192.168.1.20", "192.168.1.20"), ("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64"),
    ("2001:db8:1:2::7", "2001:db8:1:2::/64"), ("2001:db8:1:3::7", "2001:db8:1:3::/64"),
    ("::ffff:10.0.0.5", "10.0.0.5"), ("fe80::1%eth0", "fe80::/64"), ("::1", "::/64"),
    ("not an address", "not an address")])
def test_an_ipv6_address_counts_as_its_64(address: str, key: str) -> None:
    assert client_key(address) == key
