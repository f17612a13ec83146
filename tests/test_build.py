"""``minhbach build``: the whole flow, through the real command, on the tiny fixture tree."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from random import Random

import pytest

from district import write_tree
from helpers import AS_OF, ROOT, missing_fields, run_minhbach, write
from minhbach import codes
from minhbach.build import BuildOptions, build
from site_records import write_records, write_site


def command(tmp: Path, records: Path, settings: Path, *extra: str):
    return run_minhbach(
        "build",
        "--records",
        str(records),
        "--output",
        str(tmp / "output"),
        "--reports",
        str(tmp / "reports"),
        "--settings",
        str(settings),
        "--as-of",
        AS_OF.isoformat(),
        *extra,
    )


def first_build(tmp: Path, records: Path, settings: Path) -> bytes:
    """A good build in-process (quicker than the command); returns the home page's bytes."""
    assert build(
        BuildOptions(records=records, output=tmp / "output", settings_file=settings, as_of=AS_OF)
    ).swapped
    return (tmp / "output" / "index.html").read_bytes()


def leftovers(tmp: Path) -> list[str]:
    return sorted(p.name for p in tmp.iterdir() if p.name.startswith(".output-"))


def test_build_writes_the_site_and_says_so(tmp_path: Path) -> None:
    result = command(tmp_path, write_records(tmp_path / "records"), write_site(tmp_path))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "output" / "index.html").is_file()
    assert "Đã dựng" in result.stderr
    assert leftovers(tmp_path) == []


def test_invalid_records_keep_the_previous_site(tmp_path: Path) -> None:
    records = write_records(tmp_path / "records")
    settings = write_site(tmp_path)
    before = first_build(tmp_path, records, settings)
    write(records, "handovers/th-an-binh/bg-a1b2c399.yaml", "id: bg-a1b2c399\nschool: th-an-binh\n")
    result = command(tmp_path, records, settings)
    assert result.returncode == 1
    assert missing_fields(result.stdout) == [
        "document",
        "handed_by",
        "items",
        "nomination",
        "on",
        "received_by",
    ]
    assert (tmp_path / "output" / "index.html").read_bytes() == before
    assert leftovers(tmp_path) == []


def test_a_plugin_that_fails_to_import_fails_the_build(tmp_path: Path) -> None:
    records = write_records(tmp_path / "records")
    before = first_build(tmp_path, records, write_site(tmp_path))
    broken = write_site(tmp_path, plugins=("minhbach.site", "minhbach_khong_ton_tai"))
    result = command(tmp_path, records, broken)
    assert result.returncode == 3, result.stdout + result.stderr
    assert "BUILD-PELICAN-ERROR" in result.stdout
    assert "minhbach_khong_ton_tai" in result.stdout
    assert (tmp_path / "output" / "index.html").read_bytes() == before
    assert leftovers(tmp_path) == []


def test_a_content_page_on_a_reserved_address_fails(tmp_path: Path) -> None:
    settings = write_site(tmp_path)
    write(tmp_path, "content/pages/tra-cuu.md", "Title: Tra cứu giả\nSlug: tra-cuu\n\nkhông được\n")
    result = command(tmp_path, write_records(tmp_path / "records"), settings)
    assert result.returncode == 1
    assert "SITE-RESERVED-SLUG" in result.stdout
    assert not (tmp_path / "output").exists()


def test_a_news_post_without_a_date_is_named_with_what_to_add(tmp_path: Path) -> None:
    """Issue 16: the build failed with Pelican's English message pointed at pelicanconf.py."""
    settings = write_site(tmp_path)
    write(tmp_path, "content/tin-tuc/khong-ngay.md", "Title: Tin mới\nSlug: tin-moi\n\nNội dung.\n")
    result = command(tmp_path, write_records(tmp_path / "records"), settings)
    assert result.returncode == 1, result.stdout + result.stderr
    line = next(line for line in result.stdout.splitlines() if "CONTENT-MISSING-METADATA" in line)
    assert line.split(":")[0].endswith(
        "content/tin-tuc/khong-ngay.md"
    )  # the file, not the settings
    assert "thiếu dòng `Date:`" in line
    assert "`Date: 2021-11-05`" in line
    assert "Skipping" not in result.stdout
    assert "pelicanconf" not in line
    assert not (tmp_path / "output").exists()


def test_withdrawn_consent_leaves_at_the_next_build(tmp_path: Path) -> None:
    records = write_records(tmp_path / "records")
    settings = write_site(tmp_path)
    options = BuildOptions(
        records=records, output=tmp_path / "output", settings_file=settings, as_of=AS_OF
    )
    assert build(options).swapped
    pages = "".join(
        p.read_text(encoding="utf-8") for p in (tmp_path / "output" / "ho-tro").rglob("*.html")
    )
    assert "N.V.A." in pages
    write_records(records, withdraw_shown=True)
    assert build(options).swapped
    pages = "".join(
        p.read_text(encoding="utf-8") for p in (tmp_path / "output" / "ho-tro").rglob("*.html")
    )
    assert "N.V.A." not in pages
    assert "dx-a1b2c301" not in (tmp_path / "output" / "du-lieu" / "ho-tro.json").read_text(
        encoding="utf-8"
    )


def test_reports_inside_output_is_bad_usage(tmp_path: Path) -> None:
    records = write_records(tmp_path / "records")
    result = command(
        tmp_path, records, write_site(tmp_path), "--reports", str(tmp_path / "output" / "bao-cao")
    )
    assert result.returncode == 2
    assert "báo cáo" in result.stderr


def test_missing_settings_file_is_bad_usage(tmp_path: Path) -> None:
    result = command(tmp_path, write_records(tmp_path / "records"), tmp_path / "khong-co.py")
    assert result.returncode == 2
    assert "khong-co.py" in result.stderr


def test_unknown_masking_style_is_bad_usage(tmp_path: Path) -> None:
    settings = write_site(tmp_path, extra='MASKING_STYLE = "ten-day-du"\n')
    result = command(tmp_path, write_records(tmp_path / "records"), settings)
    assert result.returncode == 2
    assert "MASKING_STYLE" in result.stderr


@pytest.mark.parametrize(
    ("printed", "field"),
    [
        ("Hồ Thị Giám Hộ {suffix}", "guardian.name"),
        ("Ngày sinh: 04/03/2011", "student.birth_date"),
        ("Địa chỉ: 12 đường số bảy, khu phố ba", "student.address"),
    ],
)
def test_a_template_that_prints_a_private_value_fails_the_build(
    tmp_path: Path, printed: str, field: str
) -> None:
    """Templates only get public views; one that prints a private value anyway is stopped."""
    records = write_records(tmp_path / "records")
    settings = write_site(tmp_path)
    before = first_build(tmp_path, records, settings)
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    guardian = next(
        line.split(":", 1)[1].strip()
        for line in (records / "nominations")
        .rglob("*.yaml")
        .__next__()
        .read_text("utf-8")
        .splitlines()
        if line.startswith("  name: Hồ Thị Giám Hộ")
    )
    text = printed.format(suffix=guardian.rsplit(" ", 1)[1])
    school = theme / "templates" / "school.html"
    school.write_text(
        school.read_text("utf-8").replace(
            "{% block content %}", "{% block content %}<p>" + text + "</p>", 1
        ),
        "utf-8",
    )
    changed = settings.with_name("changed.py")
    changed.write_text(settings.read_text("utf-8") + f"\nTHEME = {str(theme)!r}\n", "utf-8")
    result = command(tmp_path, records, changed)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "LEAK-PRIVATE-VALUE" in result.stdout
    assert f"`{field}`" in result.stdout
    assert text not in result.stdout + result.stderr  # the message never quotes the value
    assert (tmp_path / "output" / "index.html").read_bytes() == before


class _Recorded:
    """A progress display that remembers what the build told it."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}
        self.finished = False

    def stage(self, name: str):
        self.counts[name] = 0

        def step() -> None:
            self.counts[name] += 1

        return step

    def done(self) -> None:
        self.finished = True


def test_the_progress_display_hears_every_stage_and_counts_its_items(tmp_path: Path) -> None:
    records = write_records(tmp_path / "records")
    nomination = records / "nominations/th-an-binh/dx-a1b2c301.yaml"
    nomination.write_text(  # a family with a lookup code: one sealed file to write and check
        nomination.read_text(encoding="utf-8") + f"lookup_code: {codes.generate(Random(1))}\n",
        encoding="utf-8",
    )
    progress = _Recorded()
    outcome = build(
        BuildOptions(
            records=records,
            output=tmp_path / "output",
            reports=tmp_path / "reports",
            settings_file=write_site(tmp_path),
            as_of=AS_OF,
        ),
        progress,
    )
    assert outcome.swapped
    assert list(progress.counts) == list(outcome.timings)  # every timed stage, in order
    assert progress.counts["validate"] == len(list(records.rglob("*.yaml")))
    assert progress.counts["pelican"] >= outcome.pages
    lookup = tmp_path / "output" / "tra-cuu" / "c"
    assert progress.counts["lookup files"] == len(list(lookup.iterdir())) > 0
    published = [p for p in (tmp_path / "output").rglob("*") if p.is_file()]
    assert progress.counts["leak guard"] == len(published)
    assert progress.finished


def test_a_single_hidden_cash_gift_does_not_stop_the_site(tmp_path: Path) -> None:
    """One donor hides a cash gift: the total is withheld, and the guard has nothing to refuse."""
    outcome = build(
        BuildOptions(
            records=write_tree(tmp_path / "records"),
            output=tmp_path / "output",
            settings_file=write_site(tmp_path),
            as_of=AS_OF,
        )
    )
    assert [f.code for f in outcome.findings if f.severity == "error"] == []
    assert outcome.swapped
    home = (tmp_path / "output" / "index.html").read_text(encoding="utf-8")
    assert "Chưa công bố" in home
    assert "10.000.000" not in home
    progress = json.loads((tmp_path / "output" / "du-lieu" / "tien-do.json").read_bytes())
    assert progress["money"] == {
        "received": None,
        "spent": 9_000_000,
        "received_as_of": None,
        "gifts": [],
    }
    assert [(h.figure, h.since) for h in outcome.holds if h.figure == "cash"] == [("cash", None)]
