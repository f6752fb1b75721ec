"""A requests session that calls an ASGI app on the calling thread, for schemathesis cases.

schemathesis's ASGI transport (``schemathesis.python.asgi``) builds a new ``requests`` session
for every case and runs the app on a shared event loop in another thread: two thread handoffs
per request, plus the session's set-up and its look-ups of proxies and ``.netrc`` in the
environment. Over the contract run that cost about 1.6 ms a case beyond the app's own time;
with this session it is about 0.7 ms (schemathesis preparing the request, and ``requests``).

Passing this session to ``case.call_and_validate(session=...)`` sends the same request, built
by the same transport code (schemathesis's requests transport sends through any ``ASGIClient``
as it is), to the same app; only the last hop differs: the app runs to completion on this
thread's own event loop. What the app sees is the scope schemathesis's adapter builds; what
the checks see is a ``requests`` response built the same way (a ``urllib3`` response over the
body, so a wrong ``Content-Length`` still fails). test_harness.py compares the two.

Checks that re-send a request without credentials (``ignored_auth``) drop the session, as they
do for any session, and go through schemathesis's own transport.
"""

from __future__ import annotations

import asyncio
import http
import io
from typing import Any, cast
from urllib.parse import unquote, urlsplit

import requests
import requests.adapters
import urllib3
from schemathesis.python.asgi import HOST, ASGIClient
from starlette.types import ASGIApp, Message

__all__ = ["InProcessSession"]


class _Headers:
    """What ``requests`` reads cookies from (``original_response.msg.get_all``)."""

    __slots__ = ("headers",)

    def __init__(self, headers: list[tuple[str, str]]) -> None:
        self.headers = headers

    def get_all(self, name: str, default: list[str] | None = None) -> list[str] | None:
        matches = [value for key, value in self.headers if key.lower() == name.lower()]
        return matches or default


class _OriginalResponse:
    """The stand-in for ``http.client.HTTPResponse`` that ``requests`` and ``urllib3`` touch."""

    __slots__ = ("closed", "msg")

    def __init__(self, headers: list[tuple[str, str]]) -> None:
        self.msg = _Headers(headers)
        self.closed = False

    def isclosed(self) -> bool:
        return self.closed

    def close(self) -> None:
        self.closed = True


class _SameThreadAdapter(requests.adapters.HTTPAdapter):
    """Send a prepared request to an ASGI app, run on this adapter's own event loop."""

    def __init__(self, app: ASGIApp) -> None:
        super().__init__()
        self.app = app
        self.loop = asyncio.new_event_loop()

    def close(self) -> None:
        if not self.loop.is_closed():
            self.loop.close()

    def send(
        self, request: requests.PreparedRequest, *args: Any, timeout: Any = None, **kwargs: Any
    ) -> requests.Response:
        parts = urlsplit(str(request.url))
        default_port = {"http": 80, "https": 443}[parts.scheme]
        host = parts.hostname or ""
        port = parts.port or default_port
        headers: list[tuple[bytes, bytes]] = []
        # IPv6 literals keep their brackets in a `Host` header but not in the ASGI scope.
        header_host = f"[{host}]" if ":" in host else host
        if "host" not in request.headers:
            netloc = header_host if port == default_port else f"{header_host}:{port}"
            headers.append((b"host", netloc.encode()))
        # Headers travel as latin-1, so the app gets the octets a real server would give it.
        headers += [
            (key.lower().encode("latin-1"), _latin1(value))
            for key, value in request.headers.items()
        ]
        scope: dict[str, Any] = {
            "type": "http",
            "http_version": "1.1",
            "method": request.method,
            "path": unquote(parts.path),
            "raw_path": parts.path.encode(),
            "root_path": "",
            "scheme": parts.scheme,
            "query_string": parts.query.encode(),
            "headers": headers,
            "client": ["testclient", 50000],
            "server": [host, port],
            "state": {},
        }
        body = _body_bytes(request.body)
        sent = False
        start: Message = {}
        chunks: list[bytes] = []

        async def receive() -> Message:
            nonlocal sent
            if sent:
                return {"type": "http.disconnect"}
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        async def send(message: Message) -> None:
            if message["type"] == "http.response.start":
                assert not start, 'Received multiple "http.response.start" messages.'
                start.update(message)
            elif message["type"] == "http.response.body":
                assert start, 'Received "http.response.body" without "http.response.start".'
                if request.method != "HEAD":
                    chunks.append(message.get("body", b""))

        # `requests` passes a (connect, read) pair; only the read half means anything here.
        read_timeout = timeout[1] if isinstance(timeout, tuple) else timeout

        async def run() -> None:
            async with asyncio.timeout(read_timeout):
                await self.app(scope, receive, send)

        try:
            self.loop.run_until_complete(run())
        except TimeoutError:
            message = f"Read timed out. (read timeout={read_timeout})"
            raise requests.exceptions.ReadTimeout(message, request=request) from None
        assert start, "The application did not return a response."
        response_headers = [
            (key.decode("latin-1"), value.decode("latin-1"))
            for key, value in start.get("headers", [])
        ]
        raw = urllib3.HTTPResponse(
            body=io.BytesIO(b"".join(chunks)),
            headers=urllib3.HTTPHeaderDict(response_headers),
            status=start["status"],
            version=11,
            reason=_reason_phrase(start["status"]),
            preload_content=False,
            original_response=_OriginalResponse(response_headers),  # type: ignore[arg-type]
            request_method=request.method,
        )
        return self.build_response(request, raw)


def _latin1(value: str | bytes) -> bytes:
    return value if isinstance(value, bytes) else value.encode("latin-1")


def _body_bytes(body: Any) -> bytes:
    if body is None:
        return b""
    if isinstance(body, str):
        return body.encode("utf-8")
    if isinstance(body, bytes):
        return body
    # A generator or other iterable of chunks (requests streams such bodies).
    return b"".join(chunk.encode("utf-8") if isinstance(chunk, str) else chunk for chunk in body)


def _reason_phrase(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return ""


class InProcessSession(ASGIClient):
    """An ``ASGIClient`` (so schemathesis sends through it as it is) served on this thread.

    Like the client schemathesis makes per case, it starts every request without cookies: what
    one response sets is cleared before the next case. It ignores the environment's proxies and
    ``.netrc`` (``trust_env``): nothing leaves the process.
    """

    def __init__(self, app: ASGIApp) -> None:
        # schemathesis types apps with plain dicts, Starlette with mappings: the same protocol.
        super().__init__(cast(Any, app), base_url=f"http://{HOST}")
        self.adapter = _SameThreadAdapter(app)  # type: ignore[assignment]
        self.mount("http://", self.adapter)
        self.mount("https://", self.adapter)
        self.trust_env = False

    def request(
        self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any
    ) -> requests.Response:
        try:
            return super().request(method, url, *args, **kwargs)
        finally:
            self.cookies.clear()
