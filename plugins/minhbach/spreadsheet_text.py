"""Text that a spreadsheet would take for a formula (formula or "CSV" injection).

A student's or guardian's name comes from a school's list or a pull request: written into the
office's workbooks as it comes, ``=HYPERLINK("http://…","Bấm vào đây")`` became a working link.
Excel and LibreOffice start a formula at ``=``, ``+``, ``-`` or ``@``, also after a tab or a line
break pasted in front. The writers store every text as text whatever it starts with; this module
only says which values deserve the extra guard (Excel's quote prefix, which keeps a cell text even
when someone edits it) and which ones ``minhbach import`` warns about.
"""

from __future__ import annotations

FORMULA_STARTS = frozenset("=+-@")
_PASTED_BEFORE = "\t\r\n"
_FIRST = FORMULA_STARTS | frozenset(_PASTED_BEFORE)


def looks_like_formula(text: str) -> bool:
    """True when ``text`` typed into a cell (or read from a CSV) would start a formula."""
    if text[:1] not in _FIRST:  # the usual case, a million times in a province's lists
        return False
    return text.lstrip(_PASTED_BEFORE)[:1] in FORMULA_STARTS
