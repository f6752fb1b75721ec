from enum import StrEnum


class BuyerStatus(StrEnum):
    ACTIVE = "Active"
    CONFLICT = "Conflict"
    DELETED = "Deleted"
    DISABLED = "Disabled"
    ENABLED = "Enabled"
    MISMATCH = "Mismatch"
    UNASSIGNED = "Unassigned"

    def __str__(self) -> str:
        return str(self.value)
