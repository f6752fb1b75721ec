from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_status import UserStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phone_number_input import PhoneNumberInput
    from ..models.user_settings_input import UserSettingsInput


T = TypeVar("T", bound="UserUpdate")


@_attrs_define
class UserUpdate:
    """Partial user for `PUT /v1/accounts/users/{id}`. Every field is optional, and only the
    fields that are sent change. The real spec wraps this in `UserQueryModelDelta`
    (`{node, path, data: UserQueryModel, isDefined}`), which is Swashbuckle's rendering of an
    ASP.NET `Delta<T>` binder. The official Python client sends this plain object. The
    fields are those the client sends. Length limits come from the create DTOs of the same
    spec (`UserProfileDto`, `SetPhoneNumberDto`, `SetUserSettingsDto`), because the
    `Delta<UserQueryModel>` declares none.

        Attributes:
            first_name (str | Unset): New first name.
            last_name (str | Unset): New last name.
            email (str | Unset): New e-mail address: stored in NFC; no invisible or control characters; another
                spelling (case, composition) of a used address is a 400 (see "E-mail addresses").
            status (UserStatus | Unset): Status of a user. The enum comes from the docs (users page and user state diagram,
                which
                renders `InvitationExpired` as "Invitation expired"); the spec declares a plain string.
                `New` is listed on the users page without a definition. `Invited`: invited, the
                invitation has not been accepted yet. `InvitationExpired`: not accepted within 7 days. `Active`: can sign in and
                work. `Blocked`: prevented from signing in. `Disabled`: removed from the account.
                `Deleted`: no longer exists. `Invited` and `InvitationExpired` apply only while the user
                has not yet joined an account.
            phone (PhoneNumberInput | Unset): Phone number as input (QA swagger: `SetPhoneNumberDto`).
            settings (UserSettingsInput | Unset): User settings as input (QA swagger: `SetUserSettingsDto`).
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    status: UserStatus | Unset = UNSET
    phone: PhoneNumberInput | Unset = UNSET
    settings: UserSettingsInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        phone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone, Unset):
            phone = self.phone.to_dict()

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if status is not UNSET:
            field_dict["status"] = status
        if phone is not UNSET:
            field_dict["phone"] = phone
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.phone_number_input import PhoneNumberInput  # noqa: PLC0415
        from ..models.user_settings_input import UserSettingsInput  # noqa: PLC0415

        d = dict(src_dict)
        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        email = d.pop("email", UNSET)

        _status = d.pop("status", UNSET)
        status: UserStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = UserStatus(_status)

        _phone = d.pop("phone", UNSET)
        phone: PhoneNumberInput | Unset
        if isinstance(_phone, Unset):
            phone = UNSET
        else:
            phone = PhoneNumberInput.from_dict(_phone)

        _settings = d.pop("settings", UNSET)
        settings: UserSettingsInput | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = UserSettingsInput.from_dict(_settings)

        user_update = cls(
            first_name=first_name,
            last_name=last_name,
            email=email,
            status=status,
            phone=phone,
            settings=settings,
        )

        user_update.additional_properties = d
        return user_update

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
