"""What `serve` tells the processes it starts (a pupil's kernel, the staging of lessons) through
their environment: every `SAFETY_LESSONS_*` variable's name, in one place. `serve` sets them
(server/app.py `prepare_environment`) and kernels inherit them; nothing else is passed this way.
The standard library only: a pupil's kernel imports this module first. Also the one thing a kernel
does with a variable rather than read it: bound its own memory (`limit_kernel`)."""

from __future__ import annotations

import os

ROOT_ENV = "SAFETY_LESSONS_ROOT"  # the lessons folder (content.files.find_root reads it)
SERVED_ENV = "SAFETY_LESSONS_SERVED"  # "1": the kernel runs under `serve` (lesson.current_mode)
STAGE_ENV = "SAFETY_LESSONS_STAGE"  # the folder `serve` stages its copies in (server.app.Stage)
MEMORY_ENV = "SAFETY_LESSONS_KERNEL_MEMORY"  # MiB of data memory a lesson's kernel may use (`limit_kernel`)
URL_ENV = "SAFETY_LESSONS_PULSE_URL"  # class pulse: the server, as its kernels reach it (pulse_link)
KEY_ENV = "SAFETY_LESSONS_PULSE_KEY"  # class pulse: the key kernels show the server, random for each run
EXAMPLES_ENV = "SAFETY_LESSONS_EXAMPLES"  # the file of `serve`'s estimates of lessons' example passwords
CONTENT_ENV = "SAFETY_LESSONS_CONTENT"  # the folder of lessons `serve` opened and checked (content.handover)
SIGNED_ONLY_ENV = "SAFETY_LESSONS_SIGNED_ONLY"  # "1": stage lessons not signed off as a calm page (server.pages)
# The staged folder's teacher copies (and the static site's teacher views) are under this folder:
# a kernel whose notebook is there shows the teacher's view (lesson.current_mode).
TEACHER_DIR = "teacher"

MiB = 1024 * 1024


def limit_kernel(mib: int | None = None) -> int | None:
    """Bound this kernel's data memory (RLIMIT_DATA) to `mib` MiB, or to what `serve` put in the
    environment; returns the bound set (None: none asked for, or the platform has no such limit).
    Lowers the hard limit too: nothing the kernel runs can raise it again. Idempotent."""
    if mib is None:
        text = os.environ.get(MEMORY_ENV, "")
        if not text.isdigit():
            return None
        mib = int(text)
    try:
        import resource
    except ImportError:  # Windows, the browser's Python: no such limit
        return None
    limit = mib * MiB
    soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    if soft != limit:
        resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))
    return limit
