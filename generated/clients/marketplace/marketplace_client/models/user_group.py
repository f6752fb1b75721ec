from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.audit import Audit
    from ..models.buyer import Buyer
    from ..models.metadata import Metadata
    from ..models.module import Module
    from ..models.user import User


T = TypeVar("T", bound="UserGroup")


@_attrs_define
class UserGroup:
    """A user group of an account: grants modules (permissions) and buyers to its users
    (QA swagger: `UserGroupQueryModel`; 2025 spec: `UserGroup`).

        Attributes:
            id (str | Unset): User-group identifier.
            audit (Audit | Unset): Creation and last-update events of an object (QA swagger: `QueryModelAudit`).
            meta (Metadata | Unset): Representation metadata of a resource (`$meta`; QA swagger: `QueryModelMetadata`).
            href (str | Unset): Relative reference to the group in the API.
            name (str | Unset): Name of the group.
            description (None | str | Unset): Description of the group.
            account (Account | Unset): A platform account: client, vendor or operations (QA swagger: `AccountQueryModel`;
                2025
                spec: `Account`). The QA swagger marks `name`, `status` and `type` as required. These
                are create-time validation attributes, and nested or projected accounts omit them (e.g.
                `{id, href, icon, name}`), so they are optional here.
            modules (list[Module] | Unset): Modules (permission sets) granted by the group.
            logo (None | str | Unset): Reference to the group's logo; the docs show `""` when there is none.
            is_default (bool | Unset): Whether this is a default group of the account.
            users (list[User] | Unset): Users in the group.
            buyers (list[Buyer] | None | Unset): Buyers the group's users may act for.
    """

    id: str | Unset = UNSET
    audit: Audit | Unset = UNSET
    meta: Metadata | Unset = UNSET
    href: str | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    account: Account | Unset = UNSET
    modules: list[Module] | Unset = UNSET
    logo: None | str | Unset = UNSET
    is_default: bool | Unset = UNSET
    users: list[User] | Unset = UNSET
    buyers: list[Buyer] | None | Unset = UNSET
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

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        modules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.modules, Unset):
            modules = []
            for modules_item_data in self.modules:
                modules_item = modules_item_data.to_dict()
                modules.append(modules_item)

        logo: None | str | Unset
        if isinstance(self.logo, Unset):
            logo = UNSET
        else:
            logo = self.logo

        is_default = self.is_default

        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

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
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if account is not UNSET:
            field_dict["account"] = account
        if modules is not UNSET:
            field_dict["modules"] = modules
        if logo is not UNSET:
            field_dict["logo"] = logo
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default
        if users is not UNSET:
            field_dict["users"] = users
        if buyers is not UNSET:
            field_dict["buyers"] = buyers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.audit import Audit  # noqa: PLC0415
        from ..models.buyer import Buyer  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.module import Module  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _audit = d.pop("audit", UNSET)
        audit: Audit | Unset
        if isinstance(_audit, Unset):
            audit = UNSET
        else:
            audit = Audit.from_dict(_audit)

        _meta = d.pop("$meta", UNSET)
        meta: Metadata | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = Metadata.from_dict(_meta)

        href = d.pop("href", UNSET)

        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _account = d.pop("account", UNSET)
        account: Account | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = Account.from_dict(_account)

        _modules = d.pop("modules", UNSET)
        modules: list[Module] | Unset = UNSET
        if _modules is not UNSET:
            modules = []
            for modules_item_data in _modules:
                modules_item = Module.from_dict(modules_item_data)

                modules.append(modules_item)

        def _parse_logo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo = _parse_logo(d.pop("logo", UNSET))

        is_default = d.pop("isDefault", UNSET)

        _users = d.pop("users", UNSET)
        users: list[User] | Unset = UNSET
        if _users is not UNSET:
            users = []
            for users_item_data in _users:
                users_item = User.from_dict(users_item_data)

                users.append(users_item)

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

        user_group = cls(
            id=id,
            audit=audit,
            meta=meta,
            href=href,
            name=name,
            description=description,
            account=account,
            modules=modules,
            logo=logo,
            is_default=is_default,
            users=users,
            buyers=buyers,
        )

        user_group.additional_properties = d
        return user_group

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
