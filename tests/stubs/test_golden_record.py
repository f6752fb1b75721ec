"""The stub generator's complete output for one small spec, byte for byte (a golden record).

The record is ``tests/stubs/golden/widgets/``. A generator change that changes it must change
the record in the same commit, and the diff of the record is how that change is reviewed.
Rewrite it with::

    UPDATE_GOLDEN_RECORD=1 .venv/bin/pytest tests/stubs/test_golden_record.py
"""

from __future__ import annotations

import difflib
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.specs.minimal_spec import minimal_spec, write_spec
from user_api_contracts.apis import Api
from user_api_contracts.generate.bundle import bundle_spec
from user_api_contracts.generate.formatting import format_python
from user_api_contracts.generate.stubs import generate_stub

GOLDEN = Path(__file__).parent / "golden" / "widgets"
UPDATE = "UPDATE_GOLDEN_RECORD"
REGENERATE = f"{UPDATE}=1 .venv/bin/pytest tests/stubs/test_golden_record.py"


def widgets_spec() -> dict[str, Any]:
    """The minimal spec, plus what it lacks to reach every branch of the templates.

    A list with an enum query parameter that has a default, an inline result object with a
    wire name that is no identifier (``$meta``), a deprecated operation without a body or a
    result, and an enum component that admits null.
    """
    spec = minimal_spec()
    color = {"$ref": "#/components/schemas/Color"}
    spec["components"]["schemas"]["Color"] = {
        "description": "A widget's color.\n\nOnly the first paragraph reaches the docstring.",
        "enum": ["red", "green", None],
    }
    spec["components"]["schemas"]["Widget"]["properties"]["color"] = color
    widget = {"$ref": "#/components/schemas/Widget"}
    spec["paths"]["/widgets"] = {
        "get": {
            "operationId": "widgets_list",
            "summary": "List widgets",
            "description": "Returns a page of widgets.",
            "tags": ["widgets"],
            "parameters": [
                {
                    "name": "color",
                    "in": "query",
                    "description": "Only widgets of this color.",
                    "schema": {"type": "string", "enum": ["red", "green"], "default": "red"},
                },
                {
                    "name": "X-Request-Id",
                    "in": "header",
                    "description": "Echoed in logs.",
                    "schema": {"type": "string"},
                },
            ],
            "responses": {
                "200": {
                    "description": "A page.",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["items"],
                                "properties": {
                                    "items": {"type": "array", "items": widget},
                                    "$meta": {
                                        "type": "object",
                                        "properties": {"total": {"type": "integer"}},
                                    },
                                },
                            }
                        }
                    },
                }
            },
        }
    }
    spec["paths"]["/widgets/{widgetId}"]["delete"] = {
        "operationId": "widgets_delete",
        "summary": "Delete a widget",
        "description": "Deletes a widget for good.",
        "tags": ["widgets"],
        "deprecated": True,
        "parameters": [
            {
                "name": "widgetId",
                "in": "path",
                "required": True,
                "description": "The widget id.",
                "schema": {"type": "string"},
            }
        ],
        "responses": {"204": {"description": "Deleted."}},
    }
    return spec


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The widgets stub project as `make generate` would write it (formatted)."""
    scratch = tmp_path_factory.mktemp("golden")
    api = Api(
        name="widgets",
        title="Widgets",
        error_schema="Error",
        error_format="problem",
        class_prefix="Widgets",
        spec_file=write_spec(scratch, widgets_spec()),
    )
    output = scratch / "widgets"
    generate_stub(api, bundle_spec(api), output)
    format_python(output)
    if os.environ.get(UPDATE):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        shutil.copytree(output, GOLDEN)
    return output


def files_under(root: Path) -> dict[str, str]:
    return {
        path.relative_to(root).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def unified_diff(want: str, have: str, name: str) -> str:
    lines = difflib.unified_diff(
        want.splitlines(keepends=True), have.splitlines(keepends=True), f"golden: {name}", name
    )
    return "".join(lines)


def test_generated_stub_matches_the_golden_record(generated: Path) -> None:
    want, have = files_under(GOLDEN), files_under(generated)
    differing = sorted(
        name for name in want.keys() | have.keys() if want.get(name) != have.get(name)
    )
    diffs = [unified_diff(want.get(name, ""), have.get(name, ""), name) for name in differing]
    assert differing == [], (
        f"the stub generator's output differs from tests/stubs/golden/widgets/ in {differing}; "
        f"if that is intended, rewrite the record with `{REGENERATE}` and review its diff.\n"
        + "\n".join(diffs)
    )
