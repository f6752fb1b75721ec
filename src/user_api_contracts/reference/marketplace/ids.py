"""New ids in the platform's formats: ``USR-dddd-dddd``, ``AUSR-dddd-dddd-dddd`` ….

The digits are random (as the platform's are), drawn again on the rare collision with an id
already stored, so an id never says how many resources exist.
"""

from __future__ import annotations

import secrets

from sqlalchemy import Column, select
from sqlalchemy.engine import Connection

__all__ = ["new_id"]


def new_id(connection: Connection, column: Column[str], prefix: str, groups: int) -> str:
    """A fresh ``prefix-dddd-…`` with ``groups`` groups of four digits, unused in ``column``."""
    while True:
        digits = "-".join(f"{secrets.randbelow(10_000):04d}" for _ in range(groups))
        candidate = f"{prefix}-{digits}"
        if connection.execute(select(column).where(column == candidate)).first() is None:
            return candidate
