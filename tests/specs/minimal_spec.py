"""A small spec that passes every project rule, for the rule tests to break one way at a time."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

ERROR_SCHEMA = "Error"

_MINIMAL: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Widgets", "version": "1", "description": "A minimal test API."},
    "servers": [{"url": "https://api.example.com/v1"}],
    "tags": [{"name": "widgets", "description": "Widgets."}],
    "paths": {
        "/widgets/{widgetId}": {
            "get": {
                "operationId": "widgets_get",
                "summary": "Get a widget",
                "description": "Returns one widget.",
                "tags": ["widgets"],
                "parameters": [
                    {
                        "name": "widgetId",
                        "in": "path",
                        "required": True,
                        "description": "The widget id.",
                        "schema": {"type": "string", "pattern": "^W-[0-9]{4}$"},
                        "examples": {"one": {"value": "W-0001"}},
                    }
                ],
                "responses": {
                    "200": {
                        "description": "The widget.",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Widget"},
                                "examples": {
                                    "plain": {"value": {"id": "W-0001", "name": "Gear"}},
                                },
                            }
                        },
                    },
                    "404": {"$ref": "#/components/responses/NotFound"},
                },
            },
            "put": {
                "operationId": "widgets_update",
                "summary": "Update a widget",
                "description": "Replaces a widget's name.",
                "tags": ["widgets"],
                "parameters": [
                    {
                        "name": "widgetId",
                        "in": "path",
                        "required": True,
                        "description": "The widget id.",
                        "schema": {"type": "string"},
                    }
                ],
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/Widget"},
                            "examples": {"rename": {"value": {"name": "Cog", "secret": "x"}}},
                        }
                    }
                },
                "responses": {
                    "200": {
                        "description": "The widget.",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}
                        },
                    },
                    "400": {"$ref": "#/components/responses/BadRequest"},
                },
            },
        }
    },
    "components": {
        "schemas": {
            "Widget": {
                "type": "object",
                "description": "A widget, possibly inside another.",
                "required": ["name"],
                "properties": {
                    "id": {"type": "string", "readOnly": True, "description": "Id."},
                    "name": {"type": "string", "description": "Name.", "examples": ["Gear"]},
                    "secret": {"type": "string", "writeOnly": True, "description": "Secret."},
                    "parent": {"$ref": "#/components/schemas/Widget"},
                },
            },
            ERROR_SCHEMA: {
                "type": "object",
                "description": "The error body.",
                "required": ["message"],
                "properties": {"message": {"type": "string", "description": "What went wrong."}},
            },
        },
        "responses": {
            "NotFound": {
                "description": "No such widget.",
                "content": {
                    "application/json": {
                        "schema": {"$ref": f"#/components/schemas/{ERROR_SCHEMA}"},
                        "examples": {"missing": {"value": {"message": "not found"}}},
                    }
                },
            },
            "BadRequest": {
                "description": "Bad input.",
                "content": {
                    "application/json": {"schema": {"$ref": f"#/components/schemas/{ERROR_SCHEMA}"}}
                },
            },
        },
    },
}


def minimal_spec() -> dict[str, Any]:
    """Return a fresh deep copy of the minimal valid spec."""
    return copy.deepcopy(_MINIMAL)


def write_spec(directory: Path, spec: dict[str, Any], name: str = "openapi.yaml") -> Path:
    """Write ``spec`` as block YAML into ``directory`` and return the file's path."""
    path = directory / name
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return path
