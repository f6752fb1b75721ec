"""Steer generated cases towards the seeded world, so that most answers are successes.

Random ids are valid by schema but name nothing the seed holds, and the answers would be 404s
and 403s, leaving the client's success models untested. Three cases in four get their path
parameters replaced, in turn, with ids of the seeded world: the operation's own parameter
examples (the Google and Marketplace specs name seeded resources, and the example phase proves
each reaches a 2xx), or, where the examples are illustrations the seed does not hold (RingMe's
client 18422 and user 30512, Merchant's only deletable users), the ids of ``SEEDED`` below,
copied from ``reference/seed.py``. Every fourth case is left as drawn, so generated ids still
go through the client too. A replacement is valid for the parameter's schema, so the case
stays a positive one.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any
from urllib.parse import quote

import schemathesis
from schemathesis.specs.openapi.schemas import OpenApiSchema

__all__ = ["Steering"]

LEFT_AS_DRAWN = 4  # every fourth case keeps its generated path parameters

# Optional query parameters only this server's own answers can fill (Google's page tokens).
OPAQUE_QUERY = ("pageToken",)

# (API name, path parameter) -> seeded values, where the spec's examples are not in the seed.
SEEDED: dict[tuple[str, str], list[Any]] = {
    # Client 1001's users; user 1 is the first user, whom RingMe never deletes.
    ("ringme", "client_id"): ["@me", "1001"],
    ("ringme", "user_id"): [2, 3, 1],
    # The example, jane.doe, is the account's last admin: she can be neither deleted nor demoted.
    ("merchant", "email"): [
        "john.smith@example.com",
        "new.hire@example.com",
        "jane.doe@example.com",
        "me",
    ],
}


def parameter_examples(definition: dict[str, Any]) -> list[Any]:
    """The example values a parameter declares (``examples``, ``example``, schema examples)."""
    values = [example["value"] for example in (definition.get("examples") or {}).values()]
    if "example" in definition:
        values.append(definition["example"])
    schema = definition.get("schema") or {}
    values += schema.get("examples") or []
    if "example" in schema:
        values.append(schema["example"])
    return values


class Steering:
    """Replaces path parameters with the spec's examples for most cases, deterministically."""

    def __init__(self, schemas: dict[str, OpenApiSchema]) -> None:
        self._drawn: defaultdict[str, int] = defaultdict(int)
        self._steered: defaultdict[str, int] = defaultdict(int)
        self._examples: dict[tuple[str, str], list[Any]] = {}
        for api, schema in schemas.items():
            for result in schema.get_all_operations():
                operation = result.ok()  # type: ignore[union-attr]
                for parameter in operation.path_parameters:
                    found = SEEDED.get((api, parameter.name)) or parameter_examples(
                        parameter.definition
                    )
                    if found:
                        self._examples[(operation.label, parameter.name)] = found

    def steer(self, case: schemathesis.Case[Any]) -> None:
        """Give ``case`` seeded ids and no foreign page token, unless it is left as drawn."""
        label = case.operation.label
        self._drawn[label] += 1
        if self._drawn[label] % LEFT_AS_DRAWN == 0:
            return
        self._steered[label] += 1
        turn = self._steered[label]
        for name in OPAQUE_QUERY:
            # A token this server never issued is a documented 400; leaving it out is valid.
            if case.query and name in case.query:
                del case.query[name]
        for name in case.path_parameters or {}:
            examples = self._examples.get((label, name))
            if examples:
                value = examples[turn % len(examples)]
                # Stored as schemathesis stores path parameters: percent-encoded.
                case.path_parameters[name] = (
                    quote(value, safe="") if isinstance(value, str) else value
                )
