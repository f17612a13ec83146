"""A git repository whose history touches one child in every way ``forget`` must handle.

The district of ``district.py`` in ~30 commits: the child (dx-k7q3m9) is created, corrected
(name without marks, then with), moved to a wrong school folder and back, approved, handed a
device, followed up; a sibling (dx-p2b8n4) shares the guardian's name and phone; a branch edits
the child, another does not; a lightweight and an annotated tag; a news page and a commit
message name the child. Each commit has its own date, so commits can be matched after a rewrite.
"""

from __future__ import annotations

import os
import subprocess
import unicodedata
from pathlib import Path

from district import district, to_yaml

CHILD = "dx-k7q3m9"
NAME = "Nguyễn Văn Bình"
OLD_NAME = "Nguyen Van Binh"
BIRTH = "2012-04-12"
CODE = "HS0001"
ADDRESS = "123 Đường Lê Văn Lương, Phước Kiển"
OLD_ADDRESS = "45 Hẻm Năm Nhà Bè"
STORY = "Cha mất vì Covid-19 tháng tám, mẹ bán vé số nuôi em"
GUARDIAN = "Trần Thị Mẫu"  # shared with the sibling dx-p2b8n4 (and every guardian of district.py)
PHONE = "0909123456"
CHILD_FILES = ("dx-k7q3m9", "bg-h3k8m2", "td-m4n8q2")


def spellings(text: str) -> list[str]:
    """The ways a value may be written: NFC, NFD, without marks, upper case, slug."""
    bare = (
        "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
        .replace("đ", "d")
        .replace("Đ", "D")
    )
    return sorted(
        {
            unicodedata.normalize("NFC", text),
            unicodedata.normalize("NFD", text),
            bare,
            bare.upper(),
            "-".join(bare.lower().replace(",", " ").split()),
        }
    )


def unique_values(code: str) -> list[str]:
    """The child's own values (no other record holds them), every spelling."""
    found = []
    for value in (NAME, OLD_NAME, ADDRESS, OLD_ADDRESS, STORY, CODE, code):
        found += spellings(value)
    return [*found, BIRTH, "12/04/2012", "12/4/2012"]


class Git:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.tick = 0

    def __call__(self, *args: str) -> str:
        self.tick += 1
        env = {
            **os.environ,
            "GIT_AUTHOR_DATE": f"{1640970000 + self.tick * 60} +0700",
            "GIT_COMMITTER_DATE": f"{1640970000 + self.tick * 60} +0700",
        }
        done = subprocess.run(
            ["git", *args], cwd=self.root, capture_output=True, text=True, env=env, check=False
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    def write(self, relative: str, data: dict | str) -> None:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        text = data if isinstance(data, str) else "\n".join(to_yaml(data)) + "\n"
        path.write_text(text, encoding="utf-8")

    def commit(self, message: str) -> None:
        self("add", "-A")
        self("commit", "-q", "-m", message)


def make_history(root: Path) -> Git:
    """The repository at ``root`` (``root/records`` is the records folder)."""
    root.mkdir(parents=True)
    git = Git(root)
    git("init", "-q", "-b", "main")
    git("config", "user.name", "Cán bộ Thử")
    git("config", "user.email", "canbo@example.org")
    tree = district()
    nomination_path = f"nominations/th-an-phu/{CHILD}"
    child = tree.pop(nomination_path)
    handover = tree.pop("handovers/th-an-phu/bg-h3k8m2")
    followup = tree.pop("followups/th-an-phu/td-m4n8q2")
    for relative, data in tree.items():
        git.write(f"records/{relative}.yaml", data)
    git.commit("Hồ sơ của hai trường, nhà tài trợ, tiếp nhận")
    proposed = {**child, "status": "de-xuat"}
    proposed.pop("decision")
    proposed["student"] = {**child["student"], "full_name": OLD_NAME, "address": OLD_ADDRESS}
    git.write(f"records/{nomination_path}.yaml", proposed)
    git.commit(f"Đề xuất em {OLD_NAME}")
    for grade_class in ("4B", "4C", "4A"):
        proposed["student"]["class"] = grade_class
        git.write(f"records/{nomination_path}.yaml", proposed)
        git.commit("Sửa lớp")
    proposed["student"] = {**proposed["student"], "full_name": NAME, "address": ADDRESS}
    proposed["circumstances"] = STORY
    git.write(f"records/{nomination_path}.yaml", proposed)
    git.commit("Sửa tên có dấu, địa chỉ, hoàn cảnh")
    git("mv", "records/nominations/th-an-phu", "records/nominations/th-an-phu-cu")
    git.commit("Đổi thư mục trường (nhầm)")
    git("mv", "records/nominations/th-an-phu-cu", "records/nominations/th-an-phu")
    git.commit("Đổi lại thư mục trường")
    git.write(f"records/{nomination_path}.yaml", {**proposed, **_approved(child)})
    git.commit("Duyệt đề xuất")
    git("tag", "v1")
    git.write(
        "records/handovers/th-an-phu/bg-h3k8m2.yaml", {**handover, "note": f"Em {NAME} đến cùng mẹ"}
    )
    git.commit("Bàn giao máy")
    git.write("records/handovers/th-an-phu/bg-h3k8m2.yaml", handover)
    git.commit("Bỏ ghi chú")
    git.write(
        "records/followups/th-an-phu/td-m4n8q2.yaml",
        {**followup, "note": "Học đều, mẹ gọi 0909.123.456"},
    )
    git.commit("Theo dõi")
    git.write(
        "content/tin-tuc/le-trao.md",
        f"Title: Lễ trao\nDate: 2021-10-25\n\nEm {NAME.upper()} nhận máy.\n",
    )
    git.commit(f"Tin lễ trao cho em {NAME}")
    git("tag", "-a", "v2", "-m", f"Đợt 1, có em {NAME}")
    git("checkout", "-q", "-b", "sua-ho-so")
    git.write(
        f"records/{nomination_path}.yaml", {**proposed, **_approved(child), "note": f"Gọi {PHONE}"}
    )
    git.commit("Ghi chú liên lạc")
    git("checkout", "-q", "main")
    git("checkout", "-q", "-b", "khac")
    git.write(
        "records/schools/th-an-phu.yaml", {**tree["schools/th-an-phu"], "phone": "02838730000"}
    )
    git.commit("Số điện thoại trường")
    git("checkout", "-q", "main")
    for step in range(8):
        git.write(
            f"records/{nomination_path}.yaml",
            {**proposed, **_approved(child), "note": f"Lần {step}"},
        )
        git.commit(f"Cập nhật {step}")
    git.write(f"records/{nomination_path}.yaml", {**proposed, **_approved(child)})
    git.write("records/followups/th-an-phu/td-m4n8q2.yaml", followup)
    git.commit("Hồ sơ cuối")
    return git


def _approved(child: dict) -> dict:
    return {"status": "da-duyet", "decision": child["decision"]}
