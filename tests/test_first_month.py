"""The acceptance test of issue 16: an office's first month, from a clone of the demo to its first
release, on a temporary git repository, through the real commands (tests/month.py).

init → the schools → each school's own list, tried then imported → approved by one decision per
school → devices received and allocated → ceremony lists → filled in by the schools and
imported back as handovers → validate → build with publishconf.py.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl
import yaml

from minhbach.settings import load_settings
from month import Month

SCHOOLS, STUDENTS = 2, 6


def nominations(folder: Path, school: str) -> list[dict]:
    files = sorted((folder / "records" / "nominations" / school).glob("*.yaml"))
    return [yaml.safe_load(path.read_text(encoding="utf-8")) for path in files]


def test_the_first_month(tmp_path: Path) -> None:
    month = Month(tmp_path / "kho", SCHOOLS, STUDENTS)
    month.clone_demo()

    started = month.init()
    assert "923 hồ sơ" in started.stderr
    settings = load_settings(month.folder / "publishconf.py")
    assert settings.SITEURL == "https://minhbach.pgdnhabe.edu.vn"
    assert settings.SCHOOL_YEAR == "2025-2026"

    month.add_schools()
    assert month.school_ids == ["th-so-1", "th-so-2"]
    owners = (month.folder / ".github" / "CODEOWNERS").read_text(encoding="utf-8")
    assert "/records/nominations/th-so-2/ @phong-gddt-nha-be/th-so-2" in owners

    school = month.school_ids[0]
    tried = month.try_list(school)
    assert tried.stdout.count("sẽ tạo") == STUDENTS
    assert not (month.folder / "records" / "nominations" / school).exists()
    imported = month.import_list(school)
    assert imported.stdout.count("đã tạo") == STUDENTS
    written = nominations(month.folder, school)
    assert [n["student"]["gender"] for n in written].count("nu") == STUDENTS // 2  # "Nữ" = x
    # Phones typed as numbers lost their 0 in Excel: each comes back as the number written.
    assert sorted(n["guardian"]["phone"].replace(" ", "")[-9:] for n in written) == [
        str(909000000 + number) for number in range(STUDENTS)
    ]
    # The second school sends its list too; both are merged.
    month.import_list(month.school_ids[1])
    month.commit("Danh sách đề xuất của các trường")

    for number, school_id in enumerate(month.school_ids, start=1):
        approved = month.approve(school_id, number)
        assert f"duyệt {STUDENTS} đề xuất của 1 trường" in approved.stderr
    assert {n["status"] for n in nominations(month.folder, school)} == {"da-duyet"}
    assert {n["decision"]["document"] for n in nominations(month.folder, school)} == {"1/QĐ-GDĐT"}
    month.commit("Duyệt đề xuất")

    month.receive()
    for school_id in month.school_ids:
        month.allocate(school_id)
    month.commit("Tiếp nhận và phân bổ")

    month.ceremony_lists()
    book = openpyxl.load_workbook(month.folder / "reports" / "danh-sach" / f"{school}.xlsx")
    waiting = [row for row in book.active.iter_rows(values_only=True) if "Chờ nhận" in row]
    assert len(waiting) == STUDENTS
    # After its ceremony the school fills the list by hand (date received, signed, who handed
    # over) and sends it back; `minhbach import` turns each signed row into a handover.
    tried = month.try_handovers(school)
    assert tried.stdout.count("sẽ tạo") == STUDENTS
    assert not list((month.folder / "records" / "handovers").rglob("*.yaml"))  # nothing written
    for school_id in month.school_ids:
        handed = month.import_handovers(school_id)
        assert handed.stdout.count("đã tạo") == STUDENTS
    handovers = sorted((month.folder / "records" / "handovers").rglob("*.yaml"))
    assert len(handovers) == SCHOOLS * STUDENTS
    first = handovers[0].read_text(encoding="utf-8")
    assert "handed_by: Nguyễn Văn Hiệu, Hiệu trưởng" in first
    assert "on: 2025-10-15" in first
    month.commit("Biên bản bàn giao")

    validated = month.validate()
    assert "0 lỗi" in validated.stderr

    built = month.build()
    assert "Đã dựng" in built.stderr
    home = (month.folder / "output" / "index.html").read_text(encoding="utf-8")
    assert "https://minhbach.pgdnhabe.edu.vn/" in home
    assert "Dữ liệu minh họa" not in home  # no demo banner: every record is the office's
    assert "(Minh họa)" not in home  # nor the demo's news
    assert not (month.folder / "output" / "tin-tuc" / "le-trao-tang-cap-huyen").exists()
    status = subprocess.run(
        ["git", "status", "--porcelain"], cwd=month.folder, capture_output=True, text=True
    )
    assert status.stdout == ""  # reports/ and output/ are never committed
