"""schemathesis' own junk against `serve` over HTTP: negative cases for every operation.

Where test_http_junk.py puts hand-picked junk into one place at a time, this lets schemathesis
generate requests that break the schema anywhere (wrong types, missing fields, bad formats,
unknown parameters, odd characters) and checks only what must hold for every input: no 5xx.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.schemas import OpenApiSchema

from tests.hostile.operations import TOKENS, document
from tests.live_server import LiveServer, serving
from user_api_contracts.apis import REPO_ROOT
from user_api_contracts.reference.server import BASE_PATHS

EXAMPLES_PER_OPERATION = 8


def _negative(api: str) -> OpenApiSchema:
    schema = schemathesis.openapi.from_path(
        REPO_ROOT / "generated" / "openapi" / f"{api}.openapi.json"
    )
    schema.config.generation.update(modes=[GenerationMode.NEGATIVE], deterministic=True)
    return schema


AUTHORIZED_BUYERS = _negative("authorized-buyers")
MERCHANT = _negative("merchant")
MARKETPLACE = _negative("marketplace")
RINGME = _negative("ringme")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    database = tmp_path_factory.mktemp("fuzz") / "reference.sqlite3"
    with serving(database, "--log-level", "warning", "--ringme-rate-limit", "1000000") as live:
        yield live


@schemathesis.pytest.parametrize(
    authorized_buyers=AUTHORIZED_BUYERS, merchant=MERCHANT, ringme=RINGME, marketplace=MARKETPLACE
)
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    derandomize=True,
    phases=[Phase.generate],
    suppress_health_check=list(HealthCheck),
)
def test_generated_junk_never_gets_a_5xx(case: schemathesis.Case[Any], server: LiveServer) -> None:
    api = BY_TITLE[case.operation.schema.raw_schema["info"]["title"]]
    headers = {"Authorization": f"Bearer {TOKENS[api]}", **dict(case.headers or {})}
    response = case.call(base_url=server.base + BASE_PATHS[api], headers=headers, timeout=30)
    case.validate_response(response, checks=[not_a_server_error])
    assert server.alive()


BY_TITLE = {document(api)["info"]["title"]: api for api in TOKENS}
