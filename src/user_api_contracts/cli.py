"""The ``user-api-contracts`` command: one entry point for every job the Makefile runs.

Every failure a user can cause (an unknown API, a bad spec, a missing tool) ends in one line
per problem and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .apis import API_NAMES, APIS, Api, UnknownApiError, get_api
from .generate.errors import GenerationError

__all__ = ["main"]


class UsageError(Exception):
    """A command-line mistake; the message is printed as one line."""


if TYPE_CHECKING:
    from .lint.runner import LintTarget


def _lint_targets(names: Sequence[str], error_schema: str | None) -> list[LintTarget]:
    from .lint.runner import LintTarget

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
    from .lint.runner import lint_targets

    targets = _lint_targets(arguments.apis, arguments.error_schema)
    problems = lint_targets(targets, spectral=not arguments.no_spectral)
    for problem in problems:
        print(problem.format())
    files = len(targets)
    print(f"lint: {files} spec{'s' if files != 1 else ''}, {len(problems)} problem(s)")
    return 1 if problems else 0


def _apis(names: Sequence[str]) -> list[Api]:
    return [get_api(name) for name in names] if names else list(APIS)


def _command_generate(arguments: argparse.Namespace) -> int:
    from .generate.pipeline import check_generated, generate_apis

    apis = _apis(arguments.apis)
    progress = _quiet if arguments.quiet else _print
    if arguments.check:
        differences = check_generated(apis, progress=progress)
        if differences:
            for line in differences:
                print(line)
            print("generated/ is stale: run `make generate`")
            return 1
        print("generated/ matches the specs")
        return 0
    generate_apis(apis, force=arguments.force, progress=progress)
    return 0


def _load_tokens(path: Path) -> list[tuple[str, Any]]:
    """Read a tokens file: a JSON list of {"token", "api", "label", "data"} objects."""
    from .reference.auth import Principal

    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
        return [
            (
                entry["token"],
                Principal(entry["api"], entry.get("label", entry["api"]), entry["data"]),
            )
            for entry in entries
        ]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise UsageError(f"{path}: not a tokens file ({error})") from None


def _command_serve(arguments: argparse.Namespace) -> int:
    import uvicorn

    from .reference.auth import forget_token, register_token
    from .reference.db import StaleDatabaseError
    from .reference.ringme import RingMeConfig
    from .reference.seed import DEMO_TOKENS
    from .reference.server import BASE_PATHS, build_server
    from .serving import AccessLog, ServeLimits, guarded_protocol

    db = None if arguments.db == ":memory:" else Path(arguments.db)
    tokens = _load_tokens(arguments.tokens) if arguments.tokens else []
    ringme = RingMeConfig(rate_limit_per_hour=arguments.ringme_rate_limit)
    try:
        server = build_server(db, seed=arguments.seed, ringme=ringme)
    except StaleDatabaseError as error:
        raise UsageError(str(error)) from None
    if arguments.no_demo_tokens:
        for demo in DEMO_TOKENS:
            forget_token(server.engine, demo.token)
    for token, principal in tokens:
        register_token(server.engine, token, principal)
    origin = f"http://127.0.0.1:{arguments.port}"
    print(f"user-api-contracts reference server, database {arguments.db}")
    for api, base_path in BASE_PATHS.items():
        print(f"  {api:<18} {origin}{base_path}")
    if arguments.no_demo_tokens:
        print("demo tokens: none accepted (--no-demo-tokens)")
    elif arguments.seed:
        print("demo tokens (send as 'Authorization: Bearer <token>'):")
        for demo in DEMO_TOKENS:
            print(f"  {demo.token:<24} {demo.purpose}")
    sys.stdout.flush()
    # The access log is written by AccessLog (cheaper than uvicorn's, credentials redacted);
    # below `info` there is none, as with uvicorn's.
    app = server.app
    if arguments.log_level in ("info", "debug"):
        app = AccessLog(server.app, sys.stdout)
    uvicorn.run(
        app,
        host="127.0.0.1",
        port=arguments.port,
        http=guarded_protocol(ServeLimits(request_timeout=arguments.request_timeout)),
        log_level=arguments.log_level,
        lifespan="on",
        access_log=False,
    )
    return 0


def _print(line: str) -> None:
    """Progress sink: one line at a time, flushed so that make shows it as it happens."""
    print(line, flush=True)


def _quiet(_: str) -> None:
    """Progress sink for --quiet."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="user-api-contracts",
        description="Lint, generate and serve the user-management API contracts.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    lint = commands.add_parser(
        "lint",
        help="validate and lint specs",
        description="Structural validation (openapi-spec-validator), Spectral with the "
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
    generate = commands.add_parser(
        "generate",
        help="bundle specs, generate clients and server stubs into generated/",
        description="Per API: bundle the spec, generate the openapi-python-client package and the "
        "server stub package. Unchanged APIs are skipped (content hashes in "
        "generated/manifest.json); a failed API leaves generated/ untouched.",
    )
    generate.add_argument(
        "apis", nargs="*", metavar="API", help=f"API names ({', '.join(API_NAMES)}); default: all"
    )
    generate.add_argument("--force", action="store_true", help="regenerate even if unchanged")
    generate.add_argument(
        "--check",
        action="store_true",
        help="regenerate into a temporary copy and fail if generated/ differs",
    )
    generate.add_argument("--quiet", action="store_true", help="print no progress lines")
    generate.set_defaults(handler=_command_generate)
    serve = commands.add_parser(
        "serve",
        help="run the reference implementations of all four APIs on 127.0.0.1",
        description="Serve every API under its spec's base path on 127.0.0.1, with SQLite storage.",
    )
    serve.add_argument("--port", type=int, default=8080, help="TCP port (default 8080)")
    serve.add_argument(
        "--db",
        default="reference.sqlite3",
        metavar="PATH",
        help="SQLite database file, created if missing (default reference.sqlite3); "
        "':memory:' keeps nothing after exit",
    )
    serve.add_argument("--seed", action="store_true", help="load demo data and demo tokens")
    serve.add_argument(
        "--no-demo-tokens",
        action="store_true",
        help="accept none of the demo tokens (they are public): for a sandbox shared by teams "
        "that bring their own with --tokens",
    )
    serve.add_argument(
        "--tokens",
        type=Path,
        metavar="FILE",
        help='JSON list of {"token", "api", "label", "data"} to accept as bearer tokens',
    )
    serve.add_argument(
        "--ringme-rate-limit",
        type=int,
        default=10_000,
        metavar="N",
        help="RingMe requests per token and hour before 429 (default 10000)",
    )
    serve.add_argument(
        "--request-timeout",
        type=float,
        default=10.0,
        metavar="SECONDS",
        help="close a connection whose request has not fully arrived after this long "
        "(from its first byte; default 10)",
    )
    serve.add_argument(
        "--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"]
    )
    serve.set_defaults(handler=_command_serve)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` and run the chosen command; return the process exit code."""
    arguments = _parser().parse_args(argv)
    try:
        code: int = arguments.handler(arguments)
    except (UnknownApiError, UsageError) as error:
        print(f"user-api-contracts: {error}", file=sys.stderr)
        return 2
    except GenerationError as error:
        for line in error.lines:
            print(line, file=sys.stderr)
        return 1
    return code


if __name__ == "__main__":
    sys.exit(main())
