"""The generated clients: complete, strictly typed, and faithful to the circular models."""

from __future__ import annotations

import datetime
import importlib
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from user_api_contracts.apis import APIS, REPO_ROOT, Api, get_api
from user_api_contracts.openapi_walk import iter_operations, resolve_local_ref

API_IDS = [api.name for api in APIS]
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def client_package(api: Api) -> str:
    return f"{api.python_name}_client"


def bundled(api: Api) -> dict[str, Any]:
    path = REPO_ROOT / "generated" / "openapi" / f"{api.name}.openapi.json"
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


@pytest.mark.parametrize("api", APIS, ids=API_IDS)
def test_every_operation_has_sync_and_async_functions(api: Api) -> None:
    document = bundled(api)
    for operation in iter_operations(document):
        tag, operation_id = operation.node["tags"][0], operation.node["operationId"]
        module = importlib.import_module(f"{client_package(api)}.api.{tag}.{operation_id}")
        for name in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            assert callable(getattr(module, name)), f"{operation_id}.{name}"


@pytest.mark.parametrize("api", APIS, ids=API_IDS)
def test_every_object_and_enum_component_has_a_model_class(api: Api) -> None:
    models = importlib.import_module(f"{client_package(api)}.models")
    document = bundled(api)
    missing = [
        name
        for name, schema in document["components"]["schemas"].items()
        if ("properties" in schema or "enum" in schema) and not hasattr(models, name)
    ]
    assert missing == []


def test_generated_packages_pass_mypy_strict(tmp_path: Path) -> None:
    packages = [client_package(api) for api in APIS] + [api.stub_package for api in APIS]
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path)]
    for package in packages:
        command += ["-p", package]
    result = subprocess.run(command, capture_output=True, text=True, check=False, cwd=tmp_path)
    assert result.returncode == 0, result.stdout[-3000:]
    assert "Success: no issues found" in result.stdout


def normalise(value: Any) -> Any:
    """Compare date-times by instant: the models re-render `...Z` as `...+00:00`."""
    if isinstance(value, dict):
        return {key: normalise(item) for key, item in value.items()}
    if isinstance(value, list):
        return [normalise(item) for item in value]
    if isinstance(value, str) and _DATE_TIME.match(value):
        return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return value


def response_examples(api: Api) -> list[tuple[str, str, Any]]:
    """(operation example id, component name, example value) of every JSON response example."""
    document = bundled(api)
    found = []
    for operation in iter_operations(document):
        for code, raw in operation.node["responses"].items():
            response, _ = resolve_local_ref(document, raw)
            for media in (response.get("content") or {}).values():
                ref = media.get("schema", {}).get("$ref", "")
                for name, raw_example in (media.get("examples") or {}).items():
                    example, _ = resolve_local_ref(document, raw_example)
                    if ref.startswith("#/components/schemas/"):
                        label = f"{operation.node['operationId']}:{code}:{name}"
                        found.append((label, ref.rsplit("/", 1)[1], example["value"]))
    return found


EXAMPLES = [(api, *row) for api in APIS for row in response_examples(api)]


@pytest.mark.parametrize(
    ("api", "label", "component", "value"), EXAMPLES, ids=[row[1] for row in EXAMPLES]
)
def test_response_examples_round_trip(api: Api, label: str, component: str, value: Any) -> None:
    models = importlib.import_module(f"{client_package(api)}.models")
    model = getattr(models, component)
    assert normalise(model.from_dict(value).to_dict()) == normalise(value)


def deep_user(depth: int) -> dict[str, Any]:
    """A User whose account's group lists the user again, `depth` times over, nulls included."""
    user: dict[str, Any] = {"id": "USR-0000-0000", "name": "Leaf", "icon": None}
    for level in range(depth):
        account = {
            "id": f"ACC-{level:04d}-0001",
            "name": f"Account {level}",
            "externalId": None,
            "groups": [
                {"id": f"UGR-{level:04d}-0001", "name": "Admins", "logo": None, "users": [user]}
            ],
        }
        user = {
            "id": f"USR-{level:04d}-0001",
            "name": f"User {level}",
            "lastLoginAt": None,
            "currentAccount": account,
            "accounts": [account],
            "audit": {
                "created": {"at": "2024-01-02T03:04:05+00:00", "by": {"id": "TKN-1111-2222"}},
                "updated": {"at": None},
            },
        }
    return user


def test_deep_circular_user_round_trips() -> None:
    models = importlib.import_module(f"{client_package(get_api('marketplace'))}.models")
    document = deep_user(12)
    parsed = models.User.from_dict(document)
    assert parsed.current_account.groups[0].users[0].current_account.name == "Account 10"
    assert parsed.to_dict() == document
