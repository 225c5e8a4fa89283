"""The output folder as one unit: a build is written into a fresh sibling folder, every
file fsynced, then swapped in with one rename, so ``kg/`` is always one complete build
(the previous one until the swap). A lock file beside it makes a second build into the
same folder wait; the temporaries of a build that was killed are removed by the next.

    kg/                 the current build
    .kg.lock            held (flock) by the build writing into kg/
    .kg.new-PID-XXXX/   a build being written (removed if the build dies)
    .kg.old-PID-XXXX/   the build just replaced (removed right after the swap)

On Linux the swap exchanges the two folders atomically (``renameat2(RENAME_EXCHANGE)``);
elsewhere it is two renames, and a crash between them leaves the previous build in
``.kg.old-*``, which the next build puts back before it starts.
"""

from __future__ import annotations

import ctypes
import errno
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from .children import held, let_go
from .errors import ClaimgraphError, ExportError

__all__ = ["StagedFile", "check_out", "locked", "staged"]

# what a folder may hold for claimgraph to replace it: the files a build writes (by their
# extensions, so a file an older version wrote does not block a rebuild) and nothing else
_OUR_SUFFIXES = (".ttl", ".nt", ".nq", ".jsonld", ".graphml", ".gexf")
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def check_out(out: Path) -> None:
    """Raise before any work when ``out`` cannot take a build: a file, or a folder holding
    what claimgraph did not write (it replaces the whole folder)."""
    if out.exists() and not out.is_dir():
        raise ClaimgraphError(f"--out {out} is a file; give a folder for the graph (it is created if missing)")
    if out.is_dir():
        foreign = sorted(p.name for p in out.iterdir()
                         if not (p.is_file() and p.suffix in _OUR_SUFFIXES) and not _stale_temporary(p.name)
                         and not _report(p))
        if foreign:
            shown = ", ".join(foreign[:5]) + (" …" if len(foreign) > 5 else "")
            raise ClaimgraphError(f"--out {out} holds files claimgraph did not write ({shown}); a build replaces "
                                  "the whole folder, so give a new or empty folder, or move those files away")


def _report(path: Path) -> bool:
    """The HTML report ``claimgraph report`` (or ``build --report``) wrote into ``kg/report``:
    part of the build, replaced with it."""
    index = path / "index.html"
    try:
        return path.name == "report" and index.is_file() and 'content="claimgraph' in index.read_text(
            encoding="utf-8", errors="replace")[:4096]
    except OSError:
        return False


def _stale_temporary(name: str) -> bool:
    return name.startswith(".") and name.endswith(".tmp")  # what builds before 0.2 left when killed


@contextmanager
def locked(out: Path, waiting: Callable[[str], None] = lambda message: None) -> Iterator[None]:
    """Hold the lock of ``out`` (``.NAME.lock`` beside it) for the block; a build already
    holding it is waited for, after ``waiting`` is told. The lock goes with the process,
    so a killed build never leaves it held."""
    out.parent.mkdir(parents=True, exist_ok=True)
    path = out.parent / f".{out.name}.lock"
    try:
        import fcntl
    except ImportError:  # no flock (Windows): builds are not serialised
        yield
        return
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "another process"
            waiting(f"another build is writing {out} (pid {holder}); waiting for it to finish")
            fcntl.flock(fd, fcntl.LOCK_EX)
        held(fd)  # a process forked during the build (a worker) holds no copy of it
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        _recover(out)
        yield
    finally:
        let_go(fd)
        os.close(fd)


def _recover(out: Path) -> None:
    """Under the lock: put back a previous build a crash left aside, remove what killed builds left."""
    prefix = f".{out.name}."
    leftovers = sorted(p for p in out.parent.iterdir() if p.name.startswith(prefix) and p.name != f"{prefix}lock")
    for p in leftovers:
        if p.name.startswith(prefix + "old-") and not out.exists():
            os.rename(p, out)
        elif p.name.startswith((prefix + "new-", prefix + "old-")):
            shutil.rmtree(p, ignore_errors=True)
    if out.is_dir():
        for p in out.iterdir():
            if _stale_temporary(p.name) and p.is_file():
                p.unlink(missing_ok=True)


class StagedFile:
    """A file in the staging folder, text (UTF-8) or ``binary``: ``finish`` flushes, fsyncs and closes it."""

    def __init__(self, path: Path, binary: bool = False):
        self._fh: IO = (open(path, "wb", buffering=1 << 20) if binary else
                        open(path, "w", encoding="utf-8", newline="", buffering=1 << 20))
        self.write = self._fh.write
        self.writelines = self._fh.writelines

    def finish(self) -> None:
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self._fh.close()

    def close(self) -> None:
        self._fh.close()


@contextmanager
def staged(out: Path) -> Iterator[tuple[Path, Callable[[], None]]]:
    """A fresh folder beside ``out`` and a ``commit`` that swaps it in; without ``commit``
    (an error, an interrupt) the folder is removed and ``out`` is left as it was."""
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-{os.getpid()}-", dir=out.parent))
    done = False

    def commit() -> None:
        nonlocal done
        _fsync_dir(staging)
        try:
            _swap(staging, out)
        except OSError as err:
            raise ExportError(f"cannot put the new graph in place of {out}: {err.strerror or err}") from err
        done = True

    try:
        yield staging, commit
    except OSError as err:
        raise ExportError(f"cannot write the graph into {out}: {err.strerror or err}") from err
    finally:
        if not done:
            shutil.rmtree(staging, ignore_errors=True)


def _swap(staging: Path, out: Path) -> None:
    os.chmod(staging, 0o755)
    if not out.exists():
        os.rename(staging, out)
    elif not _exchange(staging, out):
        aside = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-{os.getpid()}-", dir=out.parent))
        os.rmdir(aside)
        os.rename(out, aside)
        os.rename(staging, out)
        staging = aside
    _fsync_dir(out.parent)
    shutil.rmtree(staging, ignore_errors=True)  # now the previous build


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one step (Linux); False where the system cannot."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
