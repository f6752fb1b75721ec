"""What a request means on the wire, read the same way from schemathesis and from a client.

A case's request (as schemathesis's requests transport prepares it for the contract run) and
the request a generated client sent (an ``httpx.Request``) are both reduced to a ``Wire``:
method; the path as its segments, split on the literal ``/`` and then percent-decoded (so an
encoded ``%2F`` stays inside its segment, while ``%40`` and ``@`` name the same segment, as
RFC 3986 lets a server read them); the query as the ordered values of each name (repeated
names and arrays keep their order, names do not need to); the media type; and the body: JSON
parsed with booleans kept apart from numbers and date-times compared by instant (the client's
models re-render ``Z`` as ``+00:00``), a multipart body parsed with the boundary its header
names into its parts. Two ``Wire`` values that differ are a wire difference.
"""

from __future__ import annotations

import datetime
import email.parser
import email.policy
import json
import re
from dataclasses import dataclass, replace
from email.message import Message
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import httpx
import requests

__all__ = [
    "Part",
    "Wire",
    "differences",
    "from_httpx",
    "from_prepared",
    "normal_json",
    "with_defaults",
]

_DATE_TIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$", re.ASCII
)


# A part without a Content-Type: a field is text/plain (RFC 7578 4.4); a file is what OpenAPI
# assumes for `format: binary`, application/octet-stream (schemathesis sends files unlabelled).
_UNLABELLED = {False: "text/plain", True: "application/octet-stream"}


@dataclass(frozen=True)
class Part:
    """One part of a multipart body: a file part has a filename (its value is not compared)."""

    name: str
    is_file: bool
    content_type: str
    content: Any


@dataclass(frozen=True)
class Wire:
    """A request reduced to what the server can tell apart."""

    method: str
    path: tuple[str, ...]
    query: tuple[tuple[str, tuple[str, ...]], ...]
    media_type: str | None
    body: Any


def from_prepared(request: requests.PreparedRequest) -> Wire:
    """The wire meaning of a request schemathesis prepared."""
    body = request.body
    content = body.encode() if isinstance(body, str) else (body or b"")
    assert isinstance(content, bytes), "schemathesis prepares whole bodies, never streams"
    content_type = request.headers.get("Content-Type")
    assert content_type is None or isinstance(content_type, str)
    return _wire(str(request.method), str(request.url), content_type, content)


def from_httpx(request: httpx.Request) -> Wire:
    """The wire meaning of a request a generated client sent."""
    url = request.url.raw_path.decode("ascii")
    return _wire(request.method, url, request.headers.get("Content-Type"), request.content)


def differences(expected: Wire, sent: Wire) -> list[str]:
    """One line per field in which ``sent`` differs from ``expected``; empty if none does."""
    return [
        f"{field}: expected {getattr(expected, field)!r}, sent {getattr(sent, field)!r}"
        for field in ("method", "path", "query", "media_type", "body")
        if getattr(expected, field) != getattr(sent, field)
    ]


def with_defaults(request: Wire, defaults: dict[str, str]) -> Wire:
    """``request`` with each absent query parameter at its declared default.

    OpenAPI's ``default`` is what the server assumes when the parameter is absent, and the
    generated clients send it (``pageSize=50``, ``prettyPrint=true``) where a case leaves it
    out: the same request to the server, so both sides are read with the defaults filled in.
    """
    present = {name for name, _ in request.query}
    filled = request.query + tuple(
        (name, (value,)) for name, value in defaults.items() if name not in present
    )
    return replace(request, query=tuple(sorted(filled)))


def _wire(method: str, url: str, content_type: str | None, content: bytes) -> Wire:
    parts = urlsplit(url)
    grouped: dict[str, list[str]] = {}
    for name, value in parse_qsl(parts.query, keep_blank_values=True):
        grouped.setdefault(name, []).append(value)
    media_type = content_type.split(";", 1)[0].strip().lower() if content_type else None
    return Wire(
        method=method.upper(),
        path=tuple(unquote(segment) for segment in parts.path.split("/")),
        query=tuple(sorted((name, tuple(values)) for name, values in grouped.items())),
        media_type=media_type if content else None,
        body=_body(content_type, content),
    )


def _body(content_type: str | None, content: bytes) -> Any:
    if not content:
        return None
    media_type = (content_type or "").split(";", 1)[0].strip().lower()
    if media_type == "application/json" or media_type.endswith("+json"):
        return normal_json(json.loads(content))
    if media_type == "multipart/form-data":
        return _multipart(content_type or "", content)
    return content


def normal_json(value: Any) -> Any:
    """JSON data in a form where ``==`` means the same JSON value."""
    if isinstance(value, bool):
        return ("bool", value)  # Python's True == 1; JSON's true is not 1
    if isinstance(value, dict):
        return {key: normal_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [normal_json(item) for item in value]
    if isinstance(value, str) and _DATE_TIME.match(value):
        return ("instant", _instant(value))
    return value


def _instant(value: str) -> datetime.datetime | str:
    text = value.upper().replace(" ", "T").replace("Z", "+00:00")
    try:
        return datetime.datetime.fromisoformat(text)
    except ValueError:
        return value


def _multipart(content_type: str, content: bytes) -> Any:
    """The parts, sorted by name; a body that does not parse with its boundary stays raw."""
    header = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(header + content)
    boundary = message.get_boundary()
    if boundary is not None and content.strip() == f"--{boundary}--".encode():
        return ()  # a form without fields: the closing delimiter alone
    if not message.is_multipart() or message.defects:
        return ("unparsable multipart", content)
    parts = []
    for part in message.iter_parts():
        assert isinstance(part, Message)
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        name = part.get_param("name", header="content-disposition")
        filename = part.get_param("filename", header="content-disposition")
        part_type = (
            part.get_content_type()
            if part.get("Content-Type")
            else _UNLABELLED[filename is not None]
        )
        value: Any = (
            normal_json(json.loads(payload)) if part_type == "application/json" else payload
        )
        parts.append(Part(str(name), filename is not None, part_type, value))
    return tuple(sorted(parts, key=lambda part: (part.name, repr(part.content))))
