"""Servers the store tests talk to, all on 127.0.0.1 at a free port and stopped by the test:
a real Oxigraph server, a scripted fake Graph Store that fails when told to, and raw-socket
servers that misbehave below HTTP (one byte every so often, a reply that is not HTTP)."""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def oxigraph_server(location: Path) -> Iterator[str]:
    """The base URL of a running Oxigraph server with a store in ``location``."""
    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    port = free_port()
    server = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"oxigraph did not start: {server.stderr.read().decode(errors='replace')}")
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


class FakeStore:
    """A Graph Store on 127.0.0.1 that records every request and answers with the status
    ``script(method, path, count)`` returns, where ``count`` is how many requests of that
    method came before (0 for the first PUT)."""

    def __init__(self, script: Callable[[str, str, int], int]):
        self.requests: list[tuple[str, str, bytes]] = []
        store = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                with lock:
                    count = sum(1 for m, _, _ in store.requests if m == self.command)
                    store.requests.append((self.command, self.path, body))
                status = script(self.command, self.path, count)
                message = b"" if status < 300 else b"store is busy"
                self.send_response(status)
                self.send_header("Content-Length", str(len(message)))
                self.end_headers()
                self.wfile.write(message)

            do_PUT = do_POST = do_GET = _answer

            def log_message(self, *args) -> None:
                pass

        lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> FakeStore:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)

    def count(self, method: str) -> int:
        return sum(1 for m, _, _ in self.requests if m == method)


def _read_request(conn: socket.socket) -> None:
    """Read a whole HTTP request (its headers, then a body of Content-Length bytes), so that
    closing the connection after the reply does not reset it while the client still sends
    (the client would then see a reset, not the reply under test)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = next((int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                   if line.lower().startswith(b"content-length:")), 0)
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return
        body += chunk


@contextlib.contextmanager
def raw_server(reply: Callable[[socket.socket], None], seconds: float = 20.0) -> Iterator[str]:
    """A TCP server that reads a request and answers it with ``reply(connection)``; it serves
    for at most ``seconds`` and is stopped when the block ends."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    stop = threading.Event()
    until = time.monotonic() + seconds

    def serve() -> None:
        while not stop.is_set() and time.monotonic() < until:
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(2)
                try:
                    _read_request(conn)
                    reply(conn)
                except OSError:
                    pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(timeout=10)
        listener.close()


def drip(stop_after: float, every: float = 0.5) -> Callable[[socket.socket], None]:
    """A reply that sends one byte of a valid HTTP answer every ``every`` seconds."""

    def reply(conn: socket.socket) -> None:
        answer = b"HTTP/1.1 204 No Content\r\nX-Slow: " + b"x" * 10_000 + b"\r\n\r\n"
        ends = time.monotonic() + stop_after
        for byte in answer:
            if time.monotonic() > ends:
                return
            conn.sendall(bytes([byte]))
            time.sleep(every)

    return reply
