"""The staff guide (content/pages/huong-dan.md) walks an office from `minhbach init` to its first
release: in that order, with commands that exist, keeping the sections other work relies on."""

from __future__ import annotations

import re

from helpers import ROOT
from minhbach.cli.main import build_parser

GUIDE = (ROOT / "content" / "pages" / "huong-dan.md").read_text(encoding="utf-8")


def _commands() -> set[str]:
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return set(action.choices)


def test_every_command_the_guide_gives_exists() -> None:
    used = set(re.findall(r"`minhbach ([a-z]+)", GUIDE)) | set(
        re.findall(r"^minhbach ([a-z]+)", GUIDE, re.MULTILINE)
    )
    assert {"init", "approve", "import", "new", "report", "build"} <= used
    assert used <= _commands(), used - _commands()


def test_the_month_in_order() -> None:
    steps = [
        "## 2. Bắt đầu chương trình của Phòng (một lần): `minhbach init`",
        "## 3. Kho trên GitHub",
        "## 4. Thêm các trường",
        "## 5. Trường gửi danh sách đề xuất",
        "### Duyệt đề xuất theo quyết định: `minhbach approve`",
        "## 7. Tiếp nhận tài trợ và phân bổ thiết bị",
        "## 8. Danh sách ký nhận cho buổi trao: `minhbach report lists`",
        "## 9. Bàn giao theo đợt",
        "## 10. Phiếu mã tra cứu và biên bản bàn giao",
        "## 13. Lần công bố đầu tiên",
    ]
    places = [GUIDE.index(step) for step in steps]
    assert places == sorted(places)
    first_command = re.search(r"^minhbach [a-z]+", GUIDE, re.MULTILINE)
    assert first_command is not None
    assert first_command.group() == "minhbach init"
    assert "minhbach build --settings publishconf.py" in GUIDE
    assert "từ chối" in GUIDE  # the placeholder refusal is explained


def test_the_older_sections_are_kept() -> None:
    for heading in (
        '### Vì sao có số liệu "đến ngày …" (giữ lại)',
        "## 14. Gia đình yêu cầu xoá dữ liệu",
        "## 15. Bài viết, ảnh và tệp đính kèm",
    ):
        assert heading in GUIDE
