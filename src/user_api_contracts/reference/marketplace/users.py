"""Users (``/v1/accounts/users``): list, get, update, delete, block, unblock, set-password.

Updates take JSON or the multipart form with an icon. State rules: block moves any live user
except a blocked one to ``Blocked``; unblock is for blocked users only and restores ``Active``
(or ``Invited``/``InvitationExpired`` for a user who never joined). Both are operations-only,
as is deletion, which marks the user ``Deleted``, ends its account memberships, and keeps the
row so that audit events still name their actor. ``status`` in an update body is read-only and
ignored, as the platform ignores read-only fields. A caller cannot block or delete itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from marketplace_stubs import models as m
from sqlalchemy import delete, exists, insert, select, update
from sqlalchemy.engine import Connection

from user_api_contracts.runtime import ApiError, RequestContext
from user_api_contracts.runtime.bodies import UploadedFile

from ..passwords import hash_password_off_loop
from .access import Caller, forbidden
from .kinds import USER
from .queries import run_list, user_list
from .store import Store, email_forms
from .tables import account_user_groups, account_users, user_icons, users
from .views import default_shape, page_body, raw_query, render_one, shape_for

__all__ = ["UserOperations"]

MAX_ICON_BYTES = 1024 * 1024
_IMAGE_SIGNATURES = {
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
    b"GIF87a": "image/gif",
    b"GIF89a": "image/gif",
}


def _image_type(data: bytes) -> str | None:
    for signature, media_type in _IMAGE_SIGNATURES.items():
        if data.startswith(signature):
            return media_type
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def _operations_only(caller: Caller, action: str) -> None:
    if not caller.is_operations:
        raise forbidden(f"Only operations accounts may {action} users.")


class UserOperations:
    """The users operations over a Store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def _answer(self, connection: Connection, caller: Caller, user_id: str) -> m.User:
        """The user after a change, in the default full shape."""
        source = self.store.source(connection, caller)
        return render_one(source, USER, user_id, default_shape(USER))

    def page(self, context: RequestContext, params: Mapping[str, Any]) -> m.UserList:
        """A page of the users the caller may see."""
        caller: Caller = context.principal
        query, text = raw_query(context)
        shape = shape_for(USER, query, listing=True)
        with self.store.reading(caller) as source:
            page = run_list(
                source.connection,
                user_list(caller.scope),
                query,
                text,
                limit=params.get("limit"),
                offset=params.get("offset", 0),
                audit_selected="audit" in shape.fields,
            )
            meta, data = page_body(source, USER, page, shape)
            return {"$meta": meta, "data": data}

    def get(self, context: RequestContext, params: Mapping[str, Any]) -> m.User:
        """One user, in the shape ``select`` asks for."""
        caller: Caller = context.principal
        query, _text = raw_query(context)
        shape = shape_for(USER, query, listing=False)
        with self.store.reading(caller) as source:
            self.store.user(source.connection, caller, params["id"])
            return render_one(source, USER, params["id"], shape)

    def update(
        self,
        context: RequestContext,
        params: Mapping[str, Any],
        sent: m.UserUpdate | m.UserUpdateForm | None,
    ) -> m.User:
        """Change the fields sent; a multipart body may also carry a new icon."""
        caller: Caller = context.principal
        changes: dict[str, Any] = {}
        icon: UploadedFile | None = None
        # Which model ``sent`` is follows from the content type, which the runtime validated it
        # against; read as a mapping, the multipart form's parts are its fields and its icon.
        body: Mapping[str, Any] | None = sent
        if body is not None and context.content_type == "multipart/form-data":
            icon = body.get("icon")
            body = body.get("user")
        now = self.store.clock()
        with self.store.writing(caller) as source:
            connection = source.connection
            row = self.store.user(connection, caller, params["id"], manage=True)
            if body:
                changes = self._profile_changes(connection, row, body)
            if isinstance(icon, UploadedFile):
                self._store_icon(connection, row.id, icon)
                changes["has_icon"] = True
            if changes:
                changes.update(updated_at=now, updated_by=caller.identity)
                connection.execute(update(users).where(users.c.id == row.id).values(**changes))
            return self._answer(connection, caller, row.id)

    def _profile_changes(
        self, connection: Connection, row: Any, body: Mapping[str, Any]
    ) -> dict[str, Any]:
        changes: dict[str, Any] = {}
        first = body.get("firstName", row.first_name)
        last = body.get("lastName", row.last_name)
        if "firstName" in body or "lastName" in body:
            changes.update(first_name=first, last_name=last, name=f"{first} {last}")
        if body.get("email") is not None:
            email, key = email_forms(body["email"], field="email")
            taken = self.store.user_with_email(connection, key) if email != row.email else None
            if taken is not None and taken.id != row.id:
                raise ApiError(
                    400,
                    "Another user already has this e-mail address.",
                    fields={"email": [f"{email} is already in use"]},
                )
            if email != row.email:
                changes.update(email=email, email_key=key)
        phone = body.get("phone") or {}
        for key, column in (("prefix", "phone_prefix"), ("number", "phone_number")):
            if key in phone:
                changes[column] = phone[key]
        settings = body.get("settings") or {}
        for key, column in (("cultureCode", "culture_code"), ("languageCode", "language_code")):
            if key in settings:
                changes[column] = settings[key]
        return changes

    @staticmethod
    def _store_icon(connection: Connection, user_id: str, icon: UploadedFile) -> None:
        if len(icon.data) > MAX_ICON_BYTES:
            raise ApiError(400, "The icon is larger than 1 MiB.", fields={"icon": ["too large"]})
        media_type = _image_type(icon.data)
        if media_type is None:
            raise ApiError(
                400,
                "The icon must be a PNG, JPEG, GIF or WebP image.",
                fields={"icon": ["not a supported image"]},
            )
        connection.execute(delete(user_icons).where(user_icons.c.user_id == user_id))
        connection.execute(
            insert(user_icons).values(user_id=user_id, content_type=media_type, data=icon.data)
        )

    def delete(self, context: RequestContext, params: Mapping[str, Any]) -> None:
        """Mark the user Deleted and end its memberships (operations only)."""
        caller: Caller = context.principal
        _operations_only(caller, "delete")
        with self.store.writing(caller) as source:
            connection = source.connection
            row = self.store.user(connection, caller, params["id"])
            if row.id == caller.identity:
                raise ApiError(400, "A user cannot delete itself.")
            memberships = select(account_users.c.id).where(account_users.c.user_id == row.id)
            connection.execute(
                delete(account_user_groups).where(
                    account_user_groups.c.account_user_id.in_(memberships)
                )
            )
            connection.execute(delete(account_users).where(account_users.c.user_id == row.id))
            connection.execute(delete(user_icons).where(user_icons.c.user_id == row.id))
            connection.execute(
                update(users)
                .where(users.c.id == row.id)
                .values(
                    status="Deleted",
                    password_hash=None,
                    has_icon=False,
                    current_account_id=None,
                    updated_at=self.store.clock(),
                    updated_by=caller.identity,
                )
            )

    def block(self, context: RequestContext, params: Mapping[str, Any]) -> m.User:
        """Blocked, so the user cannot sign in; 400 if it already is."""
        caller: Caller = context.principal
        _operations_only(caller, "block")
        with self.store.writing(caller) as source:
            row = self.store.user(source.connection, caller, params["id"])
            if row.status == "Blocked":
                raise ApiError(400, f"User {row.id} is already blocked.")
            if row.id == caller.identity:
                raise ApiError(400, "A user cannot block itself.")
            self._set_status(source.connection, caller, row.id, "Blocked")
            return self._answer(source.connection, caller, row.id)

    def unblock(self, context: RequestContext, params: Mapping[str, Any]) -> m.User:
        """Back to the state before the block; 400 unless the user is blocked."""
        caller: Caller = context.principal
        _operations_only(caller, "unblock")
        with self.store.writing(caller) as source:
            connection = source.connection
            row = self.store.user(connection, caller, params["id"])
            if row.status != "Blocked":
                raise ApiError(400, f"User {row.id} is not blocked (status {row.status}).")
            if row.invitation_accepted_at is not None:
                status = "Active"
            else:
                pending = connection.execute(
                    select(
                        exists().where(
                            account_users.c.user_id == row.id,
                            account_users.c.invitation_status == "Invited",
                        )
                    )
                ).scalar_one()
                status = "Invited" if pending else "InvitationExpired"
            self._set_status(connection, caller, row.id, status)
            return self._answer(connection, caller, row.id)

    def _set_status(
        self, connection: Connection, caller: Caller, user_id: str, status: str
    ) -> None:
        connection.execute(
            update(users)
            .where(users.c.id == user_id)
            .values(status=status, updated_at=self.store.clock(), updated_by=caller.identity)
        )

    async def set_password(
        self, context: RequestContext, params: Mapping[str, Any], body: m.SetPassword
    ) -> m.User:
        """Store the new password's Argon2id hash; the password itself goes nowhere else.

        The caller's right to change the user is checked before hashing (a refused request
        spends no Argon2id time) and again in the write's transaction. The hash is made off the
        event loop and outside the transaction: Argon2id takes ~0.1 s by design.
        """
        caller: Caller = context.principal
        with self.store.reading(caller) as source:
            self.store.user(source.connection, caller, params["id"], manage=True)
        digest = await hash_password_off_loop(body["password"])
        with self.store.writing(caller) as source:
            row = self.store.user(source.connection, caller, params["id"], manage=True)
            source.connection.execute(
                update(users)
                .where(users.c.id == row.id)
                .values(
                    password_hash=digest,
                    updated_at=self.store.clock(),
                    updated_by=caller.identity,
                )
            )
            return self._answer(source.connection, caller, row.id)
