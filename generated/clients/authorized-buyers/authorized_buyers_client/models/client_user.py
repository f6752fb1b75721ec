from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_status import UserStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientUser")


@_attrs_define
class ClientUser:
    """A client user is created under a client buyer and has restricted access to the Marketplace
    and certain other sections of the Authorized Buyers UI based on the role granted to the
    associated client buyer. The only way a new client user can be created is through
    accepting an email invitation (see the accounts.clients.invitations.create method). All
    fields are required unless otherwise specified.

    (In this spec only `status` is in `required`: `userId`, `clientAccountId` and `email` are
    ignored in an update, the only request that carries a `ClientUser`, so they are
    `readOnly`; a user that has not accepted its invitation yet may have no `userId`.)

        Attributes:
            status (UserStatus): The status of the client user (enum `UserStatus`, "Valid user status"):
                - `USER_STATUS_UNSPECIFIED`: A placeholder for an undefined user status.
                - `PENDING`: A user who was already created but hasn't accepted the invitation yet.
                - `ACTIVE`: A user that is currently active.
                - `DISABLED`: A user that is currently disabled.
            user_id (str | Unset): The unique numerical ID of the client user that has accepted an invitation. The value of
                this field is ignored in an update operation.
            client_account_id (str | Unset): Numerical account ID of the client buyer with which the user is associated; the
                buyer must be a client of the current sponsor buyer. The value of this field is ignored in an update operation.
            email (str | Unset): User's email address. The value of this field is ignored in an update operation.
    """

    status: UserStatus
    user_id: str | Unset = UNSET
    client_account_id: str | Unset = UNSET
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        user_id = self.user_id

        client_account_id = self.client_account_id

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if client_account_id is not UNSET:
            field_dict["clientAccountId"] = client_account_id
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = UserStatus(d.pop("status"))

        user_id = d.pop("userId", UNSET)

        client_account_id = d.pop("clientAccountId", UNSET)

        email = d.pop("email", UNSET)

        client_user = cls(
            status=status,
            user_id=user_id,
            client_account_id=client_account_id,
            email=email,
        )

        client_user.additional_properties = d
        return client_user

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
