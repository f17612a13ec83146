"""Every use of a library's private API, one function each, so an upgrade breaks one place.

tests/test_private_api.py pins what each function relies on with the installed version: an
upgrade (the versions are pinned in pyproject.toml and requirements.lock) that renames or
changes one of them fails that test, not a report at a province's scale.

* openpyxl: ``cell._style``, the look (font, border, fill, number format) of a cell as one
  shared array. Copying it is the fast way to give the cells of one kind the same named style
  (minhbach.reports.xlsx_layout); there is no public way to share a look.
* python-docx: ``table._tbl``, ``row._tr``, ``paragraph._p``, ``run._r``, the XML elements
  behind the proxies. Word features python-docx does not cover (page-number fields, borders,
  repeated header rows, table indents) and the fast copied rows of a large table
  (minhbach.reports.docx_layout) are made on them.
* argparse: its module-level ``_`` and ``ngettext`` (gettext's functions, looked up when a
  message is made). argparse has no other way to put its own words ("usage:", "the following
  arguments are required") in the user's language (minhbach.cli.argparse_text). And
  ``HelpFormatter._get_help_string`` and ``_metavar_formatter``, the hooks argparse's own
  formatters override, through which help texts and metavars are given in English.
* Pelican: ``pelican.log.console``, the rich console its log handler writes to. Quieting it
  keeps Pelican's own progress lines off the terminal while ``minhbach build`` shows its own
  (minhbach.build.pelican_run); Pelican has no setting for that when run in-process.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from docx.oxml.table import CT_Row, CT_Tbl
    from docx.oxml.text.paragraph import CT_P
    from docx.oxml.text.run import CT_R
    from docx.table import Table, _Row
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles.cell_style import StyleArray


def cell_look(cell: WriteOnlyCell) -> StyleArray:
    """The look openpyxl worked out for ``cell`` (after ``cell.style = name``)."""
    return cell._style


def set_cell_look(cell: WriteOnlyCell, look: StyleArray) -> None:
    """Give ``cell`` a look worked out once for another cell of the same workbook."""
    cell._style = look


def table_element(table: Table) -> CT_Tbl:
    """The ``w:tbl`` element of a python-docx table."""
    return table._tbl


def row_element(row: _Row) -> CT_Row:
    """The ``w:tr`` element of a python-docx table row."""
    return row._tr


def paragraph_element(paragraph: Paragraph) -> CT_P:
    """The ``w:p`` element of a python-docx paragraph."""
    return paragraph._p


def run_element(run: Run) -> CT_R:
    """The ``w:r`` element of a python-docx run."""
    return run._r


@contextmanager
def pelican_quiet() -> Iterator[None]:
    """Pelican's console silent for the block (its log records still reach logging handlers)."""
    from pelican.log import console

    quiet = console.quiet
    console.quiet = True
    try:
        yield
    finally:
        console.quiet = quiet


@contextmanager
def argparse_words(
    translate: Callable[[str], str], translate_plural: Callable[[str, str, int], str]
) -> Iterator[None]:
    """argparse's own words pass through ``translate`` (and ``translate_plural``) in the block."""
    import argparse

    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = translate, translate_plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


def argparse_word(text: str) -> str:
    """``text`` as argparse's words are said now (see ``argparse_words``)."""
    import argparse

    return argparse._(text)  # type: ignore[attr-defined]


def translating_formatter(translate: Callable[[str], str]) -> type:
    """A help formatter that says every help text, description and metavar through ``translate``."""
    import argparse
    import copy

    class Formatter(argparse.HelpFormatter):
        def _get_help_string(self, action: argparse.Action) -> str | None:
            return translate(action.help) if action.help else action.help

        def add_text(self, text: str | None) -> None:
            super().add_text(translate(text) if text else text)

        def _metavar_formatter(self, action: argparse.Action, default_metavar: str):
            if isinstance(action.metavar, str):
                action = copy.copy(action)
                action.metavar = translate(action.metavar)
            return super()._metavar_formatter(action, default_metavar)

    return Formatter
