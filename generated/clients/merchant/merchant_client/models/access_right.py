from enum import StrEnum


class AccessRight(StrEnum):
    ACCESS_RIGHT_UNSPECIFIED = "ACCESS_RIGHT_UNSPECIFIED"
    ADMIN = "ADMIN"
    API_DEVELOPER = "API_DEVELOPER"
    PERFORMANCE_REPORTING = "PERFORMANCE_REPORTING"
    READ_ONLY = "READ_ONLY"
    STANDARD = "STANDARD"

    def __str__(self) -> str:
        return str(self.value)
