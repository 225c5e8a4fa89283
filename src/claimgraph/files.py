"""The user's files: finding a corpus's articles, reading a file safely, naming a path.

``find_articles`` walks a corpus folder and returns its ``.txt`` files (the suffix in any
case) and every path it passed over that looked like an article, with the reason: a
broken or looping symbolic link, a named pipe, a device, a folder that cannot be listed.
Symbolic links to files and folders are followed, each folder once.

``read_regular`` opens nothing but a regular file (a named pipe would block, ``/dev/zero``
never ends) and reads at most a given number of bytes. ``display_path`` shows a path
whose name is not valid UTF-8 with its bad bytes as ``\\xNN``, so that it can be printed
and written into the graph.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from .errors import ClaimgraphError
from .models import Failure

__all__ = ["Discovery", "FileRefused", "display_path", "find_articles", "read_regular"]

_SUFFIXES = (".txt", ".html", ".htm")  # any case
_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


class FileRefused(ClaimgraphError):
    """A file that is not read: ``reason`` says why (it is a FIFO, it is too large …)."""

    def __init__(self, path: Path | str, reason: str):
        super().__init__(f"{display_path(path)}: {reason}")
        self.path = display_path(path)
        self.reason = reason


class Discovery(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)

    paths: tuple[Path, ...]  # the articles, in path order
    skipped: tuple[Failure, ...]  # paths passed over, with the reason
    notes: tuple[Failure, ...] = ()  # links not followed that lose nothing (to a folder already read)


def display_path(path: Path | str) -> str:
    """``path`` as printable text: bytes of the name that are not UTF-8 as ``\\xNN``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def read_regular(path: Path, limit: int | None = None) -> bytes:
    """The bytes of ``path`` when it is a regular file (a symbolic link to one is fine) of at
    most ``limit`` bytes; FileRefused otherwise, before anything but a regular file is opened."""
    info = _stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise FileRefused(path, f"is {_kind(info.st_mode)}, not a regular file")
    if limit is not None and info.st_size > limit:
        raise FileRefused(path, f"is {_size(info.st_size)}, more than the limit of {_size(limit)}")
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as err:
        raise FileRefused(path, f"cannot be read ({err.strerror})") from err
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):  # replaced since the stat above
            raise FileRefused(path, "is not a regular file")
        try:
            data = fh.read() if limit is None else fh.read(limit + 1)
        except OSError as err:
            raise FileRefused(path, f"cannot be read ({err.strerror})") from err
    if limit is not None and len(data) > limit:
        raise FileRefused(path, f"grew past the limit of {_size(limit)} while it was read")
    return data


def find_articles(corpus: Path) -> Discovery:
    """The ``.txt`` files below ``corpus`` (or ``corpus`` itself when it is a file), and the
    paths passed over with the reason. Raises ClaimgraphError when there is no corpus."""
    try:
        info = corpus.stat()
    except OSError as err:
        if corpus.is_symlink() or err.errno == errno.ELOOP:
            raise ClaimgraphError(f"{display_path(corpus)}: {_link_problem(corpus, err)}") from err
        raise ClaimgraphError(f"{display_path(corpus)}: no such folder; give a folder of .txt articles") from err
    if not stat.S_ISDIR(info.st_mode):
        return Discovery(paths=(corpus,), skipped=())
    paths: list[Path] = []
    skipped: list[Failure] = []
    notes: list[Failure] = []
    _walk(corpus, paths, skipped, notes, {(info.st_dev, info.st_ino)})
    return Discovery(paths=tuple(sorted(paths)), skipped=tuple(sorted(skipped, key=lambda f: f.path)),
                     notes=tuple(sorted(notes, key=lambda f: f.path)))


def _walk(folder: Path, paths: list[Path], skipped: list[Failure], notes: list[Failure],
          seen: set[tuple[int, int]]) -> None:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as err:
        skipped.append(Failure(path=display_path(folder), reason=f"is a folder that cannot be listed ({err.strerror}); "
                                                                  "its articles are not read"))
        return
    for entry in entries:
        path = Path(entry.path)
        article = entry.name.lower().endswith(_SUFFIXES)
        try:
            info = path.stat()  # follows a symbolic link
        except OSError as err:
            if article or entry.is_symlink():
                skipped.append(Failure(path=display_path(path), reason=_link_problem(path, err)))
            continue
        if stat.S_ISDIR(info.st_mode):
            if (info.st_dev, info.st_ino) in seen:
                if entry.is_symlink():
                    notes.append(Failure(path=display_path(path), reason="is a symbolic link to a folder already "
                                                                         "read; not read twice"))
                continue
            seen.add((info.st_dev, info.st_ino))
            _walk(path, paths, skipped, notes, seen)
        elif article and stat.S_ISREG(info.st_mode):
            paths.append(path)
        elif article:
            skipped.append(Failure(path=display_path(path), reason=f"is {_kind(info.st_mode)}, not a regular file; "
                                                                   "not read"))


def _stat(path: Path) -> os.stat_result:
    try:
        return path.stat()
    except OSError as err:
        if err.errno in (errno.ENOENT, errno.ELOOP) and path.is_symlink():
            raise FileRefused(path, _link_problem(path, err)) from err
        raise FileRefused(path, f"cannot be read ({err.strerror})") from err


def _link_problem(path: Path, err: OSError) -> str:
    if err.errno == errno.ELOOP:
        return "is a symbolic link that loops (it leads back to itself); not read"
    if err.errno == errno.ENOENT and path.is_symlink():
        try:
            target = display_path(os.readlink(path))
        except OSError:
            target = "?"
        return f"is a broken symbolic link (to {target}, which does not exist); not read"
    return f"cannot be read ({err.strerror})"


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def _size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size:,} bytes"
