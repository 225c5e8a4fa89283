"""The processes claimgraph forks (a build's pool workers and its Gephi helpers, a query's
child) end with the process that made them, and hold none of its locks.

A forked process gets a copy of every descriptor of its parent, the locks among them: the
lock of ``kg/`` (outdir.locked) and the lock of the Gephi graph's folder (export/spill.py).
A lock (flock) is let go only when every copy is closed, so a worker left behind by a
killed build (kill -9, the out-of-memory killer) would hold ``kg/`` locked for good, and
every later build would wait for it. So every process forked here closes its copies of
the locks at once (``held``: an at-fork hook, for forks of any kind), and the children
claimgraph starts for itself end with their parent (``end_with_parent``): on Linux the
kernel kills them when the parent dies (PR_SET_PDEATHSIG), elsewhere a thread of theirs
sees the parent gone within a second.
"""

from __future__ import annotations

import ctypes
import os
import signal
import threading
import time

__all__ = ["end_with_parent", "held", "let_go"]

_HELD: set[int] = set()  # descriptors holding a lock of this process's
_PR_SET_PDEATHSIG = 1  # linux/prctl.h
_POLL_SECONDS = 1.0


def held(fd: int) -> int:
    """``fd`` holds a lock of this process: a forked process closes its copy at once."""
    _HELD.add(fd)
    return fd


def let_go(fd: int) -> None:
    """``fd`` is about to be closed: no lock of this process's any more."""
    _HELD.discard(fd)


def _close_held() -> None:
    for fd in _HELD:
        try:
            os.close(fd)
        except OSError:
            pass
    _HELD.clear()


os.register_at_fork(after_in_child=_close_held)


def end_with_parent(parent: int) -> None:
    """In a process forked by ``parent``: end when ``parent`` ends. Killed by the kernel on
    Linux; elsewhere a daemon thread ends the process when its parent is no longer
    ``parent``. A parent already gone ends it now."""
    if not _kernel_kills_on_parent_death():
        threading.Thread(target=_watch, args=(parent,), name="claimgraph-parent-watch", daemon=True).start()
    if os.getppid() != parent:  # the parent died before the kernel was told
        os._exit(1)


def _kernel_kills_on_parent_death() -> bool:
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):  # not Linux
        return False
    return prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(_POLL_SECONDS)
    os._exit(1)
