"""What a lesson notebook calls: ``lesson = open_lesson("ages-7-11/passwords")`` then
``lesson.show("activity-id")``. Nothing here writes anything a pupil does to disk or logs."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import parse_qs

from .content.activity import Activity, Context
from .content.files import find_root
from .content.lesson_file import Lesson
from .content.library import Library
from .content.model import Band
from .content.schema import ContentError, Problem
from .content.words import UNREADABLE_WORDS, Words
from .kernel_env import CONTENT_ENV, SERVED_ENV, STAGE_ENV, TEACHER_DIR
from .registry import BY_NAME, library
from .views.markup import html

if TYPE_CHECKING:
    from .content.handover import Handover


def _served() -> bool:
    return os.environ.get(SERVED_ENV) == "1"


Mode = Literal["pupil", "teacher"]


def current_mode() -> Mode:
    """`teacher` in a teacher view, else `pupil`. A presentation choice, not a permission.

    Served, the server decides: it renders the teacher's copy (under `teacher/` in its staged
    folder) only for a teacher view, and a kernel runs in its copy's folder, so the kernel reads
    the server's choice rather than parsing the query string again. In the static site (Python in
    the browser) teacher views are likewise the notebooks under a `teacher/` folder. Elsewhere
    (JupyterLab, tests) ``?mode=teacher`` in the query string Voila passes to the kernel."""
    if sys.platform == "emscripten":
        return "teacher" if TEACHER_DIR in Path.cwd().parts else "pupil"
    stage = os.environ.get(STAGE_ENV)
    if stage:
        try:
            copy = Path.cwd().resolve().relative_to(Path(stage).resolve())
        except ValueError:
            return "pupil"
        return "teacher" if copy.parts[:1] == (TEACHER_DIR,) else "pupil"
    query = parse_qs(os.environ.get("QUERY_STRING", ""))
    return "teacher" if query.get("mode") == ["teacher"] else "pupil"


@dataclass
class OpenLesson:
    library: Library
    band_id: str
    band: Band
    content: Lesson
    words: Words  # the words around the activities (buttons, progress, messages), in the band's voice
    topic: str = ""  # the lesson's file name, e.g. passwords (for messages)
    _memory: dict[int, dict[str, Any]] = field(default_factory=dict, repr=False)  # id(activity) → what it keeps

    def show(self, activity_id: str) -> Any:
        """Display one activity of this lesson (its widget is the cell's output)."""
        from .compat import default_models, quiet_tracebacks
        from .views.sharing import default_model

        activity = self.content.activities.get(activity_id)
        if activity is None:  # a notebook/content mismatch: `check` names it too
            error = self.unknown(activity_id)
            if not _served():
                raise error  # authors (JupyterLab, nbval) see which id is wrong and which exist
            return _needs_fixing(self.words)
        if _served():  # pupils' kernels: a forged widget message gets no traceback back
            quiet_tracebacks(self.words.say("tell-your-teacher"))
        # its view's module is imported on first use; its widgets made with the shared default
        # layouts and styles (views/sharing.py)
        with default_models(default_model):
            return BY_NAME[activity.kind].view_class()(activity, self).widget

    # -- what a view is given (views.common.Page) ---------------------------------------------
    @property
    def context(self) -> Context:
        """The facts, school and band the lesson's content was checked against."""
        return self.library.context(self.band_id)

    @property
    def teacher(self) -> bool:
        return current_mode() == "teacher"

    @property
    def ref(self) -> str:
        return f"{self.band_id}/{self.topic}"

    def activity_id(self, activity: Activity) -> str:
        return next((name for name, a in self.content.activities.items() if a is activity), "")

    def picture(self, character_id: str) -> str:
        return self.library.picture(character_id)

    def memory(self, activity: Activity) -> dict[str, Any]:
        return self._memory.setdefault(id(activity), {})

    def unknown(self, activity_id: str) -> ContentError:
        """The problem with showing an activity this lesson does not have, at the cell that shows it."""
        from .content.notebooks import cell_name, read_cells, unknown_activity

        ref = f"{self.band_id}/{self.topic}"
        notebook = self.library.root / f"{ref}.ipynb"
        try:
            every = read_cells(notebook)
        except (OSError, ValueError):
            every = []
        cells = [c for c in every if c.kind == "code" and c.source.strip() == f'lesson.show("{activity_id}")']
        line, field_name = (cells[0].line, cell_name(every, cells[0])) if cells else (1, "lesson.show")
        return ContentError([Problem(self.library.rel(notebook), line, field_name,
                                     unknown_activity(activity_id, ref, self.content))])


@dataclass
class BrokenLesson:
    """Stands in for a lesson whose content has problems: every call shows a calm message."""

    error: ContentError
    words: Words | None = None  # None: the words file itself cannot be read

    def show(self, activity_id: str) -> Any:
        return _needs_fixing(self.words)


def open_lesson(ref: str) -> OpenLesson | BrokenLesson:
    """Load and check the content of lesson ``band/topic`` (e.g. ``"ages-11-14/passwords"``).

    Served to pupils, a problem shows a calm message; anywhere else (JupyterLab, nbval) it is
    raised so that authors see every problem with its file and line.
    """
    band, _, topic = ref.partition("/")
    lib = None
    if _served():  # limits.py: a bounded kernel, and no traceback from a forged comm_open
        from .compat import quiet_kernel_logs
        from .kernel_env import limit_kernel

        limit_kernel()
        quiet_kernel_logs()
    if _served() and (handed := _handed(band, topic)) is not None:
        lib, content = handed.library, handed.lesson
        return OpenLesson(lib, band, lib.catalogue.bands[band], content, lib.words(band), topic)
    for attempt in range(2):
        try:
            lib = library(find_root())
            content = lib.lesson(band, topic)
            return OpenLesson(lib, band, lib.catalogue.bands[band], content, lib.words(band), topic)
        except (ContentError, FileNotFoundError) as err:
            error = err if isinstance(err, ContentError) else ContentError([])
            if not _served():
                raise
            if attempt == 0 and lib is not None and _wait_while_written(lib.root.parent, error):
                continue  # read again, whole
            return BrokenLesson(error, _words_if_readable(lib, band))
    raise AssertionError("unreachable")


def _handed(band: str, topic: str) -> Handover | None:
    """The lesson as `serve` opened and checked it, if it handed it over and it is still current."""
    folder = os.environ.get(CONTENT_ENV)
    if not folder:
        return None
    from .content.handover import kept

    try:
        return kept(Path(folder), find_root(), band, topic)
    except FileNotFoundError:
        return None


SETTLE = 2.0  # seconds: a content file changed this recently may still be being written


def _wait_while_written(top: Path, error: ContentError) -> bool:
    """Whether a file a problem is in was changed in the last `SETTLE` seconds (an editor that
    saves in place empties the file, then writes it): then wait until it stops changing (at most
    `SETTLE` seconds) so the lesson is read again whole, rather than showing pupils "needs fixing"
    until a reload (issue 31). Problems in files not just changed are left as they are."""
    import time

    def stamp(path: Path) -> tuple[int, int] | None:
        try:
            found = path.stat()
        except OSError:
            return None
        return found.st_mtime_ns, found.st_size

    paths = {top / p.file for p in error.problems}
    fresh = [p for p in paths if (s := stamp(p)) is not None and time.time() - s[0] / 1e9 < SETTLE]
    if not fresh:
        return False
    deadline = time.monotonic() + SETTLE
    before = [stamp(p) for p in fresh]
    while time.monotonic() < deadline:
        time.sleep(0.1)
        now = [stamp(p) for p in fresh]
        if now == before:
            return True
        before = now
    return True


def _words_if_readable(library: Library | None, band: str) -> Words | None:
    try:
        return None if library is None else library.words(band if band in library.catalogue.bands else None)
    except ContentError:
        return None


def needs_fixing_html(words: Words | None) -> str:
    """The calm note shown instead of a part of a lesson that has a problem."""
    title, text = ((words.say("needs-fixing-title"), words.say("needs-fixing")) if words is not None
                   else (UNREADABLE_WORDS["needs-fixing-title"], UNREADABLE_WORDS["needs-fixing"]))
    return str(html('<div class="sl-needs-fixing" role="alert"><p><strong>{title}</strong></p><p>{text}</p></div>',
                    title=title, text=text))


def _needs_fixing(words: Words | None) -> Any:
    from ipywidgets import HTML

    return HTML(needs_fixing_html(words))
