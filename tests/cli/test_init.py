"""``minhbach init`` through the real command: from the demo to the office's own programme."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

from checkout import INIT_SETS, OFFICE, copy_checkout, snapshot
from helpers import ROOT, run_minhbach, write
from minhbach.placeholders import DEMO_LOOKUP_SITE_KEY, setting_placeholders
from minhbach.settings import assigned_in, load_settings


def init(folder: Path, *args: str) -> subprocess.CompletedProcess:
    return run_minhbach("init", *args, cwd=folder)


def test_without_a_terminal_what_is_missing_is_named_and_nothing_written(tmp_path: Path) -> None:
    folder = copy_checkout(tmp_path / "kho")
    before = snapshot(folder)
    done = init(folder, "--set", f"SITEURL={OFFICE['SITEURL']}")
    assert done.returncode == 2, done.stderr
    assert "--set SIGNER_NAME=" in done.stderr
    assert "--set OFFICE_PHONE=" in done.stderr
    assert "--set SITEURL=" not in done.stderr  # given
    assert snapshot(folder) == before


def test_the_demo_becomes_the_office_programme(tmp_path: Path) -> None:
    folder = copy_checkout(tmp_path / "kho", records="shipped")
    write(folder, "reports/bao-cao.docx", "cũ")
    write(folder, "output/index.html", "<p>bản minh họa</p>")
    write(folder, ".minhbach/build-cache/x", "{}")
    done = init(folder, *INIT_SETS, "--set", "GITHUB_ORGANISATION=pgd-nha-be")
    assert done.returncode == 0, done.stderr
    assert "923 hồ sơ" in done.stderr
    # The demo is gone: records, news, what was built from them; the record folders stay.
    assert (
        sorted(p.name for p in (folder / "records").rglob("*") if p.is_file()) == [".gitkeep"] * 9
    )
    assert not list((folder / "content" / "tin-tuc").glob("*.md"))
    assert not (folder / "reports").exists()
    assert not (folder / "output").exists()
    assert not (folder / ".minhbach" / "build-cache").exists()
    validate = run_minhbach("validate", cwd=folder)
    assert validate.returncode == 0, validate.stdout + validate.stderr
    # The settings: the office's values, comments kept, a new key, no placeholder left.
    settings = load_settings(folder / "publishconf.py")
    assert OFFICE["SITEURL"] == settings.SITEURL
    assert OFFICE["SIGNER_NAME"] == settings.SIGNER_NAME
    assert OFFICE["OFFICE_PHONE"] == settings.OFFICE_PHONE
    assert settings.CONTACT_NOTE.endswith("(028 3873 9999).")
    assert len(settings.LOOKUP_SITE_KEY) >= 32
    assert settings.LOOKUP_SITE_KEY != DEMO_LOOKUP_SITE_KEY
    assert setting_placeholders(settings, assigned_in(folder / "publishconf.py")) == []
    text = (folder / "pelicanconf.py").read_text(encoding="utf-8")
    assert "# Chức danh và họ tên người ký báo cáo gửi UBND." in text
    assert 'SIGNER_NAME = "Nguyễn Thị Hoa"' in text
    assert 'SITEURL = "https://minhbach.pgdnhabe.edu.vn"' in (folder / "publishconf.py").read_text(
        encoding="utf-8"
    )
    # The reviewers: no demo school left, the office's organisation.
    owners = (folder / ".github" / "CODEOWNERS").read_text(encoding="utf-8")
    assert owners.splitlines()[3:] == ["* @pgd-nha-be/van-phong"]
    contact = (folder / "content" / "pages" / "lien-he.md").read_text(encoding="utf-8")
    assert "028 3873 9999" in contact
    assert "028 3873 4567" not in contact

    # Again: nothing left to remove, nothing needed, the key kept.
    after = snapshot(folder)
    again = init(folder)
    assert again.returncode == 0, again.stderr
    assert "Không còn gì của bản minh họa" in again.stderr
    assert snapshot(folder) == after


def test_after_git_rm_records_the_folders_come_back(tmp_path: Path) -> None:
    folder = copy_checkout(tmp_path / "kho", records="none")
    assert run_minhbach("validate", cwd=folder).returncode == 2
    assert init(folder, *INIT_SETS).returncode == 0
    assert run_minhbach("validate", cwd=folder).returncode == 0
    assert (folder / "records" / "nominations" / ".gitkeep").is_file()


def test_real_records_stop_it_and_nothing_changes(tmp_path: Path) -> None:
    folder = copy_checkout(tmp_path / "kho")
    write(
        folder,
        "records/schools/th-binh-khanh.yaml",
        "id: th-binh-khanh\nname: Trường Tiểu học Bình Khánh\nlevel: tieu-hoc\ncommune: phuoc-kien\n",
    )
    before = snapshot(folder)
    done = init(folder, *INIT_SETS)
    assert done.returncode == 2
    assert "records/schools/th-binh-khanh.yaml" in done.stderr
    assert "không bao giờ xoá hồ sơ thật" in done.stderr
    assert snapshot(folder) == before


def test_wrong_values_are_bad_usage_and_say_why(tmp_path: Path) -> None:
    folder = copy_checkout(tmp_path / "kho")
    before = snapshot(folder)
    cases = {
        "SITEURL=https://minhbach.test": "địa chỉ mẫu",
        "SITEURL=minhbach.pgdnhabe.edu.vn": "https://",
        "OFFICE_PHONE=12345": "số điện thoại",
        "SCHOOL_YEAR=2025": "năm học",
        "KHONG_CO=1": "OFFICE_NAME",
        "SITEURL": "TÊN=GIÁ-TRỊ",
    }
    for assignment, said in cases.items():
        done = init(folder, *INIT_SETS, "--set", assignment)
        assert done.returncode == 2, assignment
        assert said in done.stderr, (assignment, done.stderr)
    assert snapshot(folder) == before


def test_dry_run_says_what_it_would_do(tmp_path: Path) -> None:
    folder = copy_checkout(tmp_path / "kho")
    before = snapshot(folder)
    done = init(folder, *INIT_SETS, "--dry-run")
    assert done.returncode == 0, done.stderr
    assert "2 hồ sơ" in done.stderr
    assert "pelicanconf.py" in done.stderr
    assert snapshot(folder) == before


def test_outside_a_checkout_it_says_where_to_run(tmp_path: Path) -> None:
    done = init(tmp_path, *INIT_SETS)
    assert done.returncode == 2
    assert "pelicanconf.py" in done.stderr
    assert "thư mục gốc của kho" in done.stderr


# The questions in order (OFFICE_SETTINGS) and the answers an office types at a terminal: Enter
# keeps a value; a wrong phone number is asked again.
TYPED = [
    "Phòng Giáo dục và Đào tạo xã Nhà Bè",  # OFFICE_NAME
    "Phòng GD&ĐT xã Nhà Bè",  # OFFICE_SHORT_NAME
    "",  # OFFICE_HEADER_NAME
    "",  # OFFICE_ADDRESS
    "12345",  # OFFICE_PHONE, wrong
    "028 3873 9999",  # OFFICE_PHONE
    "Ủy ban nhân dân xã Nhà Bè",  # PARENT_BODY
    "",  # REPORT_RECIPIENT
    "",  # PLACE_NAME
    "",  # SIGNER_TITLE
    "Nguyễn Thị Hoa",  # SIGNER_NAME (required)
    "",  # PROGRAM_NAME
    "2025-2026",  # SCHOOL_YEAR
    "",  # PLAN_REFERENCE
    "",  # REPORT_NUMBER_PREFIX
    "Ban tiếp nhận Phòng GD&ĐT; Ban tiếp nhận UBND xã",  # RECEPTION_BOARDS
    "",  # CONTACT_NOTE: made from the short name and the phone
    "",  # SITENAME
    "https://minhbach.pgdnhabe.edu.vn",  # SITEURL (required)
    "pgd-nha-be",  # GITHUB_ORGANISATION
]


def test_at_a_terminal_it_asks_each_question(tmp_path: Path) -> None:
    folder = copy_checkout(tmp_path / "kho")
    leader, follower = pty.openpty()
    try:
        os.write(leader, "".join(f"{answer}\n" for answer in TYPED).encode())
        done = subprocess.run(
            [sys.executable, "-m", "minhbach.cli.main", "init"],
            cwd=folder,
            stdin=follower,
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "PYTHONPATH": str(ROOT / "plugins")},
        )
    finally:
        os.close(follower)
        os.close(leader)
    assert done.returncode == 0, done.stderr
    assert "Họ tên người ký báo cáo (SIGNER_NAME) (bắt buộc): " in done.stderr
    assert "[Enter để giữ: Phòng GD&ĐT huyện Nhà Bè]" in done.stderr
    assert "Chưa đúng" in done.stderr
    settings = load_settings(folder / "publishconf.py")
    assert settings.OFFICE_NAME == "Phòng Giáo dục và Đào tạo xã Nhà Bè"
    assert settings.OFFICE_HEADER_NAME == "Phòng Giáo dục và Đào tạo"  # kept
    assert settings.RECEPTION_BOARDS == ("Ban tiếp nhận Phòng GD&ĐT", "Ban tiếp nhận UBND xã")
    assert (
        settings.CONTACT_NOTE
        == "Liên hệ giáo viên chủ nhiệm hoặc Phòng GD&ĐT xã Nhà Bè (028 3873 9999)."
    )
    assert settings.SCHOOL_YEAR == "2025-2026"
    assert settings.GITHUB_ORGANISATION == "pgd-nha-be"
