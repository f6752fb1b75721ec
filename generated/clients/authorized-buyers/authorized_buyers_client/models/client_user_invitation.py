from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientUserInvitation")


@_attrs_define
class ClientUserInvitation:
    """An invitation for a new client user to get access to the Authorized Buyers UI. All fields
    are required unless otherwise specified.

    (In this spec only `email` is in `required`: `invitationId` and `clientAccountId` are
    ignored in create operations, the only request that carries an invitation, so they are
    `readOnly`.)

        Attributes:
            email (str): The email address to which the invitation is sent. Email addresses should be unique among all
                client users under each sponsor buyer. At most 254 characters (RFC 5321) **[inferred]**.
            invitation_id (str | Unset): The unique numerical ID of the invitation that is sent to the user. The value of
                this field is ignored in create operations.
            client_account_id (str | Unset): Numerical account ID of the client buyer that the invited user is associated
                with. The value of this field is ignored in create operations.
    """

    email: str
    invitation_id: str | Unset = UNSET
    client_account_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        invitation_id = self.invitation_id

        client_account_id = self.client_account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if invitation_id is not UNSET:
            field_dict["invitationId"] = invitation_id
        if client_account_id is not UNSET:
            field_dict["clientAccountId"] = client_account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        invitation_id = d.pop("invitationId", UNSET)

        client_account_id = d.pop("clientAccountId", UNSET)

        client_user_invitation = cls(
            email=email,
            invitation_id=invitation_id,
            client_account_id=client_account_id,
        )

        client_user_invitation.additional_properties = d
        return client_user_invitation

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
