"""Generate a typed Python client per API with openapi-python-client, and refuse a bad one.

openapi-python-client reports problems as warnings and still exits 0 (measured: an empty client
when paths are file refs; unformatted code when ruff is not on PATH). Here every reported
error or warning fails the step, and the output is checked to hold one module per operation.
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import yaml
from openapi_python_client import generate
from openapi_python_client.config import Config, ConfigFile, MetaType

from ..apis import Api
from ..openapi_walk import iter_operations
from .bundle import Bundle
from .errors import GenerationError
from .formatting import ruff_executable
from .inputs import CLIENT_CONFIG_DIR, CLIENT_TEMPLATE_DIR

__all__ = ["CLIENT_CONFIG_DIR", "CLIENT_TEMPLATE_DIR", "client_package_name", "generate_client"]


def _config_file(api: Api) -> ConfigFile:
    path = CLIENT_CONFIG_DIR / f"{api.name}.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return ConfigFile(**data)
    except (OSError, yaml.YAMLError, TypeError, ValueError) as error:
        reason = " ".join(str(error).split())
        raise GenerationError([f"{path}: [client-config] {reason}"]) from None


def client_package_name(api: Api) -> str:
    """The import name of ``api``'s generated client package."""
    name = _config_file(api).package_name_override
    if not name:
        raise GenerationError([f"{CLIENT_CONFIG_DIR / api.name}.yaml: package_name_override unset"])
    return name


def generate_client(api: Api, bundle_path: Path, bundle: Bundle, output: Path) -> None:
    """Write ``api``'s client project into ``output`` (which must not exist yet)."""
    config_file = _config_file(api)
    ruff = ruff_executable()
    config_file.post_hooks = [
        f"{ruff} check --fix-only --quiet --no-cache .",
        f"{ruff} format --quiet --no-cache .",
    ]
    config = Config.from_sources(
        config_file, MetaType.PDM, bundle_path, "utf-8", overwrite=False, output_path=output
    )
    captured = io.StringIO()
    with contextlib.redirect_stdout(captured):
        errors = generate(config=config, custom_template_path=CLIENT_TEMPLATE_DIR)
    if errors:
        lines = []
        for error in errors:
            detail = " ".join((error.detail or "").split())
            lines.append(f"{bundle_path}: [openapi-python-client] {error.header}: {detail}")
        raise GenerationError(lines)
    package = output / client_package_name(api)
    expected = {operation.node["operationId"] for operation in iter_operations(bundle.document)}
    written = {path.stem for path in (package / "api").glob("*/*.py") if path.stem != "__init__"}
    missing = sorted(expected - written)
    if missing:
        raise GenerationError(
            [
                f"{bundle_path}: [openapi-python-client] no module for operation {op}"
                for op in missing
            ]
        )
    if not (package / "py.typed").exists():
        raise GenerationError([f"{package}: [openapi-python-client] py.typed is missing"])
