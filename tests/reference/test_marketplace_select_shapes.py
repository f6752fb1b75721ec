"""``select=`` → the shape rendered, as a table: what a term adds, removes or refuses.

A shape is written as its fields in order, a nested one in parentheses, ``*`` after a field
rendered in its full shape (a ``+`` path passed through it) and ``-name`` for what a ``-``
term took out (listed in ``$meta.omitted``). The building blocks below are the shapes the
kinds define; each row reads as "the default, but …".
"""

from __future__ import annotations

import pytest

from user_api_contracts.reference.marketplace.graph import SelectError, Shape, select_shape
from user_api_contracts.reference.marketplace.kinds import KINDS

BY = "by(id href name icon)"
EVENTS = f"created(at {BY}) updated(at {BY})"
AUDIT = f"audit({EVENTS} invitationAcceptedAt)"
USER_OWN = (
    "id href email status firstName lastName name phone(prefix number) icon lastLoginAt"
    " settings(cultureCode languageCode)"
)
USER_REFERENCE = "id href email status firstName lastName name"
ACCOUNT_REFERENCE = "id href icon name"
ACCOUNTS = f"accounts({ACCOUNT_REFERENCE})"
ACCOUNT_FULL = (
    "id href name type status serviceLevel icon externalIds(pyraTenantId) externalId"
    " externalName website description technicalSupportEmail eligibility(client partner)"
)
GROUP_FULL = f"id href name description logo isDefault account({ACCOUNT_REFERENCE})"
USER_DEFAULT = f"{USER_OWN} {AUDIT} {ACCOUNTS}"
USER_LISTED = f"{USER_OWN} {ACCOUNTS}"
MEMBER_REFERENCES = (
    f"id href user({USER_REFERENCE}) account({ACCOUNT_REFERENCE})"
    " groups(id href name description logo isDefault) modules(id href name description)"
    " buyers(id href name status icon taxId)"
    " invitation(url status)"
)
MEMBER_AUDIT = f"{EVENTS} access(at) joined(at)"

SHAPES = [
    # kind, select, listing, the shape (* full, -removed)
    ("User", "", False, USER_DEFAULT),
    ("User", "", True, USER_LISTED),
    ("User", "+audit", True, f"{USER_LISTED} {AUDIT}"),
    ("User", "audit", True, f"{USER_LISTED} {AUDIT}"),
    ("User", "-audit", False, f"{USER_LISTED} -audit"),
    ("User", "-audit,+audit", False, f"{USER_LISTED} {AUDIT} -audit"),
    ("User", "-accounts", False, f"{USER_OWN} {AUDIT} -accounts"),
    ("User", "+phone", False, USER_DEFAULT),
    ("User", "+currentAccount", False, f"{USER_DEFAULT} currentAccount*({ACCOUNT_FULL})"),
    (
        "User",
        "+currentAccount.groups.users,-audit",
        False,
        f"{USER_LISTED} currentAccount*({ACCOUNT_FULL} groups*({GROUP_FULL}"
        f" users*({USER_DEFAULT}))) -audit",
    ),
    (
        "User",
        "+currentAccount,+currentAccount.groups",
        False,
        f"{USER_DEFAULT} currentAccount*({ACCOUNT_FULL} groups*({GROUP_FULL}))",
    ),
    (
        "User",
        "+accounts.groups",
        True,
        f"{USER_OWN} accounts*({ACCOUNT_FULL} groups*({GROUP_FULL}))",
    ),
    ("User", "+accounts,+accounts", False, f"{USER_OWN} {AUDIT} accounts*({ACCOUNT_FULL})"),
    (
        "User",
        "+accounts.groups.users.accounts",
        True,
        f"{USER_OWN} accounts*({ACCOUNT_FULL} groups*({GROUP_FULL}"
        f" users*({USER_OWN} {AUDIT} accounts*({ACCOUNT_FULL}))))",
    ),
    ("User", "-accounts.name", False, f"{USER_OWN} {AUDIT} accounts(id href icon -name)"),
    ("User", "-accounts.groups", False, USER_DEFAULT),
    ("User", "-currentAccount.name", False, USER_DEFAULT),
    (
        "User",
        " +accounts , ,-phone.prefix",
        False,
        f"{USER_OWN.replace('prefix number', 'number -prefix')} {AUDIT} accounts*({ACCOUNT_FULL})",
    ),
    (
        "User",
        "+audit.created.by",
        True,
        f"{USER_LISTED} audit(created(at by*(id href name icon)) updated(at {BY})"
        " invitationAcceptedAt)",
    ),
    (
        "User",
        "+audit.created.by.audit",
        False,
        f"{USER_OWN} audit(created(at by*(id href name icon audit({EVENTS}))) updated(at {BY})"
        f" invitationAcceptedAt) {ACCOUNTS}",
    ),
    (
        "User",
        "-audit.created.by",
        False,
        f"{USER_OWN} audit(created(at -by) updated(at {BY}) invitationAcceptedAt) {ACCOUNTS}",
    ),
    ("UserGroup", "", False, GROUP_FULL),
    ("AccountUser", "", True, MEMBER_REFERENCES),
    (
        "AccountUser",
        "+user.accounts",
        False,
        MEMBER_REFERENCES.replace(
            f"user({USER_REFERENCE})", f"user*({USER_OWN} {AUDIT} accounts*({ACCOUNT_FULL}))"
        )
        + f" audit({MEMBER_AUDIT})",
    ),
    (
        "AccountUser",
        "-invitation.url,-audit.joined",
        False,
        MEMBER_REFERENCES.replace("invitation(url status)", "invitation(status -url)")
        + f" audit({EVENTS} access(at) -joined)",
    ),
    (
        "AccountUserLegacy",
        "",
        False,
        f"{MEMBER_REFERENCES} audit({EVENTS} invitationAcceptedAt access(at) joined(at))"
        " lastLoginAt",
    ),
    (
        "AccountUserLegacy",
        "+groups.users",
        True,
        MEMBER_REFERENCES.replace(
            "groups(id href name description logo isDefault)",
            f"groups*({GROUP_FULL} users*({USER_DEFAULT}))",
        )
        + " lastLoginAt",
    ),
]

DEEP = "+" + ".".join(["accounts", "groups", "users"] * 4) + ".email"

REFUSED = [
    # select, the term SelectError names
    ("+nope", "+nope"),
    ("-nope", "-nope"),
    ("+accounts.nope", "+accounts.nope"),
    ("-audit.created.nope", "-audit.created.nope"),
    ("+email.x", "+email.x"),
    ("+accounts..name", "+accounts..name"),
    ("+", "+"),
    (f"+audit,{DEEP}", DEEP),
]


def outline(shape: Shape) -> str:
    """A shape in the notation of the table."""
    parts = [
        name if sub is None else f"{name}{'*' if sub.full else ''}({outline(sub)})"
        for name, sub in shape.fields.items()
    ]
    return " ".join(parts) + "".join(f" -{name}" for name in shape.removed)


@pytest.mark.parametrize(("kind", "select", "listing", "expected"), SHAPES)
def test_select_gives_the_shape(kind: str, select: str, listing: bool, expected: str) -> None:
    shape = select_shape(KINDS, KINDS[kind], select, listing=listing)
    assert shape.full
    assert outline(shape) == expected


@pytest.mark.parametrize(("select", "term"), REFUSED)
def test_select_names_the_term_it_cannot_apply(select: str, term: str) -> None:
    with pytest.raises(SelectError) as refused:
        select_shape(KINDS, KINDS["User"], select, listing=False)
    assert refused.value.term == term


def test_a_select_leaves_the_next_request_s_shape_alone() -> None:
    select_shape(
        KINDS, KINDS["User"], "-audit,+currentAccount.groups,-accounts.name", listing=False
    )
    assert outline(select_shape(KINDS, KINDS["User"], "", listing=False)) == USER_DEFAULT
