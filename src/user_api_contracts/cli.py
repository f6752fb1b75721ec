"""The ``user-api-contracts`` command: one entry point for every job the Makefile runs.

Every failure a user can cause (an unknown API, a bad spec, a missing tool) ends in one line
per problem and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .apis import API_NAMES, APIS, UnknownApiError, get_api
from .lint.runner import LintTarget, lint_targets

__all__ = ["main"]


class UsageError(Exception):
    """A command-line mistake; the message is printed as one line."""


def _lint_targets(names: Sequence[str], error_schema: str | None) -> list[LintTarget]:
    if not names:
        return [LintTarget(path=api.spec_path, error_schema=api.error_schema) for api in APIS]
    targets: list[LintTarget] = []
    for name in names:
        if name in API_NAMES:
            api = get_api(name)
            targets.append(LintTarget(path=api.spec_path, error_schema=api.error_schema))
            continue
        path = Path(name)
        if not path.suffix and not path.exists():
            raise UnknownApiError(name)
        known = {api.spec_path: api for api in APIS}.get(path.resolve())
        schema = error_schema or (known.error_schema if known else None)
        if schema is None:
            raise UsageError(f"{name}: not a registered API; give --error-schema NAME")
        targets.append(LintTarget(path=path, error_schema=schema))
    return targets


def _command_lint(arguments: argparse.Namespace) -> int:
    targets = _lint_targets(arguments.apis, arguments.error_schema)
    problems = lint_targets(targets, spectral=not arguments.no_spectral)
    for problem in problems:
        print(problem.format())
    files = len(targets)
    print(f"lint: {files} spec{'s' if files != 1 else ''}, {len(problems)} problem(s)")
    return 1 if problems else 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="user-api-contracts",
        description="Lint, generate and serve the user-management API contracts.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    lint = commands.add_parser(
        "lint",
        help="validate and lint specs",
        description="Structural validation (prance + openapi-spec-validator), Spectral with the "
        "project ruleset, and the project's own rules. One line per problem.",
    )
    lint.add_argument(
        "apis",
        nargs="*",
        metavar="API_OR_FILE",
        help=f"API names ({', '.join(API_NAMES)}) or spec files; default: every API",
    )
    lint.add_argument(
        "--error-schema",
        metavar="NAME",
        help="component that is the error body (for files outside the registry)",
    )
    lint.add_argument("--no-spectral", action="store_true", help="skip the Spectral layer")
    lint.set_defaults(handler=_command_lint)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` and run the chosen command; return the process exit code."""
    arguments = _parser().parse_args(argv)
    try:
        code: int = arguments.handler(arguments)
    except (UnknownApiError, UsageError) as error:
        print(f"user-api-contracts: {error}", file=sys.stderr)
        return 2
    return code


if __name__ == "__main__":
    sys.exit(main())
