"""Reading a school's list: a hostile file is refused before it is parsed (issue 15)."""

from __future__ import annotations

from pathlib import Path

import pytest

from minhbach.workflow.readers import SheetLimits, TooLarge, read_table
from workflow.sheets import HEADER, declare_size, sheet_xml, student_row, with_member, write_xlsx

SHEET = "xl/worksheets/sheet1.xml"


def test_a_member_that_really_inflates_past_the_limit_is_refused_unparsed(tmp_path: Path) -> None:
    source = write_xlsx(tmp_path / "ds.xlsx", [student_row(1)])
    # 8 MB of real XML (blanks after the sheet's end) that deflates to a few kilobytes.
    with_member(source, "xl/media/khoang-trang.xml", b" " * (8 << 20))
    assert source.stat().st_size < 100_000
    with pytest.raises(TooLarge) as refused:
        read_table(source, SheetLimits(max_bytes=4 << 20))
    assert refused.value.code == "IMPORT-FILE-TOO-LARGE"
    assert dict(refused.value.params)["size_mb"] == 9  # 8 MB and the workbook, rounded up
    assert len(read_table(source).rows) == 2  # the default limit takes it


def test_a_declared_size_is_believed_without_inflating(tmp_path: Path) -> None:
    source = declare_size(write_xlsx(tmp_path / "ds.xlsx", [student_row(1)]), SHEET, 1 << 30)
    with pytest.raises(TooLarge) as refused:
        read_table(source)
    assert refused.value.code == "IMPORT-FILE-TOO-LARGE"


def test_too_many_cells_are_counted_from_the_xml_before_parsing(tmp_path: Path) -> None:
    source = with_member(write_xlsx(tmp_path / "ds.xlsx", []), SHEET, sheet_xml(30, 10))
    with pytest.raises(TooLarge) as refused:
        read_table(source, SheetLimits(max_cells=299))
    assert refused.value.code == "IMPORT-TOO-MANY-CELLS"
    assert dict(refused.value.params)["cells"] == 300
    assert len(read_table(source, SheetLimits(max_cells=300)).rows) == 30


def test_a_csv_is_held_to_the_same_limits(tmp_path: Path) -> None:
    source = tmp_path / "ds.csv"
    source.write_text(",".join(HEADER) + "\n" + "1,a,b\n" * 100, encoding="utf-8")
    with pytest.raises(TooLarge) as refused:
        read_table(source, SheetLimits(max_bytes=500))
    assert refused.value.code == "IMPORT-FILE-TOO-LARGE"
    with pytest.raises(TooLarge) as refused:
        read_table(source, SheetLimits(max_cells=250))
    assert refused.value.code == "IMPORT-TOO-MANY-CELLS"
