"""The lint command on bad input: one located line per problem, a non-zero exit, no traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.specs.minimal_spec import ERROR_SCHEMA, minimal_spec, write_spec

CLI = [sys.executable, "-m", "user_api_contracts.cli"]


def run(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *arguments], capture_output=True, text=True, check=False)


def lint_file(path: Path) -> subprocess.CompletedProcess[str]:
    return run("lint", "--no-spectral", "--error-schema", ERROR_SCHEMA, str(path))


def assert_no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stdout + result.stderr


def test_unknown_api_is_one_line(tmp_path: Path) -> None:
    result = run("lint", "no-such-api")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "unknown API 'no-such-api'" in result.stderr
    assert "authorized-buyers, merchant, marketplace, ringme" in result.stderr


def test_file_outside_registry_needs_error_schema(tmp_path: Path) -> None:
    path = write_spec(tmp_path, minimal_spec())
    result = run("lint", "--no-spectral", str(path))
    assert result.returncode == 2
    assert "--error-schema" in result.stderr
    assert_no_traceback(result)


def test_clean_file_exits_zero(tmp_path: Path) -> None:
    result = lint_file(write_spec(tmp_path, minimal_spec()))
    assert result.returncode == 0, result.stdout
    assert result.stdout.strip() == "lint: 1 spec, 0 problem(s)"


@pytest.mark.parametrize(
    ("text", "rule", "line"),
    [
        ("openapi: 3.1.0\ninfo: {title: x\n", "yaml", 3),
        ("openapi: 3.1.0\ninfo:\n  title: a\n  title: b\n", "yaml-json", 4),
        ("openapi: 3.1.0\nx-when: 2024-01-02T03:04:05Z\n", "yaml-json", 2),
        ("openapi: 3.1.0\nx-blob: !!binary aGVsbG8=\n", "yaml-json", 2),
        ("openapi: 3.1.0\n? [a, b]\n: c\n", "yaml-json", 2),
        ("", "yaml", 1),
        ("- just\n- a list\n", "yaml", 1),
        ("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {/x: 5}\n", "structure", 3),
    ],
    ids=[
        "unclosed-flow",
        "duplicate-key",
        "timestamp",
        "binary",
        "non-string-key",
        "empty",
        "not-a-mapping",
        "structure",
    ],
)
def test_malformed_file_is_located(tmp_path: Path, text: str, rule: str, line: int) -> None:
    path = tmp_path / "openapi.yaml"
    path.write_text(text, encoding="utf-8")
    result = lint_file(path)
    assert result.returncode == 1
    assert_no_traceback(result)
    lines = result.stdout.strip().splitlines()
    assert lines[-1].startswith("lint: 1 spec, ")
    assert lines[0].startswith(f"{path}:{line}: [{rule}] "), lines


def test_missing_and_undecodable_files(tmp_path: Path) -> None:
    missing = lint_file(tmp_path / "absent.yaml")
    assert missing.returncode == 1
    assert "[read] No such file or directory" in missing.stdout
    binary = tmp_path / "binary.yaml"
    binary.write_bytes(b"\xff\xfe\x00bad")
    result = lint_file(binary)
    assert result.returncode == 1
    assert f"{binary}:1: [read] not UTF-8" in result.stdout
    assert_no_traceback(result)


def test_every_problem_gets_its_own_line(tmp_path: Path) -> None:
    spec = minimal_spec()
    get = spec["paths"]["/widgets/{widgetId}"]["get"]
    get["operationId"] = "getWidget"
    del get["summary"]
    spec["components"]["schemas"]["Widget"]["properties"]["parent"]["description"] = "x"
    result = lint_file(write_spec(tmp_path, spec))
    assert result.returncode == 1
    problem_lines = result.stdout.strip().splitlines()[:-1]
    assert len(problem_lines) == 3
    assert result.stdout.strip().splitlines()[-1] == "lint: 1 spec, 3 problem(s)"
