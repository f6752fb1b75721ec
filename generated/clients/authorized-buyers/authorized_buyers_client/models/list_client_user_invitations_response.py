from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_user_invitation import ClientUserInvitation


T = TypeVar("T", bound="ListClientUserInvitationsResponse")


@_attrs_define
class ListClientUserInvitationsResponse:
    """Response of `accounts.clients.invitations.list`. Both fields are omitted when empty
    (proto3 JSON): an empty list is `{}`.

        Attributes:
            invitations (list[ClientUserInvitation] | Unset): The returned list of client users. (Discovery's wording; the
                items are invitations.)
            next_page_token (str | Unset): A token to retrieve the next page of results. Pass this value in the
                ListClientUserInvitationsRequest.pageToken field in the subsequent call to the
                clients.invitations.list method to retrieve the next page of results.
    """

    invitations: list[ClientUserInvitation] | Unset = UNSET
    next_page_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invitations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invitations, Unset):
            invitations = []
            for invitations_item_data in self.invitations:
                invitations_item = invitations_item_data.to_dict()
                invitations.append(invitations_item)

        next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invitations is not UNSET:
            field_dict["invitations"] = invitations
        if next_page_token is not UNSET:
            field_dict["nextPageToken"] = next_page_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client_user_invitation import ClientUserInvitation  # noqa: PLC0415

        d = dict(src_dict)
        _invitations = d.pop("invitations", UNSET)
        invitations: list[ClientUserInvitation] | Unset = UNSET
        if _invitations is not UNSET:
            invitations = []
            for invitations_item_data in _invitations:
                invitations_item = ClientUserInvitation.from_dict(invitations_item_data)

                invitations.append(invitations_item)

        next_page_token = d.pop("nextPageToken", UNSET)

        list_client_user_invitations_response = cls(
            invitations=invitations,
            next_page_token=next_page_token,
        )

        list_client_user_invitations_response.additional_properties = d
        return list_client_user_invitations_response

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
