from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_right import AccessRight
from ..models.user_state import UserState
from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """The `User` resource represents a user associated with a Merchant Center account. It is used
    to manage user permissions and access rights within the account. For more information, see
    [Frequently asked questions about people and access
    levels](https://support.google.com/merchants/answer/12160472).

    `required` and `readOnly` follow the proto's field behaviours. `accessRights` is
    `REQUIRED`, so it is required (and non-empty) in request bodies and always present in
    responses. A patch could in principle leave it out when it is not in `updateMask` (AIP-203),
    but it is the only updatable field, so a patch without it changes nothing; the spec
    therefore requires it in every `User` body. `name` (`IDENTIFIER`) and `state`
    (`OUTPUT_ONLY`) are `readOnly`: on create the name comes from `userId`, on patch from the
    URL.

        Attributes:
            access_rights (list[AccessRight]): Required. The [access
                rights](https://support.google.com/merchants/answer/12160472#accesstypes) the user
                has.
            name (str | Unset): Identifier. The resource name of the user. Format: `accounts/{account}/user/{email}`
                Use `me` to refer to your own email address, for example `accounts/{account}/users/me`.

                (The format above is copied from discovery and has a typo: the real pattern, per the
                proto's resource definition, is `accounts/{account}/users/{email}`, with `users`.)
            state (UserState | Unset): Output only. The state of the user (enum `User.State`). It is set to `PENDING` when a
                user
                is invited to an account and changes to `VERIFIED` once the user accepts the invitation.
                - `STATE_UNSPECIFIED`: Default value. This value is unused.
                - `PENDING`: The user is pending confirmation. In this state, the user first needs to
                  accept the invitation before performing other actions.
                - `VERIFIED`: The user is verified.
    """

    access_rights: list[AccessRight]
    name: str | Unset = UNSET
    state: UserState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_rights = []
        for access_rights_item_data in self.access_rights:
            access_rights_item = access_rights_item_data.value
            access_rights.append(access_rights_item)

        name = self.name

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accessRights": access_rights,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_rights = []
        _access_rights = d.pop("accessRights")
        for access_rights_item_data in _access_rights:
            access_rights_item = AccessRight(access_rights_item_data)

            access_rights.append(access_rights_item)

        name = d.pop("name", UNSET)

        _state = d.pop("state", UNSET)
        state: UserState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = UserState(_state)

        user = cls(
            access_rights=access_rights,
            name=name,
            state=state,
        )

        user.additional_properties = d
        return user

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
