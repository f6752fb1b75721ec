"""The curl lines of the README work against `serve --seed`, as a reader would run them."""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterator

import httpx
import pytest

from tests.live_server import serving
from user_api_contracts.apis import REPO_ROOT

README = REPO_ROOT / "README.md"


def curl_lines() -> list[str]:
    return [
        line for line in README.read_text(encoding="utf-8").splitlines() if line.startswith("curl ")
    ]


def as_request(line: str, port: int) -> dict[str, object]:
    """The httpx arguments of a `curl [-X M] [-H h]... [-d body] URL` line."""
    words = shlex.split(line.replace("127.0.0.1:8080", f"127.0.0.1:{port}"))[1:]
    request: dict[str, object] = {"method": "GET", "headers": {}}
    headers: dict[str, str] = {}
    while words:
        word = words.pop(0)
        if word == "-X":
            request["method"] = words.pop(0)
        elif word == "-H":
            name, _, value = words.pop(0).partition(": ")
            headers[name] = value
        elif word == "-d":
            request["content"] = words.pop(0)
        else:
            request["url"] = word
    request["headers"] = headers
    return request


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    database = tmp_path_factory.mktemp("serve") / "reference.sqlite3"
    with serving(database, "--log-level", "warning") as live:
        yield live.port
        output = live.log_text()
    assert "demo-ringme-admin" in output, "serve --seed prints the demo tokens"


def test_readme_has_curl_examples_for_every_api() -> None:
    bases = {re.search(r"8080(/[^/]+/?[^/]*)", line).group(1) for line in curl_lines()}  # type: ignore[union-attr]
    assert any(b.startswith("/v2beta1") for b in bases)
    assert any(b.startswith("/accounts/v1") for b in bases)
    assert any(b.startswith("/public") for b in bases)
    assert any(b.startswith("/api/ver1.0") for b in bases)


def test_readme_curl_lines_answer_as_documented(server: int) -> None:
    statuses = []
    for line in curl_lines():
        response = httpx.request(**as_request(line, server), timeout=10)  # type: ignore[arg-type]
        statuses.append(response.status_code)
        assert response.headers["content-type"].startswith("application/json"), line
    # In README order: Authorized Buyers list and invite, Merchant get and verifySelf,
    # Marketplace list, deep get, invite and unblock, RingMe list and create; the last shows
    # RingMe's refusal to delete the first user.
    assert statuses == [200, 200, 200, 200, 200, 200, 201, 200, 200, 201, 403]
