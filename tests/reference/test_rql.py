"""The RQL reader for the Marketplace (issue 5 builds the SQL translation on it)."""

from __future__ import annotations

import pytest

from user_api_contracts.reference.marketplace.rql.parser import (
    Comparison,
    Empty,
    Logical,
    Membership,
    Negation,
    Null,
    Quantifier,
    RqlError,
    ilike_pattern,
    literal,
    parse_query,
)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("eq(firstName,Buzz)", Comparison("eq", "firstName", "Buzz")),
        ("firstName=Buzz", Comparison("eq", "firstName", "Buzz")),
        (
            "firstName=Buzz&lastName=Astral",
            Logical(
                "and",
                (Comparison("eq", "firstName", "Buzz"), Comparison("eq", "lastName", "Astral")),
            ),
        ),
        (
            "and(eq(status,Active),ne(email,null()))",
            Logical(
                "and", (Comparison("eq", "status", "Active"), Comparison("ne", "email", Null()))
            ),
        ),
        ("eq(audit.created.at,empty())", Comparison("eq", "audit.created.at", Empty())),
        ("ilike(name,*smith*)", Comparison("ilike", "name", "*smith*")),
        (
            "in(id,(USR-1234-5678,USR-1111-2222))",
            Membership("in", "id", ("USR-1234-5678", "USR-1111-2222")),
        ),
        ("out(status,(Blocked))", Membership("out", "status", ("Blocked",))),
        (
            'eq(client.id,"ACC-1234-5678")',
            Comparison("eq", "client.id", "ACC-1234-5678", quoted=True),
        ),
        (
            "eq(client.id,%22ACC-1234-5678%22)",
            Comparison("eq", "client.id", "ACC-1234-5678", quoted=True),
        ),
        (
            "eq(phone.number,%27%2B34%20660%27)",
            Comparison("eq", "phone.number", "+34 660", quoted=True),
        ),
        ("eq(name,a%2Cb)", Comparison("eq", "name", "a,b")),
        ('eq(name,"null")', Comparison("eq", "name", "null", quoted=True)),
        ("not(eq(status,Blocked))", Negation(Comparison("eq", "status", "Blocked"))),
        (
            "any(accounts,eq(id,ACC-1234-5678))",
            Quantifier("any", "accounts", Comparison("eq", "id", "ACC-1234-5678")),
        ),
        (
            "any(groups,id=UGR-8447-7590)",
            Quantifier("any", "groups", Comparison("eq", "id", "UGR-8447-7590")),
        ),
        ("firstName=empty()", Comparison("eq", "firstName", Empty())),
        (
            "and(status=Active,phone.number=)",
            Logical(
                "and",
                (
                    Comparison("eq", "status", "Active"),
                    Comparison("eq", "phone.number", ""),
                ),
            ),
        ),
        (
            "or(gt(audit.created.at,2024-01-01T00:00:00Z),le(name,M))",
            Logical(
                "or",
                (
                    Comparison("gt", "audit.created.at", "2024-01-01T00:00:00Z"),
                    Comparison("le", "name", "M"),
                ),
            ),
        ),
    ],
)
def test_expressions(query: str, expected: object) -> None:
    assert parse_query(query).filter == expected


def test_named_parameters_are_not_filters() -> None:
    parsed = parse_query(
        "limit=10&offset=20&order=-audit.created.at,+name&select=+audit&status=Active"
    )
    assert parsed.named == {
        "limit": "10",
        "offset": "20",
        "order": "-audit.created.at,+name",
        "select": "+audit",
    }
    assert parsed.filter == Comparison("eq", "status", "Active")
    assert parse_query("").filter is None


@pytest.mark.parametrize(
    ("query", "position", "words"),
    [
        ("eq(name", 7, "expected ','"),
        ("foo(a,b)", 0, "unknown operator 'foo'"),
        ("eq(a,b)c", 7, "expected '&'"),
        ("rql=eq(a,b)", 6, "expected '&'"),
        ('eq("a",b)', 3, "invalid field name"),
        ("in(a,(1,2)", 10, "expected ')'"),
        ("in(a,b)", 5, "'(' opening the list"),
        ("null()", 0, "is a value, not a condition"),
        ("and(eq(a,b),)", 12, "expected a condition"),
        ('eq(a,"open)', 5, "unterminated quoted value"),
    ],
)
def test_errors_point_at_the_offending_part(query: str, position: int, words: str) -> None:
    with pytest.raises(RqlError) as caught:
        parse_query(query)
    assert caught.value.position == position
    assert words in str(caught.value)
    assert caught.value.fragment in str(caught.value)


def test_escapes_and_wildcards() -> None:
    assert literal(r"Buzz\*") == "Buzz*"
    assert ilike_pattern("*smith*") == "%smith%"
    assert ilike_pattern(r"50\*off_%") == r"50*off\_\%"
