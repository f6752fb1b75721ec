"""schemathesis against the reference servers of Authorized Buyers, Merchant and RingMe.

In-process (ASGI), every default check, auth from schemathesis.toml, with the stateful phase
walking the specs' links. One seeded in-memory database serves all generated cases.
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
from starlette.types import Receive, Scope, Send

from tests.contract.profiles import STATEFUL_EXAMPLES, contract_settings
from user_api_contracts.apis import REPO_ROOT
from user_api_contracts.reference.ringme import RingMeConfig
from user_api_contracts.reference.server import build_server


class FreshServer:
    """The reference server as one ASGI app, whose seeded in-memory database can be rebuilt.

    Operation tests share one database; each stateful scenario starts from a fresh one, so
    that a scenario's responses depend only on its own steps (Hypothesis replays scenarios and
    refuses ones whose data changes under it).
    """

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        # A high RingMe limit: the contract runs send far more than 10,000 requests an hour.
        ringme = RingMeConfig(rate_limit_per_hour=10_000_000)
        self.app = build_server(None, seed=True, ringme=ringme).app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(scope, receive, send)


SERVER = FreshServer()


def load(api: str) -> OpenApiSchema:
    schema = schemathesis.openapi.from_path(
        Path(REPO_ROOT / "generated" / "openapi" / f"{api}.openapi.json")
    )
    schema.app = SERVER
    return schema


SEEN: defaultdict[str, set[int]] = defaultdict(set)
TIMING: list[float] = []

AUTHORIZED_BUYERS = load("authorized-buyers")
MERCHANT = load("merchant")
RINGME = load("ringme")


@schemathesis.pytest.parametrize(
    authorized_buyers=AUTHORIZED_BUYERS, merchant=MERCHANT, ringme=RINGME
)
@contract_settings
def test_operations(case: schemathesis.Case[Any]) -> None:
    response = case.call_and_validate()
    SEEN[case.operation.label].add(response.status_code)
    TIMING.append(time.perf_counter())


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


def test_every_operation_was_served_successfully() -> None:
    """Guards against a run that passes on 401s and 404s only (wrong token, unseeded data).

    Runs last in this module: every operation must have answered 2xx at least once, in the
    operation tests or in the stateful runs through the links.
    """
    if not SEEN:
        pytest.skip("needs the other tests of this module to run first")
    operations = [
        operation.ok().label  # type: ignore[union-attr]
        for schema in (AUTHORIZED_BUYERS, MERCHANT, RINGME)
        for operation in schema.get_all_operations()
    ]
    never = [label for label in operations if not any(200 <= s < 300 for s in SEEN[label])]
    assert never == [], {label: sorted(SEEN[label]) for label in never}
