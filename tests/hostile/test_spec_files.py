"""Spec tools on a stranger's files (issue #11): one located line, a non-zero exit, no traceback.

Each hostile file goes through the real command in a subprocess, as a stranger would run it
(``user-api-contracts lint FILE --error-schema NAME``), under an address-space limit that a
loader without bounds would hit (an alias bomb needs gigabytes). ``generate`` reads specs only
through the registry, so the same files are given to its bundle step through a registry entry
pointed at them. The limits are fixed numbers in ``specfile.py``; how long ``lint`` takes below
them is printed by ``scripts/bench_lint.py``, not asserted here (timeouts are hang guards only).
"""

from __future__ import annotations

import dataclasses
import re
import resource
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.specs.minimal_spec import ERROR_SCHEMA, minimal_spec, write_spec
from tests.specs.scaled_spec import MARKETPLACE_ERROR_SCHEMAS, write_scaled_spec
from user_api_contracts.apis import get_api
from user_api_contracts.generate.bundle import bundle_spec
from user_api_contracts.generate.errors import GenerationError
from user_api_contracts.problems import MAX_MESSAGE, MAX_POINTER
from user_api_contracts.specfile import MAX_SPEC_BYTES

CLI = [sys.executable, "-m", "user_api_contracts.cli"]
MEMORY_LIMIT = 1024 * 1024 * 1024
"""Address space for each run: lint on a small file maps ~0.3 GiB; the alias bomb needs > 4."""
HANG_GUARD = 60
SHORT_LINE = MAX_MESSAGE + MAX_POINTER + 300  # the path of a pytest temporary file included

HEAD = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n"
SCHEMAS = (
    HEAD + "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n"
    "          content:\n            application/json:\n"
    "              schema: {$ref: '#/components/schemas/A'}\ncomponents:\n  schemas:\n"
)  # line 14 is the first schema


def _alias_bomb() -> str:
    lines = [HEAD.rstrip("\n"), "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in range(1, 10):
        aliases = ", ".join([f"*a{level - 1}"] * 9)
        lines.append(f"a{level}: &a{level} [{aliases}]")
    return "\n".join(lines) + "\npaths: {}\n"


@dataclass(frozen=True)
class Hostile:
    """A hostile file and the one line lint must answer with."""

    name: str
    content: str | bytes
    line: int | None
    rule: str
    says: str
    pointer: str = ""


HOSTILE = [
    # billion laughs: the aliases in a5 (line 8) take the expansion past MAX_VALUES
    Hostile("alias-bomb", _alias_bomb(), 8, "yaml", "once aliases are expanded", "/a5/"),
    Hostile("recursive-alias", HEAD + "x: &s {a: *s}\npaths: {}\n", 3, "yaml", "recursive", "/x/a"),
    Hostile(
        "dangling-ref",
        SCHEMAS + "    A: {$ref: '#/components/schemas/Nope'}\n",
        14,
        "ref",
        "points at nothing: no 'Nope' in #/components/schemas",
        "/components/schemas/A/$ref",
    ),
    Hostile(
        "external-ref",
        SCHEMAS + "    A: {$ref: 'other.yaml#/A'}\n",
        14,
        "ref",
        "external $ref 'other.yaml#/A'",
        "/components/schemas/A/$ref",
    ),
    Hostile(
        "ref-cycle",
        SCHEMAS + "    A: {$ref: '#/components/schemas/B'}\n"
        "    B: {$ref: '#/components/schemas/A'}\n",
        14,
        "ref",
        "(A -> B -> A) has no base case",
        "/components/schemas/A/$ref",
    ),
    Hostile(
        "allof-cycle",
        SCHEMAS + "    A: {allOf: [{$ref: '#/components/schemas/A'}]}\n",
        14,
        "ref",
        "(A -> A) has no base case",
        "/components/schemas/A/allOf/0/$ref",
    ),
    Hostile("not-utf8", b"openapi: 3.1.0\ninfo:\n  title: caf\xe9\n", 3, "read", "not UTF-8"),
    Hostile("utf16", "openapi: 3.1.0\n".encode("utf-16"), 1, "read", "not UTF-8"),
    Hostile("nul-byte", b"openapi: 3.1.0\ninfo:\n  title: a\x00b\n", 3, "yaml", "#x0000"),
    Hostile("top-level-list", "- openapi\n- 3.1.0\n", 1, "yaml", "not a mapping"),
    Hostile("top-level-string", "\n\nopenapi 3.1.0\n", 3, "yaml", "not a mapping"),
    Hostile("empty", "# nothing\n", 1, "yaml", "empty"),
    Hostile(
        "deep-nesting",
        "openapi: 3.1.0\nx: " + "[" * 10_000 + "]" * 10_000 + "\n",
        2,
        "yaml",
        "nesting deeper than 64 levels",
    ),
    Hostile(
        "huge-integer", HEAD + "x-n: " + "9" * 5_000 + "\n", 3, "yaml-json", "too large", "/x-n"
    ),
    Hostile("infinity", HEAD + "x-n: .inf\n", 3, "yaml-json", "not a JSON number", "/x-n"),
    Hostile(
        "duplicate-key",
        "openapi: 3.1.0\ninfo:\n  title: a\n  title: b\n",
        4,
        "yaml-json",
        "duplicate key 'title'",
        "/info/title",
    ),
    Hostile("non-string-key", HEAD + "? [a, b]\n: c\n", 3, "yaml-json", "plain string"),
    Hostile(
        "python-tag",
        HEAD + "x: !!python/object/apply:os.system [ls]\n",
        3,
        "yaml-json",
        "is not JSON",
    ),
    Hostile("two-documents", HEAD + "---\n" + HEAD, 3, "yaml", "second one"),
    Hostile(
        "openapi-3.0-number",
        "openapi: 3.0\ninfo: {title: t, version: '1'}\npaths: {}\n",
        1,
        "structure",
        "is read as a number",
        "/openapi",
    ),
    Hostile(
        "openapi-3.1-number",
        "openapi: 3.1\ninfo: {title: t, version: '1'}\npaths: {}\n",
        1,
        "structure",
        "write openapi: 3.1.0 (a string)",
        "/openapi",
    ),
    Hostile(
        "openapi-3.0.3",
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n",
        1,
        "structure",
        "3.0 and 3.1 differ",
        "/openapi",
    ),
    Hostile(
        "swagger-2.0",
        "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n",
        1,
        "structure",
        "swagger 2.0 file",
    ),
    Hostile("long-key", HEAD + "x-" + "k" * 50_000 + ": 1\n", 3, "yaml", "expected ':'"),
    Hostile(
        "long-dangling-ref",
        SCHEMAS + "    A: {$ref: '#/" + "k" * 50_000 + "'}\n",
        14,
        "ref",
        "points at nothing",
        "/components/schemas/A/$ref",
    ),
]


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


Run = subprocess.CompletedProcess[str]


def lint(path: Path) -> Run:
    """Run the real command on ``path`` with bounded memory and a hang guard."""
    return subprocess.run(
        [*CLI, "lint", str(path), "--error-schema", ERROR_SCHEMA],
        capture_output=True,
        text=True,
        check=False,
        timeout=HANG_GUARD,
        preexec_fn=_limit_memory,
    )


def write(tmp_path: Path, hostile: Hostile) -> Path:
    path = tmp_path / f"{hostile.name}.yaml"
    if isinstance(hostile.content, bytes):
        path.write_bytes(hostile.content)
    else:
        path.write_text(hostile.content, encoding="utf-8")
    return path


def assert_one_located_line(output: str, path: Path, hostile: Hostile) -> None:
    """Exactly one problem line, for this file, at this line, with its rule and pointer."""
    where = f"{path}:{hostile.line}" if hostile.line is not None else str(path)
    assert output.startswith(f"{where}: [{hostile.rule}] "), output
    assert hostile.says in output, output
    if hostile.pointer:
        assert f"(at #{hostile.pointer}" in output, output
    assert len(output) < SHORT_LINE, output


@pytest.fixture(scope="module")
def linted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Run]]:
    """Every hostile file, written and linted once; the runs overlap to keep the suite short."""
    folder = tmp_path_factory.mktemp("hostile")
    paths = {hostile.name: write(folder, hostile) for hostile in HOSTILE}
    with ThreadPoolExecutor(max_workers=4) as pool:
        runs = dict(zip(paths, pool.map(lint, paths.values()), strict=True))
    return {name: (paths[name], runs[name]) for name in paths}


@pytest.mark.parametrize("hostile", HOSTILE, ids=[h.name for h in HOSTILE])
def test_lint_answers_one_located_line(
    linted: dict[str, tuple[Path, Run]], hostile: Hostile
) -> None:
    path, result = linted[hostile.name]
    assert "Traceback" not in result.stdout + result.stderr, result.stderr[-2000:]
    assert result.returncode == 1, result.stderr[-2000:]
    problem, summary = result.stdout.splitlines()
    assert summary == "lint: 1 spec, 1 problem(s)"
    assert_one_located_line(problem, path, hostile)


@pytest.mark.parametrize("hostile", HOSTILE, ids=[h.name for h in HOSTILE])
def test_generate_refuses_with_the_same_line(tmp_path: Path, hostile: Hostile) -> None:
    path = write(tmp_path, hostile)
    api = dataclasses.replace(get_api("ringme"), spec_file=path, error_schema=ERROR_SCHEMA)
    with pytest.raises(GenerationError) as caught:
        bundle_spec(api)
    (line,) = caught.value.lines
    assert_one_located_line(line, path, hostile)


def test_a_directory_and_a_missing_file_are_named(tmp_path: Path) -> None:
    missing = tmp_path / "absent.yaml"
    for path, says in ((tmp_path, "Is a directory"), (missing, "No such file or directory")):
        result = lint(path)
        assert result.returncode == 1
        assert "Traceback" not in result.stderr
        assert result.stdout.splitlines()[0] == f"{path}: [read] {says}"


def test_a_device_is_not_read(tmp_path: Path) -> None:
    result = lint(Path("/dev/zero"))
    assert result.returncode == 1
    assert result.stdout.splitlines()[0] == "/dev/zero: [read] not a regular file"


def test_a_spec_over_the_size_limit_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    """5 MB: the real Marketplace spec padded with comments (the limit is on bytes)."""
    path = tmp_path / "big.yaml"
    text = get_api("marketplace").spec_path.read_text(encoding="utf-8")
    padding = "# " + "x" * 98 + "\n"
    path.write_text(text + padding * ((5_000_000 - len(text)) // len(padding)), encoding="utf-8")
    result = lint(path)
    assert result.returncode == 1
    size = path.stat().st_size
    assert result.stdout.splitlines()[0] == (
        f"{path}: [size] {size:,} bytes is over the {MAX_SPEC_BYTES // 2**20} MiB limit for specs "
        "(see docs/spec-conventions.md)"
    )


def test_a_large_realistic_spec_below_the_limit_lints_clean(tmp_path: Path) -> None:
    """The Marketplace spec and a renamed copy (twice the biggest real spec) lint clean."""
    path = write_scaled_spec(
        get_api("marketplace").spec_path,
        1,
        tmp_path / "openapi.yaml",
        keep=MARKETPLACE_ERROR_SCHEMAS,
    )
    result = subprocess.run(
        [*CLI, "lint", "--no-spectral", str(path), "--error-schema", "ProblemDetails"],
        capture_output=True,
        text=True,
        check=False,
        timeout=HANG_GUARD,
        preexec_fn=_limit_memory,
    )
    assert result.stdout == "lint: 1 spec, 0 problem(s)\n", result.stdout[-2000:]


def test_aliases_within_the_limits_are_read_and_bundled_without_them(tmp_path: Path) -> None:
    spec = minimal_spec()
    path = write_spec(tmp_path, spec)
    text = path.read_text(encoding="utf-8").replace(
        "info:\n", "x-shared: &shared {a: 1}\nx-again: *shared\nx-word: &w hi\nx-w: *w\ninfo:\n", 1
    )
    path.write_text(text, encoding="utf-8")
    api = dataclasses.replace(get_api("ringme"), spec_file=path, error_schema=ERROR_SCHEMA)
    bundle = bundle_spec(api)
    assert bundle.document["x-again"] == {"a": 1}
    assert bundle.document["x-w"] == "hi"
    assert not re.search(r"[&*]id\d", bundle.yaml_text)
