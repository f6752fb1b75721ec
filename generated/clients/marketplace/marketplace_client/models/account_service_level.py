from enum import StrEnum


class AccountServiceLevel(StrEnum):
    DSC = "Dsc"
    ELITE = "Elite"
    EXPRESS = "Express"
    FOCUS = "Focus"
    NOTAPPLICABLE = "NotApplicable"
    RUNNERS = "Runners"
    STRATEGICS = "Strategics"

    def __str__(self) -> str:
        return str(self.value)
