"""The access log that `serve` writes is uvicorn's, line for line, with credentials redacted."""

from __future__ import annotations

import asyncio
import io
import logging
from typing import Any

import pytest
from uvicorn.logging import AccessFormatter
from uvicorn.protocols.utils import get_client_addr, get_path_with_query_string

from user_api_contracts.serving import AccessLog, access_line, redact_query

SCOPES: list[dict[str, Any]] = [
    {"path": "/v2beta1/accounts/1/clients/-/users", "query_string": b""},
    {"path": "/v2beta1/accounts/1/clients/-/users", "query_string": b"pageSize=2&pageToken=x"},
    {"path": "/public/v1/accounts/users", "query_string": b"in(status,(Invited))&order=-name"},
    {"path": "/api/ver1.0/client/@me/user/client/", "query_string": b"login=a&login=b"},
    {"path": "/a path/with spaces/é", "query_string": b"q=%C3%A9"},
    {"path": "/x", "query_string": b"", "client": None},
    {"path": "/x", "query_string": b"", "http_version": "1.0", "method": "POST"},
]


def _uvicorn_line(scope: dict[str, Any], status: int) -> str:
    """What uvicorn 0.54's access logger prints for this request (colours off)."""
    record = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        __file__,
        0,
        '%s - "%s %s HTTP/%s" %d',
        (
            get_client_addr(scope),  # type: ignore[arg-type]
            scope["method"],
            get_path_with_query_string(scope),  # type: ignore[arg-type]
            scope["http_version"],
            status,
        ),
        None,
    )
    formatter = AccessFormatter(
        '%(levelprefix)s %(client_addr)s - "%(request_line)s" %(status_code)s', use_colors=False
    )
    return formatter.format(record) + "\n"


def _scope(**given: Any) -> dict[str, Any]:
    scope = {"type": "http", "method": "GET", "http_version": "1.1", "client": ("127.0.0.1", 5)}
    return {**scope, **given}


@pytest.mark.parametrize("given", SCOPES)
@pytest.mark.parametrize("status", [200, 201, 204, 307, 400, 404, 413, 429, 500, 599])
def test_lines_are_uvicorns(given: dict[str, Any], status: int) -> None:
    scope = _scope(**given)
    assert access_line(scope, status) == _uvicorn_line(scope, status)


@pytest.mark.parametrize(
    ("query", "logged"),
    [
        ("access_token=ya29.secret&pageSize=1", "access_token=[redacted]&pageSize=1"),
        ("oauth_token=s&key=k&alt=json", "oauth_token=[redacted]&key=[redacted]&alt=json"),
        ("%61ccess_token=s", "%61ccess_token=[redacted]"),
        ("API_KEY=s&password=p&x=token", "API_KEY=[redacted]&password=[redacted]&x=token"),
        ("pageToken=opaque&keyword=k", "pageToken=opaque&keyword=k"),
    ],
)
def test_credentials_in_the_query_are_redacted(query: str, logged: str) -> None:
    line = access_line(_scope(path="/p", query_string=query.encode()), 200)
    assert f"/p?{logged} HTTP/1.1" in line
    assert redact_query(f"/p?{query}") == f"/p?{logged}"


def test_lines_are_written_once_answered_and_flushed_soon() -> None:
    async def app(scope: Any, receive: Any, send: Any) -> None:
        await send({"type": "http.response.start", "status": 404, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b""}

    async def send(message: Any) -> None:
        del message

    class Sink(io.StringIO):
        flushed = ""

        def flush(self) -> None:
            self.flushed = self.getvalue()

    async def scenario() -> tuple[str, str]:
        sink = Sink()
        logged = AccessLog(app, sink)
        await logged(_scope(path="/x", query_string=b""), receive, send)
        before = sink.flushed
        await asyncio.sleep(AccessLog.FLUSH_SECONDS * 3)
        return before, sink.flushed

    before, after = asyncio.run(scenario())
    assert before == ""
    assert after == 'INFO:     127.0.0.1:5 - "GET /x HTTP/1.1" 404 Not Found\n'
