from enum import StrEnum


class SellerStatus(StrEnum):
    ACTIVE = "Active"
    DELETED = "Deleted"
    DISABLED = "Disabled"
    OFFLINE = "Offline"

    def __str__(self) -> str:
        return str(self.value)
