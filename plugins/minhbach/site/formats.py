"""Vietnamese formats for the templates (DESIGN "Decisions", "Formats"): Babel's ``vi`` locale.

Money is "1.500.000 ₫" with a no-break space before ₫; dates are dd/MM/yyyy as an explicit
pattern (Babel's own short ``vi`` date is d/M/yy). ``in_sentence`` writes a label inside a sentence
("13 máy tính bảng").
"""

from __future__ import annotations

from minhbach.formats import date as date_vn
from minhbach.formats import money, number
from minhbach.labels import in_sentence

FILTERS = {"money": money, "number": number, "date_vn": date_vn, "in_sentence": in_sentence}
