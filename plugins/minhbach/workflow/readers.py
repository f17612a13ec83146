"""Reading a school's list (.xlsx or .csv) into a plain table of cells, row numbers kept.

This is the import's edge: after it, rows are plain Python values. For .xlsx, merged cells are
filled with their top-left value (a class merged down over its students belongs to each of
them) and formulas are read from Excel's cached results; a formula Excel never calculated
(a file written by another program) is marked, so the row gets an error instead of a blank.
CSV files come from Excel or LibreOffice in whatever encoding they chose: UTF-8 with or without
a byte-order mark, UTF-16, or Windows' Vietnamese code page 1258.

A file is measured before it is parsed (``SheetLimits``): an .xlsx is a zip archive, and a 1 MB
one can unpack to gigabytes. Its directory says how large each part unpacks (Python's zip reader
never gives more than that, and checks it), and the cells of the sheets are counted by a
streaming look at their XML, so a hostile file is refused in a fraction of a second with little
memory, instead of running for minutes into a MemoryError (issue 15).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from minhbach.workflow.columns import header_score

Merge = tuple[int, int, int, int]  # min_row, min_col, max_row, max_col (1-based, inclusive)


class UnreadableFile(Exception):
    """The file cannot be read as a list: wrong kind, damaged, or no sheet with a header.

    ``code`` names the message (messages/workflow.py), said in the user's language (bad usage).
    """

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def message(self, lang: str = "vi") -> str:
        from minhbach.messages import render

        return render(self.code, lang, self.params)


class TooLarge(Exception):
    """The file is over a ``SheetLimits`` limit; ``code`` names the message (data: exit 1)."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = tuple(params.items())


@dataclass(frozen=True)
class SheetLimits:
    """How much a school's list may hold. A list of a few thousand students is a few megabytes
    and some tens of thousands of cells; the limits leave a wide margin above that and keep
    openpyxl's memory (a few hundred bytes per cell) to a few hundred megabytes at most."""

    max_bytes: int = 50 * 1024 * 1024  # unpacked: every part of a workbook, or a CSV file
    max_cells: int = 200_000


_MB = 1024 * 1024
# A cell element in a sheet's XML, with or without a namespace prefix: <c r="A1">, <x:c>, <c/>.
_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c[\s/>]")
_CHUNK = 1 << 20


@dataclass
class Table:
    """One sheet: ``rows`` are (row number as the user sees it, cell values) in order."""

    name: str
    rows: list[tuple[int, list[object]]]
    merges: list[Merge] = field(default_factory=list)
    uncalculated: set[tuple[int, int]] = field(default_factory=set)  # (row, column), 1-based
    encoding: str | None = None


def read_table(path: Path, limits: SheetLimits = SheetLimits()) -> Table:
    """The sheet of ``path`` that looks most like a list of students.

    Raises ``TooLarge`` for a file over ``limits``, ``UnreadableFile`` for one that is not a list.
    """
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        tables = read_sheets(path, limits)
    elif suffix in (".csv", ".txt"):
        _check_bytes(path.stat().st_size, limits)
        tables = [_read_csv(path, limits)]
    elif suffix in (".xls", ".ods"):
        raise UnreadableFile("IMPORT-OLD-FORMAT", name=path.name, suffix=suffix)
    else:
        raise UnreadableFile("IMPORT-FILE-KIND", name=path.name)
    return max(tables, key=_best_header_score)


def read_sheets(path: Path, limits: SheetLimits = SheetLimits()) -> list[Table]:
    """Every sheet of the workbook ``path`` (hidden ones too), measured first (``SheetLimits``)."""
    _measure_xlsx(path, limits)
    return _read_xlsx(path)


def has_sheet(path: Path, title: str) -> bool:
    """Whether the workbook ``path`` has a sheet named ``title``: a look at its list of sheets,
    without reading any (False for anything that is not a workbook)."""
    try:
        with zipfile.ZipFile(path) as archive:
            listing = archive.read("xl/workbook.xml")
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError):
        return False
    return f'name="{title}"'.encode() in listing


def _best_header_score(table: Table) -> int:
    return max((header_score([_text(v) for v in cells]) for _, cells in table.rows[:30]), default=0)


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _check_bytes(size: int, limits: SheetLimits) -> None:
    if size > limits.max_bytes:
        raise TooLarge(
            "IMPORT-FILE-TOO-LARGE", size_mb=-(-size // _MB), limit_mb=limits.max_bytes // _MB
        )


def _check_cells(cells: int, limits: SheetLimits) -> None:
    if cells > limits.max_cells:
        raise TooLarge("IMPORT-TOO-MANY-CELLS", cells=cells, limit=limits.max_cells)


def _measure_xlsx(path: Path, limits: SheetLimits) -> None:
    """Refuse a workbook over ``limits`` from its zip directory and its sheets' XML, unparsed."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
            _check_bytes(sum(part.file_size for part in parts), limits)
            cells = 0
            for part in parts:
                if part.filename.startswith("xl/worksheets/") and part.filename.endswith(".xml"):
                    cells += _count_cells(archive, part, limits.max_cells - cells)
                    _check_cells(cells, limits)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise _not_a_workbook(path, exc) from exc


def _count_cells(archive: zipfile.ZipFile, part: zipfile.ZipInfo, room: int) -> int:
    """The cell elements of one sheet, read in pieces; stops once past ``room``."""
    count, tail = 0, b""
    with archive.open(part) as stream:
        while chunk := stream.read(_CHUNK):
            data = tail + chunk
            # A tag cut at the end of a piece starts at its last "<" (a cell tag holds no other):
            # it is counted with the next piece.
            cut = data.rfind(b"<")
            if cut < 0:
                cut = len(data)
            count += len(_CELL.findall(data, 0, cut))
            tail = data[cut:]
            if count > room:
                return count
    return count + len(_CELL.findall(tail))


def _not_a_workbook(path: Path, exc: Exception) -> UnreadableFile:
    return UnreadableFile("IMPORT-NOT-A-WORKBOOK", name=path.name, detail=_detail(exc))


def _detail(exc: Exception) -> str:
    """What the zip or XML reader said, kept short (its wording is the library's, in English)."""
    return type(exc).__name__ + (f": {exc}" if str(exc) else "")


def _read_xlsx(path: Path) -> list[Table]:
    import openpyxl  # imported here: only .xlsx needs it, and it takes a while to import

    try:
        book = openpyxl.load_workbook(path, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise _not_a_workbook(path, exc) from exc
    formulas = _formula_book(path) if _has_formulas(path) else None
    tables = []
    for sheet in book.worksheets:
        rows = [
            (number, list(cells))
            for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1)
        ]
        merges = [(r.min_row, r.min_col, r.max_row, r.max_col) for r in sheet.merged_cells.ranges]
        _fill_merges(rows, merges)
        uncalculated: set[tuple[int, int]] = set()
        if formulas is not None and sheet.title in formulas.sheetnames:
            uncalculated = _uncalculated(formulas[sheet.title], rows)
        tables.append(Table(sheet.title, rows, merges, uncalculated))
    return tables


def _has_formulas(path: Path) -> bool:
    """A cheap look into the sheets' XML, so files without formulas are parsed only once."""
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                data = archive.read(name)
                if b"<f>" in data or b"<f " in data or b":f>" in data:
                    return True
    return False


def _formula_book(path: Path):
    import openpyxl

    return openpyxl.load_workbook(path, data_only=False)


def _uncalculated(sheet, rows: list[tuple[int, list[object]]]) -> set[tuple[int, int]]:
    found = set()
    for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
        for column, value in enumerate(cells, start=1):
            if isinstance(value, str) and value.startswith("="):
                cached = rows[number - 1][1][column - 1] if number <= len(rows) else None
                if cached is None:
                    found.add((number, column))
    return found


def _fill_merges(rows: list[tuple[int, list[object]]], merges: list[Merge]) -> None:
    for min_row, min_col, max_row, max_col in merges:
        if min_row > len(rows):
            continue
        value = rows[min_row - 1][1][min_col - 1] if min_col <= len(rows[min_row - 1][1]) else None
        for row in range(min_row, min(max_row, len(rows)) + 1):
            cells = rows[row - 1][1]
            for column in range(min_col, max_col + 1):
                if column <= len(cells):
                    cells[column - 1] = value


def decode_csv(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was in."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16"
    sample = data[:2000]
    if sample and sample.count(b"\x00") > len(sample) // 4:  # UTF-16 without a byte-order mark
        encoding = "utf-16-le" if sample[1:2] == b"\x00" else "utf-16-be"
        return data.decode(encoding), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        # cp1258 writes tones as combining marks: NFC makes "Nguyễn" one spelling again.
        return unicodedata.normalize("NFC", data.decode("cp1258", errors="replace")), "cp1258"


def _read_csv(path: Path, limits: SheetLimits) -> Table:
    text, encoding = decode_csv(path.read_bytes())
    try:
        dialect = csv.Sniffer().sniff(text[:5000], delimiters=",;\t")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[object]]] = []
    start = 1
    count = 0
    for cells in reader:
        count += len(cells)
        _check_cells(count, limits)
        rows.append((start, [unicodedata.normalize("NFC", c) for c in cells]))
        start = reader.line_num + 1
    return Table(path.name, rows, encoding=encoding)
