from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phone_number_input import PhoneNumberInput
    from ..models.user_settings_input import UserSettingsInput


T = TypeVar("T", bound="UserProfile")


@_attrs_define
class UserProfile:
    """The invited user's profile (QA swagger: `UserProfileDto`).

    Attributes:
        email (str): E-mail address the invitation is sent to. A live user whose address is another
            spelling of it (case, composition) is that user; invisible or control characters are
            a 400 (see "E-mail addresses" in the API description).
        first_name (str): First name.
        last_name (str): Last name.
        phone (PhoneNumberInput | Unset): Phone number as input (QA swagger: `SetPhoneNumberDto`).
        settings (UserSettingsInput | Unset): User settings as input (QA swagger: `SetUserSettingsDto`).
    """

    email: str
    first_name: str
    last_name: str
    phone: PhoneNumberInput | Unset = UNSET
    settings: UserSettingsInput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        phone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone, Unset):
            phone = self.phone.to_dict()

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "firstName": first_name,
                "lastName": last_name,
            }
        )
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
        email = d.pop("email")

        first_name = d.pop("firstName")

        last_name = d.pop("lastName")

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

        user_profile = cls(
            email=email,
            first_name=first_name,
            last_name=last_name,
            phone=phone,
            settings=settings,
        )

        return user_profile
