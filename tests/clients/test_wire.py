"""The wire comparison catches what it must, and only that (a comparator that sees nothing
would let every client pass)."""

from __future__ import annotations

import httpx
import pytest
import requests

from tests.clients import wire

BASE = "http://testserver/public/v1/accounts/users"


def prepared(method: str = "PUT", url: str = f"{BASE}/USR-1", **kwargs: object) -> wire.Wire:
    return wire.from_prepared(requests.Request(method, url, **kwargs).prepare())  # type: ignore[arg-type]


def sent(method: str = "PUT", url: str = f"{BASE}/USR-1", **kwargs: object) -> wire.Wire:
    request = httpx.Request(method, url, **kwargs)  # type: ignore[arg-type]
    request.read()
    return wire.from_httpx(request)


def test_the_same_request_from_both_libraries_has_no_difference() -> None:
    expected = prepared(params={"id": [1, 2], "q": "a b"}, json={"on": True, "n": 1})
    assert (
        wire.differences(
            expected, sent(params={"q": "a b", "id": [1, 2]}, json={"n": 1, "on": True})
        )
        == []
    )


URL = f"{BASE}/USR-1?id=1&id=2"


@pytest.mark.parametrize(
    ("planted", "fields"),
    [
        (sent("POST", URL, json={"on": True}), ["method"]),
        (sent("PUT", f"{BASE}/USR-2?id=1&id=2", json={"on": True}), ["path"]),
        (sent("PUT", f"{BASE}/USR-1?id=2&id=1", json={"on": True}), ["query"]),  # order of values
        (sent("PUT", f"{BASE}/USR-1?id=1", json={"on": True}), ["query"]),
        (sent("PUT", URL, json={"on": 1}), ["body"]),  # JSON true is not 1
        (sent("PUT", URL, json={"on": True, "extra": None}), ["body"]),
        (
            sent("PUT", URL, content=b'{"on": true}', headers={"Content-Type": "text/plain"}),
            ["media_type", "body"],
        ),
    ],
)
def test_a_planted_difference_is_reported(planted: wire.Wire, fields: list[str]) -> None:
    problems = wire.differences(prepared("PUT", URL, json={"on": True}), planted)
    assert [problem.split(":", 1)[0] for problem in problems] == fields


def test_an_encoded_slash_stays_inside_its_segment() -> None:
    assert prepared(url=f"{BASE}/a%2Fb").path != sent(url=f"{BASE}/a/b").path


def test_percent_encoding_of_a_character_allowed_in_a_segment_is_the_same_segment() -> None:
    assert prepared(url=f"{BASE}/@me").path == sent(url=f"{BASE}/%40me").path


def test_a_date_time_is_compared_by_instant() -> None:
    expected = prepared(json={"at": "2024-01-02T03:04:05Z"})
    assert wire.differences(expected, sent(json={"at": "2024-01-02T03:04:05+00:00"})) == []
    assert wire.differences(expected, sent(json={"at": "2024-01-02T03:04:06+00:00"})) != []


def test_multipart_parts_are_compared_by_name_kind_type_and_content() -> None:
    expected = prepared(
        files=[("user", (None, b'{"a": 1}', "application/json")), ("icon", ("icon", b"\x89PNG"))]
    )
    same = sent(
        files=[
            ("icon", ("x.png", b"\x89PNG", "application/octet-stream")),
            ("user", (None, b'{"a":1}', "application/json")),
        ]
    )
    assert wire.differences(expected, same) == []
    as_text_field = sent(
        files=[("icon", (None, b"\x89PNG")), ("user", (None, b'{"a":1}', "application/json"))]
    )
    python_spelling = sent(
        files=[("icon", ("icon", b"\x89PNG")), ("user", (None, b"{'a': 1}", "text/plain"))]
    )
    assert wire.differences(expected, as_text_field) != []
    assert wire.differences(expected, python_spelling) != []


def test_an_empty_form_is_its_closing_delimiter_not_an_empty_body() -> None:
    closing = b"--b0undary--\r\n"
    expected = prepared(
        data=closing, headers={"Content-Type": "multipart/form-data; boundary=b0undary"}
    )
    assert expected.body == ()
    empty = sent(content=b"", headers={"Content-Type": "multipart/form-data; boundary=+++"})
    assert wire.differences(expected, empty) != []


def test_absent_query_parameters_read_as_their_declared_defaults() -> None:
    expected = wire.with_defaults(prepared(url=BASE), {"pageSize": "50"})
    assert (
        wire.differences(
            expected, wire.with_defaults(sent(url=f"{BASE}?pageSize=50"), {"pageSize": "50"})
        )
        == []
    )
    assert (
        wire.differences(
            expected, wire.with_defaults(sent(url=f"{BASE}?pageSize=5"), {"pageSize": "50"})
        )
        != []
    )
