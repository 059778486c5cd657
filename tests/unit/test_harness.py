"""The test harness's reading of a server's log (the browser tests' servers are started by it)."""

from safety_lessons.harness import tracebacks

KERNEL_STARTING = """[I 2026-12-07 10:00:00 ServerApp] Shutting down 3 kernels
Traceback (most recent call last):
  File "<frozen runpy>", line 198, in _run_module_as_main
  File "/venv/site-packages/ipykernel_launcher.py", line 18, in <module>
    app.launch_new_instance()
  File "/usr/lib/python3.11/threading.py", line 327, in wait
    waiter.acquire()
KeyboardInterrupt
[I 2026-12-07 10:00:01 ServerApp] Shutting down 0 terminals
"""

HANDLER_ERROR = """[E 2026-12-07 10:00:00 ServerApp] Uncaught exception GET /voila/render/x
    Traceback (most recent call last):
      File "/venv/site-packages/tornado/web.py", line 1790, in _execute
        result = await result
    ValueError: no such lesson
[I 2026-12-07 10:00:01 ServerApp] 200 GET /
"""


def test_a_kernel_interrupted_while_starting_at_shutdown_is_not_a_traceback_of_ours() -> None:
    assert tracebacks(KERNEL_STARTING) == []


def test_any_other_traceback_is_found_whole_and_ends_at_its_exception() -> None:
    found = tracebacks(KERNEL_STARTING + HANDLER_ERROR)
    assert len(found) == 1
    assert found[0].splitlines()[-1].strip() == "ValueError: no such lesson"
    assert "200 GET /" not in found[0]


def test_a_kernel_traceback_that_is_not_an_interrupt_is_kept() -> None:
    failed = KERNEL_STARTING.replace("KeyboardInterrupt", "ImportError: no module named zmq")
    assert len(tracebacks(failed)) == 1


SOCKET_CLOSED = """  File "/venv/site-packages/ipykernel/kernelbase.py", line 541, in dispatch_queue
    await self.process_one()
  File "/venv/site-packages/zmq/backend/cython/_zmq.py", line 190, in zmq.backend.cython._zmq._check_rc
zmq.error.ZMQError: Socket operation on non-socket
"""


def test_a_kernel_finding_its_sockets_closed_as_the_server_stops_is_not_a_traceback_of_ours() -> None:
    stopping = f"[ClassroomVoila] Handle signal 15.\nTraceback (most recent call last):\n{SOCKET_CLOSED}"
    assert tracebacks(stopping) == []
    before = f"Traceback (most recent call last):\n{SOCKET_CLOSED}[ClassroomVoila] Handle signal 15.\n"
    assert len(tracebacks(before)) == 1  # while lessons are open, it is a fault
