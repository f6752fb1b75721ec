from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.account_user_audit import AccountUserAudit
    from ..models.buyer import Buyer
    from ..models.invitation import Invitation
    from ..models.metadata import Metadata
    from ..models.module import Module
    from ..models.user import User
    from ..models.user_group import UserGroup


T = TypeVar("T", bound="AccountUser")


@_attrs_define
class AccountUser:
    """A user's membership in one account, as returned by the account sub-collection
    (QA swagger: `AccountUserQueryModel`; 2025 spec: `AccountUser`). `user` is the user,
    while `groups`, `modules`, `buyers` and `invitation` describe the user within this
    account.

        Attributes:
            id (str | Unset): Account-user identifier (`AUSR-dddd-dddd-dddd` per the 2024 spec and the docs). The
                2026 client's e2e tests pass this id back as the `{userId}` of the sub-collection,
                which suggests the current service may answer with the `USR-` id here, so both
                forms are accepted. Use `user.id` for the sub-collection paths.
            audit (AccountUserAudit | Unset): Audit events of an account user (QA swagger: `AccountUserAudit`). `joined` is
                set when the
                invitation is accepted, and `access` when the user last switched into the account.
            meta (Metadata | Unset): Representation metadata of a resource (`$meta`; QA swagger: `QueryModelMetadata`).
            href (str | Unset): Relative reference to the object in the API (`/v1/accounts/account-users/{id}`).
            user (User | Unset): A platform user (QA swagger: `UserQueryModel`; 2025 spec: `User`). The graph is circular:
                `audit.*.by` is an `Identity`, `accounts`/`currentAccount` are `Account`s whose `groups`
                contain `UserGroup`s, which contain `users` again. Each nested object lists in
                `$meta.omitted` the fields the service left out. The docs also describe the user fields
                `SSO`, `acceptedTerms`, `groups` and `invitation`. They are not in the real spec and are
                not modelled.
            groups (list[UserGroup] | Unset): User groups of the user in this account.
            buyers (list[Buyer] | None | Unset): Buyers the user may act for in this account (through its groups).
            modules (list[Module] | Unset): Modules granted to the user in this account (through its groups).
            account (Account | Unset): A platform account: client, vendor or operations (QA swagger: `AccountQueryModel`;
                2025
                spec: `Account`). The QA swagger marks `name`, `status` and `type` as required. These
                are create-time validation attributes, and nested or projected accounts omit them (e.g.
                `{id, href, icon, name}`), so they are optional here.
            invitation (Invitation | Unset): Invitation state of a user in an account (QA swagger: `InvitationQueryModel`).
                The docs
                examples also show an `invitation.code`. The spec has `url` instead, and this schema
                follows the spec.
    """

    id: str | Unset = UNSET
    audit: AccountUserAudit | Unset = UNSET
    meta: Metadata | Unset = UNSET
    href: str | Unset = UNSET
    user: User | Unset = UNSET
    groups: list[UserGroup] | Unset = UNSET
    buyers: list[Buyer] | None | Unset = UNSET
    modules: list[Module] | Unset = UNSET
    account: Account | Unset = UNSET
    invitation: Invitation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        audit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audit, Unset):
            audit = self.audit.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        href = self.href

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        buyers: list[dict[str, Any]] | None | Unset
        if isinstance(self.buyers, Unset):
            buyers = UNSET
        elif isinstance(self.buyers, list):
            buyers = []
            for buyers_type_0_item_data in self.buyers:
                buyers_type_0_item = buyers_type_0_item_data.to_dict()
                buyers.append(buyers_type_0_item)

        else:
            buyers = self.buyers

        modules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.modules, Unset):
            modules = []
            for modules_item_data in self.modules:
                modules_item = modules_item_data.to_dict()
                modules.append(modules_item)

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        invitation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invitation, Unset):
            invitation = self.invitation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if audit is not UNSET:
            field_dict["audit"] = audit
        if meta is not UNSET:
            field_dict["$meta"] = meta
        if href is not UNSET:
            field_dict["href"] = href
        if user is not UNSET:
            field_dict["user"] = user
        if groups is not UNSET:
            field_dict["groups"] = groups
        if buyers is not UNSET:
            field_dict["buyers"] = buyers
        if modules is not UNSET:
            field_dict["modules"] = modules
        if account is not UNSET:
            field_dict["account"] = account
        if invitation is not UNSET:
            field_dict["invitation"] = invitation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.account_user_audit import AccountUserAudit  # noqa: PLC0415
        from ..models.buyer import Buyer  # noqa: PLC0415
        from ..models.invitation import Invitation  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.module import Module  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415
        from ..models.user_group import UserGroup  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _audit = d.pop("audit", UNSET)
        audit: AccountUserAudit | Unset
        if isinstance(_audit, Unset):
            audit = UNSET
        else:
            audit = AccountUserAudit.from_dict(_audit)

        _meta = d.pop("$meta", UNSET)
        meta: Metadata | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = Metadata.from_dict(_meta)

        href = d.pop("href", UNSET)

        _user = d.pop("user", UNSET)
        user: User | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = User.from_dict(_user)

        _groups = d.pop("groups", UNSET)
        groups: list[UserGroup] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = UserGroup.from_dict(groups_item_data)

                groups.append(groups_item)

        def _parse_buyers(data: object) -> list[Buyer] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                buyers_type_0 = []
                _buyers_type_0 = data
                for buyers_type_0_item_data in _buyers_type_0:
                    buyers_type_0_item = Buyer.from_dict(buyers_type_0_item_data)

                    buyers_type_0.append(buyers_type_0_item)

                return buyers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Buyer] | None | Unset, data)

        buyers = _parse_buyers(d.pop("buyers", UNSET))

        _modules = d.pop("modules", UNSET)
        modules: list[Module] | Unset = UNSET
        if _modules is not UNSET:
            modules = []
            for modules_item_data in _modules:
                modules_item = Module.from_dict(modules_item_data)

                modules.append(modules_item)

        _account = d.pop("account", UNSET)
        account: Account | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = Account.from_dict(_account)

        _invitation = d.pop("invitation", UNSET)
        invitation: Invitation | Unset
        if isinstance(_invitation, Unset):
            invitation = UNSET
        else:
            invitation = Invitation.from_dict(_invitation)

        account_user = cls(
            id=id,
            audit=audit,
            meta=meta,
            href=href,
            user=user,
            groups=groups,
            buyers=buyers,
            modules=modules,
            account=account,
            invitation=invitation,
        )

        account_user.additional_properties = d
        return account_user

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
