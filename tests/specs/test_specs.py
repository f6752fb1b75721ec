"""The four hand-written specs: valid, lint-clean, documented, and with examples throughout."""

from __future__ import annotations

from typing import Any

import pytest

from user_api_contracts.apis import APIS, Api
from user_api_contracts.lint.runner import LintTarget, lint_spec
from user_api_contracts.lint.spectral import SPECTRAL, run_spectral
from user_api_contracts.openapi_walk import iter_operations, resolve_local_ref
from user_api_contracts.specfile import load_spec

API_IDS = [api.name for api in APIS]


def load(api: Api) -> dict[str, Any]:
    return load_spec(api.spec_path).data


@pytest.mark.parametrize("api", APIS, ids=API_IDS)
def test_spec_passes_structure_and_project_rules(api: Api) -> None:
    problems = lint_spec(LintTarget(path=api.spec_path, error_schema=api.error_schema))
    assert [problem.format() for problem in problems] == []


@pytest.mark.skipif(not SPECTRAL.exists(), reason="Spectral is installed by `make setup`")
def test_specs_pass_spectral() -> None:
    problems = run_spectral([api.spec_path for api in APIS])
    assert [problem.format() for problem in problems] == []


@pytest.mark.parametrize("api", APIS, ids=API_IDS)
def test_spec_has_real_servers_security_and_sources(api: Api) -> None:
    spec = load(api)
    assert spec["openapi"].startswith("3.1.")
    assert spec["servers"], "the real base URL belongs in servers"
    assert spec["security"], "the real auth scheme applies to every operation"
    assert spec["components"]["securitySchemes"]
    # The description says which sources the spec follows and where it differs.
    assert len(spec["info"]["description"]) > 500


@pytest.mark.parametrize("api", APIS, ids=API_IDS)
def test_every_response_body_has_an_example(api: Api) -> None:
    spec = load(api)
    missing: list[str] = []
    for operation in iter_operations(spec):
        for code, response in operation.node["responses"].items():
            target, _ = resolve_local_ref(spec, response)
            for media_type, media in (target.get("content") or {}).items():
                if not media.get("examples") and "example" not in media:
                    missing.append(f"{operation.node['operationId']} {code} {media_type}")
    assert missing == []


@pytest.mark.parametrize("api", APIS, ids=API_IDS)
def test_every_request_body_has_an_example(api: Api) -> None:
    spec = load(api)
    missing: list[str] = []
    for operation in iter_operations(spec):
        body = operation.node.get("requestBody")
        if body is None:
            continue
        target, _ = resolve_local_ref(spec, body)
        for media_type, media in target["content"].items():
            if not media.get("examples") and "example" not in media:
                missing.append(f"{operation.node['operationId']} {media_type}")
    assert missing == []


@pytest.mark.parametrize("api", APIS, ids=API_IDS)
def test_operations_that_yield_ids_have_links(api: Api) -> None:
    """Creates and lists hand ids to other operations, which stateful tests walk."""
    spec = load(api)
    unlinked: list[str] = []
    for operation in iter_operations(spec):
        operation_id = operation.node["operationId"]
        if not operation_id.endswith(("_create", "_list")):
            continue
        success = [
            resolve_local_ref(spec, response)[0]
            for code, response in operation.node["responses"].items()
            if str(code).startswith("2")
        ]
        if not any(response.get("links") for response in success):
            unlinked.append(operation_id)
    assert unlinked == []


@pytest.mark.parametrize("api", APIS, ids=API_IDS)
def test_links_name_existing_operations(api: Api) -> None:
    spec = load(api)
    operation_ids = {operation.node["operationId"] for operation in iter_operations(spec)}
    for operation in iter_operations(spec):
        for response in operation.node["responses"].values():
            target, _ = resolve_local_ref(spec, response)
            for name, link in (target.get("links") or {}).items():
                resolved, _ = resolve_local_ref(spec, link)
                assert resolved.get("operationId") in operation_ids, (operation.pointer, name)
