"""Rule ``ref``: what it must let through (the hostile cases are in tests/hostile/)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.specs.minimal_spec import ERROR_SCHEMA, minimal_spec, write_spec
from user_api_contracts.lint.runner import LintTarget, lint_spec
from user_api_contracts.problems import Problem


def lint(tmp_path: Path, spec: dict[str, Any]) -> list[Problem]:
    return lint_spec(LintTarget(path=write_spec(tmp_path, spec), error_schema=ERROR_SCHEMA))


def test_a_percent_encoded_ref_resolves(tmp_path: Path) -> None:
    spec = minimal_spec()
    spec["paths"]["/copy/{widgetId}"] = {"$ref": "#/paths/~1widgets~1%7BwidgetId%7D"}
    assert [p for p in lint(tmp_path, spec) if p.rule == "ref"] == []


def test_a_ref_key_inside_example_data_is_data(tmp_path: Path) -> None:
    spec = minimal_spec()
    widget = spec["components"]["schemas"]["Widget"]
    widget["properties"]["meta"] = {
        "type": "object",
        "description": "Free-form metadata.",
        "examples": [{"$ref": "#/not/a/reference"}],
    }
    assert lint(tmp_path, spec) == []


def test_a_cycle_through_a_property_is_not_a_ref_problem(tmp_path: Path) -> None:
    spec = minimal_spec()  # Widget.parent refers to Widget: fine, it is optional
    spec["components"]["schemas"]["Tree"] = {
        "description": "A widget with children.",
        "allOf": [{"$ref": "#/components/schemas/Widget"}],
    }
    assert [p for p in lint(tmp_path, spec) if p.rule == "ref"] == []


def test_a_dangling_ref_names_the_missing_step(tmp_path: Path) -> None:
    spec = minimal_spec()
    spec["components"]["schemas"]["Widget"]["properties"]["parent"] = {
        "$ref": "#/components/schemaz/Widget"
    }
    (problem,) = lint(tmp_path, spec)
    assert problem.rule == "ref"
    assert problem.pointer == "/components/schemas/Widget/properties/parent/$ref"
    assert "no 'schemaz' in #/components" in problem.message
