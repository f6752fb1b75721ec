"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_eligibility import AccountEligibility
from .account_external_ids import AccountExternalIds
from .account_reference import AccountReference
from .account_service_level import AccountServiceLevel
from .account_status import AccountStatus
from .account_type import AccountType
from .account_user import AccountUser
from .account_user_audit import AccountUserAudit
from .account_user_legacy import AccountUserLegacy
from .account_user_legacy_audit import AccountUserLegacyAudit
from .account_user_legacy_list import AccountUserLegacyList
from .account_user_list import AccountUserList
from .address import Address
from .audit import Audit
from .buyer import Buyer
from .buyer_audit import BuyerAudit
from .buyer_external_ids import BuyerExternalIds
from .buyer_status import BuyerStatus
from .contact import Contact
from .create_account_user import CreateAccountUser
from .date_event import DateEvent
from .event import Event
from .identity import Identity
from .invitation import Invitation
from .invitation_input import InvitationInput
from .invitation_status import InvitationStatus
from .list_metadata import ListMetadata
from .metadata import Metadata
from .module import Module
from .module_filters import ModuleFilters
from .module_settings import ModuleSettings
from .pagination import Pagination
from .parametrised_message import ParametrisedMessage
from .phone_number import PhoneNumber
from .phone_number_input import PhoneNumberInput
from .problem_details import ProblemDetails
from .problem_details_error import ProblemDetailsError
from .seller import Seller
from .seller_status import SellerStatus
from .set_password import SetPassword
from .user import User
from .user_audit import UserAudit
from .user_group import UserGroup
from .user_group_reference import UserGroupReference
from .user_list import UserList
from .user_profile import UserProfile
from .user_settings import UserSettings
from .user_settings_input import UserSettingsInput
from .user_status import UserStatus
from .user_update import UserUpdate
from .user_update_form import UserUpdateForm
from .validation_errors import ValidationErrors

__all__ = (
    "Account",
    "AccountEligibility",
    "AccountExternalIds",
    "AccountReference",
    "AccountServiceLevel",
    "AccountStatus",
    "AccountType",
    "AccountUser",
    "AccountUserAudit",
    "AccountUserLegacy",
    "AccountUserLegacyAudit",
    "AccountUserLegacyList",
    "AccountUserList",
    "Address",
    "Audit",
    "Buyer",
    "BuyerAudit",
    "BuyerExternalIds",
    "BuyerStatus",
    "Contact",
    "CreateAccountUser",
    "DateEvent",
    "Event",
    "Identity",
    "Invitation",
    "InvitationInput",
    "InvitationStatus",
    "ListMetadata",
    "Metadata",
    "Module",
    "ModuleFilters",
    "ModuleSettings",
    "Pagination",
    "ParametrisedMessage",
    "PhoneNumber",
    "PhoneNumberInput",
    "ProblemDetails",
    "ProblemDetailsError",
    "Seller",
    "SellerStatus",
    "SetPassword",
    "User",
    "UserAudit",
    "UserGroup",
    "UserGroupReference",
    "UserList",
    "UserProfile",
    "UserSettings",
    "UserSettingsInput",
    "UserStatus",
    "UserUpdate",
    "UserUpdateForm",
    "ValidationErrors",
)
