"""What an API's generated output depends on, and one digest of it for skipping unchanged APIs.

The pipeline skips an API when this digest still matches the manifest, so every file that can
change the output must be in it, or an edit gives a stale "up to date". The generator's own
files are therefore derived, not listed by hand: every file of the ``generate`` package
(templates included) and every project module they import, followed transitively. Imports are
read from the source text, without importing anything: a warm run must not pay for importing
the generators (openapi-python-client alone costs more than a whole warm run).
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from importlib.metadata import version
from pathlib import Path

from ..apis import REPO_ROOT, Api
from ..problems import display_path

__all__ = [
    "CLIENT_CONFIG_DIR",
    "CLIENT_TEMPLATE_DIR",
    "TOOLS",
    "generator_sources",
    "inputs_digest",
]

CLIENT_CONFIG_DIR = REPO_ROOT / "codegen" / "clients"
CLIENT_TEMPLATE_DIR = REPO_ROOT / "codegen" / "client-templates"
# Distributions whose version shapes the output (the runtime is imported by stubs, not copied).
TOOLS = ("openapi-python-client", "ruff", "prance", "openapi-spec-validator", "pyyaml", "jinja2")

_ModuleFiles = Callable[[tuple[str, ...]], tuple[Path, ...]]
_PACKAGE_DIR = Path(__file__).resolve().parents[1]
_SOURCE_ROOT = _PACKAGE_DIR.parent
_GENERATE_DIR = _PACKAGE_DIR / "generate"
# An import of a project module at the start of a line (relative, or by the package's name),
# parenthesised names included. Read from the text, not with ``ast``: parsing and walking the
# trees took about 0.2 s of a 0.5 s warm run (measured on 2 busy cores); this takes ~20 ms.
_PROJECT = rf"(?:\.+|{re.escape(_PACKAGE_DIR.name)}\b)[\w.]*"
_IMPORT = re.compile(
    rf"^[ \t]*(?:from[ \t]+(?P<source>{_PROJECT})[ \t]+import[ \t]+(?P<names>\([^)]*\)|[^\n#]*)"
    rf"|import[ \t]+(?P<modules>{_PROJECT}(?:[ \t]*,[^\n#]*)?))",
    re.MULTILINE,
)


def generator_sources() -> list[Path]:
    """Every file of the ``generate`` package and every project module it imports, sorted."""
    found = {path for path in _GENERATE_DIR.rglob("*") if path.is_file() and _is_source(path)}
    pending = [path for path in found if path.suffix == ".py"]
    module_files = functools.cache(_module_files)  # for this walk only: files come and go
    while pending:
        for imported in _imported_files(pending.pop(), module_files):
            if imported not in found:
                found.add(imported)
                pending.append(imported)
    return sorted(found)


def inputs_digest(api: Api, generator_files: Iterable[Path]) -> str:
    """A digest of everything ``api``'s output depends on (``generator_sources()`` included)."""
    digest = hashlib.sha256()
    sources = [api.spec_path, CLIENT_CONFIG_DIR / f"{api.name}.yaml"]
    sources += sorted(CLIENT_TEMPLATE_DIR.rglob("*"))
    sources += generator_files
    for path in sources:
        if path.is_file():
            digest.update(display_path(path).encode())
            digest.update(path.read_bytes())
    for tool in TOOLS:
        digest.update(f"{tool}=={version(tool)}".encode())
    return digest.hexdigest()


def _is_source(path: Path) -> bool:
    return "__pycache__" not in path.parts and path.suffix not in (".pyc", ".pyo")


def _imported_files(module: Path, module_files: _ModuleFiles) -> Iterator[Path]:
    """The project's files that importing ``module`` runs: targets and their packages."""
    package = module.parent.relative_to(_SOURCE_ROOT).parts
    for match in _IMPORT.finditer(module.read_text(encoding="utf-8")):
        if match["modules"] is not None:
            for name in _names(match["modules"]):
                yield from module_files(tuple(name.split(".")))
            continue
        source = match["source"]
        dots = len(source) - len(source.lstrip("."))
        target = tuple(part for part in source[dots:].split(".") if part)
        if dots:
            target = (*package[: len(package) - dots + 1], *target)
        yield from module_files(target)
        for name in _names(match["names"]):  # `from . import models` may name a submodule
            yield from module_files((*target, name))


def _names(imported: str) -> list[str]:
    """The imported names of ``(a as b, c)`` or ``a as b, c``: ``["a", "c"]``."""
    parts = imported.strip("()").split(",")
    return [part.split()[0] for part in parts if part.strip()]


def _module_files(dotted: tuple[str, ...]) -> tuple[Path, ...]:
    """The file of project module ``dotted`` and the ``__init__.py`` of each package above it.

    Nothing for a module outside the project, or a name that is no module (``from .x import f``
    asks for ``x.f`` too, in case it is a submodule).
    """
    if dotted[:1] != (_PACKAGE_DIR.name,):
        return ()
    directory = _SOURCE_ROOT.joinpath(*dotted)
    module = directory.with_suffix(".py")
    if not module.is_file():
        module = directory / "__init__.py"
    if not module.is_file():
        return ()
    packages = (
        _SOURCE_ROOT.joinpath(*dotted[:depth], "__init__.py") for depth in range(1, len(dotted))
    )
    return (module, *(init for init in packages if init.is_file()))
