from enum import StrEnum


class InvitationStatus(StrEnum):
    ACTIVE = "Active"
    INVITATIONEXPIRED = "InvitationExpired"
    INVITED = "Invited"

    def __str__(self) -> str:
        return str(self.value)
