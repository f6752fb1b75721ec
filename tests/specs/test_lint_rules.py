"""Each project lint rule accepts the minimal spec and catches one way of breaking it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.specs.minimal_spec import ERROR_SCHEMA, minimal_spec, write_spec
from user_api_contracts.lint.runner import LintTarget, lint_spec
from user_api_contracts.problems import Problem

Mutation = Callable[[dict[str, Any]], None]


def lint(tmp_path: Path, spec: dict[str, Any]) -> list[Problem]:
    path = write_spec(tmp_path, spec)
    return lint_spec(LintTarget(path=path, error_schema=ERROR_SCHEMA))


def schemas(spec: dict[str, Any]) -> Any:
    return spec["components"]["schemas"]


def get_op(spec: dict[str, Any]) -> Any:
    return spec["paths"]["/widgets/{widgetId}"]["get"]


def test_minimal_spec_is_clean(tmp_path: Path) -> None:
    assert lint(tmp_path, minimal_spec()) == []


def _ref_with_sibling(spec: dict[str, Any]) -> None:
    schemas(spec)["Widget"]["properties"]["parent"]["description"] = "The parent."


def _required_self_cycle(spec: dict[str, Any]) -> None:
    schemas(spec)["Widget"]["required"].append("parent")


def _required_two_step_cycle(spec: dict[str, Any]) -> None:
    schemas(spec)["Box"] = {
        "type": "object",
        "description": "Holds a widget.",
        "required": ["widget"],
        "properties": {"widget": {"$ref": "#/components/schemas/Widget"}},
    }
    widget = schemas(spec)["Widget"]
    widget["properties"]["box"] = {"$ref": "#/components/schemas/Box"}
    widget["required"].append("box")


def _non_empty_array_cycle(spec: dict[str, Any]) -> None:
    widget = schemas(spec)["Widget"]
    widget["properties"]["parts"] = {
        "type": "array",
        "minItems": 1,
        "description": "Parts.",
        "items": {"$ref": "#/components/schemas/Widget"},
    }
    widget["required"].append("parts")


def _camel_case_operation_id(spec: dict[str, Any]) -> None:
    get_op(spec)["operationId"] = "widgetsGet"


def _operation_id_without_tag(spec: dict[str, Any]) -> None:
    get_op(spec)["operationId"] = "get_widget"


def _duplicate_operation_id(spec: dict[str, Any]) -> None:
    spec["paths"]["/widgets/{widgetId}"]["put"]["operationId"] = "widgets_get"


def _missing_summary(spec: dict[str, Any]) -> None:
    del get_op(spec)["summary"]


def _two_tags(spec: dict[str, Any]) -> None:
    get_op(spec)["tags"] = ["widgets", "other"]


def _no_4xx(spec: dict[str, Any]) -> None:
    del get_op(spec)["responses"]["404"]


def _error_in_other_format(spec: dict[str, Any]) -> None:
    get_op(spec)["responses"]["500"] = {
        "description": "Oops.",
        "content": {"application/json": {"schema": {"type": "object"}}},
    }


def _error_without_body(spec: dict[str, Any]) -> None:
    get_op(spec)["responses"]["403"] = {"description": "Forbidden."}


def _bad_media_example(spec: dict[str, Any]) -> None:
    media = get_op(spec)["responses"]["200"]["content"]["application/json"]
    media["examples"]["plain"]["value"]["name"] = 42


def _bad_schema_example(spec: dict[str, Any]) -> None:
    schemas(spec)["Widget"]["properties"]["name"]["examples"] = [["not", "a", "string"]]


def _bad_parameter_example(spec: dict[str, Any]) -> None:
    get_op(spec)["parameters"][0]["examples"]["one"]["value"] = "widget-1"


def _read_only_in_request(spec: dict[str, Any]) -> None:
    put = spec["paths"]["/widgets/{widgetId}"]["put"]
    put["requestBody"]["content"]["application/json"]["examples"]["rename"]["value"]["id"] = "W-1"


def _write_only_in_response(spec: dict[str, Any]) -> None:
    media = get_op(spec)["responses"]["200"]["content"]["application/json"]
    media["examples"]["plain"]["value"]["secret"] = "hunter2"


def _nested_read_only_in_request(spec: dict[str, Any]) -> None:
    put = spec["paths"]["/widgets/{widgetId}"]["put"]
    value = put["requestBody"]["content"]["application/json"]["examples"]["rename"]["value"]
    value["parent"] = {"name": "Box", "id": "W-0002"}


def _not_openapi_31(spec: dict[str, Any]) -> None:
    spec["openapi"] = "3.0.3"


def _structurally_invalid(spec: dict[str, Any]) -> None:
    get_op(spec)["responses"]["200"]["content"]["application/json"]["schema"] = {"type": 5}


CASES: list[tuple[str, Mutation, str]] = [
    ("no-ref-siblings", _ref_with_sibling, "/components/schemas/Widget/properties/parent"),
    ("cycle-breakable", _required_self_cycle, "/components/schemas/Widget/properties/parent"),
    ("cycle-breakable", _required_two_step_cycle, "/components/schemas/Widget/properties/box"),
    (
        "cycle-breakable",
        _non_empty_array_cycle,
        "/components/schemas/Widget/properties/parts/items",
    ),
    ("operation-naming", _camel_case_operation_id, "/paths/~1widgets~1{widgetId}/get/operationId"),
    ("operation-naming", _operation_id_without_tag, "/paths/~1widgets~1{widgetId}/get/operationId"),
    # openapi-spec-validator already refuses duplicates; the project rule is the second net.
    ("structure", _duplicate_operation_id, "/paths/~1widgets~1{widgetId}/put/operationId"),
    ("operation-naming", _missing_summary, "/paths/~1widgets~1{widgetId}/get"),
    ("operation-naming", _two_tags, "/paths/~1widgets~1{widgetId}/get"),
    ("error-responses", _no_4xx, "/paths/~1widgets~1{widgetId}/get/responses"),
    (
        "error-responses",
        _error_in_other_format,
        "/paths/~1widgets~1{widgetId}/get/responses/500/content/application~1json",
    ),
    ("error-responses", _error_without_body, "/paths/~1widgets~1{widgetId}/get/responses/403"),
    (
        "examples-valid",
        _bad_media_example,
        "/paths/~1widgets~1{widgetId}/get/responses/200/content/application~1json/examples/plain/value",
    ),
    (
        "examples-valid",
        _bad_schema_example,
        "/components/schemas/Widget/properties/name/examples/0",
    ),
    (
        "examples-valid",
        _bad_parameter_example,
        "/paths/~1widgets~1{widgetId}/get/parameters/0/examples/one/value",
    ),
    (
        "examples-valid",
        _read_only_in_request,
        "/paths/~1widgets~1{widgetId}/put/requestBody/content/application~1json/examples/rename/value",
    ),
    (
        "examples-valid",
        _write_only_in_response,
        "/paths/~1widgets~1{widgetId}/get/responses/200/content/application~1json/examples/plain/value",
    ),
    (
        "examples-valid",
        _nested_read_only_in_request,
        "/paths/~1widgets~1{widgetId}/put/requestBody/content/application~1json/examples/rename/value",
    ),
    ("structure", _not_openapi_31, "/openapi"),
    (
        "structure",
        _structurally_invalid,
        "/paths/~1widgets~1{widgetId}/get/responses/200/content/application~1json/schema/type",
    ),
]


@pytest.mark.parametrize(
    ("rule", "mutate", "pointer"),
    CASES,
    ids=[f"{rule}:{mutate.__name__.strip('_')}" for rule, mutate, _ in CASES],
)
def test_rule_catches_bad_spec(tmp_path: Path, rule: str, mutate: Mutation, pointer: str) -> None:
    spec = minimal_spec()
    mutate(spec)
    problems = lint(tmp_path, spec)
    assert problems, "the broken spec passed the lint"
    # A required cycle admits no finite instance, so the examples rule objects to it as well.
    also = {"examples-valid"} if rule == "cycle-breakable" else set()
    assert rule in {problem.rule for problem in problems}, [p.format() for p in problems]
    assert {problem.rule for problem in problems} <= {rule} | also, [p.format() for p in problems]
    assert pointer in {problem.pointer for problem in problems}, [p.format() for p in problems]
    for problem in problems:
        assert problem.line is not None
        assert problem.line > 1 or rule == "structure"
        line = problem.format()
        assert "\n" not in line
        assert line.startswith(f"{tmp_path / 'openapi.yaml'}:{problem.line}: [{problem.rule}] ")


def test_cycle_problem_names_every_member(tmp_path: Path) -> None:
    spec = minimal_spec()
    _required_two_step_cycle(spec)
    (problem,) = [p for p in lint(tmp_path, spec) if p.rule == "cycle-breakable"]
    assert "Box, Widget" in problem.message


def test_nullable_edge_breaks_a_required_cycle(tmp_path: Path) -> None:
    spec = minimal_spec()
    widget = schemas(spec)["Widget"]
    widget["required"].append("parent")
    widget["properties"]["parent"] = {
        "anyOf": [{"$ref": "#/components/schemas/Widget"}, {"type": "null"}]
    }
    get_op(spec)["responses"]["200"]["content"]["application/json"]["examples"]["plain"]["value"][
        "parent"
    ] = None
    put = spec["paths"]["/widgets/{widgetId}"]["put"]
    put["requestBody"]["content"]["application/json"]["examples"]["rename"]["value"]["parent"] = (
        None
    )
    assert lint(tmp_path, spec) == []


def test_problem_line_points_at_the_offending_key(tmp_path: Path) -> None:
    spec = minimal_spec()
    _camel_case_operation_id(spec)
    path = write_spec(tmp_path, spec)
    (problem,) = lint_spec(LintTarget(path=path, error_schema=ERROR_SCHEMA))
    lines = path.read_text(encoding="utf-8").splitlines()
    assert problem.line is not None
    assert "operationId: widgetsGet" in lines[problem.line - 1]
