"""limits.py: the message rate (token bucket), the idle clock, how a page's message is recognised
as widget use, the kernel's memory bound, and how `serve` configures them."""

from __future__ import annotations

import json
from pathlib import Path

from safety_lessons.limits import BURST, IDLE_LIMIT, KERNEL_MEMORY, MAX_MESSAGE, RATE, Bucket, IdleClock, is_comm_msg
from safety_lessons.server import ServeOptions, voila_config


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

    assert is_comm_msg(json.dumps({"header": header("comm_msg"), "content": {}}))
    assert not is_comm_msg(json.dumps({"header": header("comm_info_request"), "content": {}}))
    assert is_comm_msg(frame("shell", [json.dumps(header("comm_msg")).encode(), b"{}", b"{}", b"{}"]))
    assert not is_comm_msg(frame("shell", [json.dumps(header("kernel_info_request")).encode(), b"{}", b"{}", b"{}"]))
    for junk in ("", "[]", "{", b"", b"\xff" * 40, frame("shell", [b"not json"])):
        assert not is_comm_msg(junk)


def test_serve_configures_every_limit(tmp_path: Path) -> None:
    config = voila_config(ServeOptions(root=tmp_path, idle_limit=60))
    assert config["Voila"]["tornado_settings"]["websocket_max_message_size"] == MAX_MESSAGE
    assert config["Voila"]["kernel_websocket_connection_class"] == "safety_lessons.kernel_socket.LimitedConnection"
    assert config["LimitedConnection"] == {"idle_limit": 60}
    assert config["MappingKernelManager"]["buffer_offline_messages"] is False
    options = ServeOptions(root=tmp_path)
    assert (options.idle_limit, options.kernel_memory) == (IDLE_LIMIT, KERNEL_MEMORY) == (7200, 512)
    assert MAX_MESSAGE == 256 * 1024 and (RATE, BURST) == (50, 200)


def test_the_connection_class_is_configured_from_voila_json() -> None:
    from safety_lessons.kernel_socket import LimitedConnection
    from traitlets.config import Config

    connection = LimitedConnection(config=Config({"LimitedConnection": {"idle_limit": 5, "message_rate": 7}}))
    assert (connection.idle_limit, connection.bucket.rate, connection.bucket.burst) == (5, 7, BURST)
