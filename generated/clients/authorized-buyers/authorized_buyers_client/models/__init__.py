"""Contains all the data models used in inputs/outputs"""

from .alt import Alt
from .client_user import ClientUser
from .client_user_invitation import ClientUserInvitation
from .google_error import GoogleError
from .google_error_body import GoogleErrorBody
from .google_error_detail import GoogleErrorDetail
from .google_legacy_error import GoogleLegacyError
from .google_rpc_code import GoogleRpcCode
from .list_client_user_invitations_response import ListClientUserInvitationsResponse
from .list_client_users_response import ListClientUsersResponse
from .user_status import UserStatus
from .xgafv import Xgafv

__all__ = (
    "Alt",
    "ClientUser",
    "ClientUserInvitation",
    "GoogleError",
    "GoogleErrorBody",
    "GoogleErrorDetail",
    "GoogleLegacyError",
    "GoogleRpcCode",
    "ListClientUserInvitationsResponse",
    "ListClientUsersResponse",
    "UserStatus",
    "Xgafv",
)
