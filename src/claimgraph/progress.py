"""The build's progress on a terminal: one line, redrawn in place, naming the stage (read,
extract, link, write) with its count, and on long corpora the rate and an ETA. Nothing at
all is written when the stream is not a terminal (a log, a pipe, CI), so no stray line
or carriage return ends up in a file.
"""

from __future__ import annotations

import time
from typing import IO

__all__ = ["Progress"]

_REDRAW = 0.1  # seconds between two redraws
_ETA_FROM = 20  # articles: a shorter corpus shows no ETA
_ETA_AFTER = 2.0  # seconds of a stage before its rate is trusted
_CLEAR = "\r\x1b[K"


class Progress:
    """``progress(stage, done, total)``, as ``api.build`` calls it; ``done()`` clears the line."""

    def __init__(self, stream: IO[str], clock=time.monotonic):
        self._stream = stream
        self._clock = clock
        self._stage = ""
        self._since = 0.0
        self._drawn = 0.0
        self._shown = False

    @classmethod
    def for_stream(cls, stream: IO[str]) -> Progress | None:
        """A display on ``stream`` when it is a terminal, else None (show nothing)."""
        isatty = getattr(stream, "isatty", None)
        return cls(stream) if isatty is not None and isatty() else None

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = self._clock()
        if stage != self._stage:
            self._stage, self._since, self._drawn = stage, now, 0.0
        elif done < total and now - self._drawn < _REDRAW:
            return
        self._drawn = now
        self._stream.write(_CLEAR + self.line(stage, done, total, now - self._since))
        self._stream.flush()
        self._shown = True

    @staticmethod
    def line(stage: str, done: int, total: int, elapsed: float) -> str:
        """``extract  340/1000 articles  34%  12.1/s  ETA 0:55``: the stage, its count and, once
        it has run long enough on a long corpus, its rate and the time left."""
        if total <= 1:
            return f"{stage} …"
        text = f"{stage:<8} {done:>{len(str(total))}}/{total} articles  {100 * done // total:3d}%"
        if total >= _ETA_FROM and elapsed >= _ETA_AFTER and 0 < done < total:
            rate = done / elapsed
            left = int((total - done) / rate)
            text += f"  {rate:.1f}/s  ETA {left // 3600}:{left // 60 % 60:02d}:{left % 60:02d}"
        return text

    def done(self) -> None:
        if self._shown:
            self._stream.write(_CLEAR)
            self._stream.flush()
            self._shown = False
