"""Messages of site (filled in by its issue)."""

MESSAGES: dict[str, tuple[str, str]] = {}
