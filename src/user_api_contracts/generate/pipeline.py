"""Run bundle -> client -> stubs per API into generated/, atomically, skipping unchanged APIs.

Each API is generated into a staging directory beside generated/ and moved into place only when
every step succeeded, so a failure leaves generated/ as it was. ``generated/manifest.json``
records a digest of each API's inputs (spec, generator config and code, tool versions) and of
each output file: when both still match, the API is skipped, which makes a warm run a matter
of hashing files.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..apis import REPO_ROOT, Api
from .errors import GenerationError
from .inputs import generator_sources, inputs_digest

__all__ = ["GENERATED", "Progress", "check_generated", "generate_apis", "output_parts"]

GENERATED = REPO_ROOT / "generated"
MANIFEST = "manifest.json"
Progress = Callable[[str], None]
# What installing or checking a generated package leaves inside it (pdm-backend's editable
# build, caches); not output of the generator, and ignored by git too.
_TOOL_LITTER = frozenset(
    {"__pycache__", ".pdm-build", ".mypy_cache", ".ruff_cache", ".pytest_cache"}
)


def output_parts(api: Api) -> tuple[str, ...]:
    """The paths under generated/ that belong to ``api``."""
    return (
        f"openapi/{api.name}.openapi.yaml",
        f"openapi/{api.name}.openapi.json",
        f"clients/{api.name}",
        f"stubs/{api.name}",
        f"openapi/{api.name}.openapi30.yaml",
        f"openapi/{api.name}.openapi30.json",
    )


def _files(root: Path, parts: Iterable[str]) -> dict[str, str]:
    """sha256 of every file under ``root`` that belongs to ``parts``, keyed by relative path."""
    found: dict[str, str] = {}
    for part in parts:
        path = root / part
        candidates = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in candidates:
            if file.exists() and not _TOOL_LITTER.intersection(file.relative_to(root).parts):
                digest = hashlib.sha256(file.read_bytes()).hexdigest()
                found[file.relative_to(root).as_posix()] = digest
    return found


def _read_manifest(root: Path) -> dict[str, dict[str, object]]:
    try:
        data = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_manifest(root: Path, manifest: dict[str, dict[str, object]]) -> None:
    text = json.dumps(dict(sorted(manifest.items())), indent=2, sort_keys=True) + "\n"
    temporary = root / f".{MANIFEST}.tmp"
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(root / MANIFEST)


@dataclass(frozen=True)
class _Step:
    name: str
    run: Callable[[], None]


def _generate_into(api: Api, staging: Path, progress: Progress) -> None:
    # Imported here: a warm run (everything up to date) needs none of them.
    from .bundle import Bundle, bundle_spec
    from .clients import generate_client
    from .formatting import format_python
    from .openapi30 import convert_bundle
    from .stubs import generate_stub

    bundle_holder: dict[str, Bundle] = {}

    def bundle() -> None:
        result = bundle_spec(api)
        (staging / "openapi").mkdir(parents=True)
        (staging / output_parts(api)[0]).write_text(result.yaml_text, encoding="utf-8")
        (staging / output_parts(api)[1]).write_text(result.json_text, encoding="utf-8")
        bundle_holder["bundle"] = result

    def openapi30() -> None:  # after bundling, from the bundle: the same source, 3.0's words
        result = convert_bundle(api, bundle_holder["bundle"])
        (staging / output_parts(api)[4]).write_text(result.yaml_text, encoding="utf-8")
        (staging / output_parts(api)[5]).write_text(result.json_text, encoding="utf-8")

    def client() -> None:
        (staging / "clients").mkdir()
        bundle_path = staging / output_parts(api)[0]
        generate_client(api, bundle_path, bundle_holder["bundle"], staging / output_parts(api)[2])

    def stubs() -> None:
        output = staging / output_parts(api)[3]
        generate_stub(api, bundle_holder["bundle"], output)
        format_python(output)

    steps = (
        _Step("bundle", bundle),
        _Step("3.0", openapi30),
        _Step("client", client),
        _Step("stubs", stubs),
    )
    for step in steps:
        started = time.perf_counter()
        step.run()
        progress(f"[{api.name}] {step.name:<6} ok ({time.perf_counter() - started:.2f} s)")


def _install(api: Api, staging: Path, root: Path) -> None:
    """Move the staged outputs over the old ones (each part replaced whole)."""
    for part in output_parts(api):
        target = root / part
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
        (staging / part).replace(target)


def generate_apis(
    apis: Sequence[Api], *, root: Path = GENERATED, force: bool = False, progress: Progress = print
) -> None:
    """Generate ``apis`` into ``root``; GenerationError (nothing of that API written) on failure."""
    root.mkdir(parents=True, exist_ok=True)
    manifest = _read_manifest(root)
    generator_files = generator_sources()
    for api in apis:
        digest = inputs_digest(api, generator_files)
        entry = manifest.get(api.name, {})
        if (
            not force
            and entry.get("inputs") == digest
            and entry.get("files") == _files(root, output_parts(api))
        ):
            progress(f"[{api.name}] up to date")
            continue
        with tempfile.TemporaryDirectory(prefix=".staging-", dir=root) as staging:
            try:
                _generate_into(api, Path(staging), progress)
            except GenerationError as error:
                raise GenerationError(
                    [f"[{api.name}] failed; generated/ is unchanged", *error.lines]
                ) from None
            _install(api, Path(staging), root)
        manifest[api.name] = {"inputs": digest, "files": _files(root, output_parts(api))}
        _write_manifest(root, manifest)


def check_generated(apis: Sequence[Api], *, progress: Progress = print) -> list[str]:
    """Regenerate into a temporary copy and list how generated/ differs (empty when fresh)."""
    with tempfile.TemporaryDirectory(prefix="user-api-contracts-check-") as scratch:
        fresh = Path(scratch) / "generated"
        generate_apis(apis, root=fresh, force=True, progress=progress)
        differences: list[str] = []
        for api in apis:
            want = _files(fresh, output_parts(api))
            have = _files(GENERATED, output_parts(api))
            for path in sorted(set(want) | set(have)):
                if path not in have:
                    differences.append(f"generated/{path}: missing")
                elif path not in want:
                    differences.append(f"generated/{path}: not produced by the specs")
                elif want[path] != have[path]:
                    differences.append(f"generated/{path}: differs")
        want_manifest, have_manifest = _read_manifest(fresh), _read_manifest(GENERATED)
        for api in apis:
            if want_manifest.get(api.name) != have_manifest.get(api.name):
                differences.append(f"generated/{MANIFEST}: the {api.name} entry differs")
        return differences
