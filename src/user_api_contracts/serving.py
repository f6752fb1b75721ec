"""Serve an ASGI app to strangers with uvicorn: bounded requests, redacted access log.

uvicorn (0.54, httptools) leaves three doors open that a shared sandbox must close:

* **Slow or silent connections are held forever.** Its only timer is the keep-alive one, armed
  after a response; a connection that sends nothing, half a request line or half a body keeps
  its socket and memory until the peer goes away (250 such connections were held for 30 s).
  :class:`GuardedHttpToolsProtocol` gives every request a deadline from its first byte (or from
  the connection, or the previous answer) until its last: past it the connection is closed, and
  an app waiting for the body sees ``http.disconnect``.
* **The request line and headers have no size limit** (llhttp has none, and uvicorn sets none):
  a URL or header block past :data:`MAX_HEAD_BYTES` is answered 431 and the connection closed.
* **The access log writes the query string verbatim**, and Google's ``access_token`` and
  ``oauth_token`` system parameters are credentials. :class:`AccessLog` writes the same lines
  with the value of every credential-like query parameter replaced by ``[redacted]``, at a
  fraction of the cost of uvicorn's own access log, which ``serve`` turns off.

Bodies are bounded by the runtime (``runtime/bodies.py``), which answers 413 in the API's own
format; the protocol only bounds what uvicorn buffers before the app sees the request.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, TextIO
from urllib.parse import quote, unquote

from starlette.types import ASGIApp, Message, Receive, Scope, Send
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

__all__ = [
    "MAX_HEAD_BYTES",
    "AccessLog",
    "GuardedHttpToolsProtocol",
    "ServeLimits",
    "access_line",
    "guarded_protocol",
    "redact_query",
]

MAX_HEAD_BYTES = 64 * 1024
"""Request line plus headers. Browsers send under 8 KiB; 64 KiB leaves room for long RQL
filters in the query string, and bounds what one connection makes the server buffer."""

# Query parameters whose value is a credential: Google's `access_token`/`oauth_token` and `key`,
# and the usual spellings elsewhere.
_CREDENTIAL_NAME = re.compile(
    r"(?i)^(?:access_token|oauth_token|id_token|refresh_token|key|api_?key|token|password|"
    r"passwd|secret|client_secret|signature|sig)$"
)
_QUERY_PAIR = re.compile(r"([^&=]*)(=)([^&]*)")
# A cheap first look: only a query string that may name a credential is taken apart. Every
# name _CREDENTIAL_NAME matches holds one of these words, unless it is percent-encoded.
_CREDENTIAL_IN_QUERY = re.compile(r"(?i)token|key|passw|secret|sig|%")
_PHRASES = {status.value: status.phrase for status in HTTPStatus}
REDACTED = "[redacted]"


@dataclass(frozen=True)
class ServeLimits:
    """How long a request may take to arrive; ``serve``'s flags set it."""

    request_timeout: float = 10.0
    """Seconds from a request's first byte (or the connection, or the previous answer) until
    its last byte; past it the connection is closed."""


def redact_query(path_with_query: str) -> str:
    """``path_with_query`` with the value of every credential-like query parameter replaced."""
    path, mark, query = path_with_query.partition("?")
    if not mark:
        return path_with_query

    def replace(match: re.Match[str]) -> str:
        name = unquote(match.group(1))
        return f"{match.group(1)}={REDACTED}" if _CREDENTIAL_NAME.match(name) else match.group(0)

    return f"{path}?{_QUERY_PAIR.sub(replace, query)}"


class AccessLog:
    """The access log, in uvicorn's line format, at a fraction of its cost, credentials redacted.

    uvicorn's own access log builds a ``LogRecord``, copies it in its formatter and flushes the
    stream for every request: about 45 µs, half of what a reference GET costs (issue #12).
    Here a line is one f-string appended to the stream's buffer, and the buffer is flushed at
    most every :data:`FLUSH_SECONDS` (and at shutdown), so a line reaches the log within 50 ms.
    The query string is redacted only when it names a credential (:func:`redact_query`).
    """

    FLUSH_SECONDS = 0.05

    def __init__(self, app: ASGIApp, stream: TextIO) -> None:
        self.app = app
        self.stream = stream
        self._flush_pending = False

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve, then write the request's line (requests the app never answered have none)."""
        if scope["type"] == "lifespan":

            async def send_flushing(message: Message) -> None:
                if message["type"] == "lifespan.shutdown.complete":
                    self.flush()
                await send(message)

            await self.app(scope, receive, send_flushing)
            return
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = 0

        async def send_noting_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_noting_status)
        finally:
            if status:
                self.stream.write(access_line(scope, status))
                if not self._flush_pending:
                    self._flush_pending = True
                    asyncio.get_running_loop().call_later(self.FLUSH_SECONDS, self.flush)

    def flush(self) -> None:
        """Write out the buffered lines (also when the server shuts down)."""
        self._flush_pending = False
        self.stream.flush()


def access_line(scope: Scope, status: int) -> str:
    """The access line uvicorn writes for ``scope`` answered with ``status`` (without colours)."""
    client = scope.get("client")
    address = f"{client[0]}:{client[1]}" if client else ""
    path = quote(scope["path"])
    query: bytes = scope.get("query_string", b"")
    if query:
        text = query.decode("ascii", "backslashreplace")
        path = (
            redact_query(f"{path}?{text}")
            if _CREDENTIAL_IN_QUERY.search(text)
            else f"{path}?{text}"
        )
    return (
        f'INFO:     {address} - "{scope["method"]} {path} HTTP/{scope["http_version"]}"'
        f" {status} {_PHRASES.get(status, '')}\n"
    )


class GuardedHttpToolsProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with a per-request deadline and a bounded request head."""

    limits = ServeLimits()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._deadline: asyncio.TimerHandle | None = None
        self._head_bytes = 0

    def _arm(self) -> None:
        self._disarm()
        self._deadline = self.loop.call_later(self.limits.request_timeout, self._expire)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _expire(self) -> None:
        """The request did not arrive in time: drop the connection (the app sees a disconnect)."""
        self._deadline = None
        if not self.transport.is_closing():
            self.transport.close()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        """Start the first request's deadline with the connection: silence counts too."""
        super().connection_made(transport)
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        """Forget the deadline with the connection."""
        self._disarm()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        """Arm the deadline at the first byte of a request on a kept-alive connection."""
        if self._deadline is None and (self.cycle is None or self.cycle.response_complete):
            self._arm()  # the first byte of the next request on a kept-alive connection
        super().data_received(data)

    def on_message_begin(self) -> None:
        """A new request: its head has no bytes yet."""
        self._head_bytes = 0
        super().on_message_begin()

    def on_url(self, url: bytes) -> None:
        """Keep a piece of the URL while the head is within its limit."""
        if self._within_head(len(url)):
            super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        """Keep a header while the head is within its limit."""
        if self._within_head(len(name) + len(value) + 4):  # with ": " and CRLF
            super().on_header(name, value)

    def _within_head(self, size: int) -> bool:
        """Count ``size`` bytes of the head; past the limit answer 431 once and keep nothing."""
        if self.transport.is_closing():
            return False
        self._head_bytes += size
        if self._head_bytes <= MAX_HEAD_BYTES:
            return True
        self._disarm()
        self._send_431()
        return False

    def _send_431(self) -> None:
        message = b'{"message":"Request line and headers exceed 65536 bytes."}'
        self.transport.write(
            b"HTTP/1.1 431 Request Header Fields Too Large\r\n"
            b"content-type: application/json\r\n"
            b"content-length: " + str(len(message)).encode() + b"\r\n"
            b"connection: close\r\n\r\n" + message
        )
        self.transport.close()

    def on_message_complete(self) -> None:
        """The whole request has arrived: its deadline is met."""
        self._disarm()
        super().on_message_complete()

    def on_response_complete(self) -> None:
        """Answered; the next request's deadline starts with its first byte."""
        super().on_response_complete()  # arms uvicorn's keep-alive timer for the idle wait


def guarded_protocol(limits: ServeLimits) -> type[GuardedHttpToolsProtocol]:
    """The protocol class to hand uvicorn (``http=``) for ``limits``."""
    return type("GuardedHttpToolsProtocol", (GuardedHttpToolsProtocol,), {"limits": limits})
