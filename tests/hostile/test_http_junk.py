"""Junk in every parameter and every body field of every operation, over HTTP: never a 5xx.

Each request is a plausible one (the spec's examples, a seeded token) with one part replaced by
something a hostile or careless client sends: digit strings past Python's 4,300-digit limit,
calendar extremes, control and invisible characters, injection attempts, wrong JSON types,
bodies too deep, too big or not JSON at all. Every answer must be below 500 and, when it is an
error, a body in the API's own error format.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.hostile.operations import Operation, error_validator, operations
from tests.live_server import LiveServer, serving
from user_api_contracts.apis import APIS, Api, get_api

PARAMETER_JUNK = [
    "9" * 4400,
    "-" + "9" * 4400,
    "9223372036854775808",
    "-9223372036854775809",
    "0",
    "-1",
    "1.5",
    "1e999",
    "NaN",
    "",
    " ",
    "\x00",
    "%",
    "%zz",
    "x" * 8000,
    "é" * 1000,
    "\u200b",
    "../../etc/passwd",
    "' OR 1=1 --",
    "@me",
    "-",
    "*",
    "me",
    "null",
    "true",
    "[]",
    "{}",
    "a,b,c",
    "eq(id,1)",
    "((((((((((",
    "ne(",
    "\r\nX-Injected: 1",
    "<script>",
    "+",
    "0001-01-01T00:00:00+14:00",
    "9999-12-31T23:59:59-14:00",
    "accounts/1/users/2",
]
HEADER_SAFE_JUNK = [value for value in PARAMETER_JUNK if value.isascii() and "\r" not in value]

BODY_JUNK: list[Any] = [
    10**30,
    -(10**30),
    2**63,
    1.5,
    1e308,
    "",
    " ",
    "x" * 100_000,
    "\x00",
    "\u200bx",
    "ÉLODIE@EXAMPLE.COM",
    None,
    True,
    [],
    {},
    [None] * 100,
    {"a": {"b": [1, [2, [3]]]}},
    "9" * 4400,
    "<script>alert(1)</script>",
    "0001-01-01T00:00:00+14:00",
]
RAW_BODIES: list[tuple[str, bytes]] = [
    ("application/json", b"{"),
    ("application/json", b"\xff\xfe\x00"),
    ("application/json", b"[" * 100_000),
    ("application/json", b'{"a": ' + b"1" * 5000 + b"}"),
    ("application/json", b"null"),
    ("application/json", b"[]"),
    ("application/json", b'"x"'),
    ("application/json", b"NaN"),
    ("application/json", b"1e999"),
    ("text/plain", b"hello"),
    ("application/xml", b"<a/>"),
    ("multipart/form-data; boundary=xyz", b"--xyz\r\nbroken"),
    ("multipart/form-data", b"no boundary"),
    ("application/x-www-form-urlencoded", b"a=%zz&&=&b"),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    database = tmp_path_factory.mktemp("junk") / "reference.sqlite3"
    with serving(database, "--log-level", "warning", "--ringme-rate-limit", "1000000") as live:
        yield live


@pytest.fixture(scope="module")
def client(server: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base, timeout=30) as http:
        yield http


class Verdicts:
    """Sends requests and keeps every answer that breaks the rules."""

    def __init__(self, client: httpx.Client, api: Api) -> None:
        self.client = client
        self.api = api
        self.sent = 0
        self.broken: list[str] = []

    def send(self, label: str, operation: Operation, **request: Any) -> httpx.Response:
        headers = {**operation.headers(), **request.pop("headers", {})}
        url = request.pop("url", None) or operation.url()
        request.setdefault("params", operation.query())  # the plausible query, unless varied
        response = self.client.request(operation.method, url, headers=headers, **request)
        self.sent += 1
        problem = self._problem(response)
        if problem:
            self.broken.append(f"{operation.operation_id} {label}: {problem}")
        return response

    def _problem(self, response: httpx.Response) -> str | None:
        if response.status_code >= 500:
            return f"{response.status_code} {response.text[:200]}"
        if response.status_code < 400:
            return None
        if not response.headers.get("content-type", "").split(";")[0].endswith("json"):
            return f"{response.status_code} with {response.headers.get('content-type')}"
        error = next(error_validator(self.api).iter_errors(response.json()), None)
        if error is not None:
            return f"{response.status_code} body not a {self.api.error_schema}: {error.message}"
        return None


@pytest.mark.parametrize("api", APIS, ids=[api.name for api in APIS])
def test_junk_in_any_parameter_gets_an_answer_in_the_apis_format(
    client: httpx.Client, api: Api
) -> None:
    verdicts = Verdicts(client, api)
    for operation in operations(api):
        for parameter in operation.parameters:
            junk_values = HEADER_SAFE_JUNK if parameter.location == "header" else PARAMETER_JUNK
            for junk in junk_values:
                label = f"{parameter.location} {parameter.name}={junk[:20]!r}"
                if parameter.location == "path":
                    verdicts.send(label, operation, url=operation.url({parameter.name: junk}))
                elif parameter.location == "query":
                    query = {**operation.query(), parameter.name: junk}
                    verdicts.send(label, operation, params=query, content=_body(operation))
                elif parameter.location == "header":
                    verdicts.send(label, operation, headers={parameter.name: junk})
    print(f"{api.name}: {verdicts.sent} requests with junk parameters")
    assert verdicts.sent > 0
    assert verdicts.broken == []


@pytest.mark.parametrize("api", APIS, ids=[api.name for api in APIS])
def test_junk_in_any_body_field_gets_an_answer_in_the_apis_format(
    client: httpx.Client, api: Api
) -> None:
    verdicts = Verdicts(client, api)
    for operation in operations(api):
        if not operation.has_body:
            continue
        for content_type, raw in RAW_BODIES:
            headers = {"Content-Type": content_type}
            verdicts.send(f"raw {raw[:12]!r}", operation, content=raw, headers=headers)
        base = operation.json_body
        if not isinstance(base, dict):
            continue
        declared = [(name,) for name in operation.body_properties if name not in base]
        for path in [*_field_paths(base), *declared]:
            for junk in [*BODY_JUNK, _MISSING]:
                body = _replaced(base, path, junk)
                label = f"body {'.'.join(path)}={str(junk)[:20]!r}"
                verdicts.send(label, operation, content=json.dumps(body), headers=_JSON)
    print(f"{api.name}: {verdicts.sent} requests with junk bodies")
    assert verdicts.broken == []


@pytest.mark.parametrize("api", APIS, ids=[api.name for api in APIS])
def test_a_body_over_one_mebibyte_is_refused_before_it_is_read(
    client: httpx.Client, api: Api
) -> None:
    verdicts = Verdicts(client, api)
    with_body = [operation for operation in operations(api) if operation.has_body]
    assert with_body
    big = b'{"name": "' + b"x" * (2 * 1024 * 1024) + b'"}'
    for operation in with_body:
        response = verdicts.send("2 MiB", operation, content=big, headers=_JSON)
        assert response.status_code == 413, (operation.operation_id, response.text[:300])
    assert verdicts.broken == []


_JSON = {"Content-Type": "application/json"}
_MISSING = object()


def _body(operation: Operation) -> str | None:
    return None if operation.json_body is None else json.dumps(operation.json_body)


def _field_paths(body: dict[str, Any], prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """Every field of ``body`` and of the objects in it, two levels deep."""
    for key, value in body.items():
        yield (*prefix, key)
        if isinstance(value, dict) and len(prefix) < 1:
            yield from _field_paths(value, (*prefix, key))


def _replaced(body: dict[str, Any], path: tuple[str, ...], value: Any) -> dict[str, Any]:
    copy: dict[str, Any] = json.loads(json.dumps(body))
    target = copy
    for key in path[:-1]:
        target = target[key]
    if value is _MISSING:
        target.pop(path[-1], None)
    else:
        target[path[-1]] = value
    return copy


def test_a_multipart_body_may_carry_a_one_mebibyte_icon_but_not_more(
    client: httpx.Client,
) -> None:
    api = get_api("marketplace")
    verdicts = Verdicts(client, api)
    update = next(op for op in operations(api) if op.operation_id == "users_update")
    icon_fits = {"icon": ("icon.png", b"\x89PNG" + b"\x00" * (1024 * 1024 - 4), "image/png")}
    fits = verdicts.send("1 MiB icon", update, files=icon_fits)
    assert fits.status_code != 413
    icon_too_big = {"icon": ("icon.png", b"\x00" * (3 * 1024 * 1024), "image/png")}
    too_big = verdicts.send("3 MiB icon", update, files=icon_too_big)
    assert too_big.status_code == 413
    assert verdicts.broken == []
