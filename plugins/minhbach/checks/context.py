"""What the checks need to know besides the records: the day they are judged on, thresholds."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class CheckContext:
    """``as_of`` is the day for "not in the future", ages and consent (``--as-of``, default today)."""

    as_of: dt.date
    waiting_warning_days: int = 30
