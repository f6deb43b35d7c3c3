"""What kind of terminal this is, who owns it and why it stops: these decide the path."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class TerminalType(StrEnum):
    HARDWARE = "hardware"  # countertop, smart or e-signature terminal
    SOFTWARE = "software"  # an app or cash-register software
    MOBILE = "mobile"  # card reader paired with a phone (mPOS)


class Ownership(StrEnum):
    LEASED = "leased"
    BOUGHT = "bought"
    DEPOSIT = "deposit"  # lent against a deposit (押金)


class Reason(StrEnum):
    CLOSING = "closing"  # business change or closing down
    FAULT = "fault"  # fault or damage
    SUSPENDED = "suspended"  # suspended by the payment institution
    SWITCHING = "switching"  # switching to another provider
    OTHER = "other"


class FaultOutcome(StrEnum):
    """A faulty terminal may be repaired or replaced instead of closed."""

    REPAIR = "repair"
    REPLACE = "replace"
    CLOSE = "close"


@dataclass(frozen=True)
class Profile:
    terminal_type: TerminalType = TerminalType.HARDWARE
    ownership: Ownership = Ownership.LEASED
    reason: Reason = Reason.CLOSING
    fault_outcome: FaultOutcome = FaultOutcome.REPAIR

    @property
    def closes_for_good(self) -> bool:
        """False only when a faulty terminal is being repaired or replaced."""
        return not (self.reason is Reason.FAULT and self.fault_outcome is not FaultOutcome.CLOSE)

    @property
    def has_device(self) -> bool:
        return self.terminal_type is not TerminalType.SOFTWARE
