"""RQL in the Marketplace lists: each operator, run by SQLite, and located 400 problems.

The generated client cannot express RQL (it is free-form query text), so these tests send raw
query strings through the same in-process transport.
"""

from __future__ import annotations

from typing import Any

import hypothesis
import pytest
from hypothesis import strategies as st

from tests.reference.harness import run
from tests.reference.marketplace_world import MarketplaceWorld, make_world
from user_api_contracts.reference.marketplace.graph import SelectError, select_shape
from user_api_contracts.reference.marketplace.kinds import KINDS, USER
from user_api_contracts.reference.marketplace.queries import run_list, user_list
from user_api_contracts.reference.marketplace.rql.parser import RqlError, parse_query
from user_api_contracts.runtime import ApiError

WILL, ANA, LIAM = "USR-6375-2499", "USR-4134-7183", "USR-5103-2290"
SOFIA, NOAH, EMMA = "USR-7781-0043", "USR-9120-4417", "USR-3300-1200"


@pytest.fixture(scope="module")
def world() -> MarketplaceWorld:
    return make_world()


def get(world: MarketplaceWorld, path: str, token: str = "demo-mpt-operations") -> Any:
    client = world.client(token).get_async_httpx_client()
    return run(client.get(path))


def user_ids(world: MarketplaceWorld, query: str) -> list[str]:
    response = get(world, f"/v1/accounts/users?{query}")
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()["data"]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("eq(status,Active)", {WILL, ANA, EMMA}),
        ("ne(status,Active)", {LIAM, SOFIA, NOAH}),
        ("status=Blocked", {NOAH}),
        ("firstName=Will&lastName=Smith", {WILL}),
        ('eq(id,"USR-6375-2499")', {WILL}),
        ("in(status,(Invited,InvitationExpired))", {LIAM, SOFIA}),
        ("out(status,(Active,Blocked))", {LIAM, SOFIA}),
        ("ilike(email,*@example.org)", {ANA}),
        ("ilike(name,*SMITH*)", {WILL}),
        ("and(eq(status,Active),ilike(email,*example.com))", {WILL, EMMA}),
        ("or(eq(firstName,Ana),eq(firstName,Noah))", {ANA, NOAH}),
        ("not(ilike(email,*example.com))", {ANA}),
        ("eq(lastLoginAt,null())", {ANA, LIAM, SOFIA, NOAH, EMMA}),
        ("ne(lastLoginAt,null())", {WILL}),
        ("eq(phone.number,empty())", {ANA, LIAM, SOFIA, NOAH, EMMA}),
        ('gt(lastLoginAt,"2025-01-01T00:00:00.000Z")', {WILL}),
        ('lt(lastLoginAt,"2025-01-01T00:00:00.000Z")', set()),
        ("ge(settings.languageCode,sv)", {EMMA}),
        ("le(firstName,Emma)", {ANA, EMMA}),
        ("firstName=empty()", set()),
        ('any(accounts,eq(id,"ACC-3421-8800"))', {EMMA}),
        ("any(accounts,eq(type,Operations))", {ANA}),
        ("all(accounts,eq(type,Client))", {WILL, LIAM, SOFIA, NOAH}),
        ("select=audit&eq(audit.created.by.id,USR-6375-2499)", {LIAM, SOFIA}),
    ],
)
def test_user_filters(world: MarketplaceWorld, query: str, expected: set[str]) -> None:
    assert set(user_ids(world, f"{query}&limit=100")) == expected


def test_order_and_offset_run_in_the_database(world: MarketplaceWorld) -> None:
    # By first name, descending: Will, Sofia, Noah, Liam, Emma, Ana.
    assert user_ids(world, "order=-firstName&limit=3&offset=1") == [SOFIA, NOAH, LIAM]
    assert user_ids(world, "order=firstName,-lastName&limit=2") == [ANA, EMMA]


def test_account_user_filters(world: MarketplaceWorld) -> None:
    path = "/v1/accounts/accounts/ACC-1671-0642/users"
    query = "in(invitation.status,(Invited,InvitationExpired))&order=user.name"
    response = get(world, f"{path}?{query}", "demo-mpt-client")
    assert [item["user"]["id"] for item in response.json()["data"]] == [LIAM, SOFIA]
    response = get(world, f'{path}?any(groups,eq(id,"UGR-8447-7590"))', "demo-mpt-client")
    assert [item["user"]["id"] for item in response.json()["data"]] == [WILL]
    response = get(world, '/v1/accounts/account-users?account.id="ACC-3421-8800"')
    assert [item["user"]["id"] for item in response.json()["data"]] == [EMMA]
    response = get(world, "/v1/accounts/account-users?any(groups,isDefault=true)&limit=100")
    assert {item["user"]["id"] for item in response.json()["data"]} == {WILL, EMMA, ANA}


@pytest.mark.parametrize(
    ("query", "position", "near"),
    [
        ("eq(nickname,Will)", 0, "eq(nickname,Will)"),
        ("eq(status,Active", 16, ""),
        ("and(eq(status,Active),frob(x,1))", 22, "frob(x,1))"),
        ("rql=eq(status,Active)", 6, "(status,Active)"),
        ('gt(lastLoginAt,"yesterday")', 0, "gt(lastLoginAt,%22yester"),
        ("any(email,eq(id,1))", 0, "any(email,eq(id,1))"),
    ],
)
def test_invalid_expressions_are_400_problems_pointing_at_the_term(
    world: MarketplaceWorld, query: str, position: int, near: str
) -> None:
    response = get(world, f"/v1/accounts/users?{query}")
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["status"] == 400 and problem["traceId"].startswith("00-")
    assert problem["position"] == position
    assert problem["near"].startswith(near) or (near == "" and problem["near"] == "(end of query)")
    assert problem["errors"]["query"] == [problem["detail"]]


def test_audit_fields_need_select_audit(world: MarketplaceWorld) -> None:
    response = get(world, '/v1/accounts/users?gt(audit.created.at,"2024-01-01T00:00:00Z")')
    assert response.status_code == 400 and "select=audit" in response.json()["detail"]
    response = get(world, "/v1/accounts/users?order=audit.created.at")
    assert response.status_code == 400
    ids = user_ids(world, 'select=audit&gt(audit.created.at,"2024-01-01T00:00:00Z")&limit=100')
    assert set(ids) == {WILL, ANA, LIAM, SOFIA, NOAH, EMMA}


def test_unknown_order_field_is_a_400(world: MarketplaceWorld) -> None:
    response = get(world, "/v1/accounts/users?order=-shoeSize")
    assert response.status_code == 400
    assert response.json()["errors"] == {"order": ["unknown field 'shoeSize'"]}


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("not(" * 40 + "eq(status,Active)" + ")" * 40, "nested more than 32 deep"),
        ("and(" + ",".join(["eq(status,Active)"] * 201) + ")", "more than 200 conditions"),
        ("&".join(["status="] * 201), "more than 200 conditions"),
        ("in(status,(" + ",".join(f"v{n}" for n in range(1001)) + "))", "more than 1000 list"),
        ("select=" + ".".join(["+currentAccount", *["groups", "account"] * 6]), "deeper than 12"),
    ],
)
def test_oversized_queries_are_400s_not_crashes(
    world: MarketplaceWorld, query: str, words: str
) -> None:
    response = get(world, f"/v1/accounts/users?{query}")
    assert response.status_code == 400, response.text[:200]
    assert words in response.json()["detail"]


def test_the_largest_accepted_query_runs(world: MarketplaceWorld) -> None:
    conditions = ",".join(["in(status,(Active,Blocked))"] * 200)
    assert set(user_ids(world, f"and({conditions})&limit=100")) == {WILL, ANA, EMMA, NOAH}


@pytest.mark.parametrize(
    "query",
    [
        "gt(lastLoginAt,0001-01-01T00:00:00+14:00)",
        "lt(lastLoginAt,9999-12-31T23:59:59-14:00)",
        "in(lastLoginAt,(2024-01-01T00:00:00Z,0001-01-01T00:00:00+00:01))",
    ],
)
def test_dates_off_the_calendar_in_utc_are_located_400s(
    world: MarketplaceWorld, query: str
) -> None:
    response = get(world, f"/v1/accounts/users?{query}")
    assert response.status_code == 400, response.text[:200]
    problem = response.json()
    assert problem["position"] == 0
    assert "outside the calendar" in problem["detail"]


def test_order_takes_at_most_twenty_terms(world: MarketplaceWorld) -> None:
    response = get(world, "/v1/accounts/users?order=" + ",".join(["name"] * 2000))
    assert response.status_code == 400
    assert response.json()["errors"]["order"] == ["order has 2,000 terms; at most 20 are allowed"]
    assert get(world, "/v1/accounts/users?order=" + ",".join(["name"] * 20)).status_code == 200


@pytest.mark.parametrize("parameter", ["limit", "offset"])
@pytest.mark.parametrize("digits", [19, 20, 4299])
def test_huge_paging_numbers_are_never_a_server_error(
    world: MarketplaceWorld, parameter: str, digits: int
) -> None:
    response = get(world, f"/v1/accounts/users?{parameter}={'9' * digits}")
    assert response.status_code in (200, 400), response.text[:200]


_PIECES = [
    *("eq(", "ne(", "gt(", "ge(", "lt(", "le(", "ilike(", "in(", "out(", "and(", "or(", "not("),
    *("any(", "all(", "null()", "empty()", "(", ")", ",", "&", "=", '"', "'", "\\", "*", "%"),
    *("%2C", "%28", "%29", "%ZZ", "%C3%A9", "status", "lastLoginAt", "email", "accounts", "id"),
    *("name", "audit.created.at", "currentAccount.id", "Active", "0001-01-01T00:00:00+14:00"),
    *("9999-12-31T23:59:59-14:00", "2024-01-01", "9" * 40, "select=", "order=", "limit=", "+"),
    *("-", ".", "groups", "users", "offset=", " ", "é", "\u200b", "\x00", "true", "type", "x"),
]


_FIELDS = ["status", "lastLoginAt", "email", "name", "id", "currentAccount.id", "audit.created.at"]
_VALUES = [
    *("0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "2024-02-30T00:00:00Z"),
    *("null()", "empty()", "*", "\\*", '"a,b"', "9" * 5000, "true", "", "%00", "é"),
]
_comparisons = st.builds(
    "{}{},{})".format,
    st.sampled_from(["eq(", "ne(", "gt(", "ge(", "lt(", "le(", "ilike(", "in("]),
    st.sampled_from(_FIELDS),
    st.sampled_from(_VALUES) | st.text(max_size=12),
)
_structured = st.recursive(
    _comparisons,
    lambda inner: (
        st.builds("{}{})".format, st.sampled_from(["and(", "or(", "not("]), inner)
        | st.builds("{}&{}".format, inner, inner)
        | st.builds("any(accounts,{})".format, inner)
    ),
    max_leaves=8,
)
_queries = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join) | _structured


@hypothesis.settings(
    max_examples=2500, deadline=None, suppress_health_check=list(hypothesis.HealthCheck)
)
@hypothesis.given(_queries)
def test_any_query_string_is_a_list_or_a_400_never_an_exception(query: str) -> None:
    """Parser, SQL translation, ordering and select: a 400 (RqlError, ApiError 400 or
    SelectError) or a page, whatever the query string."""
    world = _FUZZ_WORLD
    try:
        parsed = parse_query(query)
        shape = select_shape(KINDS, USER, parsed.named.get("select", ""), listing=True)
        with world.engine.connect() as connection:
            run_list(
                connection,
                user_list(None),
                parsed,
                query,
                limit=10,
                offset=0,
                audit_selected="audit" in shape.fields,
            )
    except (RqlError, SelectError):
        pass
    except ApiError as error:
        assert error.status == 400, (query, error)


_FUZZ_WORLD = make_world()
