"""A tiny valid district to break in tests: 2 schools, 2 donors, 2 donations, 1 purchase…

The tree is a dict ``{"schools/th-an-phu": {...}, ...}`` (relative path without ``.yaml`` → the
record's data) so that a test can change one value and write it out. Counts, by hand:

* tn-vina-laptop: 3 laptops at the office (serials VN-LT-001…003); 2 allocated to th-an-phu
  (001, 002); 1 handed at th-an-phu (001). Left: 1 at the office, 1 at th-an-phu.
* tn-tien-mat: 10.000.000 ₫ cash at the office; 9.000.000 ₫ spent on ms-tablet. Left 1.000.000 ₫.
* ms-tablet: 3 tablets bought at the office (TB-01…03); 1 handed at a district ceremony (from
  the office) to a thcs-hiep-phuoc student. Left: 2 at the office.
* nominations: dx-k7q3m9 (th-an-phu, handed, followed up), dx-p2b8n4 (th-an-phu, approved 10 days
  before AS_OF, waiting), dx-r5t9c2 (thcs-hiep-phuoc, handed).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import random
from pathlib import Path

from minhbach import codes
from minhbach.checks.context import CheckContext
from minhbach.findings import Finding
from minhbach.validation import validate_folder

AS_OF = dt.date(2022, 6, 30)

_RNG = random.Random(4)
CODES = [codes.generate(_RNG) for _ in range(4)]


def _nomination(
    school: str, nid: str, name: str, born: str, code: str, needs: dict, decided: str
) -> dict:
    return {
        "id": nid,
        "school": school,
        "nominated_on": "2021-10-12",
        "student": {
            "full_name": name,
            "birth_date": born,
            "gender": "nam",
            "class": "4A",
            "grade": 4,
            "student_code": code,
        },
        "guardian": {"name": "Trần Thị Mẫu", "relation": "mẹ", "phone": "0909123456"},
        "categories": ["mo-coi-cha"],
        "needs": [{"kind": kind, "quantity": n} for kind, n in needs.items()],
        "status": "da-duyet",
        "decision": {"date": decided, "by": "Trưởng phòng", "document": "QĐ-01/2021"},
        "consent": {"guardian": True, "child": True, "recorded_on": "2021-10-12"},
        "lookup_code": CODES[["dx-k7q3m9", "dx-p2b8n4", "dx-r5t9c2"].index(nid)],
    }


_TREE: dict[str, dict] = {
    "schools/th-an-phu": {
        "id": "th-an-phu",
        "name": "Trường Tiểu học An Phú",
        "level": "tieu-hoc",
        "commune": "phuoc-kien",
    },
    "schools/thcs-hiep-phuoc": {
        "id": "thcs-hiep-phuoc",
        "name": "Trường THCS Hiệp Phước",
        "level": "thcs",
        "commune": "hiep-phuoc",
    },
    "donors/dn-vina": {
        "id": "dn-vina",
        "name": "Công ty Minh Họa Vina",
        "kind": "doanh-nghiep",
        "display": "named",
        "show_value": True,
        "lookup_code": CODES[3],
    },
    "donors/nt-7k3q9x": {
        "id": "nt-7k3q9x",
        "name": "Người Minh Họa",
        "kind": "ca-nhan",
        "display": "anonymous",
        "show_value": False,
    },
    "donations/tn-vina-laptop": {
        "id": "tn-vina-laptop",
        "donor": "dn-vina",
        "received_on": "2021-10-08",
        "received_by": "office",
        "document": "BB-01/2021",
        "items": [
            {
                "kind": "laptop",
                "quantity": 3,
                "unit_value_vnd": 8000000,
                "serials": ["VN-LT-001", "VN-LT-002", "VN-LT-003"],
            }
        ],
    },
    "donations/tn-tien-mat": {
        "id": "tn-tien-mat",
        "donor": "nt-7k3q9x",
        "received_on": "2021-10-09",
        "received_by": "office",
        "document": "BB-02/2021",
        "items": [{"kind": "cash", "amount_vnd": 10000000}],
    },
    "purchases/ms-tablet": {
        "id": "ms-tablet",
        "at": "office",
        "on": "2021-10-15",
        "funded_by": [{"donation": "tn-tien-mat", "amount_vnd": 9000000}],
        "supplier": "Cửa hàng Minh Họa",
        "invoice": "HD-0001",
        "items": [
            {
                "kind": "tablet",
                "quantity": 3,
                "unit_price_vnd": 3000000,
                "serials": ["TB-01", "TB-02", "TB-03"],
            }
        ],
    },
    "allocations/pb-an-phu": {
        "id": "pb-an-phu",
        "source": "tn-vina-laptop",
        "to": "th-an-phu",
        "on": "2021-10-20",
        "document": "PB-01/2021",
        "items": [{"kind": "laptop", "quantity": 2, "serials": ["VN-LT-001", "VN-LT-002"]}],
    },
    "nominations/th-an-phu/dx-k7q3m9": _nomination(
        "th-an-phu",
        "dx-k7q3m9",
        "Nguyễn Văn Bình",
        "2012-04-12",
        "HS0001",
        {"laptop": 1},
        "2021-10-18",
    ),
    "nominations/th-an-phu/dx-p2b8n4": _nomination(
        "th-an-phu", "dx-p2b8n4", "Lê Thị Hoa", "2013-02-01", "HS0002", {"laptop": 1}, "2022-06-20"
    ),
    "nominations/thcs-hiep-phuoc/dx-r5t9c2": _nomination(
        "thcs-hiep-phuoc",
        "dx-r5t9c2",
        "Phạm Minh Đức",
        "2009-09-09",
        "HS0003",
        {"tablet": 1},
        "2021-10-18",
    ),
    "handovers/th-an-phu/bg-h3k8m2": {
        "id": "bg-h3k8m2",
        "school": "th-an-phu",
        "nomination": "dx-k7q3m9",
        "on": "2021-10-25",
        "from": "school",
        "items": [
            {"source": "tn-vina-laptop", "kind": "laptop", "quantity": 1, "serial": "VN-LT-001"}
        ],
        "handed_by": "Hiệu trưởng",
        "received_by": {"name": "Trần Thị Mẫu", "relation": "mẹ"},
        "document": "BG-01/2021",
    },
    "handovers/thcs-hiep-phuoc/bg-x7c4v9": {
        "id": "bg-x7c4v9",
        "school": "thcs-hiep-phuoc",
        "nomination": "dx-r5t9c2",
        "on": "2021-10-28",
        "from": "office",
        "items": [{"source": "ms-tablet", "kind": "tablet", "quantity": 1, "serial": "TB-01"}],
        "handed_by": "Trưởng phòng",
        "received_by": {"name": "Trần Thị Mẫu", "relation": "mẹ"},
        "document": "BG-02/2021",
    },
    "followups/th-an-phu/td-m4n8q2": {
        "id": "td-m4n8q2",
        "school": "th-an-phu",
        "nomination": "dx-k7q3m9",
        "on": "2021-11-15",
        "attending": "full",
        "device_ok": True,
    },
}


def district() -> dict[str, dict]:
    """A fresh, deep copy of the valid tree: change it freely."""
    return copy.deepcopy(_TREE)


def write_tree(folder: Path, tree: dict[str, dict] | None = None) -> Path:
    """Write ``tree`` (default: the valid district) as YAML files under ``folder``."""
    for relative, data in (district() if tree is None else tree).items():
        path = folder / f"{relative}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(to_yaml(data)) + "\n", encoding="utf-8")
    return folder


def to_yaml(value: object, indent: str = "") -> list[str]:
    """Block-style YAML lines: plain keys (``on:`` stays a key), strings double-quoted (JSON)."""
    lines: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, dict | list) and item:
                lines.append(f"{indent}{key}:")
                lines += to_yaml(item, indent + "  ")
            else:
                lines.append(f"{indent}{key}: {_scalar(item)}")
    else:
        for item in value:  # a list
            nested = (
                to_yaml(item, indent + "  ")
                if isinstance(item, dict | list)
                else [f"{indent}  {_scalar(item)}"]
            )
            lines.append(f"{indent}- {nested[0].strip()}")
            lines += nested[1:]
    return lines


def _scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def validate_tree(
    tmp_path: Path, tree: dict[str, dict], context: CheckContext | None = None
) -> list[Finding]:
    """Write ``tree`` under ``tmp_path/records`` and return every finding (paths start ``records/``)."""
    folder = write_tree(tmp_path / "records", tree)
    result = validate_folder(folder, context or CheckContext(AS_OF), display_root="records")
    return result.findings.sorted()


def codes_of(found: list[Finding]) -> list[str]:
    return [f.code for f in found]


def only(found: list[Finding], code: str) -> Finding:
    """The one finding with ``code``; fails (showing all findings) if there is none or several."""
    matching = [f for f in found if f.code == code]
    assert len(matching) == 1, [(f.path, f.code, f.message()) for f in found]
    return matching[0]
