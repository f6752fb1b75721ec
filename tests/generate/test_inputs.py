"""The digest that lets `generate` skip an API covers every file the generators run or read."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from user_api_contracts.generate.inputs import generator_sources

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "user_api_contracts"

_LOADED_BY_GENERATING = """
import json, sys
import user_api_contracts.generate.pipeline, user_api_contracts.generate.bundle
import user_api_contracts.generate.clients, user_api_contracts.generate.stubs
print(json.dumps(sorted(
    module.__file__ for name, module in sys.modules.items()
    if name.startswith("user_api_contracts") and getattr(module, "__file__", None)
)))
"""


def test_every_project_module_the_generators_import_is_hashed() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _LOADED_BY_GENERATING], capture_output=True, text=True, check=True
    )
    loaded = {Path(name).resolve() for name in json.loads(result.stdout)}
    assert loaded - set(generator_sources()) == set()


def test_every_template_is_hashed() -> None:
    templates = {path for path in (PACKAGE / "generate").rglob("*.jinja")}
    assert templates
    assert templates <= set(generator_sources())


def test_the_runtime_and_the_servers_are_not_inputs() -> None:
    """Stubs import the runtime when they run; its code never shapes what is generated."""
    hashed = {path.relative_to(PACKAGE).parts[0] for path in generator_sources()}
    assert hashed.isdisjoint({"runtime", "reference", "cli.py"})
