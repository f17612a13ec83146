"""Open data at /du-lieu/: CSV and JSON of exactly the public views, and a Frictionless datapackage.

The JSON files are the views themselves (``public.documents``), and also the release that the
next build's disclosure audit compares against; the CSV files are the same views flattened into
tables, described field by field in ``datapackage.json`` (Frictionless Data Package v1, Table
Schema). A CSV cell that starts like a spreadsheet formula gets a leading apostrophe.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from minhbach.public.documents import (
    CATEGORIES,
    DONORS,
    PROGRESS,
    SCHOOLS,
    STUDENTS,
    dumps,
    json_views,
)
from minhbach.public.views import PublicSite
from minhbach.site.opendata_xlsx import workbook_bytes
from minhbach.spreadsheet_text import looks_like_formula

FOLDER = "du-lieu"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# What each JSON document holds (they are the public views themselves, see public.documents).
JSON_TITLES = {
    STUDENTS: "Học sinh được nêu tên và thiết bị đã nhận",
    SCHOOLS: "Các trường: số liệu và học sinh được nêu tên của từng trường",
    DONORS: "Nhà tài trợ: các lần tiếp nhận và nơi thiết bị đã đến",
    CATEGORIES: "Học sinh được duyệt theo đối tượng",
    PROGRESS: "Tiến độ toàn huyện: học sinh theo giai đoạn, thiết bị, tiền mặt",
}


@dataclass(frozen=True)
class Table:
    """One CSV resource: file stem, title, what a row is, fields (name, type, title), rows."""

    name: str
    title: str
    description: str
    fields: tuple[tuple[str, str, str], ...]
    rows: list[tuple]


def tables(site: PublicSite) -> list[Table]:
    """The public views as flat tables."""
    students = Table(
        "ho-tro",
        "Học sinh đã nhận hỗ trợ (tên viết tắt, có đồng ý công khai)",
        "Mỗi dòng là một loại thiết bị một học sinh đã nhận, chỉ với học sinh có đồng ý công khai.",
        (
            ("ma_de_xuat", "string", "Mã đề xuất"),
            ("ten", "string", "Tên viết tắt (có thể trống)"),
            ("ma_truong", "string", "Mã trường"),
            ("truong", "string", "Tên trường"),
            ("khoi", "integer", "Khối lớp"),
            ("loai", "string", "Loại thiết bị"),
            ("so_luong", "integer", "Số lượng"),
            ("ngay_nhan", "date", "Ngày bàn giao"),
        ),
        [
            (
                s.nomination,
                s.name or "",
                s.school,
                s.school_name,
                s.grade,
                g.kind_label,
                g.quantity,
                g.on,
            )
            for s in site.students
            for g in s.given
        ],
    )
    schools = Table(
        "truong",
        "Trường và tiến độ",
        "Mỗi dòng là một trường: số học sinh theo từng giai đoạn, điện thoại và địa chỉ của trường.",
        (
            ("ma_truong", "string", "Mã trường"),
            ("truong", "string", "Tên trường"),
            ("cap", "string", "Cấp học"),
            ("xa", "string", "Xã, thị trấn"),
            ("dien_thoai", "string", "Điện thoại của trường"),
            ("dia_chi", "string", "Địa chỉ trường"),
            ("de_xuat", "integer", "Số học sinh được đề xuất"),
            ("da_duyet", "integer", "Đã duyệt"),
            ("da_ban_giao", "integer", "Đã bàn giao"),
            ("dang_cho", "integer", "Đã duyệt, đang chờ bàn giao"),
            ("khong_duyet", "integer", "Không được duyệt"),
            ("chua_xet", "integer", "Chưa xét"),
        ),
        [
            (
                s.id,
                s.name,
                s.level_label,
                s.commune_label,
                s.phone or "",
                s.address or "",
                s.counts.nominated,
                s.counts.approved,
                s.counts.handed,
                s.counts.waiting,
                s.counts.rejected,
                s.counts.pending,
            )
            for s in site.schools
        ],
    )
    donors = Table(
        "nha-tai-tro",
        "Nhà tài trợ",
        "Mỗi dòng là một nhà tài trợ: tổng giá trị (nếu công khai) và số học sinh đã nhận thiết bị.",
        (
            ("ma_nha_tai_tro", "string", "Mã nhà tài trợ"),
            ("ten", "string", "Tên (hoặc nhà hảo tâm ẩn danh)"),
            ("loai", "string", "Loại nhà tài trợ"),
            ("so_hoc_sinh", "integer", "Số học sinh đã nhận từ tài trợ (số liệu đến ngay_so_lieu)"),
            ("gia_tri_vnd", "integer", "Tổng giá trị (trống nếu nhà tài trợ không công khai)"),
            ("ngay_so_lieu", "date", "Ngày của số học sinh đã nhận (trống nếu chưa công bố)"),
        ),
        [
            (d.id, d.name, d.kind_label or "", d.students_reached, d.value_vnd, site.reach.as_of)
            for d in site.donors
        ],
    )
    gifts = Table(
        "tiep-nhan",
        "Những lần tiếp nhận tài trợ",
        "Mỗi dòng là một loại hiện vật hoặc tiền mặt của một lần tiếp nhận.",
        (
            ("ma_tiep_nhan", "string", "Mã lần tiếp nhận"),
            ("ma_nha_tai_tro", "string", "Mã nhà tài trợ"),
            ("ngay", "date", "Ngày tiếp nhận"),
            ("noi_nhan", "string", "Nơi tiếp nhận"),
            ("loai", "string", "Loại"),
            ("so_luong", "integer", "Số lượng (thiết bị)"),
            ("so_tien_vnd", "integer", "Số tiền (nếu công khai)"),
            ("gia_tri_vnd", "integer", "Giá trị ước tính (nếu công khai)"),
        ),
        [
            (
                g.id,
                d.id,
                g.on,
                g.received_by,
                line.label,
                line.quantity,
                line.amount_vnd,
                line.value_vnd,
            )
            for d in site.donors
            for g in d.gifts
            for line in g.items
        ],
    )
    result = [students, schools, donors, gifts]
    district = site.categories.district
    if district is not None:
        result.append(
            Table(
                "doi-tuong",
                "Học sinh được duyệt theo đối tượng, toàn huyện",
                "Mỗi dòng là một đối tượng; một học sinh có thể thuộc nhiều đối tượng.",
                (
                    (
                        "doi_tuong",
                        "string",
                        "Đối tượng (một học sinh có thể thuộc nhiều đối tượng)",
                    ),
                    ("so_hoc_sinh", "integer", "Số học sinh được duyệt thuộc đối tượng"),
                    ("ngay_so_lieu", "date", "Số liệu đến ngày"),
                ),
                [
                    (label, count, district.as_of)
                    for (_, label), count in zip(district.columns, district.counts, strict=True)
                ],
            )
        )
    table = site.categories.communes
    if table is not None:
        result.append(
            Table(
                "doi-tuong-theo-xa",
                'Học sinh được duyệt theo đối tượng và xã (ô 1–4 ghi "< 5")',
                'Mỗi dòng là một xã, thị trấn; ô từ 1 đến 4 học sinh ghi "< 5", ô "ẩn" được che '
                "thêm để không suy ra được ô nhỏ từ số tổng.",
                (
                    ("xa", "string", "Xã, thị trấn"),
                    ("so_hoc_sinh", "integer", "Số học sinh được duyệt"),
                    *((slug, "string", label) for slug, label in table.columns),
                    ("ngay_so_lieu", "date", "Số liệu đến ngày"),
                ),
                [
                    (row.label, row.students, *(cell.text for cell in row.cells), table.as_of)
                    for row in table.rows
                ]
                + [
                    (
                        "Toàn huyện",
                        table.students,
                        *(cell.text for cell in table.district),
                        table.as_of,
                    )
                ],
            )
        )
    return result


@dataclass(frozen=True)
class OpenData:
    """What /du-lieu/ describes: the datapackage, and the number of rows of each table."""

    package: dict
    rows: dict[str, int]


def write_open_data(site: PublicSite, output: Path) -> OpenData:
    """Write every CSV (with its .xlsx) and JSON file and datapackage.json under output/du-lieu/.

    The CSV files start with a byte order mark: without it, Excel on a Vietnamese Windows reads
    UTF-8 as the ANSI code page and shows "TrÆ°á»ng" for "Trường".
    """
    folder = output / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    flat = tables(site)
    for table in flat:
        (folder / f"{table.name}.csv").write_text(_csv(table), encoding="utf-8-sig")
        (folder / f"{table.name}.xlsx").write_bytes(
            workbook_bytes(
                table.name,
                [title for _, _, title in table.fields],
                table.rows,
                day=site.as_of,
                title=table.title,
                author=site.office.name,
            )
        )
    documents = json_views(site)
    for stem, document in documents.items():
        (folder / f"{stem}.json").write_text(dumps(document), encoding="utf-8")
    package = datapackage(site, flat, list(documents))
    (folder / "datapackage.json").write_text(dumps(package, indent=1), encoding="utf-8")
    return OpenData(package, {table.name: len(table.rows) for table in flat})


def datapackage(site: PublicSite, flat: list[Table], json_stems: list[str]) -> dict:
    resources: list[dict] = []
    for table in flat:
        resources.append(
            {
                "name": table.name,
                "title": table.title,
                "description": table.description,
                "path": f"{table.name}.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {
                    "fields": [
                        {"name": name, "type": kind, "title": title}
                        for name, kind, title in table.fields
                    ]
                },
            }
        )
        resources.append(
            {
                "name": f"{table.name}-xlsx",
                "title": table.title,
                "description": f"Cùng các dòng với {table.name}.csv, tiêu đề cột bằng tiếng Việt, "
                "để mở bằng Excel.",
                "path": f"{table.name}.xlsx",
                "format": "xlsx",
                "mediatype": XLSX_TYPE,
            }
        )
    resources += [
        {
            "name": f"{stem}-json",
            "title": JSON_TITLES[stem],
            "path": f"{stem}.json",
            "format": "json",
            "mediatype": "application/json",
        }
        for stem in json_stems
    ]
    return {
        "profile": "data-package",
        "name": "minh-bach",
        "title": f"{site.office.program} ({site.office.school_year})",
        "description": f"Dữ liệu công khai của {site.office.name}. Tên học sinh chỉ ở dạng viết tắt, "
        'chỉ khi có đồng ý; số đếm theo đối tượng dưới cấp huyện từ 1 đến 4 ghi "< 5".',
        "created": site.as_of.isoformat(),
        "licenses": [
            {
                "name": "CC-BY-4.0",
                "path": "https://creativecommons.org/licenses/by/4.0/",
                "title": "Creative Commons Attribution 4.0",
            }
        ],
        "resources": resources,
    }


def _csv(table: Table) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([name for name, _, _ in table.fields])
    writer.writerows(_cells(row) for row in table.rows)
    return buffer.getvalue()


def _cells(row: Sequence) -> Iterable[str]:
    for value in row:
        if value is None:
            yield ""
        elif isinstance(value, dt.date):
            yield value.isoformat()
        elif isinstance(value, str) and looks_like_formula(value):
            yield "'" + value
        else:
            yield str(value)
