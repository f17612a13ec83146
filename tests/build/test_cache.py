"""The build fingerprint: an unchanged second build is skipped; any change builds again."""

from __future__ import annotations

import os
from pathlib import Path

from helpers import AS_OF, write
from minhbach.build import BuildOptions, build, cache
from site_records import write_records, write_site


def options(tmp: Path, records: Path, settings: Path, **changes) -> BuildOptions:
    values = {
        "records": records,
        "output": tmp / "output",
        "reports": tmp / "reports",
        "settings_file": settings,
        "as_of": AS_OF,
        "cache_dir": tmp / "cache",
    }
    return BuildOptions(**(values | changes))


def test_second_build_is_skipped_and_every_change_builds_again(tmp_path: Path) -> None:
    records = write_records(tmp_path / "records")
    settings = write_site(tmp_path)
    first = build(options(tmp_path, records, settings))
    assert first.swapped
    assert not first.unchanged

    again = build(options(tmp_path, records, settings))
    assert again.unchanged
    assert again.validation is None  # nothing was read beyond the fingerprint

    school = next((records / "schools").glob("*.yaml"))
    school.write_text(school.read_text(encoding="utf-8") + "# ghi chú\n", encoding="utf-8")
    assert build(options(tmp_path, records, settings)).swapped  # a changed record

    extra = write(
        records,
        "donors/nt-zz9q8x7m.yaml",
        "id: nt-zz9q8x7m\nname: Ông Bảy\nkind: ca-nhan\ndisplay: anonymous\nshow_value: false\n",
    )
    assert build(options(tmp_path, records, settings)).swapped  # an added record
    extra.unlink()
    assert build(options(tmp_path, records, settings)).swapped  # a removed record
    assert build(options(tmp_path, records, settings)).unchanged

    assert build(
        options(tmp_path, records, settings, as_of=AS_OF.replace(day=1))
    ).swapped  # another day
    settings.write_text(
        settings.read_text(encoding="utf-8") + "\nSTUDENTS_PER_PAGE = 7\n", encoding="utf-8"
    )
    assert build(
        options(tmp_path, records, settings, as_of=AS_OF.replace(day=1))
    ).swapped  # a setting


def test_a_deleted_or_edited_site_is_built_again(tmp_path: Path) -> None:
    records = write_records(tmp_path / "records")
    settings = write_site(tmp_path)
    assert build(options(tmp_path, records, settings)).swapped
    (tmp_path / "output" / "index.html").write_text("sửa tay", encoding="utf-8")
    assert build(options(tmp_path, records, settings)).swapped
    assert "sửa tay" not in (tmp_path / "output" / "index.html").read_text(encoding="utf-8")


def test_a_failed_build_is_not_remembered(tmp_path: Path) -> None:
    records = write_records(tmp_path / "records")
    settings = write_site(tmp_path)
    assert build(options(tmp_path, records, settings)).swapped
    broken = write(records, "schools/th-hong.yaml", "id: th-hong\nname: Trường\n")
    assert not build(options(tmp_path, records, settings)).swapped
    broken.unlink()
    assert build(
        options(tmp_path, records, settings)
    ).swapped  # same inputs as the first, built again


def test_content_is_hashed_not_only_times(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write(folder, "a.yaml", "x: 1\n")
    inputs = cache.Inputs(folders=(folder,), files=(), facts=("f",))
    first = cache.fingerprint(inputs, tmp_path / "cache")
    path = folder / "a.yaml"
    stat = path.stat()
    path.write_text("x: 2\n", encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1))
    assert cache.fingerprint(inputs, tmp_path / "cache") != first
