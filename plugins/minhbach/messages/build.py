"""Messages of the build step (placeholder until the site lands)."""

MESSAGES: dict[str, tuple[str, str]] = {}
