"""The class behind each kernel websocket of `serve` (Voila's `kernel_websocket_connection_class`,
named in voila.json): jupyter_server's, with the sockets, message rate and idle limits of limits.py
(how it hooks in is compat.py's item 6). Only the server imports this module."""

from __future__ import annotations

from .compat import LimitedConnection

__all__ = ["LimitedConnection"]
