"""Every generated positive case of every operation, sent through the typed client.

schemathesis draws the cases (examples, coverage and fuzzing phases, positive mode, at the
contract profile's counts); each becomes a call of the generated client: path and query
parameters as typed arguments, the body through its model's ``from_dict``. The client sends
over its own httpx transport to the in-process reference server, and two things must hold:

- what the client put on the wire is the request schemathesis would have sent (``wire.py``);
- the answer parses into the client's model for its status, and ``to_dict()`` gives back the
  JSON the server sent.
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis

from tests.clients import wire
from tests.clients.harness import ClientRun, parse_problem, positive_schema
from tests.clients.steering import Steering
from tests.clients.typed_calls import api_name_of, query_defaults, typed_call
from tests.contract.fresh_server import FreshServer
from tests.contract.profiles import contract_settings
from user_api_contracts.reference.passwords import TEST_PARAMETERS, hashing_with

with hashing_with(TEST_PARAMETERS):
    SERVER = FreshServer()
RUN = ClientRun(SERVER)
SCHEMAS = {
    api: positive_schema(api, SERVER)
    for api in ("authorized-buyers", "merchant", "ringme", "marketplace")
}
STEERING = Steering(SCHEMAS)

STATUSES: defaultdict[str, Counter[int]] = defaultdict(Counter)
BY_OPERATION: defaultdict[str, Counter[int]] = defaultdict(Counter)
OPERATIONS_RUN: set[str] = set()
TIMING: list[float] = []


@schemathesis.pytest.parametrize(
    authorized_buyers=SCHEMAS["authorized-buyers"],
    merchant=SCHEMAS["merchant"],
    ringme=SCHEMAS["ringme"],
    marketplace=SCHEMAS["marketplace"],
)
@contract_settings
def test_case_through_client(case: schemathesis.Case[Any]) -> None:
    api = api_name_of(case)
    STEERING.steer(case)
    if case.method.upper() != "GET":
        SERVER.reset()  # a write meets the seeded world, not what the previous case left
    defaults = query_defaults(case)
    expected = wire.with_defaults(RUN.expected_wire(api, case), defaults)

    response = typed_call(case).send(RUN.client(api, SCHEMAS[api]))

    sent = wire.with_defaults(RUN.sent_wire(), defaults)
    STATUSES[api][int(response.status_code)] += 1
    BY_OPERATION[f"{api} {case.operation.label}"][int(response.status_code)] += 1
    OPERATIONS_RUN.add(f"{api} {case.operation.label}")
    TIMING.append(time.perf_counter())
    assert wire.differences(expected, sent) == []
    assert parse_problem(case, response) is None


@pytest.fixture(scope="module", autouse=True)
def _report() -> Iterator[None]:
    """Print cases and 2xx share per API; write them for `make bench-contract` when asked."""
    yield
    figures = {
        api: {
            "cases": sum(counts.values()),
            "2xx": sum(n for status, n in counts.items() if 200 <= status < 300),
            "statuses": dict(sorted(counts.items())),
        }
        for api, counts in sorted(STATUSES.items())
    }
    if os.environ.get("CLIENT_CASES_DEBUG"):
        for label, counts in sorted(BY_OPERATION.items()):
            print(label, dict(sorted(counts.items())))
    report = os.environ.get("CLIENT_CASES_REPORT")
    if report and len(TIMING) > 1:
        run = {"cases": len(TIMING), "seconds": TIMING[-1] - TIMING[0]}
        Path(report).write_text(json.dumps({**figures, "run": run}), encoding="utf-8")


def test_every_operation_ran_through_its_client() -> None:
    """Runs last: every operation of the four APIs sent cases through its client."""
    if not OPERATIONS_RUN:
        pytest.skip("needs test_case_through_client to run first")
    every = {
        f"{api} {operation.ok().label}"  # type: ignore[union-attr]
        for api, schema in SCHEMAS.items()
        for operation in schema.get_all_operations()
    }
    assert every - OPERATIONS_RUN == set()


def test_most_cases_reach_a_2xx() -> None:
    """Answers are worth parsing only if they are mostly successes, not 403s and 404s."""
    if not STATUSES:
        pytest.skip("needs test_case_through_client to run first")
    shares = {
        api: sum(n for status, n in counts.items() if 200 <= status < 300) / sum(counts.values())
        for api, counts in STATUSES.items()
    }
    assert all(share > 0.5 for share in shares.values()), shares


@pytest.fixture(scope="module", autouse=True)
def _close_clients() -> Iterator[None]:
    """The transport's event loop is closed when the module is done with it."""
    yield
    RUN.close()
