"""HTTP for talking to triple stores: endpoint URLs checked before anything is sent, one
request at a time under a total deadline, retries with backoff where a retry is safe,
and every failure one line with the credentials masked.

The deadline covers the whole request (connect, send, the answer's headers and body): a
watchdog shuts the socket down when it passes, so a store that sends one byte every few
seconds cannot hold the client. Retried: HTTP 5xx and 429, a connection reset or closed
before the answer, an answer cut short; the requests sent here (PUT of a whole graph, one
SPARQL UPDATE) give the same store when sent twice. Not retried: a refused connection, an
unknown host, a reply that is not HTTP, a 4xx, the deadline.
"""

from __future__ import annotations

import base64
import http.client
import ipaddress
import re
import socket
import ssl
import threading
import time
import unicodedata
import urllib.parse
from collections.abc import Mapping

from pydantic import BaseModel, ConfigDict

from .errors import StoreError

__all__ = ["Endpoint", "Response", "TransportError", "parse_endpoint", "send"]

_HOST_LABEL = re.compile(r"(?!-)[A-Za-z0-9_-]{1,63}(?<!-)")
_SECRET_PARAM = re.compile(r"(?i)(pass|secret|token|key|auth)")
_SAFE_PATH = "/%:@!$&'()*+,;=-._~"
_MAX_BODY = 64 * 1024  # bytes of an answer kept: enough for any store's error message
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


class TransportError(StoreError):
    """A request that got no usable answer; ``retry`` says whether sending again may help."""

    def __init__(self, message: str, retry: bool):
        super().__init__(message)
        self.retry = retry


class Endpoint(BaseModel):
    """A checked http(s) URL; ``shown`` is the URL with its password masked."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    scheme: str
    host: str
    port: int
    target: str  # path and query, percent-encoded
    authorization: str | None = None
    shown: str

    def with_params(self, params: Mapping[str, str]) -> Endpoint:
        """The same endpoint with ``params`` added to its query string."""
        separator = "&" if "?" in self.target else "?"
        extra = urllib.parse.urlencode(params)
        return self.model_copy(update={"target": f"{self.target}{separator}{extra}",
                                       "shown": f"{self.shown}{separator}{extra}"})


class Response(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    status: int
    reason: str
    body: bytes
    location: str | None = None


def parse_endpoint(url: str, what: str = "endpoint") -> Endpoint:
    """``url`` checked as an http(s) URL with a well-formed host and port and no fragment;
    raises StoreError saying what is wrong (the password never shown)."""
    shown = mask(url)
    example = "e.g. http://localhost:7878/store (Oxigraph)"
    if any(ch.isspace() or unicodedata.category(ch) == "Cc" for ch in url):
        raise StoreError(f"{what} {shown!r} holds white space or a control character; {example}")
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port
    except ValueError as err:
        detail = "its port must be a number from 1 to 65535" if "port" in str(err).lower() else str(err)
        problem = "has a bad port" if "port" in str(err).lower() else "is not a valid URL"
        raise StoreError(f"{what} {shown!r} {problem} ({detail}); {example}") from err
    if parts.scheme not in ("http", "https"):
        raise StoreError(f"{what} {shown!r} is not an http(s) URL; give the store's URL, {example}")
    if parts.fragment or url.endswith("#"):
        raise StoreError(f"{what} {shown!r} has a fragment (#…), which is never sent to the store; "
                         "remove it from the URL")
    host = parts.hostname or ""
    if not host:
        raise StoreError(f"{what} {shown!r} names no host; {example}")
    if not _valid_host(host, bracketed="[" in parts.netloc):
        raise StoreError(f"{what} {shown!r} has a malformed host {host!r}; use a host name, an IPv4 address "
                         "or an IPv6 address in brackets")
    if port == 0:
        raise StoreError(f"{what} {shown!r} has a bad port (0); its port must be a number from 1 to 65535")
    authorization = None
    if parts.username is not None:
        pair = f"{urllib.parse.unquote(parts.username)}:{urllib.parse.unquote(parts.password or '')}"
        authorization = "Basic " + base64.b64encode(pair.encode("utf-8")).decode("ascii")
    target = urllib.parse.quote(parts.path or "/", safe=_SAFE_PATH)
    if parts.query:
        target += "?" + urllib.parse.quote(parts.query, safe=_SAFE_PATH + "?")
    return Endpoint(scheme=parts.scheme, host=host.encode("idna").decode("ascii") if not host.isascii() else host,
                    port=port or (443 if parts.scheme == "https" else 80), target=target,
                    authorization=authorization, shown=shown)


def _valid_host(host: str, bracketed: bool) -> bool:
    if bracketed:
        try:
            return isinstance(ipaddress.ip_address(host), ipaddress.IPv6Address)
        except ValueError:
            return False
    try:
        ascii_host = host if host.isascii() else host.encode("idna").decode("ascii")
    except UnicodeError:
        return False
    return len(ascii_host) <= 253 and all(_HOST_LABEL.fullmatch(label) for label in ascii_host.rstrip(".").split("."))


def mask(url: str) -> str:
    """``url`` with the password of its user part and the values of secret-looking query
    parameters (token, key, password …) replaced by ***."""
    shown = re.sub(r"^([A-Za-z][A-Za-z0-9+.-]*://[^/@?#:]*:)[^/?#]*@", r"\1***@", url)
    return re.sub(r"([?&])([^=&#]+)=([^&#]*)",
                  lambda m: f"{m[1]}{m[2]}=***" if _SECRET_PARAM.search(m[2]) else m[0], shown)


def send(endpoint: Endpoint, method: str, body: bytes, content_type: str, deadline: float,
         retries: int = 3, backoff: float = 0.5) -> tuple[Response, int]:
    """Send one request, again after ``backoff``, 2×, 4× … seconds while a retry may help,
    at most ``retries`` more times; returns the answer and how many retries it took.
    Raises TransportError (one line) when no usable answer came; an HTTP error status is
    an answer, for the caller to judge."""
    for attempt in range(retries + 1):
        try:
            response = _once(endpoint, method, body, content_type, deadline)
        except TransportError as err:
            if not err.retry or attempt == retries:
                raise TransportError(f"{err}{_tries(attempt)}", retry=False) from err
        else:
            if response.status not in _RETRY_STATUS or attempt == retries:
                return response, attempt
        time.sleep(backoff * 2 ** attempt)
    raise AssertionError("unreachable")


def _tries(attempt: int) -> str:
    return f" (after {attempt + 1} tries)" if attempt else ""


def _once(endpoint: Endpoint, method: str, body: bytes, content_type: str, deadline: float) -> Response:
    """One request under a total deadline: a watchdog shuts the socket down when it passes."""
    where = f"the store at {endpoint.shown.split('?')[0]}"
    if endpoint.scheme == "https":
        conn: http.client.HTTPConnection = http.client.HTTPSConnection(
            endpoint.host, endpoint.port, timeout=deadline, context=ssl.create_default_context())
    else:
        conn = http.client.HTTPConnection(endpoint.host, endpoint.port, timeout=deadline)
    expired = threading.Event()

    def abort() -> None:
        expired.set()
        if conn.sock is not None:
            try:
                conn.sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    watchdog = threading.Timer(deadline, abort)
    watchdog.daemon = True
    watchdog.start()
    headers = {"Content-Type": content_type, "Content-Length": str(len(body)), "User-Agent": "claimgraph"}
    if endpoint.authorization:
        headers["Authorization"] = endpoint.authorization
    try:
        conn.request(method, endpoint.target, body=body, headers=headers)
        answer = conn.getresponse()
        data = answer.read() if answer.length is not None and answer.length <= _MAX_BODY else answer.read(_MAX_BODY)
        return Response(status=answer.status, reason=one_line(answer.reason or ""), body=data,
                        location=answer.getheader("Location"))
    except (OSError, http.client.HTTPException) as err:
        if expired.is_set() or isinstance(err, TimeoutError):
            raise TransportError(f"{where} gave no complete answer within {deadline:g} s; is it overloaded? "
                                 "Give more time with --timeout", retry=False) from err
        raise _transport_error(err, where) from err
    finally:
        watchdog.cancel()
        conn.close()


def _transport_error(err: Exception, where: str) -> TransportError:
    if isinstance(err, http.client.IncompleteRead):
        return TransportError(f"{where}: its reply was cut short ({len(err.partial)} bytes of "
                              f"{len(err.partial) + (err.expected or 0)})", retry=True)
    if isinstance(err, http.client.RemoteDisconnected | ConnectionResetError | ConnectionAbortedError
                  | BrokenPipeError):
        return TransportError(f"{where} closed the connection before answering", retry=True)
    if isinstance(err, http.client.HTTPException):
        return TransportError(f"{where} did not answer in HTTP ({one_line(type(err).__name__)}: "
                              f"{one_line(str(err))[:80]}); is the port that of the store?", retry=False)
    if isinstance(err, socket.gaierror):
        return TransportError(f"cannot reach {where}: the host is unknown ({one_line(err.strerror or str(err))})",
                              retry=False)
    if isinstance(err, ssl.SSLError):
        return TransportError(f"cannot reach {where}: TLS failed ({one_line(err.reason or str(err))})", retry=False)
    reason = one_line(getattr(err, "strerror", None) or str(err) or type(err).__name__)
    return TransportError(f"cannot reach {where}: {reason}; is it running, and is the URL right?", retry=False)


def one_line(text: str) -> str:
    """``text`` with every run of white space or control characters made one space."""
    return " ".join("".join(" " if unicodedata.category(ch)[0] in "CZ" else ch for ch in text).split())
