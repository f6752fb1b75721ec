"""openapi-python-client 0.29.1's multipart forms: the defects, reproduced, and our templates' fix.

A minimal spec with one open multipart form (a JSON part, a binary part, any other fields) is
generated twice: with the generator's own templates and with ``codegen/client-templates``. The
first test pins each defect of the stock output, so that an upgrade that fixes them shows up
here (and the overriding templates can go); the second shows the same calls correct with ours.
"""

from __future__ import annotations

import email.parser
import email.policy
import importlib
import json
import sys
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml
from openapi_python_client import generate
from openapi_python_client.config import Config, ConfigFile, MetaType

from user_api_contracts.generate.clients import CLIENT_TEMPLATE_DIR

SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "Forms", "version": "1"},
    "paths": {
        "/forms": {
            "put": {
                "operationId": "forms_put",
                "requestBody": {
                    "content": {
                        "multipart/form-data": {"schema": {"$ref": "#/components/schemas/Form"}}
                    }
                },
                "responses": {"204": {"description": "Stored."}},
            }
        }
    },
    "components": {
        "schemas": {
            "Form": {
                "type": "object",
                "properties": {
                    "user": {"type": "object", "properties": {"name": {"type": "string"}}},
                    "icon": {"type": "string", "format": "binary"},
                },
            }
        }
    },
}


def generated(tmp: Path, package: str, templates: Path | None) -> ModuleType:
    """Generate the spec's client as ``package`` and import its endpoint module."""
    spec = tmp / "forms.yaml"
    spec.write_text(yaml.safe_dump(SPEC), encoding="utf-8")
    config_file = ConfigFile(package_name_override=package, project_name_override=package)
    config_file.post_hooks = []  # unformatted is fine here: the code is only imported
    output = tmp / package
    config = Config.from_sources(config_file, MetaType.NONE, spec, "utf-8", False, output)
    assert generate(config=config, custom_template_path=templates) == []
    sys.path.insert(0, str(tmp))
    return importlib.import_module(f"{package}.api.default.forms_put")


@pytest.fixture(scope="module")
def clients(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, ModuleType]]:
    tmp = tmp_path_factory.mktemp("forms")
    yield {
        "stock": generated(tmp, "forms_stock", None),
        "ours": generated(tmp, "forms_ours", CLIENT_TEMPLATE_DIR),
    }
    sys.path.remove(str(tmp))


def request(module: ModuleType, fields: dict[str, Any]) -> httpx.Request:
    """What the client's ``httpx.Client`` would send for a form built by ``from_dict``."""
    models = importlib.import_module(module.__name__.split(".")[0] + ".models")
    return sent_for(module, models.Form.from_dict(fields))


def sent_for(module: ModuleType, body: Any) -> httpx.Request:
    """The request the endpoint's ``_get_kwargs`` describes, body encoded as httpx does."""
    kwargs = module._get_kwargs(body=body)
    built = httpx.Request(kwargs.pop("method"), "http://testserver" + kwargs.pop("url"), **kwargs)
    built.read()
    return built


def parts(built: httpx.Request) -> dict[str, tuple[str | None, str | None, bytes]]:
    """name -> (filename, Content-Type, content) of each part of a multipart request."""
    header = f"Content-Type: {built.headers['Content-Type']}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(header + built.content)
    found = {}
    for part in message.iter_parts():
        name = str(part.get_param("name", header="content-disposition"))
        filename = part.get_param("filename", header="content-disposition")
        payload = part.get_payload(decode=True)
        found[name] = (filename, part.get("Content-Type"), payload)
    return found  # type: ignore[return-value]


FIELDS = {"icon": b"\x89PNG\r\n", "flag": False, "nothing": None, "nested": [False, [None, True]]}


def test_the_stock_templates_send_broken_forms(clients: dict[str, ModuleType]) -> None:
    stock = clients["stock"]
    form = request(stock, FIELDS)
    assert form.headers["Content-Type"] == "multipart/form-data; boundary=+++"  # fixed boundary
    sent = parts(form)
    assert sent["icon"] == (None, None, b"\x89PNG\r\n")  # a text field, not a file
    assert sent["flag"][2] == b"False"  # Python's str(), not JSON
    assert sent["nothing"][2] == b"None"
    assert sent["nested"] == (None, "text/plain", b"[False, [None, True]]")
    empty = request(stock, {})
    assert empty.content == b""  # not even the closing delimiter


def test_our_templates_send_forms_as_openapi_describes_them(
    clients: dict[str, ModuleType],
) -> None:
    ours = clients["ours"]
    form = request(ours, FIELDS)
    boundary = form.headers["Content-Type"].split("boundary=", 1)[1]
    assert len(boundary) == 32 and boundary != request(ours, FIELDS).headers["Content-Type"]
    sent = parts(form)
    assert sent["icon"] == ("icon", "application/octet-stream", b"\x89PNG\r\n")
    assert sent["flag"] == (None, "text/plain", b"false")
    assert sent["nothing"] == (None, "text/plain", b"null")
    assert sent["nested"][1] == "application/json"
    assert json.loads(sent["nested"][2]) == [False, [None, True]]
    empty = request(ours, {})
    assert (
        empty.content == f"--{empty.headers['Content-Type'].split('boundary=')[1]}--\r\n".encode()
    )


def test_a_file_keeps_the_name_and_type_it_was_given(clients: dict[str, ModuleType]) -> None:
    ours = clients["ours"]
    types = importlib.import_module("forms_ours.types")
    models = importlib.import_module("forms_ours.models")
    icon = types.File(payload=BytesIO(b"GIF89a"), file_name="me.gif", mime_type="image/gif")
    assert parts(sent_for(ours, models.Form(icon=icon)))["icon"] == (
        "me.gif",
        "image/gif",
        b"GIF89a",
    )
