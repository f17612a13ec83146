"""Reconciliation: positions per source and kind, flags, waiting, consent, overdue follow-ups."""

from __future__ import annotations

import openpyxl

from helpers import AS_OF, run_minhbach, write
from minhbach.reports.reconcile import reconcile, summary_lines, write_reconciliation
from minhbach.settings import Settings


def test_positions_waiting_consent_and_overdue(district, load):
    result = reconcile(load(district), Settings(), AS_OF)
    rows = {
        (p.source, p.kind): (p.received, p.allocated, p.handed, p.spent, p.left, flags)
        for p, flags in result.positions
    }
    assert rows[("tn-laptop", "laptop")] == (3, 2, 1, 0, 2, [])
    assert rows[("tn-tien", "cash")] == (10000000, 0, 0, 6000000, 4000000, [])
    assert rows[("ms-tablet", "tablet")] == (2, 0, 1, 0, 1, [])
    assert [(w.nomination, w.approved_on, w.days) for w in result.waiting] == [
        ("dx-an2", "2021-10-20", 253)
    ]
    assert [(m.nomination, m.reason) for m in result.missing_consent] == [
        ("dx-an2", "Học sinh từ 7 tuổi chưa đồng ý")
    ]
    assert [(o.nomination, o.handed_on) for o in result.overdue] == [("dx-bi1", "2021-10-26")]
    assert "0 dòng có chênh lệch" in summary_lines(result)[1]


def test_a_handover_beyond_the_stock_is_flagged_and_the_command_exits_0(district, tmp_path):
    write(
        district,
        "handovers/th-an/bg-an2.yaml",
        """
        id: bg-an2
        school: th-an
        nomination: dx-an2
        on: 2021-10-27
        items: [{source: tn-laptop, kind: laptop, quantity: 2}]
        handed_by: Hiệu trưởng
        received_by: {name: Trần Thị Mai, relation: mẹ}
        document: BG-03/2021
        """,
    )
    result = run_minhbach(
        "report",
        "reconcile",
        "--records",
        str(district),
        "--as-of",
        "2022-06-30",
        "--reports",
        str(tmp_path / "reports"),
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "1 dòng có chênh lệch" in result.stdout
    sheet = openpyxl.load_workbook(tmp_path / "reports/doi-soat-2022-06-30.xlsx")["Thiết bị"]
    flagged = [row for row in sheet.iter_rows(values_only=True) if row[-1] == "tn-laptop"]
    assert "Âm 1 tại Trường Tiểu học An Phú" in flagged[0][-2]  # the school by name
    assert "Trần Thị Mai" not in result.stdout  # the terminal summary names nobody


def test_reconciliation_is_deterministic(district, load, tmp_path):
    records = load(district)
    first, _ = write_reconciliation(records, Settings(), tmp_path / "a.xlsx", AS_OF)
    second, _ = write_reconciliation(records, Settings(), tmp_path / "b.xlsx", AS_OF)
    assert first.read_bytes() == second.read_bytes()


def _table(sheet) -> list[list[object]]:
    """The sheet's table from its header row on (after the title lines and an empty row)."""
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    start = next(i for i, row in enumerate(rows) if row and row[0] == "STT")
    return [[None if v == "" else v for v in row] for row in rows[start:]]


def test_workbook_names_sources_and_donors_and_keeps_units_apart(district, load, tmp_path):
    """Devices (counted in units) and cash (in đồng) on separate sheets, each with totals; names
    of sources, donors and suppliers instead of ids; the anonymous donor told apart, not named."""
    path, _ = write_reconciliation(load(district), Settings(), tmp_path / "d.xlsx", AS_OF)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[:2] == ["Thiết bị", "Tiền mặt"]
    devices = _table(book["Thiết bị"])
    assert devices[0][5:9] == [
        "Tiếp nhận, mua sắm (chiếc)",
        "Phân bổ về trường (chiếc)",
        "Đã bàn giao (chiếc)",
        "Còn lại (chiếc)",
    ]
    anonymous = "Nhà hảo tâm ẩn danh (tiếp nhận 16/10/2021, tiền mặt)"
    assert devices[1:] == [
        [1, "Tiếp nhận ngày 15/10/2021 (BB-01/2021)", "Công ty Sao Mai", None]
        + ["Máy tính xách tay", 3, 2, 1, 2, 1, 1, None, "tn-laptop"],
        [2, "Mua sắm ngày 18/10/2021 (hóa đơn HD-0001)", anonymous]
        + ["Cửa hàng Điện Máy Xanh Nhà Bè", "Máy tính bảng", 2, 0, 1, 1, 1, 0, None, "ms-tablet"],
        [
            None,
            "Cộng máy tính xách tay",
            None,
            None,
            "Máy tính xách tay",
            3,
            2,
            1,
            2,
            1,
            1,
            None,
            None,
        ],
        [None, "Cộng máy tính bảng", None, None, "Máy tính bảng", 2, 0, 1, 1, 1, 0, None, None],
        [None, "Tổng cộng (mọi loại thiết bị)", None, None, None, 5, 2, 2, 3, 2, 1, None, None],
    ]
    cash = _table(book["Tiền mặt"])
    assert cash[0][3] == "Tiếp nhận (đồng)"
    assert cash[1:] == [
        [1, "Tiếp nhận ngày 16/10/2021 (BB-02/2021)", anonymous]
        + [10000000, 0, 6000000, 4000000, 4000000, 0, None, "tn-tien"],
        [None, "Tổng cộng", None, 10000000, 0, 6000000, 4000000, 4000000, 0, None, None],
    ]
    assert book["Tiền mặt"].cell(row=len(cash) + 3, column=2).font.bold  # the totals row
    everything = " ".join(
        str(v) for sheet in book for row in sheet.iter_rows(values_only=True) for v in row if v
    )
    assert "Phạm Văn Hảo" not in everything
    assert "nt-7k3q9x" not in everything
    waiting = _table(book["Chờ bàn giao"])
    # Names first; the record's id last, to find its file.
    assert waiting[1] == [1, "Trường Tiểu học An Phú", "Lê Thị Bình", "5A", "20/10/2021"] + [
        253,
        "Có",
        "dx-an2",
    ]
