from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_reference import AccountReference
    from ..models.invitation_input import InvitationInput
    from ..models.user_group_reference import UserGroupReference
    from ..models.user_profile import UserProfile


T = TypeVar("T", bound="CreateAccountUser")


@_attrs_define
class CreateAccountUser:
    """Body of account-user creation in both collections (QA swagger: `CreateAccountUserDto`).

    Attributes:
        user (UserProfile): The invited user's profile (QA swagger: `UserProfileDto`).
        groups (list[UserGroupReference]): User groups of the account to put the user in (at least one).
        account (AccountReference | Unset): Reference to an account by id (QA swagger: `AccountDto`).
        invitation (InvitationInput | Unset): Invitation options on creation (QA swagger: `InvitationDto`). The official
            client sends
            `{"status": "Invited"}`; no other values are documented.
    """

    user: UserProfile
    groups: list[UserGroupReference]
    account: AccountReference | Unset = UNSET
    invitation: InvitationInput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        user = self.user.to_dict()

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        invitation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invitation, Unset):
            invitation = self.invitation.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "user": user,
                "groups": groups,
            }
        )
        if account is not UNSET:
            field_dict["account"] = account
        if invitation is not UNSET:
            field_dict["invitation"] = invitation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_reference import AccountReference  # noqa: PLC0415
        from ..models.invitation_input import InvitationInput  # noqa: PLC0415
        from ..models.user_group_reference import UserGroupReference  # noqa: PLC0415
        from ..models.user_profile import UserProfile  # noqa: PLC0415

        d = dict(src_dict)
        user = UserProfile.from_dict(d.pop("user"))

        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = UserGroupReference.from_dict(groups_item_data)

            groups.append(groups_item)

        _account = d.pop("account", UNSET)
        account: AccountReference | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = AccountReference.from_dict(_account)

        _invitation = d.pop("invitation", UNSET)
        invitation: InvitationInput | Unset
        if isinstance(_invitation, Unset):
            invitation = UNSET
        else:
            invitation = InvitationInput.from_dict(_invitation)

        create_account_user = cls(
            user=user,
            groups=groups,
            account=account,
            invitation=invitation,
        )

        return create_account_user
