"""A build killed (kill -9, the out-of-memory killer) leaves no process behind and no lock
held: its workers end with it, and no process it forked keeps kg/ locked, so the next
build runs rather than waits for ever (children.py)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimgraph.outdir import locked


pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc and flock")


def _corpus(folder: Path, n: int) -> Path:
    """Invented articles, enough that the workers are still at them when the build is killed."""
    folder.mkdir(parents=True)
    for i in range(n):
        (folder / f"a{i:02d}.txt").write_text(
            f"港口扩建的第{i}期\n\n发布时间：2025-03-1{i % 10}\n\n"
            f"东岚港务集团总经理韩立森表示，新码头将在{2026 + i % 3}年投入使用，吞吐量预计增长{10 + i}%。\n\n"
            f"“我们不担心竞争。”韩立森说。分析人士邹明则认为，扩建的回报仍不明朗。\n", encoding="utf-8")
    return folder


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie nobody reaped yet has ended)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            found.extend(int(c) for c in (task / "children").read_text().split())
        except OSError:
            pass
    return found


def _ended(pids: list[int], seconds: float = 15.0) -> bool:
    deadline = time.monotonic() + seconds
    while any(_alive(p) for p in pids):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def _kill(pids: list[int]) -> None:
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def test_a_parallel_build_killed_leaves_no_worker_and_the_next_build_runs(tmp_path):
    corpus = _corpus(tmp_path / "c", 12)
    out = tmp_path / "kg"
    env = {**os.environ, "CLAIMGRAPH_CACHE_DIR": str(tmp_path / "cache"), "TMPDIR": str(tmp_path)}
    command = [sys.executable, "-m", "claimgraph.cli", "build", str(corpus), "--out", str(out), "--no-cache"]
    build = subprocess.Popen([*command, "--jobs", "2"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 120
        while len(workers) < 2:  # the pool's two workers are up
            assert build.poll() is None and time.monotonic() < deadline, "the build never started its workers"
            workers = _children(build.pid)
            time.sleep(0.05)
        build.kill()
        build.wait()
        assert _ended(workers), "a worker outlived its build"
    finally:
        _kill(workers)
    done = subprocess.run([*command, "--jobs", "1"], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "another build is writing" not in done.stderr
    assert (out / "graph.nq").is_file()


_LOCK_AND_FORK = """
import os, sys, time
from pathlib import Path
from claimgraph import children
from claimgraph.outdir import locked
if sys.argv[2] == "no-kernel":  # as where there is no PR_SET_PDEATHSIG: the child's thread watches
    children._kernel_kills_on_parent_death = lambda: False
parent = os.getpid()
with locked(Path(sys.argv[1])):
    pid = os.fork()
    if pid == 0:  # a child of the build's: a worker, a helper
        if sys.argv[3] == "ends":
            children.end_with_parent(parent)
        print(os.getpid(), flush=True)  # running, past the at-fork hooks
        time.sleep(600)
        os._exit(0)
    time.sleep(600)
"""


@pytest.mark.parametrize("kernel", ["kernel", "no-kernel"])
def test_a_child_ends_with_the_build_that_forked_it(tmp_path, kernel):
    build = subprocess.Popen([sys.executable, "-c", _LOCK_AND_FORK, str(tmp_path / "kg"), kernel, "ends"],
                             stdout=subprocess.PIPE, text=True)
    child = int(build.stdout.readline())
    try:
        assert _alive(child)
        build.kill()
        build.wait()
        assert _ended([child], 10.0), "the child outlived the build"
    finally:
        _kill([child])
        build.stdout.close()


def test_a_child_left_running_holds_no_lock_of_the_build(tmp_path):
    """Any fork, even one that does not end with the build: its copy of kg/'s lock is closed."""
    build = subprocess.Popen([sys.executable, "-c", _LOCK_AND_FORK, str(tmp_path / "kg"), "kernel", "stays"],
                             stdout=subprocess.PIPE, text=True)
    child = int(build.stdout.readline())

    def waiting(message: str) -> None:
        raise AssertionError(f"the killed build's child still holds kg/ locked: {message}")

    try:
        build.kill()
        build.wait()
        assert _alive(child)  # left running by the kill
        with locked(tmp_path / "kg", waiting):  # taken at once: no copy of the lock is left open
            pass
    finally:
        _kill([child])
        build.stdout.close()
