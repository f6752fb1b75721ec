"""Shared fixtures: one fresh generation of every API per test session, in a scratch root."""

from __future__ import annotations

from pathlib import Path

import pytest

from user_api_contracts.apis import APIS
from user_api_contracts.generate.pipeline import generate_apis


@pytest.fixture(scope="session")
def fresh_generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """generated/ as the specs produce it now (a cold, forced run into a temporary root)."""
    root = tmp_path_factory.mktemp("fresh") / "generated"
    generate_apis(APIS, root=root, force=True, progress=lambda _: None)
    return root
