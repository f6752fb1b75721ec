"""SQLite storage through SQLAlchemy Core: one metadata for all APIs, created on start.

A file database (``--db PATH``) keeps data across restarts; ``None`` gives an in-memory
database on a single shared connection, for tests. Every write runs in a transaction
(``engine.begin()``), so a failed request leaves nothing half-written.
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Engine, MetaData, String, Table, create_engine, event, insert, select
from sqlalchemy.pool import StaticPool

__all__ = ["METADATA", "open_database", "server_secret"]

METADATA = MetaData()

settings = Table(
    "server_settings",
    METADATA,
    Column("name", String(64), primary_key=True),
    Column("value", String(200), nullable=False),
)


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def open_database(path: Path | None) -> Engine:
    """Open (creating if needed) the database at ``path``, or an in-memory one for None.

    Creates the tables of every module imported so far (each API module adds its own to
    METADATA); :mod:`.server` imports all of them first.
    """
    if path is None:
        engine = create_engine(
            "sqlite+pysqlite://",
            connect_args={"check_same_thread": False},
            poolclass=StaticPool,
        )
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            f"sqlite+pysqlite:///{path}", connect_args={"check_same_thread": False}
        )
    event.listen(engine, "connect", _on_connect)
    METADATA.create_all(engine)
    return engine


def server_secret(engine: Engine, name: str) -> bytes:
    """A random secret kept in the database (created on first use), e.g. to sign page tokens."""
    with engine.begin() as connection:
        row = connection.execute(select(settings.c.value).where(settings.c.name == name)).first()
        if row is None:
            value = secrets.token_hex(32)
            connection.execute(insert(settings).values(name=name, value=value))
            return bytes.fromhex(value)
        return bytes.fromhex(row.value)
