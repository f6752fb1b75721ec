"""RingMe's hourly request counter: counted in memory, kept in the database.

RingMe limits each client to a number of requests per hour, shared by all its users (the
servicer picks the key: a client, or the token of a request no client owns), and reports the
count on every answer (``X-RateLimit-*``). Counting used to be one upsert and one commit per
request, a third of the cost of a GET (issue #4's throughput target). Counts are now kept in
memory and written to the database once a second (and on shutdown) in one transaction. That
trades a little durability of this bookkeeping, never of the API's data:

- a crash forgets at most the last second of counting (the client gets that many requests
  more in the hour);
- several processes on one database each add their own counts (the upsert adds deltas) and
  read the others' back at every write, so a process sees the others' counts within a second;
- the first request of a key in a process reads its count from the database;
- keys counted with ``kept=False`` (tokens that resolve to no user) are counted in memory only
  and never written: a stranger sending a million made-up tokens would otherwise add a million
  rows to the database.

The headers a client sees are exact for a single process, which is what the tests check.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Column, Engine, Integer, String, Table, bindparam, select, text

from ..db import METADATA, FastReader

__all__ = ["HourlyCounter", "rate_limits"]

# Keyed per client since the limit became the client's; before, the table ringme_rate_limits
# counted per token digest. Nothing reads that table now (its counts were an hour's worth).
rate_limits = Table(
    "ringme_request_counts",
    METADATA,
    Column("counter_key", String(80), primary_key=True),
    Column("window_start", Integer, nullable=False),
    Column("used", Integer, nullable=False),
)

_STORED = select(rate_limits.c.window_start, rate_limits.c.used).where(
    rate_limits.c.counter_key == bindparam("key")
)
# Add a delta to the key's window; a newer window already stored (by another process) wins
# over an older one being written late.
_ADD = text(
    "INSERT INTO ringme_request_counts (counter_key, window_start, used) "
    "VALUES (:key, :window, :delta) "
    "ON CONFLICT (counter_key) DO UPDATE SET "
    "used = CASE WHEN window_start = excluded.window_start THEN used + excluded.used "
    "WHEN window_start < excluded.window_start THEN excluded.used ELSE used END, "
    "window_start = MAX(window_start, excluded.window_start) "
    "RETURNING window_start, used"
)
_WINDOW_SECONDS = 3600
_FORGET_ABOVE = 10_000  # keys remembered between writes (unknown tokens are counted too)


@dataclass
class _Count:
    window: int
    used: int
    unsaved: int = 0
    kept: bool = True
    """Written to the database (False: counted in this process's memory only)."""


def window_of(now: float) -> int:
    """The start (Unix seconds) of the hourly window ``now`` falls in."""
    return int(now // _WINDOW_SECONDS * _WINDOW_SECONDS)


class HourlyCounter:
    """Requests per key in the current hour, saved at most ``save_every`` s late.

    A key is a client, or the digest of a token no client owns. ``reader`` reads a key's stored
    count on its first request; writes take their own transaction on ``engine``. ``clock``
    times the saves (monotonic; injectable for tests).
    """

    def __init__(
        self,
        engine: Engine,
        reader: FastReader,
        *,
        save_every: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.engine = engine
        self.reader = reader
        self.save_every = save_every
        self.clock = clock
        self._counts: dict[str, _Count] = {}
        self._next_save = clock() + save_every

    def count(self, key: str, now: float, *, kept: bool = True) -> int:
        """Count one request of ``key`` at Unix time ``now``; the window's total, this included.

        ``kept=False`` counts the key in memory only (see the module docstring).
        """
        window = window_of(now)
        entry = self._counts.get(key)
        if entry is None:
            entry = self._load(key, window) if kept else _Count(window, 0, kept=False)
            self._counts[key] = entry
        elif entry.window != window:
            if entry.unsaved:
                self.save()  # the old window's counts first (once an hour per key)
            entry.window, entry.used, entry.unsaved = window, 0, 0
        entry.used += 1
        entry.unsaved += 1
        if self.clock() >= self._next_save:
            self.save()
        return entry.used

    def save(self) -> None:
        """Write every unsaved count in one transaction and take the stored totals back."""
        self._next_save = self.clock() + self.save_every
        pending = [
            (key, entry) for key, entry in self._counts.items() if entry.unsaved and entry.kept
        ]
        if pending:
            with self.engine.begin() as connection:
                for key, entry in pending:
                    stored = connection.execute(
                        _ADD, {"key": key, "window": entry.window, "delta": entry.unsaved}
                    ).one()
                    if stored.window_start == entry.window:
                        entry.used = stored.used
                    entry.unsaved = 0
        if len(self._counts) > _FORGET_ABOVE:
            self._counts.clear()  # all saved: the next request of a key reads it back

    def _load(self, key: str, window: int) -> _Count:
        stored = self.reader.one(_STORED, {"key": key})
        if stored is None or stored.window_start != window:
            return _Count(window, 0)
        return _Count(window, int(stored.used))
