"""One decision on many nominations: which ones, and the text of each file once decided."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from helpers import SAMPLE_NOMINATION, write
from minhbach.records import yaml_strict
from minhbach.records.schemas import SchemaSet
from minhbach.records.store import Record
from minhbach.workflow.approval import Decision, decided_text, proposed_of_school, select
from minhbach.workflow.approval_rows import named_rows
from workflow.sheets import student_row, write_xlsx

SHAPE = SchemaSet.from_folder().shapes["nomination"]
APPROVE = Decision("da-duyet", "112/QĐ-GDĐT", "2021-10-20", "Lê Phương Nga, Phó Trưởng phòng")
REJECT = Decision("khong-duyet", "113/QĐ-GDĐT", "2021-10-21", "Trưởng phòng", "Đã có: máy")


def read(text: str) -> dict:
    loaded = yaml_strict.load(text.encode(), SHAPE)
    assert not loaded.problems, loaded.problems
    return loaded.data


def test_the_decision_goes_under_the_status_and_the_rest_is_kept() -> None:
    text = SAMPLE_NOMINATION.replace("categories:", "# theo biên bản họp\ncategories:")
    decided = decided_text(text + "note: ghi chú của trường\n", SHAPE, APPROVE)
    assert "# theo biên bản họp\n" in decided  # a line edit: comments stay
    assert "status: da-duyet\ndecision:\n  date: 2021-10-20\n" in decided
    data = read(decided)
    assert data["decision"] == {
        "date": "2021-10-20",
        "by": "Lê Phương Nga, Phó Trưởng phòng",
        "document": "112/QĐ-GDĐT",
    }
    assert data["note"] == "ghi chú của trường"
    rejected = read(decided_text(decided, SHAPE, REJECT))
    assert rejected["status"] == "khong-duyet"
    assert rejected["decision"]["reason"] == "Đã có: máy"  # quoted where YAML needs it


def test_a_file_a_line_edit_cannot_change_is_written_whole() -> None:
    flow = yaml.safe_dump(yaml.safe_load(SAMPLE_NOMINATION), default_flow_style=True, width=10000)
    flow = flow.replace("2021-10-10", "'2021-10-10'").replace("2013-04-12", "'2013-04-12'")
    flow = flow.replace("0123456789", "'0123456789'").replace("0909123456", "'0909123456'")
    assert read(flow)["status"] == "de-xuat"
    decided = decided_text(flow, SHAPE, APPROVE)
    assert read(decided)["status"] == "da-duyet"
    assert read(decided)["decision"]["document"] == "112/QĐ-GDĐT"


def _record(record_id: str, school: str, status: str = "de-xuat", decision=None) -> Record:
    data = {"id": record_id, "school": school, "status": status}
    if decision is not None:
        data["decision"] = decision.as_data()
    return Record(
        "nomination", record_id, f"records/nominations/{school}/{record_id}.yaml", data, {}
    )


def test_select_judges_each_nomination() -> None:
    records = {
        r.id: r
        for r in (
            _record("dx-moi1", "th-a"),
            _record("dx-moi2", "th-b"),
            _record("dx-roi1", "th-a", "da-duyet", APPROVE),
            _record("dx-khac", "th-a", "khong-duyet", REJECT),
        )
    }
    wanted = [(i, "ds.xlsx", (n, 1)) for n, i in enumerate(records, start=5)]
    wanted.append(("dx-khong-co", "ds.xlsx", (9, 1)))
    chosen = select(records, wanted, APPROVE, school="th-a")
    assert [r.id for r in chosen.targets] == ["dx-moi1"]
    assert [r.id for r in chosen.unchanged] == ["dx-roi1"]
    assert [(p.code, p.line) for p in chosen.problems] == [
        ("APPROVE-OTHER-SCHOOL", 6),
        ("APPROVE-ALREADY-DECIDED", 8),
        ("APPROVE-UNKNOWN-ID", 9),
    ]
    school = proposed_of_school(records.values(), "th-a", APPROVE)
    assert [r.id for r in school] == ["dx-moi1", "dx-roi1"]


def _nominations(folder: Path) -> list[Record]:
    out = []
    for number in (1, 2, 3):
        data = read(
            SAMPLE_NOMINATION.replace("dx-k7q3m9", f"dx-k7q3m{number}")
            .replace("Nguyễn Văn Bình", f"Nguyễn Văn Số {number}")
            .replace("0123456789", f"790000000{number}")
        )
        out.append(Record("nomination", data["id"], f"records/x/{data['id']}.yaml", data, {}))
    return out


def test_a_school_list_names_its_students(tmp_path: Path) -> None:
    rows = [
        student_row(1, name="Nguyễn Văn Số 1", birth="12/04/2013", code=""),  # name and birth
        student_row(2, name="NGUYEN VAN SO 2", birth="12/04/2013", code=""),  # without diacritics
        student_row(3, name="Ai Đó Khác", code="7900000003"),  # the student code wins
        student_row(4, name="Không Có Em Này", code=""),
    ]
    named = named_rows(write_xlsx(tmp_path / "ds.xlsx", rows, title_rows=2), _nominations(tmp_path))
    assert [(i, place[0]) for i, _, place in named.wanted] == [
        ("dx-k7q3m1", 4),
        ("dx-k7q3m2", 5),
        ("dx-k7q3m3", 6),
    ]
    assert [(p.code, p.line) for p in named.problems] == [("APPROVE-ROW-UNMATCHED", 7)]


def test_an_office_list_names_nominations_by_id(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["DANH SÁCH DUYỆT"])
    book.active.append(["STT", "Mã đề xuất", "Trường"])
    book.active.append([1, "dx-k7q3m1", "th-an-phu"])
    book.active.append([2, " dx-k7q3m3 ", "th-an-phu"])
    book.active.append(["Tổng cộng: 2"])
    book.save(tmp_path / "phong.xlsx")
    named = named_rows(tmp_path / "phong.xlsx", [])
    assert [(i, place) for i, _, place in named.wanted] == [
        ("dx-k7q3m1", (3, 2)),
        ("dx-k7q3m3", (4, 2)),
    ]
    assert named.problems == []


def test_a_list_without_names_or_ids_says_so(tmp_path: Path) -> None:
    path = write(tmp_path, "ds.csv", "Số thứ tự,Ghi chú\n1,x\n")
    named = named_rows(path, [])
    assert [p.code for p in named.problems] == ["APPROVE-LIST-NO-COLUMNS"]


@pytest.mark.parametrize("decision", [APPROVE, REJECT])
def test_as_data_is_what_the_schema_wants(decision: Decision) -> None:
    data = read(decided_text(SAMPLE_NOMINATION, SHAPE, decision))
    assert data["decision"] == decision.as_data()
