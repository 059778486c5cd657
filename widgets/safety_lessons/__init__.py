"""Online-safety lessons for schools: content, simulations and the classroom server."""

from .lesson import open_lesson

__all__ = ["open_lesson"]
__version__ = "0.1.0"
