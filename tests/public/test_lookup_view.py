"""The lookup view: the only door from the records to the lookup files, an allow-list like the site's."""

from __future__ import annotations

import ast
import json
from pathlib import Path

from district import AS_OF, CODES, write_tree
from helpers import ROOT
from minhbach.checks.context import CheckContext
from minhbach.lookup import LOOKUP_DIR, open_file, write_lookup_files
from minhbach.public import build_lookup_view
from minhbach.public.lookup_view import LOOKUP_FIELDS
from minhbach.records.store import RecordSet
from minhbach.settings import Settings
from minhbach.validation import validate_folder

SECRET = "Bí mật mới thêm vào hồ sơ"
SETTINGS = Settings(LOOKUP_SITE_KEY="khoa-thu")


def district_records(tmp_path: Path) -> RecordSet:
    result = validate_folder(write_tree(tmp_path / "records"), CheckContext(AS_OF))
    assert result.ok
    return result.valid


def test_the_allow_list_is_what_a_case_shows_and_nothing_of_the_student() -> None:
    assert LOOKUP_FIELDS["nomination"] == (
        "school",
        "status",
        "nominated_on",
        "decision.date",
        "needs[].kind",
        "needs[].quantity",
        "lookup_code",
    )
    assert LOOKUP_FIELDS["donor"] == ("name", "lookup_code")
    named = {path.split(".")[0].split("[")[0] for paths in LOOKUP_FIELDS.values() for path in paths}
    assert not named & {"student", "guardian", "circumstances", "categories", "consent", "note"}


def _plant(value: object) -> None:
    """A new private field in every object of a record, at every depth."""
    if isinstance(value, dict):
        for child in list(value.values()):
            _plant(child)
        value["truong_moi_bi_mat"] = SECRET
    elif isinstance(value, list):
        for child in value:
            _plant(child)


def test_a_private_field_added_to_a_record_cannot_reach_a_lookup_file(tmp_path: Path) -> None:
    records = district_records(tmp_path)
    for record in records.records:
        _plant(record.data)
    assert SECRET in json.dumps([r.data for r in records.records], ensure_ascii=False)
    view = build_lookup_view(records)
    assert SECRET not in json.dumps(
        {t: [r.data for r in view.of(t)] for t in LOOKUP_FIELDS}, ensure_ascii=False
    )
    assert write_lookup_files(tmp_path / "output", view, SETTINGS) == len(CODES)
    opened = [
        open_file(SETTINGS.LOOKUP_SITE_KEY, code, path.read_bytes())
        for path in sorted((tmp_path / "output" / LOOKUP_DIR).iterdir())
        for code in CODES
        if _opens(path, code)
    ]
    assert len(opened) == len(CODES)
    assert SECRET not in json.dumps(opened, ensure_ascii=False)


def _opens(path: Path, code: str) -> bool:
    try:
        open_file(SETTINGS.LOOKUP_SITE_KEY, code, path.read_bytes())
    except Exception:
        return False
    return True


def test_an_anonymous_donor_has_no_name_in_the_view(tmp_path: Path) -> None:
    records = district_records(tmp_path)
    view = {d.id: d.data["name"] for d in build_lookup_view(records).of("donor")}
    for donor in records.of("donor"):
        if donor.data["display"] == "named":
            assert view[donor.id] == donor.data["name"]
        else:
            assert view[donor.id] == "Nhà hảo tâm ẩn danh"


def test_no_lookup_module_reads_a_record() -> None:
    """lookup/ gets the view; a Record or a RecordSet there would open a second door."""
    for module in sorted((ROOT / "plugins" / "minhbach" / "lookup").glob("*.py")):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                "minhbach.records"
            ):
                assert {alias.name for alias in node.names} <= {"OFFICE"}, module.name
