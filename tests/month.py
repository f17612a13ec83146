"""An office's first month with its own programme, step by step through the real commands.

Used by the acceptance test (tests/test_first_month.py: a small district, every step checked)
and by bench/first_month.py (a 30-school district, every step timed). The month: a clone of the
demo becomes the office's (``init``); the schools are added; each school's own list (title rows,
a merged two-row header, a "Nữ" column, phones stored as numbers) is tried and imported; the
office approves each list by one decision; devices are received and allocated; the ceremony
lists are written, filled in by each school after its ceremony (tests/ceremony_list.py) and
imported back as handovers; the records validate; the site is built with the published settings.
Each step fails loudly (with the command's output) when its command does not succeed.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl

from ceremony_list import Filled, fill, offered
from checkout import INIT_SETS, copy_checkout
from helpers import ROOT, run_minhbach

COMMUNES = ("phuoc-kien", "phuoc-loc", "nhon-duc", "long-thoi", "hiep-phuoc", "phu-xuan")
# The month's days, as the office lives them (every command gets its day with --as-of).
STARTED, LISTS_IN, RECEIVED, DECIDED = "2025-09-29", "2025-10-06", "2025-10-08", "2025-10-10"
ALLOCATED, CEREMONY, MONTH_END = "2025-10-13", "2025-10-15", "2025-10-31"
FAMILY_NAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi")
GIVEN_NAMES = ("An", "Bình", "Chi", "Dũng", "Giang", "Hạnh", "Khoa", "Lan", "Minh", "Ngọc")


def school_own_list(path: Path, school_name: str, first: int, students: int) -> Path:
    """A school's list as schools keep them: two title rows, a header over two rows with
    "Cha/mẹ/người giám hộ" merged above "Họ tên | SĐT", a "Nữ" column marked x, the phone
    typed as a number (Excel drops its 0), consent columns, a footer."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"])
    sheet.append([f"DANH SÁCH HỌC SINH ĐỀ NGHỊ HỖ TRỢ THIẾT BỊ – {school_name.upper()}"])
    sheet.merge_cells("A1:L1")
    sheet.merge_cells("A2:L2")
    sheet.append([])
    top = ["STT", "Họ và tên", "Ngày sinh", "Nữ", "Lớp", "Cha/mẹ/người giám hộ", None]
    top += ["Đối tượng", "Nhu cầu", "Phụ huynh đồng ý công khai", "Học sinh đồng ý", "Mã học sinh"]
    sheet.append(top)
    sheet.append([None] * 5 + ["Họ tên", "SĐT"] + [None] * 5)
    sheet.merge_cells("F4:G4")
    for letter in "ABCDEHIJKL":
        sheet.merge_cells(f"{letter}4:{letter}5")
    for index in range(students):
        number = first + index
        name = f"{FAMILY_NAMES[number % 8]} Văn {GIVEN_NAMES[number % 10]} {_word(number)}"
        sheet.append(
            [
                index + 1,
                name,
                dt.datetime(2012 + number % 3, 1 + number % 12, 1 + number % 28),
                "x" if number % 2 else None,
                f"{3 + number % 3}A",
                f"{FAMILY_NAMES[(number + 3) % 8]} Thị {GIVEN_NAMES[(number + 5) % 10]}",
                909000000 + number,
                ("Mồ côi cha", "Hộ nghèo", "Hoàn cảnh khó khăn")[number % 3],
                "1 máy tính bảng",
                "x" if number % 4 else None,
                "x" if number % 4 else None,
                7900000000 + number,
            ]
        )
    sheet.append([])
    sheet.append([f"Tổng cộng: {students} học sinh"])
    sheet.append([None, None, None, None, None, "Người lập biểu"])
    book.save(path)
    return path


def _word(number: int) -> str:
    """A distinct made-up middle part per student ("Ba Tư", …): names stay unique in a list."""
    syllables = ("Ba", "Bốn", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Hai", "Một")
    return " ".join(syllables[int(digit)] for digit in str(number))


@dataclass
class Month:
    """A temporary git repository of the office's checkout and the month lived in it."""

    folder: Path
    schools: int
    students: int  # per school
    school_ids: list[str] = field(default_factory=list)
    source: str = ""

    def run(self, *args: str) -> subprocess.CompletedProcess:
        done = run_minhbach(*args, cwd=self.folder)
        assert done.returncode == 0, f"minhbach {' '.join(args)}\n{done.stdout}\n{done.stderr}"
        return done

    def git(self, *args: str) -> None:
        subprocess.run(
            ["git", "-c", "user.name=Văn phòng", "-c", "user.email=vp@pgd.example", *args],
            cwd=self.folder,
            check=True,
            capture_output=True,
        )

    def clone_demo(self) -> None:
        """What an office has after cloning the repository: the demo."""
        copy_checkout(self.folder, records="shipped", theme=True)
        shutil.copy(ROOT / ".gitignore", self.folder / ".gitignore")
        self.git("init", "-q", "-b", "main")
        self.git("add", "-A")
        self.git("commit", "-q", "-m", "Bản minh họa")

    def init(self) -> subprocess.CompletedProcess:
        done = self.run("init", *INIT_SETS, "--set", "SCHOOL_YEAR=2025-2026")
        self.git("add", "-A")
        self.git("commit", "-q", "-m", "Bắt đầu chương trình của Phòng")
        return done

    def add_school(self, number: int) -> str:
        done = self.run(
            "new", "school", "--no-input", "--as-of", STARTED,
            "--set", f"name=Trường Tiểu học Số {number}",
            "--set", "level=tieu-hoc",
            "--set", f"commune={COMMUNES[number % len(COMMUNES)]}",
        )  # fmt: skip
        school = done.stdout.split("records/schools/")[1].split(".yaml")[0]
        self.school_ids.append(school)
        return school

    def add_schools(self) -> None:
        for number in range(1, self.schools + 1):
            self.add_school(number)
        self.commit("Các trường")

    def list_of(self, school: str) -> Path:
        index = self.school_ids.index(school)
        path = self.folder.parent / f"danh-sach-{school}.xlsx"
        if not path.exists():
            name = f"Trường Tiểu học Số {index + 1}"
            school_own_list(path, name, index * self.students, self.students)
        return path

    def try_list(self, school: str) -> subprocess.CompletedProcess:
        return self.run("import", str(self.list_of(school)), "--school", school, "--dry-run",
                        "--as-of", LISTS_IN)  # fmt: skip

    def import_list(self, school: str) -> subprocess.CompletedProcess:
        return self.run(
            "import", str(self.list_of(school)), "--school", school, "--as-of", LISTS_IN
        )

    def approve(self, school: str, number: int) -> subprocess.CompletedProcess:
        return self.run(
            "approve", "--school", school, "--decision", f"{number}/QĐ-GDĐT", "--date", DECIDED,
            "--by", "Nguyễn Thị Hoa, Trưởng phòng", "--as-of", DECIDED,
        )  # fmt: skip

    def receive(self) -> None:
        """One company gives a tablet for every student, received by the office's board."""
        donor = self.run(
            "new", "donor", "--no-input", "--as-of", RECEIVED,
            "--set", "name=Công ty Cổ phần Thiết bị Giáo dục Phương Nam",
            "--set", "kind=doanh-nghiep", "--set", "display=named", "--set", "show_value=true",
        )  # fmt: skip
        donor_id = donor.stdout.split("records/donors/")[1].split(".yaml")[0]
        donation = self.run(
            "new", "donation", "--no-input", "--as-of", RECEIVED,
            "--set", f"donor={donor_id}", "--set", f"received_on={RECEIVED}",
            "--set", "received_by=office", "--set", "document=BB-01/2025",
            "--set", "items[0].kind=tablet",
            "--set", f"items[0].quantity={self.schools * self.students}",
            "--set", "items[0].unit_value_vnd=3500000", "--set", "items[0].condition=moi",
        )  # fmt: skip
        self.source = donation.stdout.split("records/donations/")[1].split(".yaml")[0]

    def allocate(self, school: str) -> subprocess.CompletedProcess:
        return self.run(
            "new", "allocation", "--no-input", "--as-of", ALLOCATED,
            "--set", f"source={self.source}", "--set", f"to={school}", "--set", f"on={ALLOCATED}",
            "--set", f"document=PB-{school}", "--set", "items[0].kind=tablet",
            "--set", f"items[0].quantity={self.students}",
        )  # fmt: skip

    def ceremony_lists(self) -> subprocess.CompletedProcess:
        return self.run("report", "lists", "--as-of", CEREMONY)

    def signed_list(self, school: str) -> Path:
        """The school's ceremony list as it comes back: every waiting family signed on the day."""
        path = self.folder.parent / f"da-ky-{school}.xlsx"
        shutil.copy(self.folder / "reports" / "danh-sach" / f"{school}.xlsx", path)
        day = dt.date.fromisoformat(CEREMONY)
        fill(path, {nid: Filled(on=day) for nid in offered(path)}, "Nguyễn Văn Hiệu, Hiệu trưởng")
        return path

    def try_handovers(self, school: str) -> subprocess.CompletedProcess:
        return self.run("import", str(self.signed_list(school)), "--dry-run", "--as-of", CEREMONY)

    def import_handovers(self, school: str) -> subprocess.CompletedProcess:
        return self.run("import", str(self.signed_list(school)), "--as-of", CEREMONY)

    def validate(self) -> subprocess.CompletedProcess:
        return self.run("validate", "--as-of", MONTH_END)

    def build(self) -> subprocess.CompletedProcess:
        return self.run("build", "--settings", "publishconf.py", "--as-of", MONTH_END)

    def commit(self, message: str) -> None:
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message)
