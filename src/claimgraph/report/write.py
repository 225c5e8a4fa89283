"""Put a rendered report in place whole: every file is written into a new folder beside
the target, which then takes the target's place; an old report is removed only after
that. A folder that holds anything but a claimgraph report is never overwritten."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

from ..errors import ExportError

__all__ = ["write_site"]


def write_site(files: Mapping[str, bytes], out: Path, generator: str) -> None:
    """Replace ``out`` with ``files`` (relative path -> bytes). ``generator`` is the mark
    an old report's index.html carries; without it a non-empty ``out`` is refused."""
    if out.exists() and not _is_report(out, generator):
        raise ExportError(f"{out} is not empty and holds no claimgraph report; give the report "
                          "a folder of its own with --out (default: KG/report)")
    staged = None
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        staged = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent))
        for name, data in sorted(files.items()):
            path = staged / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            os.chmod(path, 0o644)
        for folder in sorted({p for p in staged.rglob("*") if p.is_dir()} | {staged}):
            os.chmod(folder, 0o755)
        old = None
        if out.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".old", dir=out.parent))
            os.replace(out, old / out.name)
        os.replace(staged, out)
        staged = None
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except OSError as err:
        raise ExportError(f"cannot write the report into {out}: {err.strerror or err}") from err
    finally:
        if staged is not None:
            shutil.rmtree(staged, ignore_errors=True)


def _is_report(out: Path, generator: str) -> bool:
    if out.is_dir() and not any(out.iterdir()):
        return True
    index = out / "index.html"
    try:
        return f'<meta name="generator" content="{generator}">' in index.read_text(encoding="utf-8")
    except OSError:
        return False
