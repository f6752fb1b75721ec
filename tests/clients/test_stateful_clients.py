"""The specs' links walked through the typed clients: a typed answer's values feed the next call.

schemathesis's state machine over each spec's links chooses the steps, as in
tests/contract; here every step is a call of the generated client (the same wire comparison
and parsing as test_generated_cases.py), and the answer the state machine reads its links from
is the typed model's ``to_dict()``, not the server's bytes. So an id created by a typed
``create`` answer reaches the next ``get``, ``update`` or ``delete`` only through the client's
model.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from schemathesis.core.transport import Response

from tests.clients.harness import ClientRun, positive_schema, typed_step
from tests.contract.fresh_server import FreshServer
from tests.contract.profiles import STATEFUL_EXAMPLES, contract_settings
from user_api_contracts.reference.passwords import TEST_PARAMETERS, hashing_with

with hashing_with(TEST_PARAMETERS):
    SERVER = FreshServer()
RUN = ClientRun(SERVER)
APIS = ("authorized-buyers", "merchant", "ringme", "marketplace")
SCHEMAS = {api: positive_schema(api, SERVER) for api in APIS}

# (API, link) -> 2xx answers of steps whose parameters the spec's (not inferred) link filled.
LINKS_SUCCEEDED: Counter[tuple[str, str]] = Counter()
# Half the contract run's scenarios: the typed chains (test_typed_links.py) are the sure part.
SCENARIOS = max(STATEFUL_EXAMPLES // 2, 1)


def client_workflow(api: str) -> type:
    schema = SCHEMAS[api]

    class Workflow(schema.as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            SERVER.reset()

        def step(self, input: Any) -> Any:
            output = super().step(input)
            status = output.response.status_code
            link = input.transition
            if link is not None and not link.is_inferred and input.is_applied and status < 300:
                LINKS_SUCCEEDED[(api, link.id)] += 1
            return output

        def call(self, case: schemathesis.Case[Any], **kwargs: Any) -> Response:
            return typed_step(RUN, case, schema)

        def validate_response(self, response: Response, case: Any, **kwargs: Any) -> None:
            """The contract tests run schemathesis's checks; here the client's are enough."""

    Workflow.TestCase.settings = contract_settings.__class__(
        contract_settings, max_examples=SCENARIOS, stateful_step_count=10
    )
    test_case: type = Workflow.TestCase
    return test_case


TestAuthorizedBuyersThroughClient = client_workflow("authorized-buyers")
TestMerchantThroughClient = client_workflow("merchant")
TestRingMeThroughClient = client_workflow("ringme")
TestMarketplaceThroughClient = client_workflow("marketplace")


def test_ids_from_typed_answers_reached_the_next_calls() -> None:
    """Runs last: the state machines did follow links filled from typed answers to 2xx answers.

    Which links a CI-sized run completes depends on the draw (the Marketplace's creates need
    the account's own groups in the body); test_typed_links.py completes a chain in every API.
    """
    if not LINKS_SUCCEEDED:
        pytest.skip("needs the state machines of this module to run first")
    assert len(LINKS_SUCCEEDED) >= 2, LINKS_SUCCEEDED


@pytest.fixture(scope="module", autouse=True)
def _close_clients() -> Iterator[None]:
    """The transport's event loop is closed when the module is done with it."""
    yield
    RUN.close()
