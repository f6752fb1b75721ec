"""The typed objects an API is parsed into before any stub source is written.

The parser (``parser.py``) is the only code that reads the OpenAPI document; the templates
only read these objects. Annotations are kept as Python source text, unqualified (``User``):
the models module names its own classes, the other modules qualify them on the way out
(:meth:`StubPackage.qualified`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import ClassVar, Literal, TypeAlias

__all__ = [
    "AliasModel",
    "Body",
    "Field",
    "HttpMethod",
    "Model",
    "ObjectModel",
    "Operation",
    "Parameter",
    "ParameterLocation",
    "StubPackage",
]

HttpMethod: TypeAlias = Literal["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"]
ParameterLocation: TypeAlias = Literal["path", "query", "header", "cookie"]

# A quoted string, or a word: model names are only ever replaced outside string literals.
_ANNOTATION_TOKENS = re.compile(
    r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|\b[A-Za-z_][A-Za-z0-9_]*\b"
)


@dataclass(frozen=True, kw_only=True)
class Field:
    """One key of an object model, by its wire name (``$meta`` stays ``$meta``)."""

    key: str
    annotation: str
    required: bool


@dataclass(frozen=True, kw_only=True)
class ObjectModel:
    """An object schema with properties, written as a functional ``TypedDict``."""

    kind: ClassVar[Literal["object"]] = "object"
    name: str
    description: str
    fields: tuple[Field, ...]


@dataclass(frozen=True, kw_only=True)
class AliasModel:
    """Any other schema (enum, union, array, scalar), written as a ``TypeAlias``."""

    kind: ClassVar[Literal["alias"]] = "alias"
    name: str
    description: str
    annotation: str


Model: TypeAlias = ObjectModel | AliasModel


@dataclass(frozen=True, kw_only=True)
class Parameter:
    """A decoded parameter as the servicer receives it in ``params``."""

    name: str
    location: ParameterLocation
    annotation: str
    always_present: bool
    """Required, or given a default the runtime fills in: the key is then always there."""


@dataclass(frozen=True, kw_only=True)
class Body:
    """The request body a servicer method receives: the union over its media types."""

    annotation: str
    required: bool


@dataclass(frozen=True, kw_only=True)
class Operation:
    """One operation: a servicer method, a params TypedDict and a row of the routing table."""

    operation_id: str
    method: HttpMethod
    path: str
    summary: str
    deprecated: bool
    params_name: str
    parameters: tuple[Parameter, ...]
    body: Body | None
    result: str
    """The body of the last 2xx answer that has one (its first media type), else ``None``."""


@dataclass(frozen=True, kw_only=True)
class StubPackage:
    """Everything the templates need to write one API's stub package."""

    api_name: str
    package_name: str
    servicer_class: str
    error_format: str
    models: tuple[Model, ...]
    """In definition order: each component, then the inline objects it needed, as met."""
    operations: tuple[Operation, ...]

    @cached_property
    def _model_names(self) -> frozenset[str]:
        return frozenset(model.name for model in self.models)

    def qualified(self, annotation: str) -> str:
        """``annotation`` as written outside the models module (``list[models.User]``)."""
        return _ANNOTATION_TOKENS.sub(
            lambda match: f"models.{match[0]}" if match[0] in self._model_names else match[0],
            annotation,
        )
