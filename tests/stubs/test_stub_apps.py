"""The generated stubs served as-is: every operation answers 501 in the API's error format,
and the runtime answers bad requests in that format too (never plain text, never a 5xx)."""

from __future__ import annotations

import importlib
import json
import re
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from ringme_stubs import RingMeServicer
from ringme_stubs import create_app as create_ringme_app
from starlette.testclient import TestClient

from user_api_contracts.apis import APIS, Api, get_api
from user_api_contracts.openapi_walk import Operation, iter_operations, resolve_local_ref
from user_api_contracts.runtime import ApiError, RequestContext
from user_api_contracts.runtime.app import base_path_of

API_IDS = [api.name for api in APIS]


def stub(api: Api) -> Any:
    return importlib.import_module(api.stub_package)


def document_of(api: Api) -> dict[str, Any]:
    module = importlib.import_module(f"{api.stub_package}.app")
    document: dict[str, Any] = module.load_document()
    return document


def assert_error_body(api: Api, response: Any, status: int) -> dict[str, Any]:
    """The answer has ``status`` and a body that validates against the API's error schema."""
    assert response.status_code == status, response.text
    document = document_of(api)
    registry: Registry[Any] = Registry().with_resource(
        "urn:spec", Resource.from_contents(document, default_specification=DRAFT202012)
    )
    schema = {"$ref": f"urn:spec#/components/schemas/{api.error_schema}"}
    body: dict[str, Any] = response.json()
    Draft202012Validator(schema, registry=registry).validate(body)
    media = "application/problem+json" if api.error_format == "problem" else "application/json"
    assert response.headers["content-type"].startswith(media)
    return body


def example_value(document: dict[str, Any], parameter: dict[str, Any]) -> Any:
    for example in (parameter.get("examples") or {}).values():
        return resolve_local_ref(document, example)[0]["value"]
    if "example" in parameter:
        return parameter["example"]
    schema, _ = resolve_local_ref(document, parameter.get("schema", {}))
    if schema.get("examples"):
        return schema["examples"][0]
    if "default" in schema:
        return schema["default"]
    raise AssertionError(f"no example for parameter {parameter['name']}")


def valid_request(document: dict[str, Any], operation: Operation) -> dict[str, Any]:
    """URL, query and body of a request the spec accepts, built from the spec's examples."""
    path = operation.path
    query: dict[str, Any] = {}
    for raw in [*operation.path_item.get("parameters", []), *operation.node.get("parameters", [])]:
        parameter, _ = resolve_local_ref(document, raw)
        if parameter["in"] == "path":
            path = path.replace(
                "{" + parameter["name"] + "}", str(example_value(document, parameter))
            )
        elif parameter["in"] == "query" and parameter.get("required"):
            query[parameter["name"]] = example_value(document, parameter)
    request: dict[str, Any] = {"url": base_path_of(document) + path, "params": query}
    if "requestBody" in operation.node:
        body, _ = resolve_local_ref(document, operation.node["requestBody"])
        media_type, media = next(iter(body["content"].items()))
        example = next(iter(media["examples"].values()))
        request["content"] = json.dumps(resolve_local_ref(document, example)[0]["value"])
        request["headers"] = {"content-type": media_type}
    return request


CASES = [(api, op) for api in APIS for op in iter_operations(document_of(api))]


@pytest.mark.parametrize(
    ("api", "operation"), CASES, ids=[f"{a.name}:{o.node['operationId']}" for a, o in CASES]
)
def test_unimplemented_operation_answers_501_in_the_api_format(
    api: Api, operation: Operation
) -> None:
    package = stub(api)
    servicer = getattr(package, f"{api.class_prefix}Servicer")()
    client = TestClient(package.create_app(servicer))
    request = valid_request(document_of(api), operation)
    response = client.request(operation.method.upper(), **request)
    body = assert_error_body(api, response, 501)
    assert operation.node["operationId"] in json.dumps(body)


@pytest.fixture(params=APIS, ids=API_IDS)
def api_client(request: pytest.FixtureRequest) -> tuple[Api, TestClient]:
    api: Api = request.param
    package = stub(api)
    return api, TestClient(package.create_app(getattr(package, f"{api.class_prefix}Servicer")()))


def test_unknown_path_is_404_in_api_format(api_client: tuple[Api, TestClient]) -> None:
    api, client = api_client
    assert_error_body(api, client.get("/definitely/not/here"), 404)


def test_wrong_method_is_405_with_allow(api_client: tuple[Api, TestClient]) -> None:
    api, client = api_client
    document = document_of(api)
    operation = next(iter_operations(document))
    url = valid_request(document, operation)["url"]
    response = client.request("TRACE", url)
    assert_error_body(api, response, 405)
    allowed = {
        m.upper() for m in operation.path_item if m in ("get", "put", "post", "delete", "patch")
    }
    assert set(response.headers["allow"].split(", ")) == allowed


def _body_operation(api: Api) -> tuple[Operation, dict[str, Any]]:
    document = document_of(api)
    for operation in iter_operations(document):
        if "requestBody" in operation.node:
            return operation, valid_request(document, operation)
    raise AssertionError("no operation with a body")


@pytest.mark.parametrize(
    ("content", "content_type", "status", "message"),
    [
        (b"{not json", "application/json", 400, "not valid JSON"),
        (b'{"a": NaN}', "application/json", 400, "not valid JSON"),
        (b"\xff\xfe{}", "application/json", 400, "not valid UTF-8"),
        (b"<x/>", "application/xml", 415, "Unsupported Content-Type"),
        (b"{}", None, 415, "Content-Type header is required"),
    ],
    ids=["malformed", "nan", "not-utf8", "xml", "no-content-type"],
)
def test_bad_bodies_get_a_clear_4xx(
    api_client: tuple[Api, TestClient],
    content: bytes,
    content_type: str | None,
    status: int,
    message: str,
) -> None:
    api, client = api_client
    operation, request = _body_operation(api)
    headers = {"content-type": content_type} if content_type else {}
    response = client.request(
        operation.method.upper(),
        request["url"],
        params=request["params"],
        content=content,
        headers=headers,
    )
    body = assert_error_body(api, response, status)
    assert message in json.dumps(body)


def test_invalid_path_parameter_names_the_parameter() -> None:
    api = get_api("authorized-buyers")
    package = stub(api)
    client = TestClient(package.create_app(package.AuthorizedBuyersServicer()))
    response = client.get("/v2beta1/accounts/not-a-number/clients/1/users/2")
    body = assert_error_body(api, response, 400)
    assert body["error"]["status"] == "INVALID_ARGUMENT"
    assert "accountId" in body["error"]["message"]


def test_literal_path_wins_over_template() -> None:
    """`users/me:verifySelf` must not be routed to the `users/{email}` patch."""
    api = get_api("merchant")
    package = stub(api)
    client = TestClient(package.create_app(package.MerchantServicer()))
    response = client.patch("/accounts/v1/accounts/123/users/me:verifySelf", json={})
    assert "users_verify_self" in response.json()["error"]["message"]


class _Servicer(RingMeServicer):
    async def client_users_get(self, context: RequestContext, params: Any) -> Any:
        raise RuntimeError("database on fire")

    async def client_users_list(self, context: RequestContext, params: Any) -> Any:
        raise ApiError(403, "No access to this client.", reason="access_denied")


def test_servicer_errors_render_in_format(caplog: pytest.LogCaptureFixture) -> None:
    api = get_api("ringme")
    client = TestClient(create_ringme_app(_Servicer()))
    crashed = client.get("/api/ver1.0/client/1/user/client/2")
    body = assert_error_body(api, crashed, 500)
    assert "database on fire" not in json.dumps(body)
    assert "database on fire" in caplog.text
    denied = assert_error_body(api, client.get("/api/ver1.0/client/1/user/client/"), 403)
    assert denied == {"status": "access_denied", "message": "No access to this client."}


def test_problem_details_carry_a_trace_id() -> None:
    api = get_api("marketplace")
    package = stub(api)
    client = TestClient(package.create_app(package.MarketplaceServicer()))
    body = assert_error_body(api, client.get("/public/v1/accounts/users/USR-1234-5678"), 501)
    assert re.fullmatch(r"00-[0-9a-f]{32}-[0-9a-f]{16}-00", body["traceId"])
    assert body["status"] == 501
