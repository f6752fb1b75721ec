from __future__ import annotations

import json
from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..types import UNSET, File, FileTypes, Unset

if TYPE_CHECKING:
    from ..models.user_update import UserUpdate


T = TypeVar("T", bound="UserUpdateForm")


@_attrs_define
class UserUpdateForm:
    """Multipart form of `PUT /v1/accounts/users/{id}`. The real spec flattens the `user` part
    into about 100 `User.Data.*` form fields of the `Delta<T>` binder. The official client
    sends a single `user` part holding the JSON partial user, plus the optional `icon` file.

        Attributes:
            user (UserUpdate | Unset): Partial user for `PUT /v1/accounts/users/{id}`. Every field is optional, and only the
                fields that are sent change. The real spec wraps this in `UserQueryModelDelta`
                (`{node, path, data: UserQueryModel, isDefined}`), which is Swashbuckle's rendering of an
                ASP.NET `Delta<T>` binder. The official Python client sends this plain object. The
                fields are those the client sends. Length limits come from the create DTOs of the same
                spec (`UserProfileDto`, `SetPhoneNumberDto`, `SetUserSettingsDto`), because the
                `Delta<UserQueryModel>` declares none.
            icon (File | Unset): New icon image for the user (the client's e2e tests upload a PNG).
    """

    user: UserUpdate | Unset = UNSET
    icon: File | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        icon: FileTypes | Unset = UNSET
        if not isinstance(self.icon, Unset):
            icon = self.icon.to_tuple()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if user is not UNSET:
            field_dict["user"] = user
        if icon is not UNSET:
            field_dict["icon"] = icon

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.user, Unset):
            files.append(("user", (None, json.dumps(self.user.to_dict()).encode(), "application/json")))

        if not isinstance(self.icon, Unset):
            files.append(
                (
                    "icon",
                    (
                        self.icon.file_name or "icon",
                        self.icon.payload,
                        self.icon.mime_type or "application/octet-stream",
                    ),
                )
            )

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_update import UserUpdate  # noqa: PLC0415

        d = dict(src_dict)
        _user = d.pop("user", UNSET)
        user: UserUpdate | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = UserUpdate.from_dict(_user)

        _icon = d.pop("icon", UNSET)
        icon: File | Unset
        if isinstance(_icon, Unset):
            icon = UNSET
        else:
            icon = File(payload=BytesIO(_icon))

        user_update_form = cls(
            user=user,
            icon=icon,
        )

        return user_update_form
