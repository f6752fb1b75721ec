from enum import StrEnum


class UserStatus(StrEnum):
    ACTIVE = "Active"
    BLOCKED = "Blocked"
    DELETED = "Deleted"
    DISABLED = "Disabled"
    INVITATIONEXPIRED = "InvitationExpired"
    INVITED = "Invited"
    NEW = "New"

    def __str__(self) -> str:
        return str(self.value)
