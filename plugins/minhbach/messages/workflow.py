"""Messages of workflow (filled in by its issue)."""

MESSAGES: dict[str, tuple[str, str]] = {}
