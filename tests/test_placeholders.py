"""The demo's placeholders never reach a real programme: the published build and printed documents
refuse them, naming each setting and its file, unless every record is demo data."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from checkout import copy_checkout
from district import district, write_tree
from helpers import AS_OF, OFFICE_SETTINGS, run_minhbach, write
from minhbach.placeholders import (
    content_placeholders,
    is_example_address,
    setting_placeholders,
)
from minhbach.settings import Settings, assigned_in, load_settings

DAY = ("--as-of", AS_OF.isoformat())


@pytest.mark.parametrize(
    ("address", "example"),
    [
        ("https://minhbach.example.edu.vn", True),
        ("https://example.com/trang", True),
        ("https://www.example.org", True),
        ("https://minhbach.test", True),
        ("https://trang.invalid/", True),
        ("http://localhost:8000", True),
        ("http://127.0.0.1:8000", True),
        ("http://192.168.1.10", True),
        ("https://203.113.1.10", False),
        ("https://minhbach.pgdnhabe.edu.vn", False),
        ("https://pgd.github.io/minhbach", False),
        ("https://examples.vn", False),
        ("", False),
    ],
)
def test_example_addresses(address: str, example: bool) -> None:
    assert is_example_address(address) is example


def test_the_demo_settings_are_all_placeholders_and_the_office_ones_none(tmp_path: Path) -> None:
    found = setting_placeholders(
        dataclasses.replace(Settings(), SITEURL="https://minhbach.example.edu.vn"), {}
    )
    assert [(p.setting, p.file) for p in found] == [
        ("SITEURL", None),
        ("LOOKUP_SITE_KEY", None),
        ("SIGNER_NAME", None),
        ("OFFICE_PHONE", None),
        ("CONTACT_NOTE", None),
    ]
    write(tmp_path, "publishconf.py", OFFICE_SETTINGS)
    assert setting_placeholders(load_settings(tmp_path / "publishconf.py"), {}) == []


def test_each_setting_is_named_with_the_file_that_sets_it(tmp_path: Path) -> None:
    folder = copy_checkout(tmp_path / "kho", records="none")
    places = assigned_in(folder / "publishconf.py")
    assert places["SITEURL"] == folder / "publishconf.py"
    assert places["SIGNER_NAME"] == folder / "pelicanconf.py"  # from pelicanconf import *
    found = {
        p.setting: p.file
        for p in setting_placeholders(load_settings(folder / "publishconf.py"), places)
    }
    assert found["SITEURL"].endswith("publishconf.py")
    assert found["LOOKUP_SITE_KEY"].endswith("pelicanconf.py")


def test_demo_news_and_the_demo_phone_in_content(tmp_path: Path) -> None:
    folder = copy_checkout(tmp_path / "kho", records="none")
    found = {Path(p.file).name: p.code for p in content_placeholders(folder / "content")}
    assert found == {
        "le-trao-tang-cap-huyen.md": "PLACEHOLDER-DEMO-CONTENT",
        "trao-tang-tai-truong.md": "PLACEHOLDER-DEMO-CONTENT",
        "lien-he.md": "PLACEHOLDER-DEMO-PHONE-PAGE",
    }


def _build(folder: Path, settings: str) -> object:
    return run_minhbach(
        "build",
        "--settings",
        settings,
        "--output",
        "output",
        "--reports",
        "reports",
        *DAY,
        cwd=folder,
    )


def test_a_published_build_refuses_placeholders_with_real_records(tmp_path: Path) -> None:
    folder = copy_checkout(tmp_path / "kho", records="none", theme=True)
    write_tree(folder / "records")
    done = _build(folder, "publishconf.py")
    assert done.returncode == 2, done.stderr
    assert "SITEURL (publishconf.py) = “https://minhbach.example.edu.vn”" in done.stderr
    assert "LOOKUP_SITE_KEY (pelicanconf.py)" in done.stderr
    assert "SIGNER_NAME (pelicanconf.py)" in done.stderr
    assert "content/tin-tuc/le-trao-tang-cap-huyen.md" in done.stderr
    assert not (folder / "output").exists()
    english = run_minhbach(
        "--lang", "en", "build", "--settings", "publishconf.py", *DAY, cwd=folder
    )
    assert english.returncode == 2
    assert "Not building the site for publication" in english.stderr
    # The development settings build as before: a preview is not a publication.
    assert _build(folder, "pelicanconf.py").returncode == 0


def test_a_published_build_of_demo_data_keeps_the_demo_values(tmp_path: Path) -> None:
    folder = copy_checkout(tmp_path / "kho", records="none", theme=True)
    write_tree(folder / "records", {k: {**v, "demo": True} for k, v in district().items()})
    done = _build(folder, "publishconf.py")
    assert done.returncode == 0, done.stderr
    assert "https://minhbach.example.edu.vn/" in (folder / "output" / "index.html").read_text(
        encoding="utf-8"
    )


def test_an_example_previous_release_is_named_before_any_download(tmp_path: Path) -> None:
    folder = copy_checkout(tmp_path / "kho", records="none")
    write_tree(folder / "records")
    done = run_minhbach(
        "build",
        "--settings",
        "publishconf.py",
        "--previous",
        "https://minhbach.example.edu.vn",
        cwd=folder,
    )
    assert done.returncode == 2
    assert "địa chỉ mẫu" in done.stderr


@pytest.mark.parametrize("kind", ["receipts", "slips"])
def test_printed_documents_read_the_published_settings_and_refuse_placeholders(
    tmp_path: Path, kind: str
) -> None:
    folder = copy_checkout(tmp_path / "kho", records="none")
    write_tree(folder / "records")
    refused = run_minhbach("report", kind, *DAY, cwd=folder)
    assert refused.returncode == 2
    assert "Không lập giấy tờ để in" in refused.stderr
    assert "SITEURL (publishconf.py)" in refused.stderr
    assert not (folder / "reports").exists()
    write(folder, "publishconf.py", OFFICE_SETTINGS)
    done = run_minhbach("report", kind, *DAY, cwd=folder)
    assert done.returncode == 0, done.stderr
    assert list((folder / "reports").rglob("*.docx"))


def test_every_setting_is_in_the_settings_files_with_a_vietnamese_comment() -> None:
    """Settings live in pelicanconf.py and publishconf.py, each documented: none hides as a
    default of the code that the office would never see."""
    from helpers import ROOT

    places = assigned_in(ROOT / "publishconf.py")
    names = [f.name for f in dataclasses.fields(Settings) if f.name != "extra"]
    assert [n for n in names if n not in places] == []
    for path in (ROOT / "pelicanconf.py", ROOT / "publishconf.py"):
        lines = path.read_text(encoding="utf-8").splitlines()
        for index, line in enumerate(lines):
            name = line.split(" = ")[0]
            if name in names and places[name] == path:
                above = next(x for x in reversed(lines[:index]) if not x.split(" = ")[0].isupper())
                assert above.startswith("# "), (path.name, name)
