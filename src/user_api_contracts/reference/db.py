"""SQLite storage through SQLAlchemy Core: one metadata for all APIs, created on start.

A file database (``--db PATH``) keeps data across restarts; ``None`` gives an in-memory
database on a single shared connection, for tests. Every write runs in a transaction
(``engine.begin()``), so a failed request leaves nothing half-written.
"""

from __future__ import annotations

import secrets
from collections import namedtuple
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    Engine,
    MetaData,
    String,
    Table,
    create_engine,
    event,
    insert,
    inspect,
    select,
)
from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection
from sqlalchemy.pool import StaticPool

__all__ = [
    "METADATA",
    "SCHEMA_VERSION",
    "FastReader",
    "StaleDatabaseError",
    "open_database",
    "server_secret",
]

METADATA = MetaData()

SCHEMA_VERSION = 2
"""Bumped whenever a table changes shape; version 2 added the caseless keys of e-mails and
logins (:mod:`.text_keys`). A file of another version is refused with one line, not migrated."""

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
    # hide_parameters: an error's message (and so a logged traceback) never carries the bound
    # values, which include password hashes and e-mail addresses.
    if path is None:
        engine = create_engine(
            "sqlite+pysqlite://",
            connect_args={"check_same_thread": False},
            poolclass=StaticPool,
            hide_parameters=True,
        )
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            f"sqlite+pysqlite:///{path}",
            connect_args={"check_same_thread": False},
            hide_parameters=True,
        )
    event.listen(engine, "connect", _on_connect)
    _check_schema_version(engine, path)
    METADATA.create_all(engine)
    with engine.begin() as connection:
        connection.execute(
            sqlite_insert(settings)
            .values(name="schema_version", value=str(SCHEMA_VERSION))
            .on_conflict_do_nothing()
        )
    return engine


class StaleDatabaseError(Exception):
    """A database file written by another version of the schema; the message says what to do."""


def _check_schema_version(engine: Engine, path: Path | None) -> None:
    """Refuse a file whose tables another schema version made (they would fail mid-request)."""
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        if not tables:
            return
        found = None
        if settings.name in tables:
            found = connection.execute(
                select(settings.c.value).where(settings.c.name == "schema_version")
            ).scalar()
    if found != str(SCHEMA_VERSION):
        raise StaleDatabaseError(
            f"{path}: written by an older version of this server (schema {found or 1},"
            f" now {SCHEMA_VERSION}); delete it or pass another --db"
        )


def server_secret(engine: Engine, name: str) -> bytes:
    """A random secret kept in the database (created on first use), e.g. to sign page tokens."""
    with engine.begin() as connection:
        row = connection.execute(select(settings.c.value).where(settings.c.name == name)).first()
        if row is None:
            value = secrets.token_hex(32)
            connection.execute(insert(settings).values(name=name, value=value))
            return bytes.fromhex(value)
        return bytes.fromhex(row.value)


class FastReader:
    """Run prebuilt SELECTs straight on one DB-API connection, for the per-request reads.

    A SQLAlchemy Core execution costs about 60 µs (connection checkout, result machinery); the
    same SELECT on the sqlite3 connection costs 3 µs, and every authenticated request does one
    or two. Statements are still written with SQLAlchemy and compiled once; rows come back as
    named tuples, like SQLAlchemy rows. Writes keep going through ``engine.begin()``.
    """

    def __init__(self, engine: Engine) -> None:
        self._connection: Any = engine.raw_connection().driver_connection
        # Keyed by the statement object itself, which stays alive, so no key is ever reused.
        self._compiled: dict[Any, tuple[str, tuple[str, ...], Any, dict[str, Any]]] = {}

    def one(
        self, statement: Any, parameters: dict[str, Any], *, within: Connection | None = None
    ) -> Any:
        """The first row of ``statement`` (or None), its columns as attributes.

        ``within`` runs it on the DB-API connection under that SQLAlchemy connection instead of
        the reader's own, so that a write transaction reads its own uncommitted rows.
        """
        sql, order, make_row, fixed = self._compiled.get(statement) or self._compile(statement)
        values = [parameters[name] if name in parameters else fixed[name] for name in order]
        row = self._raw(within).execute(sql, values).fetchone()
        return None if row is None else make_row(*row)

    def all(
        self, statement: Any, parameters: dict[str, Any], *, within: Connection | None = None
    ) -> list[Any]:
        """Every row of ``statement`` (a module-level, prebuilt one: it is compiled only once).

        ``within`` as for :meth:`one`. Values come as SQLite stores them (a ``DateTime`` is
        its text), not converted as SQLAlchemy's result types would.
        """
        sql, order, make_row, fixed = self._compiled.get(statement) or self._compile(statement)
        values = [parameters[name] if name in parameters else fixed[name] for name in order]
        return [make_row(*row) for row in self._raw(within).execute(sql, values).fetchall()]

    def _raw(self, within: Connection | None) -> Any:
        return self._connection if within is None else within.connection.driver_connection

    def _compile(self, statement: Any) -> tuple[str, tuple[str, ...], Any, dict[str, Any]]:
        """SQL, bind order, row type and fixed binds of ``statement``, on its first use."""
        sqlite = statement.compile(dialect=sqlite_dialect())
        names = [column.key for column in statement.selected_columns]
        order = tuple(sqlite.positiontup or ())
        # Binds the compiler adds with a value of their own (SQLite's OFFSET after a LIMIT).
        fixed = {
            name: sqlite.binds[name].value for name in order if sqlite.binds[name].value is not None
        }
        compiled = (str(sqlite), order, namedtuple("Row", names), fixed)
        self._compiled[statement] = compiled
        return compiled
