"""Structural validation: the OpenAPI 3.1 schema, through openapi-spec-validator.

The document is validated without dereferencing, so circular models stay intact (prance's
resolving parser either fails on cycles or inlines them). openapi-spec-validator gets the
loader's data itself. It used to be reached through prance's BaseParser, which takes only text
and parsed the file a second time, with ruamel's pure-Python YAML: 60 % of lint's time on a
large spec, under YAML 1.2 rules that read some scalars differently from the loader, and with
none of the loader's limits on aliases and depth (issue #11). prance added nothing else: its
BaseParser only picks openapi-spec-validator's ``validate`` by version.

When the document is invalid, openapi-spec-validator is asked for every error.
It checks each schema object on its own and then reports paths relative to that schema, so
schema objects are first checked here against the JSON Schema 2020-12 meta-schema, where their
place in the document is known. ``$ref``s are checked first (``references.py``), because the
validator reports bad ones without a place or recurses forever on some cycles.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from jsonschema import Draft202012Validator

from ..openapi_walk import iter_schema_sites, join
from ..problems import Problem
from ..specfile import SpecFile
from .references import check_references

if TYPE_CHECKING:
    from openapi_spec_validator import OpenAPIV31SpecValidator

__all__ = ["check_structure"]

_DUPLICATE_ID = re.compile(r"for '(?P<method>[a-z]+)' in '(?P<path>[^']+)' is not unique")
_META_SCHEMA = Draft202012Validator(Draft202012Validator.META_SCHEMA)


def _schema_object_problems(spec: SpecFile) -> Iterator[Problem]:
    for pointer, schema in iter_schema_sites(spec.data):
        # Only this object's own keywords: nested schemas are visited as sites themselves.
        for error in _META_SCHEMA.iter_errors(schema):
            location = join(pointer, *error.absolute_path)
            if location == pointer or len(error.absolute_path) == 1:
                yield spec.problem("structure", location, error.message)


def _validator(spec: SpecFile) -> OpenAPIV31SpecValidator:
    """openapi-spec-validator for ``spec``.

    Imported here because importing it takes a second, which a file refused before validation
    (most hostile ones) should not pay.
    """
    from openapi_spec_validator import OpenAPIV31SpecValidator  # noqa: PLC0415 - see above

    return OpenAPIV31SpecValidator(spec.data)


def _validator_details(spec: SpecFile) -> Iterator[Exception]:
    """Yield openapi-spec-validator's errors until it has no more or trips over the document.

    Its per-keyword checks assume the shapes its first, schema-level pass already rejected and
    can raise (KeyError, TypeError) on them; by then the located errors have been yielded.
    """
    errors = _validator(spec).iter_errors()
    while True:
        try:
            yield next(errors)
        except StopIteration:
            return
        except Exception:  # see the docstring: the errors so far describe the document
            return


def _validator_problems(spec: SpecFile, already: set[str]) -> Iterator[Problem]:
    for detail in _validator_details(spec):
        if not hasattr(detail, "message") or detail.message in already:
            continue
        duplicate = _DUPLICATE_ID.search(detail.message)
        if duplicate:
            pointer = join("/paths", duplicate["path"], duplicate["method"], "operationId")
        else:
            pointer = join("", *getattr(detail, "absolute_path", ()))
        # jsonschema appends the failing schema and instance; the pointer already says where.
        message = str(detail.message).split("\n\nFailed validating", 1)[0]
        yield spec.problem("structure", pointer, message)


def _version_problem(spec: SpecFile) -> Problem | None:
    """Say plainly when the file is not OpenAPI 3.1 (3.0, Swagger 2.0, an unquoted number)."""
    version = spec.data.get("openapi")
    if isinstance(version, str) and version.startswith("3.1."):
        return None
    if version is None:
        found = "swagger 2.0 file" if "swagger" in spec.data else "file without an 'openapi' field"
        return spec.problem("structure", "", f"this is a {found}; specs are OpenAPI 3.1.x")
    if isinstance(version, float | int):
        message = f"openapi: {version} is read as a number; write openapi: 3.1.0 (a string)"
    else:
        message = f"openapi must be 3.1.x, not {str(version)[:40]!r}"
        if str(version).startswith("3.0"):
            message += " (3.0 and 3.1 differ: nullable, exclusiveMinimum, examples)"
    return spec.problem("structure", "/openapi", message)


def check_structure(spec: SpecFile) -> Iterator[Problem]:
    """Yield one problem per structural error; nothing when the spec is a valid 3.1 document."""
    version = _version_problem(spec)
    if version is not None:
        yield version
        return
    references = list(check_references(spec))
    if references:
        yield from references
        return
    try:
        first: Exception | None = next(_validator(spec).iter_errors(), None)
    except Exception as error:  # a check that trips over a shape an earlier one let through
        first = error
    if first is not None:
        found = list(_schema_object_problems(spec))
        found += _validator_problems(spec, {problem.message for problem in found})
        if not found:
            first_line = (str(first).strip().splitlines() or [type(first).__name__])[0]
            found = [spec.problem("structure", "", first_line)]
        yield from found
