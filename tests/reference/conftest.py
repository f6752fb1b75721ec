"""A fresh seeded in-memory reference server per test."""

from __future__ import annotations

import pytest

from user_api_contracts.reference.server import ReferenceServer, build_server


@pytest.fixture
def server() -> ReferenceServer:
    return build_server(None, seed=True)
