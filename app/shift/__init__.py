"""The officer's shift (Decision 1572 3.3): the start-of-shift review and the handover note."""
