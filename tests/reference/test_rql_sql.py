"""RQL filters run as SQL on a real SQLite table, and bad terms are located 400s."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import (
    Boolean,
    Column,
    Engine,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    create_engine,
    exists,
    insert,
    select,
)

from user_api_contracts.reference.marketplace.rql.parser import RqlError, parse_query
from user_api_contracts.reference.marketplace.rql.sql import Collection, to_condition

METADATA = MetaData()
PEOPLE = Table(
    "people",
    METADATA,
    Column("id", String, primary_key=True),
    Column("first_name", String),
    Column("status", String),
    Column("age", Integer),
    Column("admin", Boolean),
    Column("phone", String, nullable=True),
)
ACCOUNTS = Table(
    "person_accounts",
    METADATA,
    Column("person_id", String, ForeignKey("people.id")),
    Column("account_id", String),
)
FIELDS = {
    "id": PEOPLE.c.id,
    "firstName": PEOPLE.c.first_name,
    "status": PEOPLE.c.status,
    "age": PEOPLE.c.age,
    "admin": PEOPLE.c.admin,
    "phone.number": PEOPLE.c.phone,
}
COLLECTIONS = {
    "accounts": Collection(
        fields={"id": ACCOUNTS.c.account_id},
        exists=lambda condition: exists().where(ACCOUNTS.c.person_id == PEOPLE.c.id, condition),
    )
}


@pytest.fixture(scope="module")
def engine() -> Engine:
    engine = create_engine("sqlite+pysqlite://")
    METADATA.create_all(engine)
    rows = [
        ("USR-0001-0001", "Buzz", "Active", 40, True, "+34 660"),
        ("USR-0001-0002", "Woody", "Blocked", 35, False, None),
        ("USR-0001-0003", "Jessie", "Invited", 30, False, ""),
        ("USR-0001-0004", "50*off_%", "Active", 7, False, None),
    ]
    with engine.begin() as connection:
        for row in rows:
            connection.execute(insert(PEOPLE).values(dict(zip(PEOPLE.c.keys(), row, strict=True))))
        connection.execute(
            insert(ACCOUNTS),
            [
                {"person_id": "USR-0001-0001", "account_id": "ACC-1111-1111"},
                {"person_id": "USR-0001-0002", "account_id": "ACC-1111-1111"},
                {"person_id": "USR-0001-0002", "account_id": "ACC-2222-2222"},
            ],
        )
    return engine


def ids(engine: Engine, query: str) -> list[str]:
    parsed = parse_query(query)
    assert parsed.filter is not None
    condition = to_condition(parsed.filter, FIELDS, query=query, collections=COLLECTIONS)
    with engine.connect() as connection:
        found = connection.execute(select(PEOPLE.c.id).where(condition).order_by(PEOPLE.c.id))
        return [row.id[-1] for row in found]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("eq(firstName,Buzz)", ["1"]),
        ("firstName=Woody", ["2"]),
        ("ne(status,Active)", ["2", "3"]),
        ("gt(age,30)", ["1", "2"]),
        ("ge(age,30)&lt(age,40)", ["2", "3"]),
        ("le(age,7)", ["4"]),
        ("ilike(firstName,*E*)", ["3"]),
        ("ilike(firstName,w*)", ["2"]),
        (r"ilike(firstName,50\**)", ["4"]),
        ("ilike(firstName,*_*)", ["4"]),
        ("in(status,(Blocked,Invited))", ["2", "3"]),
        ("out(status,(Blocked,Invited))", ["1", "4"]),
        ("and(eq(status,Active),gt(age,10))", ["1"]),
        ("or(eq(firstName,Buzz),eq(firstName,Jessie))", ["1", "3"]),
        ("not(eq(status,Active))", ["2", "3"]),
        ("eq(phone.number,null())", ["2", "4"]),
        ("ne(phone.number,null())", ["1", "3"]),
        ("eq(phone.number,empty())", ["2", "3", "4"]),
        ("ne(phone.number,empty())", ["1"]),
        ("eq(phone.number,%27%2B34%20660%27)", ["1"]),
        ("eq(admin,true)", ["1"]),
        ("any(accounts,eq(id,ACC-1111-1111))", ["1", "2"]),
        ("any(accounts,eq(id,ACC-2222-2222))", ["2"]),
        ("all(accounts,eq(id,ACC-1111-1111))", ["1", "3", "4"]),
        ('eq(id,"USR-0001-0003")', ["3"]),
    ],
)
def test_filters_select_the_right_rows(engine: Engine, query: str, expected: list[str]) -> None:
    assert ids(engine, query) == expected


@pytest.mark.parametrize(
    ("query", "position", "words"),
    [
        ("eq(nickname,Buzz)", 0, "unknown field 'nickname'"),
        ("and(eq(status,Active),gt(age,old))", 22, "age takes a whole number"),
        ("eq(admin,maybe)", 0, "admin takes true or false"),
        ("gt(phone.number,null())", 0, "null() only goes with eq or ne"),
        ("any(status,eq(id,x))", 0, "status is not a collection"),
        ("firstName=Buzz&eq(x,1)", 15, "unknown field 'x'"),
    ],
)
def test_bad_terms_are_located(engine: Engine, query: str, position: int, words: str) -> None:
    with pytest.raises(RqlError) as caught:
        ids(engine, query)
    assert caught.value.position == position
    assert words in str(caught.value)


def test_the_filter_runs_in_sql_not_in_python() -> None:
    query = "and(eq(status,Active),ilike(firstName,b*))"
    parsed: Any = parse_query(query).filter
    sql = str(select(PEOPLE.c.id).where(to_condition(parsed, FIELDS, query=query)))
    assert "people.status = :status_1" in sql
    assert "lower(people.first_name) LIKE lower(:first_name_1)" in sql
