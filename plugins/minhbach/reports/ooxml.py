"""OOXML properties set in the order the schema fixes: Word refuses a file that breaks it.

python-docx keeps the order only for the properties it knows; the reports set a few more
(a paragraph's border, a table's borders, indent and cell margins, a row's "never split").
"""

from __future__ import annotations

from docx.oxml.ns import qn

_PARAGRAPH_ORDER = (
    "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers "
    "pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE "
    "autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents "
    "suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle "
    "rPr sectPr pPrChange"
)
_TABLE_ORDER = (
    "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc "
    "tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption "
    "tblDescription tblPrChange"
)
_ROW_ORDER = (
    "cnfStyle divId gridBefore gridAfter wBefore wAfter cantSplit trHeight tblHeader "
    "tblCellSpacing jc hidden ins del trPrChange"
)
PARAGRAPH_PROPERTIES = [qn(f"w:{tag}") for tag in _PARAGRAPH_ORDER.split()]
TABLE_PROPERTIES = [qn(f"w:{tag}") for tag in _TABLE_ORDER.split()]
ROW_PROPERTIES = [qn(f"w:{tag}") for tag in _ROW_ORDER.split()]


def set_in_order(parent, element, order: list[str]) -> None:
    """Set one property: replace the one there, or insert it at its place in ``order``."""
    old = parent.find(element.tag)
    if old is not None:
        parent.replace(old, element)
        return
    rank = order.index(element.tag)
    later = next((c for c in parent if c.tag in order and order.index(c.tag) > rank), None)
    if later is not None:
        later.addprevious(element)
    else:
        parent.append(element)
