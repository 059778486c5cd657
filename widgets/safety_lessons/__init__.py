"""Online-safety lessons for schools: the widgets a lesson notebook shows (``open_lesson``), and
everything around them: reading and checking content, the classroom server, the static site, the
review pack and the `safety-lessons` command: one package, installed once, for all of them."""

from .lesson import open_lesson

__all__ = ["open_lesson"]
__version__ = "0.1.0"
