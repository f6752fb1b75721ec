"""Run every lint layer over a set of specs and collect located problems, in a stable order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..problems import Problem
from ..specfile import SpecLoadError, load_spec
from .context import LintContext, Rule
from .rule_cycles import check_cycles_breakable
from .rule_errors import check_error_responses
from .rule_examples import check_examples
from .rule_operations import check_operations
from .rule_refs import check_no_ref_siblings
from .spectral import run_spectral
from .structural import check_structure

__all__ = ["PROJECT_RULES", "LintTarget", "lint_spec", "lint_targets"]

PROJECT_RULES: tuple[Rule, ...] = (
    check_no_ref_siblings,
    check_cycles_breakable,
    check_operations,
    check_error_responses,
    check_examples,
)


@dataclass(frozen=True, kw_only=True)
class LintTarget:
    """A spec file to lint and the component its API uses for error bodies."""

    path: Path
    error_schema: str


def lint_spec(target: LintTarget) -> list[Problem]:
    """Load, validate and apply the project rules to one spec (Spectral is run separately)."""
    try:
        spec = load_spec(target.path)
    except SpecLoadError as error:
        return error.problems
    problems = list(check_structure(spec))
    if problems:
        return problems  # the project rules assume a structurally valid document
    context = LintContext(spec=spec, error_schema=target.error_schema)
    for rule in PROJECT_RULES:
        problems.extend(rule(context))
    return problems


def lint_targets(targets: Sequence[LintTarget], *, spectral: bool = True) -> list[Problem]:
    """Lint every target; Spectral runs once over the files that passed the structural layer."""
    problems: list[Problem] = []
    clean_structure: list[Path] = []
    for target in targets:
        found = lint_spec(target)
        problems.extend(found)
        if not any(
            problem.rule in ("read", "size", "yaml", "yaml-json", "ref", "structure")
            for problem in found
        ):
            clean_structure.append(target.path)
    if spectral:
        problems.extend(run_spectral(clean_structure))
    return sorted(problems, key=lambda p: (str(p.path), p.line or 0, p.rule, p.message))
