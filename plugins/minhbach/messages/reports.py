"""Messages of reports (filled in by its issue)."""

MESSAGES: dict[str, tuple[str, str]] = {}
