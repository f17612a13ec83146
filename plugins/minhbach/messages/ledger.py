"""Messages of the cross-record checks and the ledger."""

MESSAGES: dict[str, tuple[str, str]] = {}
