"""How much one Marketplace answer may expand: ``select`` is bounded before memory is spent.

A ``select`` path through the graph's cycles (user → accounts → groups → users → …) repeats
every group's members at every level: with 25 users in one group, nine levels used to answer
626 MiB and twelve killed the server. Past the bounds in ``graph.py`` the answer is a 400
problem that names ``select``, and no request raises the server's memory by more than ~50 MB.
"""

from __future__ import annotations

import tracemalloc
from urllib.parse import quote

import hypothesis
import pytest
from hypothesis import strategies as st

from tests.reference.harness import run
from tests.reference.marketplace_world import MarketplaceWorld, add_crowd, make_world
from user_api_contracts.reference.marketplace import graph

LOOP = "accounts.groups.users"


@pytest.fixture(scope="module")
def crowded() -> MarketplaceWorld:
    return crowded_world()


def crowded_world() -> MarketplaceWorld:
    """The demo world with 25 more users, all in Northwind's Administrators group."""
    world = make_world()
    add_crowd(world.engine)
    return world


def _get(world: MarketplaceWorld, url: str) -> tuple[int, dict[str, object], int]:
    """Status, JSON body and the peak of memory allocated while the request ran."""
    client = world.operations.get_async_httpx_client()
    tracemalloc.start()
    try:
        response = run(client.get(url))
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return response.status_code, response.json(), peak


@pytest.mark.parametrize("depth", [3, 4])
def test_a_select_that_fans_out_is_a_problem_naming_select(
    crowded: MarketplaceWorld, depth: int
) -> None:
    path = ".".join([LOOP] * depth)
    status, problem, _peak = _get(crowded, f"/v1/accounts/users?limit=100&select=+{path}")
    assert status == 400
    assert "select" in problem["errors"]  # type: ignore[operator]
    assert "Narrow the select" in str(problem["detail"])


def test_the_worst_select_is_refused_within_the_memory_bound(crowded: MarketplaceWorld) -> None:
    # Twelve fields, the longest path select takes: what killed the server in issue #11.
    path = ".".join([LOOP] * 4)
    status, _problem, peak = _get(crowded, f"/v1/accounts/users?limit=100&select=+{path}")
    assert status == 400
    assert peak < 50 * 1024 * 1024


def test_a_select_one_loop_deep_still_answers(crowded: MarketplaceWorld) -> None:
    status, page, peak = _get(crowded, f"/v1/accounts/users?limit=100&select=+{LOOP}")
    assert status == 200
    assert len(page["data"]) == 31  # type: ignore[arg-type]
    assert peak < 50 * 1024 * 1024


def test_relations_are_read_only_up_to_the_bound(
    crowded: MarketplaceWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 31 users in Administrators: with room for 10 relations, the loader stops at 11 rows.
    monkeypatch.setattr(graph, "MAX_LINKS", 10)
    status, problem, _peak = _get(crowded, f"/v1/accounts/users?limit=100&select=+{LOOP}")
    assert status == 400
    assert "follows more than 10 relations" in str(problem["detail"])


def test_resources_are_built_only_up_to_the_bound(
    crowded: MarketplaceWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(graph, "MAX_RENDERED_OBJECTS", 20)
    status, problem, _peak = _get(crowded, f"/v1/accounts/users?limit=100&select=+{LOOP}")
    assert status == 400
    assert "more than 20 resources" in str(problem["detail"])


_NAMES = [
    *("accounts", "groups", "users", "currentAccount", "audit", "created", "by", "account"),
    *("modules", "buyers", "user", "invitation", "phone", "settings", "id", "name", "nope", ""),
]
_terms = st.builds(
    "{}{}".format,
    st.sampled_from(["+", "-", ""]),
    st.lists(st.sampled_from(_NAMES), min_size=1, max_size=14).map(".".join),
)
_selects = st.lists(_terms, max_size=4).map(",".join)
_URLS = [
    "/v1/accounts/users?limit=100&select=",
    "/v1/accounts/users/USR-6375-2499?select=",
    "/v1/accounts/account-users?limit=100&select=",
    "/v1/accounts/accounts/ACC-1671-0642/users/USR-6375-2499?select=",
]


@hypothesis.settings(
    max_examples=400, deadline=None, suppress_health_check=list(hypothesis.HealthCheck)
)
@hypothesis.given(url=st.sampled_from(_URLS), select=_selects)
def test_any_select_is_an_answer_or_a_400(url: str, select: str) -> None:
    status, _body, _peak = _get(_FUZZ_WORLD, url + quote(select, safe="+,."))
    assert status in (200, 400), (url, select)


_FUZZ_WORLD = crowded_world()
