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
    sheet = openpyxl.load_workbook(tmp_path / "reports/doi-soat-2022-06-30.xlsx")["Nguồn và loại"]
    flagged = [row for row in sheet.iter_rows(values_only=True) if row[0] == "tn-laptop"]
    assert "Âm 1 tại th-an" in flagged[0][-1]
    assert "Trần Thị Mai" not in result.stdout  # the terminal summary names nobody


def test_reconciliation_is_deterministic(district, load, tmp_path):
    records = load(district)
    first, _ = write_reconciliation(records, Settings(), tmp_path / "a.xlsx", AS_OF)
    second, _ = write_reconciliation(records, Settings(), tmp_path / "b.xlsx", AS_OF)
    assert first.read_bytes() == second.read_bytes()
