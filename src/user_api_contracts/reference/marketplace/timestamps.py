"""Times as the platform writes them: UTC, milliseconds, ``Z`` (``2024-11-04T10:15:30.000Z``).

They are stored as naive UTC ``DateTime`` columns; the servicer's clock is injectable so that
tests can move past the seven days after which an invitation expires.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

__all__ = ["Clock", "parse_wire", "stored_form", "system_clock", "to_wire"]

Clock = Callable[[], datetime]
"""Returns the current time as a naive UTC datetime."""


def system_clock() -> datetime:
    """The machine's time, naive UTC, truncated to milliseconds as the wire form carries."""
    now = datetime.now(UTC).replace(tzinfo=None)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


def to_wire(value: datetime | str | None) -> str | None:
    """``2024-11-04T10:15:30.000Z`` for a stored time (None stays None).

    Takes a datetime (through SQLAlchemy) or the stored text ``2024-11-04 10:15:30.000000``
    (through the DB-API connection, which does not convert).
    """
    if value is None:
        return None
    if isinstance(value, str):
        return f"{value[:10]}T{value[11:19]}.{value[20:23] or '000'}Z"
    return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


def stored_form(value: datetime) -> str:
    """The text SQLAlchemy's SQLite ``DateTime`` stores, to compare with on a raw connection."""
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def parse_wire(text: str) -> datetime:
    """A naive UTC datetime from an ISO 8601 string; ValueError when it is not one."""
    parsed = datetime.fromisoformat(text)
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed
