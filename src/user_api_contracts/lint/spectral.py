"""Run the pinned Spectral CLI with the project ruleset and turn its findings into problems.

Spectral is the established OpenAPI linter here (pinned in package.json, ruleset in
``.spectral.yaml``); it is run once for all files because its start-up dominates its run time.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Sequence
from pathlib import Path

from ..apis import REPO_ROOT
from ..problems import Problem

__all__ = ["SPECTRAL", "run_spectral"]

SPECTRAL = REPO_ROOT / "node_modules" / ".bin" / "spectral"
RULESET = REPO_ROOT / ".spectral.yaml"
_SEVERITIES = {0: "error", 1: "warning", 2: "info", 3: "hint"}


def _tool_problem(path: Path, message: str) -> Problem:
    return Problem(path=path, line=None, pointer="", rule="spectral", message=message)


def _pointer(path_tokens: Sequence[object]) -> str:
    return "".join("/" + str(token).replace("~", "~0").replace("/", "~1") for token in path_tokens)


def run_spectral(paths: Sequence[Path]) -> list[Problem]:
    """Lint ``paths`` with Spectral; errors and warnings become problems, the rest is dropped."""
    if not paths:
        return []
    if not SPECTRAL.exists():
        return [_tool_problem(RULESET, "Spectral is not installed; run `make setup` (npm ci)")]
    command = [
        str(SPECTRAL),
        "lint",
        "--ruleset",
        str(RULESET),
        "--format",
        "json",
        "--quiet",
        "--fail-severity",
        "warn",
        *map(str, paths),
    ]
    try:
        result = subprocess.run(
            command, capture_output=True, text=True, check=False, timeout=300, cwd=REPO_ROOT
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        return [_tool_problem(RULESET, f"Spectral could not run: {error}")]
    try:
        findings = json.loads(result.stdout or "[]")
    except json.JSONDecodeError:
        reason = (result.stderr or result.stdout).strip().splitlines()
        return [_tool_problem(RULESET, f"Spectral failed: {reason[-1] if reason else 'no output'}")]
    problems: list[Problem] = []
    for finding in findings:
        severity = finding.get("severity", 0)
        if severity > 1:
            continue
        start = (finding.get("range") or {}).get("start") or {}
        line = start.get("line")
        problems.append(
            Problem(
                path=Path(finding.get("source") or paths[0]),
                line=line + 1 if isinstance(line, int) else None,
                pointer=_pointer(finding.get("path") or []),
                rule=f"spectral:{finding.get('code')}",
                message=f"{_SEVERITIES.get(severity, 'error')}: {finding.get('message', '')}",
            )
        )
    if result.returncode not in (0, 1) and not problems:
        problems.append(_tool_problem(RULESET, f"Spectral exited with {result.returncode}"))
    return problems
