"""Fixtures every client-driven module shares."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from user_api_contracts.reference.passwords import TEST_PARAMETERS, hashing_with


@pytest.fixture(scope="module", autouse=True)
def _cheap_password_hashing() -> Iterator[None]:
    """Argon2id at its cheapest cost while a module runs, as in tests/contract.

    The cases set passwords (RingMe users, Marketplace set-password) by the hundred; at the
    memory-hard defaults each costs about 110 ms. What is stored is still an Argon2id hash.
    """
    with hashing_with(TEST_PARAMETERS):
        yield
