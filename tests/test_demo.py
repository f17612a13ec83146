"""The demo data set: valid by construction, deterministic, complete, and harmless to real records."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

import pytest
import yaml

from helpers import run_minhbach, write
from minhbach import codes
from minhbach.checks.context import CheckContext
from minhbach.demo import DemoError, build_demo, write_demo
from minhbach.demo._yaml import ReferenceDumper, to_yaml
from minhbach.records.types import RECORD_TYPES
from minhbach.text.fold import fold
from minhbach.validation import validate_folder

LATE_AS_OF = dt.date(2026, 11, 25)
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def values(node, key=None):
    """(key, value) of every scalar in a record, however deep."""
    if isinstance(node, dict):
        for name, child in node.items():
            yield from values(child, name)
    elif isinstance(node, list):
        for child in node:
            yield from values(child, key)
    else:
        yield key, node


@pytest.mark.parametrize(("students", "seed"), [(5, 1), (5, 4), (60, 2), (300, 2021)])
def test_demo_validates_without_errors(tmp_path, students, seed):
    summary = write_demo(tmp_path / "records", students, seed)
    result = validate_folder(tmp_path / "records", CheckContext(as_of=LATE_AS_OF))
    errors = [
        f"{f.path}:{f.line} {f.code} {f.message()}"
        for f in result.findings.sorted()
        if f.severity == "error"
    ]
    assert errors == []
    assert result.files == summary.files


def test_same_seed_gives_a_byte_identical_tree_and_another_seed_another(tmp_path):
    write_demo(tmp_path / "a", 60, 7)
    write_demo(tmp_path / "b", 60, 7)
    write_demo(tmp_path / "c", 60, 8)
    assert tree(tmp_path / "a") == tree(tmp_path / "b")
    assert tree(tmp_path / "a") != tree(tmp_path / "c")


@pytest.mark.parametrize("seed", range(6))
def test_a_small_demo_has_every_record_type_status_and_consent(seed):
    records = build_demo(5, seed)
    # Erasures are the office's log of `minhbach forget`, not programme data a demo invents.
    assert {t.name for t in RECORD_TYPES if t.name != "erasure"} <= set(records)
    nominations = [data for _, data in records["nomination"]]
    assert {n["status"] for n in nominations} == {"de-xuat", "da-duyet", "khong-duyet"}
    assert any(not n["consent"]["guardian"] for n in nominations)
    assert any("withdrawn_on" in n["consent"] for n in nominations)


def test_content_covers_what_the_site_shows():
    records = build_demo(300, 2021)
    donors = [data for _, data in records["donor"]]
    assert {d["kind"] for d in donors} == {
        "doanh-nghiep",
        "ca-nhan",
        "hoi-cha-me",
        "tap-the",
        "to-chuc",
    }
    assert {d["display"] for d in donors} == {"named", "anonymous"}
    assert not all(d["show_value"] for d in donors)
    assert any("lookup_code" in d for d in donors)
    items = [item for _, data in records["donation"] for item in data["items"]]
    assert any(item["kind"] == "cash" for item in items)
    assert any("serials" in item for item in items)
    nominations = [data for _, data in records["nomination"]]
    guardian_only = [
        n for n in nominations if n["consent"]["guardian"] and not n["consent"]["child"]
    ]
    assert guardian_only
    orphans = [n for n in nominations if any(c.startswith("mo-coi") for c in n["categories"])]
    assert 0 < len(orphans) < len(nominations) / 3
    handed = {data["nomination"] for _, data in records["handover"]}
    approved = {n["id"] for n in nominations if n["status"] == "da-duyet"}
    assert handed < approved  # most handed, some still waiting
    assert len(handed) > len(approved) * 0.7
    assert {data["from"] for _, data in records["handover"]} == {"school", "office"}
    assert 0.3 < len(records["followup"]) / len(records["handover"]) < 0.8


def test_children_are_of_school_age_and_dates_lie_in_the_school_year():
    records = build_demo(300, 3)
    levels = {data["id"]: data["level"] for _, data in records["school"]}
    for _, nomination in records["nomination"]:
        student = nomination["student"]
        grade = student["grade"]
        assert (
            (1 <= grade <= 5) if levels[nomination["school"]] == "tieu-hoc" else (6 <= grade <= 9)
        )
        assert int(student["birth_date"][:4]) == 2016 - grade
        assert re.fullmatch(r"\d{10}", student["student_code"])
    for record_type, entries in records.items():
        for _, data in entries:
            for key, value in values(data):
                if isinstance(value, str) and DATE.match(value) and key != "birth_date":
                    assert "2021-10-05" <= value <= "2022-05-31", (record_type, key, value)


def test_names_ids_and_codes_follow_the_rules():
    records = build_demo(300, 5)
    opaque = {"nomination": "dx", "handover": "bg", "followup": "td", "allocation": "pb"}
    for record_type, prefix in opaque.items():
        for _, data in records[record_type]:
            assert re.fullmatch(rf"{prefix}-[{codes.ID_ALPHABET}]{{8}}", data["id"])
    sources = [data["id"] for _, data in records["donation"]] + [
        data["id"] for _, data in records["purchase"]
    ]
    assert len(sources) == len(set(sources))
    for _, data in records["donor"]:
        if data["kind"] == "ca-nhan" or data["display"] == "anonymous":
            assert data["id"].startswith("nt-")
    for _, data in records["nomination"]:
        assert codes.is_valid(data["lookup_code"])
        name = data["student"]["full_name"]
        assert unicodedata.normalize("NFC", name) == name
        assert len(name.split()) >= 3
    # No private name hides in a public text, in any spelling (the leak guard would stop the build).
    public = [d["name"] for _, d in records["donor"] if d["display"] == "named"]
    public += [text for _, d in records["school"] for text in (d["name"], d["address"])]
    public_words = " | ".join(f" {fold(text)} " for text in public)
    for _, nomination in records["nomination"]:
        for name in (nomination["student"]["full_name"], nomination["guardian"]["name"]):
            assert f" {fold(name)} " not in public_words, name


def test_demo_refuses_to_overwrite_real_records(tmp_path):
    real = write(tmp_path, "records/schools/th-that.yaml", "id: th-that\nname: Trường thật\n")
    result = run_minhbach("demo", "--out", str(tmp_path / "records"), "--students", "5")
    assert result.returncode == 2
    assert "th-that.yaml" in result.stderr
    assert real.read_text(encoding="utf-8") == "id: th-that\nname: Trường thật\n"
    assert not (tmp_path / "records" / "donors").exists()


def test_demo_refuses_a_folder_with_other_files(tmp_path):
    write(tmp_path, "records/ghi-chu.txt", "ghi chú của phòng\n")
    with pytest.raises(DemoError, match=r"ghi-chu\.txt"):
        write_demo(tmp_path / "records", 5, 1)


def test_demo_replaces_a_previous_demo_whole(tmp_path):
    out = tmp_path / "records"
    write_demo(out, 60, 1)
    summary = write_demo(out, 5, 2)
    assert len(tree(out)) == summary.files
    write_demo(tmp_path / "fresh", 5, 2)
    assert tree(out) == tree(tmp_path / "fresh")


def test_demo_command_then_validate_command(tmp_path):
    out = tmp_path / "records"
    made = run_minhbach("demo", "--out", str(out), "--students", "40", "--seed", "3")
    assert made.returncode == 0, made.stderr
    assert "tệp hồ sơ minh họa" in made.stdout
    # another process (another hash seed): still the same bytes
    again = run_minhbach(
        "demo", "--out", str(tmp_path / "again"), "--students", "40", "--seed", "3"
    )
    assert again.returncode == 0, again.stderr
    assert tree(out) == tree(tmp_path / "again")
    checked = run_minhbach("validate", "--records", str(out), "--as-of", LATE_AS_OF.isoformat())
    assert checked.returncode == 0, checked.stdout[-2000:] + checked.stderr[-2000:]
    assert " error " not in checked.stdout


TRICKY = [
    "", " lề", "0909123456", "7901234567", "2021-10-05", "on", "yes", "no", "true", "null", "~",
    "1.5", "1e3", "0x1F", "- gạch đầu dòng", "a: b", "a #b", "kết thúc:", "it's", "'đã trích'",
    '"ngoặc"', "#3", "@x", "5/2", "HĐ 0012345", "Số 138/5, ấp 3, xã Phú Xuân", "dòng\nhai", "tab\there",
    "[a]", "{b}", "*sao", "&neo", "!thẻ", "%p", "`x", "?hỏi", "Đ", "e\u0301", "\u00a0nbsp",
]  # fmt: skip


class _ReferenceLoader(yaml.SafeLoader):
    """Reads back with the same notion of plain types as ``ReferenceDumper``."""

    yaml_implicit_resolvers = ReferenceDumper.yaml_implicit_resolvers


def test_hand_written_yaml_reads_back_the_same_values():
    record = {
        "id": "x",
        "texts": TRICKY,
        "nested": {"items": [{"kind": "cash", "n": 1, "ok": False}]},
    }
    record.update({f"k{i}": text for i, text in enumerate(TRICKY)})
    assert yaml.load(to_yaml(record), Loader=_ReferenceLoader) == record


def test_hand_written_yaml_is_byte_identical_to_pyyaml_on_the_demo():
    for _, entries in build_demo(60, 4).items():
        for _, data in entries:
            reference = yaml.dump(
                data, Dumper=ReferenceDumper, allow_unicode=True, sort_keys=False, width=4096
            )
            assert to_yaml(data) == reference


def test_schools_have_unique_short_codes_and_number_their_receipts_with_them():
    records = build_demo(300, 1)
    codes = {data["id"]: data["short_code"] for _, data in records["school"]}
    assert len(set(codes.values())) == len(codes)
    for _, handover in records["handover"]:
        issuer = "GDĐT" if handover["from"] == "office" else codes[handover["school"]]
        assert re.fullmatch(rf"\d{{3}}/BBBG-{issuer}", handover["document"])
