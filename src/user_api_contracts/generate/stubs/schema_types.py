"""Translate JSON Schemas of a bundled spec into Python type annotations and models.

Objects become ``TypedDict``s (functional form, so that wire names such as ``$meta`` and
``@type`` stay keys), enums become ``Literal`` aliases, and component references become
quoted forward references, which keeps circular models expressible without reordering.
Annotations are returned as source text; the models they name are collected as
:mod:`.objects` values for the templates to write.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field
from typing import Any

from ...openapi_walk import resolve_local_ref
from .objects import AliasModel, Field, Model, ObjectModel

__all__ = ["TypeWriter", "pascal_case"]

_PREFIX = "#/components/schemas/"
_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}


def pascal_case(text: str) -> str:
    """``client_users_list`` / ``current-account`` / ``$meta`` -> ``ClientUsersList`` etc."""
    words = re.findall(r"[A-Za-z0-9]+", text)
    name = "".join(word[:1].upper() + word[1:] for word in words) or "Value"
    return name if not name[0].isdigit() else f"N{name}"


def _class_name(component: str) -> str:
    name = pascal_case(component) if not component.isidentifier() else component
    return f"{name}_" if keyword.iskeyword(name) else name


@dataclass
class TypeWriter:
    """Collects the models that annotations name while annotations are asked for."""

    document: dict[str, Any]
    _models: dict[str, Model | None] = field(default_factory=dict)
    """By name, in definition order; ``None`` while a model is being built (it may recurse)."""

    def models(self) -> tuple[Model, ...]:
        """Every model defined so far, in definition order."""
        return tuple(model for model in self._models.values() if model is not None)

    def component_names(self) -> list[str]:
        """Names of the component schemas, in document order."""
        return list((self.document.get("components") or {}).get("schemas", {}))

    def define_components(self) -> None:
        """Define one model per component schema."""
        for name in self.component_names():
            schema = self.document["components"]["schemas"][name]
            self._define(_class_name(name), schema)

    def _unique(self, wanted: str) -> str:
        taken = set(self._models) | {_class_name(n) for n in self.component_names()}
        name, counter = wanted, 2
        while name in taken:
            name, counter = f"{wanted}{counter}", counter + 1
        return name

    def _define(self, name: str, schema: Any) -> None:
        if name in self._models:
            return
        self._models[name] = None  # reserve: a recursive schema refers to itself
        description = schema.get("description") if isinstance(schema, dict) else None
        description = description if isinstance(description, str) else ""
        model: Model
        if _is_object_with_properties(schema):
            fields = self._fields(name, schema)
            model = ObjectModel(name=name, description=description, fields=fields)
        else:
            annotation = self.annotation(schema, name)
            model = AliasModel(name=name, description=description, annotation=annotation)
        self._models[name] = model

    def _fields(self, name: str, schema: dict[str, Any]) -> tuple[Field, ...]:
        required = set(schema.get("required") or [])
        return tuple(
            Field(
                key=key,
                annotation=self.annotation(child, f"{name}{pascal_case(key)}"),
                required=key in required,
            )
            for key, child in schema["properties"].items()
        )

    def annotation(self, schema: Any, hint: str) -> str:
        """The Python annotation (unquoted text) for ``schema``; ``hint`` names inline objects."""
        if not isinstance(schema, dict):
            return "Any"
        ref = schema.get("$ref")
        if isinstance(ref, str):
            if ref.startswith(_PREFIX):
                return _class_name(ref[len(_PREFIX) :])
            target, _ = resolve_local_ref(self.document, schema)
            return self.annotation(target, hint)
        if "const" in schema:
            return f"Literal[{schema['const']!r}]"
        if isinstance(schema.get("enum"), list):
            values = schema["enum"]
            literals = [repr(value) for value in values if value is not None]
            members = [f"Literal[{', '.join(literals)}]"] if literals else []
            if None in values or "null" in _types(schema):
                members.append("None")
            return " | ".join(members) or "None"
        for keyword_name in ("anyOf", "oneOf"):
            if isinstance(schema.get(keyword_name), list):
                branches = schema[keyword_name]
                members = [
                    self.annotation(branch, f"{hint}{index}" if len(branches) > 1 else hint)
                    for index, branch in enumerate(branches)
                ]
                return _union(members)
        if isinstance(schema.get("allOf"), list):
            branches = schema["allOf"]
            if len(branches) == 1:
                return self.annotation(branches[0], hint)
            return "dict[str, Any]"
        kinds = _types(schema)
        if not kinds:
            if _is_object_with_properties(schema):
                kinds = ["object"]
            else:
                return "Any"
        return _union([self._single(kind, schema, hint) for kind in kinds])

    def _single(self, kind: str, schema: dict[str, Any], hint: str) -> str:
        if kind == "string" and (schema.get("format") == "binary" or "contentMediaType" in schema):
            return "UploadedFile"
        if kind in _SCALARS:
            return _SCALARS[kind]
        if kind == "array":
            items = schema.get("items")
            item = self.annotation(items, f"{hint}Item") if isinstance(items, dict) else "Any"
            return f"list[{item}]"
        if kind == "object":
            if _is_object_with_properties(schema):
                name = self._unique(hint)
                self._define(
                    name,
                    {key: v for key, v in schema.items() if key != "type"} | {"type": "object"},
                )
                return name
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                return f"dict[str, {self.annotation(extra, f'{hint}Value')}]"
            return "dict[str, Any]"
        return "Any"


def _types(schema: dict[str, Any]) -> list[str]:
    kind = schema.get("type")
    if isinstance(kind, str):
        return [kind]
    if isinstance(kind, list):
        return [str(item) for item in kind]
    return []


def _is_object_with_properties(schema: Any) -> bool:
    if not isinstance(schema, dict) or not isinstance(schema.get("properties"), dict):
        return False
    kinds = _types(schema)
    return not kinds or ("object" in kinds and len([k for k in kinds if k != "null"]) == 1)


def _union(members: list[str]) -> str:
    unique: list[str] = []
    for member in members:
        for part in member.split(" | ") if "[" not in member else [member]:
            if part not in unique:
                unique.append(part)
    if "Any" in unique:
        return "Any"
    # None last reads naturally: `User | None`.
    unique.sort(key=lambda part: part == "None")
    return " | ".join(unique)
