"""A bound on the CPU time one article may take, so that a rule that runs away on one text
(a loop that never ends) costs that article, not the build.

``cpu_limit(seconds)`` arms the process's profiling timer (``ITIMER_PROF``: CPU time, user
and system, of this process) for the block; when it expires, ``ArticleTimeout`` is raised in
the code that is running. It is CPU time, not the wall clock, so a machine busy with other
work does not make an article fail: an article fails only where its own work exceeds the
limit, which is the same on every run of the same code on the same machine, apart from an
article whose cost lies right at the limit (the default is some hundred times what a long
article takes). Signals reach only a process's main thread, so the limit applies in the
serial build and in the local process pool; in a thread (a Dask worker runs tasks in
threads) and on a system without ``setitimer`` the block runs without a limit.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["ARTICLE_CPU_SECONDS", "ArticleTimeout", "cpu_limit", "limits_here"]

# CPU seconds an article may take: a news article takes well under one, the longest article
# read (--max-article-size, 1 MB: some 17 parts of 20,000 characters) about a minute
ARTICLE_CPU_SECONDS = 300.0


class ArticleTimeout(BaseException):
    """The CPU-time limit expired. A BaseException, so that no rule's own ``except
    Exception`` takes it for an ordinary error and carries on."""


def limits_here() -> bool:
    """Whether ``cpu_limit`` can bound a block run here (main thread, ``setitimer``)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def cpu_limit(seconds: float | None) -> Iterator[None]:
    """Raise ``ArticleTimeout`` in the block once it has used ``seconds`` of CPU time; no
    limit when ``seconds`` is None or 0, or where ``limits_here()`` is false. The timer and
    the previous SIGPROF handler are restored when the block ends, however it ends."""
    if not seconds or not limits_here():
        yield
        return
    armed = [True]

    def expire(signum, frame) -> None:
        if armed[0]:  # a signal that arrives as the block ends is ignored
            armed[0] = False
            raise ArticleTimeout(f"more than {seconds:g} s of CPU time")

    previous = signal.signal(signal.SIGPROF, expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        armed[0] = False
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
