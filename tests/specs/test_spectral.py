"""The Spectral layer: the project ruleset runs, and its house rules catch what they promise."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.specs.minimal_spec import minimal_spec, write_spec
from user_api_contracts.lint.spectral import SPECTRAL, run_spectral

pytestmark = pytest.mark.skipif(
    not SPECTRAL.exists(), reason="Spectral is installed by `make setup`; run it first"
)


def codes(path: Path) -> set[str]:
    return {problem.rule for problem in run_spectral([path])}


def test_minimal_spec_passes(tmp_path: Path) -> None:
    assert run_spectral([write_spec(tmp_path, minimal_spec())]) == []


def test_property_without_description(tmp_path: Path) -> None:
    spec = minimal_spec()
    del spec["components"]["schemas"]["Widget"]["properties"]["name"]["description"]
    problems = run_spectral([write_spec(tmp_path, spec)])
    assert {p.rule for p in problems} == {"spectral:property-description"}
    (problem,) = problems
    assert problem.pointer == "/components/schemas/Widget/properties/name"
    assert problem.line is not None


def test_nullable_keyword_is_refused(tmp_path: Path) -> None:
    spec = minimal_spec()
    spec["components"]["schemas"]["Widget"]["properties"]["name"]["nullable"] = True
    assert "spectral:no-nullable-keyword" in codes(write_spec(tmp_path, spec))


def test_parameter_without_description(tmp_path: Path) -> None:
    spec = minimal_spec()
    del spec["paths"]["/widgets/{widgetId}"]["put"]["parameters"][0]["description"]
    assert "spectral:parameter-description" in codes(write_spec(tmp_path, spec))


def test_plain_http_server(tmp_path: Path) -> None:
    spec = minimal_spec()
    spec["servers"] = [{"url": "http://api.example.com/v1"}]
    assert "spectral:servers-https" in codes(write_spec(tmp_path, spec))


def test_schema_without_description(tmp_path: Path) -> None:
    spec = minimal_spec()
    del spec["components"]["schemas"]["Error"]["description"]
    assert "spectral:schema-description" in codes(write_spec(tmp_path, spec))
