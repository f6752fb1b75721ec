"""Times as the platform writes them: UTC, milliseconds, ``Z`` (``2024-11-04T10:15:30.000Z``).

They are stored as naive UTC ``DateTime`` columns; the servicer's clock is injectable so that
tests can move past the seven days after which an invitation expires.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

__all__ = ["Clock", "parse_wire", "system_clock", "to_wire"]

Clock = Callable[[], datetime]
"""Returns the current time as a naive UTC datetime."""


def system_clock() -> datetime:
    """The machine's time, naive UTC, truncated to milliseconds as the wire form carries."""
    now = datetime.now(UTC).replace(tzinfo=None)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


def to_wire(value: datetime | None) -> str | None:
    """``2024-11-04T10:15:30.000Z`` for a stored time (None stays None)."""
    if value is None:
        return None
    return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


def parse_wire(text: str) -> datetime:
    """A naive UTC datetime from an ISO 8601 string; ValueError when it is not one."""
    parsed = datetime.fromisoformat(text)
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed
