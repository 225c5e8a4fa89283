"""The build cache: each article's extraction and linking (``pipeline.Cached``), kept so a
rebuild re-extracts and re-links only what changed,
and a record of each output folder's last build, so a rebuild with no change writes nothing.

Where: ``$CLAIMGRAPH_CACHE_DIR``, else ``$XDG_CACHE_HOME/claimgraph``, else
``~/.cache/claimgraph`` (``~/Library/Caches/claimgraph`` on macOS); ``build --cache-dir``
overrides it, ``--no-cache`` leaves it alone.

An entry's key is the SHA-256 of the article's name and bytes and of a *fingerprint* of
everything else an extraction depends on: the package version, the package's code and
every data file under ``claimgraph/data`` (catalog, lexicons, shapes), and the user's
catalogs. Change any of them and no old entry is found again. An entry carries its key and
the digest of its payload; one that is truncated, corrupt or under the wrong name is
ignored (and replaced), never trusted, and the extraction it holds is checked again
against the article's bytes before use. Entries unused for 30 days are removed.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
import time
import zlib
from collections.abc import Iterable
from importlib import metadata, resources
from pathlib import Path

__all__ = ["Cache", "code_fingerprint", "default_dir", "fingerprint"]

_MAGIC = b"claimgraph-cache 1\n"
_KEEP_DAYS = 30
_PRUNE_EVERY = 24 * 3600  # seconds between two sweeps for old entries


def default_dir() -> Path:
    """The user's cache folder for claimgraph."""
    if os.environ.get("CLAIMGRAPH_CACHE_DIR"):
        return Path(os.environ["CLAIMGRAPH_CACHE_DIR"])
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"]) / "claimgraph"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "claimgraph"
    return Path.home() / ".cache" / "claimgraph"


def fingerprint(catalogs: Iterable[Path] = (), options: str = "") -> str:
    """A digest of everything but the article that decides an extraction: version, code,
    packaged data, user catalogs (and ``options`` that change the output)."""
    h = hashlib.sha256(code_fingerprint().encode())
    for path in catalogs:
        h.update(b"catalog\0" + hashlib.sha256(path.read_bytes()).digest())
    h.update(options.encode())
    return h.hexdigest()


def code_fingerprint() -> str:
    """A digest of the installed claimgraph: its version, code and packaged data files (two
    machines give the same only when they would extract the same)."""
    h = hashlib.sha256()
    try:
        h.update(metadata.version("claimgraph").encode())
    except metadata.PackageNotFoundError:
        h.update(b"unversioned")
    root = Path(str(resources.files("claimgraph")))
    for path in sorted(_files(root)):
        h.update(path.relative_to(root).as_posix().encode() + b"\0")
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def _files(root: Path) -> Iterable[Path]:
    """The package's code and data files (not caches of compiled bytecode)."""
    for path in root.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            yield path


class Cache:
    """Per-article entries under ``folder/articles``, build records under ``folder/builds``."""

    def __init__(self, folder: Path, fingerprint: str):
        self.folder = folder
        self.fingerprint = fingerprint

    def key(self, name: str, digest: str) -> str:
        """The entry key of the article ``name`` whose bytes have SHA-256 ``digest``."""
        return hashlib.sha256(f"{self.fingerprint}\0{name}\0{digest}".encode()).hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / "articles" / key[:2] / f"{key}.json.z"

    def get(self, key: str) -> bytes | None:
        """The payload stored under ``key``, or None when missing, foreign or damaged."""
        path = self._path(key)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        header = len(_MAGIC) + 2 * (64 + 1)
        if not data.startswith(_MAGIC) or len(data) < header:
            return None
        stored_key, digest = data[len(_MAGIC):header].decode("ascii", "replace").split("\n")[:2]
        if stored_key != key:
            return None
        try:
            payload = zlib.decompress(data[header:])
        except zlib.error:
            return None
        if hashlib.sha256(payload).hexdigest() != digest:
            return None
        try:
            os.utime(path)  # used: kept by the sweep
        except OSError:
            pass
        return payload

    def put(self, key: str, payload: bytes) -> None:
        """Store ``payload`` under ``key`` (atomically; a cache that cannot be written is skipped)."""
        path = self._path(key)
        body = (_MAGIC + f"{key}\n{hashlib.sha256(payload).hexdigest()}\n".encode("ascii")
                + zlib.compress(payload, 1))
        _write_atomic(path, body)

    def record(self, out: Path) -> dict | None:
        """What the last build into ``out`` recorded (its inputs' key, its files, its report)."""
        try:
            return json.loads(self._record_path(out).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def save_record(self, out: Path, record: dict) -> None:
        _write_atomic(self._record_path(out), json.dumps(record, sort_keys=True).encode("utf-8"))

    def forget(self, out: Path) -> None:
        self._record_path(out).unlink(missing_ok=True)

    def _record_path(self, out: Path) -> Path:
        where = hashlib.sha256(os.fsencode(out.resolve())).hexdigest()
        return self.folder / "builds" / f"{where}.json"

    def prune(self, now: float | None = None) -> int:
        """Remove entries unused for 30 days (at most one sweep a day); the number removed."""
        now = time.time() if now is None else now
        stamp = self.folder / "last-sweep"
        try:
            if now - stamp.stat().st_mtime < _PRUNE_EVERY:
                return 0
        except OSError:
            pass
        removed = 0
        for path in (self.folder / "articles").glob("*/*.json.z"):
            try:
                if now - path.stat().st_mtime > _KEEP_DAYS * 86400:
                    path.unlink()
                    removed += 1
            except OSError:
                continue
        _write_atomic(stamp, b"")
        return removed


def _write_atomic(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError:
        return  # a cache is an optimisation: a full disk or a read-only home costs time, not the build
