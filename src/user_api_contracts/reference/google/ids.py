"""Decimal-string int64 ids (Google's wire form) turned into database integers.

The specs give these ids `format: int64`, but a string format carries no range for JSON Schema
tools, so a 30-digit id reaches the servicer. Such an id names nothing: it is answered like an
unknown one (the error given), and never handed to SQLite, whose integers it would overflow.
"""

from __future__ import annotations

from collections.abc import Callable

from user_api_contracts.runtime import ApiError

__all__ = ["INT64_MAX", "int64_id"]

INT64_MAX = 2**63 - 1


def int64_id(value: str, *, unknown: Callable[[str], ApiError]) -> int:
    """``value`` as an int, or raise ``unknown(value)`` when it is outside the int64 range."""
    if len(value) > 20:  # int64 has at most 19 digits and a sign; int() refuses 4,300+
        raise unknown(value)
    number = int(value)
    if not -INT64_MAX - 1 <= number <= INT64_MAX:
        raise unknown(value)
    return number
