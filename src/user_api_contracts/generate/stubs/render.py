"""Write one API's stub package: the parsed :class:`.objects.StubPackage` through the templates.

Every module comes from a Jinja template in ``templates/`` (one per file, shared pieces in
``macros.jinja``); this module holds only the environment and the two text helpers the
templates need. The pipeline formats the output with the pinned ruff afterwards, so a template
is written to be read, and the formatter settles the line breaks.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

import jinja2

from ...apis import Api
from ..bundle import Bundle
from .objects import StubPackage
from .parser import parse_stub_package

__all__ = ["generate_stub", "render_stub_files"]

TEMPLATES = Path(__file__).parent / "templates"
# Modules of the package, each rendered from ``<name>.jinja``.
_MODULES = ("__init__.py", "models.py", "params.py", "servicer.py", "app.py")
# Leaves room for the indent within ruff's line length of 100, as the docstrings always had.
_DOCSTRING_WIDTH = 92


def docstring(text: str, indent: str) -> str:
    """``text`` as a triple-quoted docstring at ``indent``, paragraphs wrapped, no newline after."""
    text = text.strip().replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    lines = []
    for paragraph in text.split("\n"):
        lines.extend(textwrap.wrap(paragraph, width=_DOCSTRING_WIDTH - len(indent)) or [""])
    body = "\n".join(f"{indent}{line}" if line else "" for line in lines[1:])
    first = lines[0]
    if not body:
        return f'{indent}"""{first}"""'
    return f'{indent}"""{first}\n{body}\n{indent}"""'


def first_paragraph(text: str) -> str:
    """A schema description's first paragraph: the rest stays in the spec."""
    return text.split("\n\n", maxsplit=1)[0]


_ENVIRONMENT = jinja2.Environment(
    loader=jinja2.FileSystemLoader(TEMPLATES),
    autoescape=False,  # the output is Python and TOML, not markup
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)
_ENVIRONMENT.filters.update(pyrepr=repr, docstring=docstring, first_paragraph=first_paragraph)


def _render(template: str, package: StubPackage) -> str:
    return _ENVIRONMENT.get_template(template).render(package=package)


def render_stub_files(package: StubPackage, document: dict[str, Any]) -> dict[str, str]:
    """Every file of the stub project, by its path relative to the project root."""
    root = package.package_name
    files = {"pyproject.toml": _render("pyproject.toml.jinja", package)}
    files |= {f"{root}/{module}": _render(f"{module}.jinja", package) for module in _MODULES}
    files[f"{root}/spec.json"] = json.dumps(document, indent=1, ensure_ascii=False) + "\n"
    files[f"{root}/py.typed"] = ""
    return files


def generate_stub(api: Api, bundle: Bundle, output: Path) -> None:
    """Write ``api``'s stub project into ``output`` (created; must not exist yet)."""
    package = parse_stub_package(api, bundle.document)
    (output / package.package_name).mkdir(parents=True)
    for relative, text in render_stub_files(package, bundle.document).items():
        (output / relative).write_text(text, encoding="utf-8")
