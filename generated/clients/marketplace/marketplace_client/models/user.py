from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_status import UserStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.metadata import Metadata
    from ..models.phone_number import PhoneNumber
    from ..models.user_audit import UserAudit
    from ..models.user_settings import UserSettings


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A platform user (QA swagger: `UserQueryModel`; 2025 spec: `User`). The graph is circular:
    `audit.*.by` is an `Identity`, `accounts`/`currentAccount` are `Account`s whose `groups`
    contain `UserGroup`s, which contain `users` again. Each nested object lists in
    `$meta.omitted` the fields the service left out. The docs also describe the user fields
    `SSO`, `acceptedTerms`, `groups` and `invitation`. They are not in the real spec and are
    not modelled.

        Attributes:
            id (str | Unset): Primary user identifier.
            audit (UserAudit | Unset): Audit events of a user (QA swagger: `UserAudit`). Events cannot be set through the
                API and
                are ignored on input. Omitted by default in lists; add with `select=+audit`.
            meta (Metadata | Unset): Representation metadata of a resource (`$meta`; QA swagger: `QueryModelMetadata`).
            href (str | Unset): Relative reference to the object in the API (`/v1/accounts/users/{id}`). Some doc
                examples show it without `/v1` (`/users/USR-…`), so treat it as an opaque string.
            email (str | Unset): E-mail address of the user, stored in NFC and unique in the platform regardless of
                case (see "E-mail addresses" in the API description).
            status (UserStatus | Unset): Status of a user. The enum comes from the docs (users page and user state diagram,
                which
                renders `InvitationExpired` as "Invitation expired"); the spec declares a plain string.
                `New` is listed on the users page without a definition. `Invited`: invited, the
                invitation has not been accepted yet. `InvitationExpired`: not accepted within 7 days. `Active`: can sign in and
                work. `Blocked`: prevented from signing in. `Disabled`: removed from the account.
                `Deleted`: no longer exists. `Invited` and `InvitationExpired` apply only while the user
                has not yet joined an account.
            phone (PhoneNumber | Unset): Country code and phone number (QA swagger: `PhoneNumberQueryModel`).
            first_name (str | Unset): First name of the user.
            last_name (str | Unset): Last name of the user.
            icon (None | str | Unset): Reference to the user's icon. It is set through the multipart update; it can be
                downloaded with `GET /v1/accounts/users/{id}/icon`, which is not covered here.
            last_login_at (datetime.datetime | None | Unset): When the user last signed in; `null` if never.
            settings (UserSettings | Unset): User preferences (QA swagger: `UserSettingsQueryModel`).
            name (str | Unset): Full name of the user (computed from first and last name).
            accounts (list[Account] | Unset): Accounts the user belongs to. Only in the global context
                (`/v1/accounts/users`), not
                in account sub-collections.
            current_account (Account | Unset): A platform account: client, vendor or operations (QA swagger:
                `AccountQueryModel`; 2025
                spec: `Account`). The QA swagger marks `name`, `status` and `type` as required. These
                are create-time validation attributes, and nested or projected accounts omit them (e.g.
                `{id, href, icon, name}`), so they are optional here.
    """

    id: str | Unset = UNSET
    audit: UserAudit | Unset = UNSET
    meta: Metadata | Unset = UNSET
    href: str | Unset = UNSET
    email: str | Unset = UNSET
    status: UserStatus | Unset = UNSET
    phone: PhoneNumber | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    icon: None | str | Unset = UNSET
    last_login_at: datetime.datetime | None | Unset = UNSET
    settings: UserSettings | Unset = UNSET
    name: str | Unset = UNSET
    accounts: list[Account] | Unset = UNSET
    current_account: Account | Unset = UNSET
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

        email = self.email

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        phone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone, Unset):
            phone = self.phone.to_dict()

        first_name = self.first_name

        last_name = self.last_name

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        last_login_at: None | str | Unset
        if isinstance(self.last_login_at, Unset):
            last_login_at = UNSET
        elif isinstance(self.last_login_at, datetime.datetime):
            last_login_at = self.last_login_at.isoformat()
        else:
            last_login_at = self.last_login_at

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        name = self.name

        accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accounts, Unset):
            accounts = []
            for accounts_item_data in self.accounts:
                accounts_item = accounts_item_data.to_dict()
                accounts.append(accounts_item)

        current_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_account, Unset):
            current_account = self.current_account.to_dict()

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
        if email is not UNSET:
            field_dict["email"] = email
        if status is not UNSET:
            field_dict["status"] = status
        if phone is not UNSET:
            field_dict["phone"] = phone
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if icon is not UNSET:
            field_dict["icon"] = icon
        if last_login_at is not UNSET:
            field_dict["lastLoginAt"] = last_login_at
        if settings is not UNSET:
            field_dict["settings"] = settings
        if name is not UNSET:
            field_dict["name"] = name
        if accounts is not UNSET:
            field_dict["accounts"] = accounts
        if current_account is not UNSET:
            field_dict["currentAccount"] = current_account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.phone_number import PhoneNumber  # noqa: PLC0415
        from ..models.user_audit import UserAudit  # noqa: PLC0415
        from ..models.user_settings import UserSettings  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _audit = d.pop("audit", UNSET)
        audit: UserAudit | Unset
        if isinstance(_audit, Unset):
            audit = UNSET
        else:
            audit = UserAudit.from_dict(_audit)

        _meta = d.pop("$meta", UNSET)
        meta: Metadata | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = Metadata.from_dict(_meta)

        href = d.pop("href", UNSET)

        email = d.pop("email", UNSET)

        _status = d.pop("status", UNSET)
        status: UserStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = UserStatus(_status)

        _phone = d.pop("phone", UNSET)
        phone: PhoneNumber | Unset
        if isinstance(_phone, Unset):
            phone = UNSET
        else:
            phone = PhoneNumber.from_dict(_phone)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        def _parse_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        icon = _parse_icon(d.pop("icon", UNSET))

        def _parse_last_login_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_login_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_login_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_login_at = _parse_last_login_at(d.pop("lastLoginAt", UNSET))

        _settings = d.pop("settings", UNSET)
        settings: UserSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = UserSettings.from_dict(_settings)

        name = d.pop("name", UNSET)

        _accounts = d.pop("accounts", UNSET)
        accounts: list[Account] | Unset = UNSET
        if _accounts is not UNSET:
            accounts = []
            for accounts_item_data in _accounts:
                accounts_item = Account.from_dict(accounts_item_data)

                accounts.append(accounts_item)

        _current_account = d.pop("currentAccount", UNSET)
        current_account: Account | Unset
        if isinstance(_current_account, Unset):
            current_account = UNSET
        else:
            current_account = Account.from_dict(_current_account)

        user = cls(
            id=id,
            audit=audit,
            meta=meta,
            href=href,
            email=email,
            status=status,
            phone=phone,
            first_name=first_name,
            last_name=last_name,
            icon=icon,
            last_login_at=last_login_at,
            settings=settings,
            name=name,
            accounts=accounts,
            current_account=current_account,
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
