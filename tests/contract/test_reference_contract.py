"""schemathesis against the reference servers of all four APIs.

In-process (ASGI), every default check, auth from schemathesis.toml, with the stateful phase
walking the specs' links. One seeded in-memory database serves all generated cases. For speed
only (test_harness.py shows none of them changes what a case observes): the operation cases
reach the app through one session on this thread (asgi_session.py), each project's settings
are merged once per operation (fresh_server.py), and passwords are hashed with Argon2id at its
cheapest cost while this module runs.
"""

from __future__ import annotations

import json
import os
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from schemathesis.specs.openapi.schemas import OpenApiSchema

from tests.contract.asgi_session import InProcessSession
from tests.contract.fresh_server import FreshServer, load_schema
from tests.contract.profiles import STATEFUL_EXAMPLES, contract_settings
from user_api_contracts.reference.passwords import TEST_PARAMETERS, hashing_with

with hashing_with(TEST_PARAMETERS):
    SERVER = FreshServer()


def load(api: str) -> OpenApiSchema:
    return load_schema(api, SERVER)


SEEN: defaultdict[str, set[int]] = defaultdict(set)
TIMING: list[float] = []
CHANGED: list[str] = []  # operations that may have written since the database was seeded

AUTHORIZED_BUYERS = load("authorized-buyers")
MERCHANT = load("merchant")
RINGME = load("ringme")
MARKETPLACE = load("marketplace")


@schemathesis.pytest.parametrize(
    authorized_buyers=AUTHORIZED_BUYERS, merchant=MERCHANT, ringme=RINGME, marketplace=MARKETPLACE
)
@contract_settings
def test_operations(
    case: schemathesis.Case[Any], seeded_world: None, session: InProcessSession
) -> None:
    if case.method.upper() != "GET":
        CHANGED.append(case.operation.label)
    response = case.call_and_validate(session=session)
    SEEN[case.operation.label].add(response.status_code)
    TIMING.append(time.perf_counter())


@pytest.fixture
def seeded_world() -> None:
    """Each operation's cases start from the demo world, whatever earlier operations deleted.

    Without it, the Marketplace's ``users_delete`` example (Will Smith) would leave every later
    operation that names Will with nothing but 404s. The cases of one operation share the
    database, as requests to a running server would. Reads change nothing, so the database is
    rebuilt only after an operation that could write.
    """
    if CHANGED:
        SERVER.reset()
        CHANGED.clear()


@pytest.fixture(scope="module")
def session() -> Iterator[InProcessSession]:
    """One session for every case: the app runs on this thread (see asgi_session.py)."""
    session = InProcessSession(SERVER)
    yield session
    session.close()


@pytest.fixture(scope="module", autouse=True)
def _cheap_password_hashing() -> Iterator[None]:
    """Argon2id at its cheapest cost while this module runs (see reference/passwords.py).

    The memory-hard defaults spend about 110 ms on each of the few dozen passwords the cases
    set (4 s of a 26 s run) to protect test data nobody can steal; what is stored is still an
    Argon2id hash, and never returned (test_harness.py proves both).
    """
    with hashing_with(TEST_PARAMETERS):
        yield


@pytest.fixture(scope="module", autouse=True)
def _report_rate() -> Iterator[None]:
    """For `make bench-contract`: write how many cases ran and over how long."""
    yield
    report = os.environ.get("CONTRACT_BENCH_REPORT")
    if report and len(TIMING) > 1:
        Path(report).write_text(
            json.dumps({"cases": len(TIMING), "seconds": TIMING[-1] - TIMING[0]}), encoding="utf-8"
        )


def _stateful(schema: OpenApiSchema) -> type:
    """A state machine over the spec's links that records what it saw, as test_operations does."""

    class Workflow(schema.as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            SERVER.reset()

        def after_call(self, response: Any, case: schemathesis.Case[Any]) -> None:
            SEEN[case.operation.label].add(response.status_code)

    Workflow.TestCase.settings = contract_settings.__class__(
        contract_settings,
        max_examples=STATEFUL_EXAMPLES,
        stateful_step_count=10,
    )
    test_case: type = Workflow.TestCase
    return test_case


TestAuthorizedBuyersStateful = _stateful(AUTHORIZED_BUYERS)
TestMerchantStateful = _stateful(MERCHANT)
TestRingMeStateful = _stateful(RINGME)
TestMarketplaceStateful = _stateful(MARKETPLACE)


def test_every_operation_was_served_successfully() -> None:
    """Guards against a run that passes on 401s and 404s only (wrong token, unseeded data).

    Runs last in this module: every operation must have answered 2xx at least once, in the
    operation tests or in the stateful runs through the links.
    """
    if not SEEN:
        pytest.skip("needs the other tests of this module to run first")
    operations = [
        operation.ok().label  # type: ignore[union-attr]
        for schema in (AUTHORIZED_BUYERS, MERCHANT, RINGME, MARKETPLACE)
        for operation in schema.get_all_operations()
    ]
    never = [label for label in operations if not any(200 <= s < 300 for s in SEEN[label])]
    assert never == [], {label: sorted(SEEN[label]) for label in never}
