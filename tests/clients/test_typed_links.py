"""Create, then get, update and delete what was created, each step a typed call along a link.

The state machines (test_stateful_clients.py) walk the links at random and may or may not
complete a chain in a CI-sized run; these chains always do. Each starts with the create
operation's documented request (its examples), and each later call takes its parameters from
the create's links, evaluated by schemathesis on the create's typed answer (``to_dict()`` of
the client's model, see ``harness.typed_step``). Every step must succeed.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import quote, unquote

import pytest
import schemathesis
from schemathesis.generation.stateful.state_machine import StepOutput
from schemathesis.specs.openapi.expressions import evaluate
from schemathesis.specs.openapi.schemas import OpenApiSchema

from tests.clients.harness import ClientRun, positive_schema, typed_step
from tests.clients.steering import SEEDED, parameter_examples
from tests.contract.fresh_server import FreshServer
from user_api_contracts.reference.passwords import TEST_PARAMETERS, hashing_with

with hashing_with(TEST_PARAMETERS):
    SERVER = FreshServer()
RUN = ClientRun(SERVER)

# What the create's documented request names that the seed already holds, replaced by new values.
NEW: dict[str, dict[str, Any]] = {
    "merchant": {"userId": "new.colleague@example.com"},
    "ringme": {"body": {"login": "operator09", "email": "operator09@ucom-demo.example"}},
}

# API -> the create operation and, in order, the operations its links lead to.
CHAINS = {
    "authorized-buyers": (
        "client_user_invitations_create",
        ["client_user_invitations_get", "client_user_invitations_list"],
    ),
    "merchant": ("users_create", ["users_get", "users_patch", "users_delete"]),
    "ringme": (
        "client_users_create",
        ["client_users_get", "client_users_update", "client_users_delete"],
    ),
    "marketplace": (
        "account_users_create",
        ["account_users_get", "account_users_replace_groups", "account_users_delete"],
    ),
    "marketplace (legacy collection)": (
        "account_users_legacy_create",
        [
            "account_users_legacy_get",
            "account_users_legacy_add_group",
            "account_users_legacy_delete",
        ],
    ),
}


def operation(schema: OpenApiSchema, operation_id: str) -> Any:
    return schema.find_operation_by_id(operation_id)


def documented_case(
    api: str, schema: OpenApiSchema, operation_id: str, given: dict[str, Any]
) -> schemathesis.Case[Any]:
    """A case of ``operation_id``: ``given`` parameters, the rest from the spec's examples."""
    found = operation(schema, operation_id)
    values: dict[str, dict[str, Any]] = {"path": {}, "query": {}}
    for location, parameters in (("path", found.path_parameters), ("query", found.query)):
        for parameter in parameters:
            if parameter.name in given:
                values[location][parameter.name] = given[parameter.name]
            elif parameter.is_required:
                seeded = SEEDED.get((api, parameter.name))
                values[location][parameter.name] = (
                    seeded or parameter_examples(parameter.definition)
                )[0]
    kwargs: dict[str, Any] = {}
    body = found.definition.raw.get("requestBody")
    if body is not None:
        media = body["content"]["application/json"]
        examples: list[Any] = [entry["value"] for entry in media.get("examples", {}).values()]
        example = examples[0] if examples else media.get("example")
        if isinstance(example, dict):
            example = {**example, **given.get("body", {})}
        kwargs = {"body": example, "media_type": "application/json"}
    # Stored as schemathesis stores path parameters: percent-encoded once. A value a link took
    # from `$request.path` is already encoded; unquoting first keeps it from being encoded twice.
    path = {
        name: quote(unquote(v), safe="") if isinstance(v, str) else v
        for name, v in values["path"].items()
    }
    case: schemathesis.Case[Any] = found.Case(
        path_parameters=path, query=values["query"] or None, **kwargs
    )
    return case


@pytest.mark.parametrize("chain", list(CHAINS))
def test_a_created_resource_is_read_changed_and_deleted_through_its_id(chain: str) -> None:
    api = chain.split(" ", maxsplit=1)[0]
    schema = positive_schema(api, SERVER)
    create_id, targets = CHAINS[chain]
    SERVER.reset()
    create = documented_case(api, schema, create_id, NEW.get(chain, {}))
    created = typed_step(RUN, create, schema)
    assert 200 <= created.status_code < 300, created.content
    links = next(
        response.get("links", {})
        for status, response in operation(schema, create_id).definition.raw["responses"].items()
        if status.startswith("2")
    )
    for target in targets:
        (link,) = [link for link in links.values() if link["operationId"] == target]
        given = {
            name: evaluate(expression, StepOutput(created, create))
            for name, expression in link.get("parameters", {}).items()
        }
        step = typed_step(RUN, documented_case(api, schema, target, given), schema)
        assert 200 <= step.status_code < 300, (target, step.content)


@pytest.fixture(scope="module", autouse=True)
def _close_clients() -> Iterator[None]:
    """The transport's event loop is closed when the module is done with it."""
    yield
    RUN.close()
