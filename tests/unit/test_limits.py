"""limits.py: the message rate (token bucket), the idle clock, how a page's message is recognised
as widget use, the kernel's memory bound, sockets per kernel and per client, the HTTP server's
limits and the open-file limit, and how `serve` configures them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from safety_lessons.server.app import voila_config
from safety_lessons.server.limits import (
    ABUSE,
    BURST,
    DROP,
    IDLE_LIMIT,
    JUNK,
    KERNEL_MEMORY,
    MAX_BODY,
    MAX_MESSAGE,
    NOT_PASSED,
    PASS,
    RATE,
    REQUEST_TIMEOUT,
    SOCKETS_PER_CLIENT,
    SOCKETS_PER_KERNEL,
    TOO_FAST,
    WIDGET,
    Bucket,
    IdleClock,
    KernelSockets,
    Sockets,
    http_server_options,
    is_comm_msg,
    message_kind,
    open_files_notice,
    raise_open_files,
)
from safety_lessons.server.options import ServeOptions


def test_a_bucket_lets_a_burst_through_then_the_rate() -> None:
    bucket = Bucket(rate=50, burst=200, stamp=0.0)
    assert sum(bucket.take(0.0) for _ in range(1000)) == 200
    assert sum(bucket.take(1.0) for _ in range(1000)) == 50  # one second later: 50 more
    assert bucket.dropped == 1750 and bucket.abused


def test_a_fast_pupil_is_never_dropped() -> None:
    bucket = Bucket(stamp=0.0)
    assert all(bucket.take(i / 20) for i in range(20 * 60))  # 20 messages a second for a minute
    assert bucket.dropped == 0


def test_the_idle_clock_names_kernels_unused_for_longer_than_the_limit() -> None:
    clock = IdleClock(limit=10)
    clock.connected("a", now=0)
    clock.connected("b", now=0)
    clock.touched("b", now=8)
    clock.connected("b", now=9)  # a reconnect does not count as use
    assert clock.idle(["a", "b"], now=11) == ["a"]
    assert clock.idle(["b"], now=17) == []
    assert clock.idle(["b"], now=19) == ["b"]
    clock.connected("c", now=0)
    assert clock.idle([], now=1) == [] and clock.used == {}  # a kernel gone is forgotten
    assert IdleClock(limit=8).sweep_every == 2 and IdleClock().sweep_every == 60


def frame(channel: str, parts: list[bytes]) -> bytes:
    """A v1.kernel.websocket.jupyter.org message, as the page's JavaScript sends it."""
    pieces = [channel.encode(), *parts]
    count = len(pieces) + 1
    offsets = [8 * (count + 1)]
    for piece in pieces:
        offsets.append(offsets[-1] + len(piece))
    head = count.to_bytes(8, "little") + b"".join(o.to_bytes(8, "little") for o in offsets)
    return head + b"".join(pieces)


def test_widget_use_is_a_comm_msg_in_either_protocol() -> None:
    def header(kind: str) -> dict[str, str]:
        return {"msg_type": kind, "msg_id": "1"}

    assert is_comm_msg(json.dumps({"channel": "shell", "header": header("comm_msg"), "content": {}}))
    assert not is_comm_msg(json.dumps({"channel": "shell", "header": header("comm_info_request"), "content": {}}))
    assert is_comm_msg(frame("shell", [json.dumps(header("comm_msg")).encode(), b"{}", b"{}", b"{}"]))
    assert not is_comm_msg(frame("shell", [json.dumps(header("kernel_info_request")).encode(), b"{}", b"{}", b"{}"]))
    for junk in ("", "[]", "{", b"", b"\xff" * 40, frame("shell", [b"not json"])):
        assert not is_comm_msg(junk)


def test_serve_configures_every_limit(tmp_path: Path) -> None:
    config = voila_config(ServeOptions(root=tmp_path, idle_limit=60, max_kernels=40))
    assert config["Voila"]["tornado_settings"]["websocket_max_message_size"] == MAX_MESSAGE
    assert (config["Voila"]["kernel_websocket_connection_class"]
            == "safety_lessons.server.kernel_socket.LimitedConnection")
    assert config["LimitedConnection"] == {"idle_limit": 60, "per_client": SOCKETS_PER_CLIENT}
    big = voila_config(ServeOptions(root=tmp_path, max_kernels=200))  # every pupil behind one proxy, reconnecting
    assert big["LimitedConnection"]["per_client"] == 400
    assert config["MappingKernelManager"]["buffer_offline_messages"] is False
    options = ServeOptions(root=tmp_path)
    assert (options.idle_limit, options.kernel_memory) == (IDLE_LIMIT, KERNEL_MEMORY) == (7200, 512)
    assert MAX_MESSAGE == 256 * 1024 and (RATE, BURST) == (50, 200)


def test_the_connection_class_is_configured_from_voila_json() -> None:
    from safety_lessons.server.kernel_socket import LimitedConnection
    from traitlets.config import Config

    connection = LimitedConnection(config=Config({"LimitedConnection": {"idle_limit": 5, "message_rate": 7}}))
    assert (connection.idle_limit, connection.message_rate, connection.message_burst) == (5, 7, BURST)
    assert (connection.per_kernel, connection.per_client) == (SOCKETS_PER_KERNEL, SOCKETS_PER_CLIENT) == (3, 120)


def test_widget_use_is_read_from_the_channel_and_type_of_a_message() -> None:
    head = json.dumps({"msg_type": "comm_open", "msg_id": "1"}).encode()
    assert message_kind(frame("control", [head, b"{}", b"{}", b"{}"])) == ("control", "comm_open")
    assert message_kind(json.dumps({"channel": "iopub", "header": {"msg_type": "x"}})) == ("iopub", "x")
    # what no page sends: no channel, an unknown one, a type that is not text
    for junk in (json.dumps({"header": {"msg_type": "comm_msg"}}), frame("nosuch", [head, b"{}", b"{}", b"{}"]),
                 json.dumps({"channel": "shell", "header": {"msg_type": 7}}), json.dumps([1])):
        assert message_kind(junk) is None


def test_a_kernel_keeps_its_newest_sockets_and_a_client_its_share() -> None:
    sockets: Sockets[str] = Sockets(per_kernel=3, per_client=5)
    assert [sockets.arrive(f"s{i}", "k1", "pc") for i in range(3)] == [[], [], []]
    assert sockets.arrive("s3", "k1", "pc") == ["s0"]  # the oldest makes room
    assert sockets.of("k1") == ["s1", "s2", "s3"]
    for i in range(300):  # a script opening hundreds on one kernel holds three
        sockets.arrive(f"t{i}", "k1", "pc")
    assert sockets.of("k1") == ["t297", "t298", "t299"] and sockets.clients == {"pc": 3}
    assert sockets.arrive("u0", "k2", "pc") == [] and sockets.arrive("u1", "k3", "pc") == []
    assert sockets.arrive("u2", "k4", "pc") is None  # five open: the client's share
    assert sockets.arrive("t300", "k1", "pc") == ["t297"]  # a kernel's own replacement still comes in
    assert sockets.arrive("v0", "k4", "other") == []  # another client is not held back
    sockets.leave("t300")
    sockets.leave("t300")  # idempotent
    assert sockets.clients == {"pc": 4, "other": 1} and sockets.of("k1") == ["t298", "t299"]
    for s in ["t298", "t299", "u0", "u1", "v0"]:
        sockets.leave(s)
    assert (sockets.kernels, sockets.clients, sockets.where) == ({}, {}, {})


def test_serve_raises_its_open_file_limit_to_the_hard_one() -> None:
    resource = pytest.importorskip("resource")
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(256, hard), hard))
    try:
        assert raise_open_files() == (min(256, hard), hard)
        assert resource.getrlimit(resource.RLIMIT_NOFILE) == (hard, hard)
        assert raise_open_files() == (hard, hard)  # idempotent
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, resource.getrlimit(resource.RLIMIT_NOFILE)[0]), hard))


def test_too_few_open_files_for_a_class_is_said_with_what_to_do() -> None:
    assert open_files_notice((1024, 524288), 60) is None
    assert open_files_notice(None, 60) is None
    notice = open_files_notice((1024, 1024), 60)
    assert notice is not None and "1024 files" in notice and "ulimit -n" in notice and "3400" in notice


def test_requests_are_bounded_in_time_and_size() -> None:
    options = http_server_options()
    assert options == {"idle_connection_timeout": REQUEST_TIMEOUT, "body_timeout": REQUEST_TIMEOUT,
                       "max_body_size": MAX_BODY, "max_header_size": 16 * 1024}
    assert 10 <= REQUEST_TIMEOUT <= 20 and MAX_BODY == 64 * 1024


def test_a_pages_message_is_passed_dropped_or_closes_its_socket_as_the_limits_say() -> None:
    widget = json.dumps({"channel": "shell", "header": {"msg_type": "comm_msg"}})
    other = json.dumps({"channel": "shell", "header": {"msg_type": "kernel_info_request"}})
    executed = json.dumps({"channel": "shell", "header": {"msg_type": "execute_request"}})
    limits = KernelSockets()
    assert limits.judge("k1", other, ()) == PASS and "k1" not in limits.clock.used  # not use: the clock waits
    assert limits.judge("k1", widget, ()) == WIDGET and "k1" in limits.clock.used
    assert limits.judge("k1", executed, ("comm_msg", "kernel_info_request")) == NOT_PASSED
    assert limits.judge("k1", json.dumps([1]), ()) == JUNK
    fast = [limits.judge("k2", other, (), rate=0.001, burst=3) for _ in range(3 + ABUSE)]
    assert fast[:3] == [PASS] * 3 and set(fast[3:-1]) == {DROP} and fast[-1] == TOO_FAST  # its kernel's bucket
    assert limits.judge("k1", other, ()) == PASS  # another kernel's pages are not held up
    assert limits.idle(["k1"]) == [] and set(limits.buckets) == {"k1"}  # k2 gone: its bucket forgotten
