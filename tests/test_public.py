"""Public views: masking, the consent gate, small-cell suppression and the allow-list projection."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random
from itertools import product

import pytest

from district import district, write_tree
from helpers import AS_OF
from minhbach.checks.context import CheckContext
from minhbach.consent import age_on
from minhbach.public import (
    MaskingStyleError,
    build_public_site,
    consent_holds,
    mask_name,
    publish,
    suppress,
)
from minhbach.public.suppression import suppress_table
from minhbach.settings import Settings
from minhbach.validation import validate_folder
from site_records import BIRTH_DATES, IMG, SHOWN_FULL, write_records


@pytest.mark.parametrize(
    ("style", "masked"),
    [
        ("initials", "N.V.A."),
        ("family-initials", "Nguyễn V. A."),
        ("given", "An"),
        ("none", None),
    ],
)
def test_masking_styles(style: str, masked: str | None) -> None:
    assert mask_name("Nguyễn Văn An", style) == masked


def test_initials_keep_vietnamese_letters_but_not_tones() -> None:
    assert mask_name("Đặng Thị Ưng", "initials") == "Đ.T.Ư."
    assert mask_name("Ấu  Ơn Ằm", "initials") == "Â.Ơ.Ă."
    # NFD input gives the same result as NFC
    import unicodedata

    assert mask_name(unicodedata.normalize("NFD", "Đặng Thị Ưng"), "initials") == "Đ.T.Ư."


def test_unknown_style_is_refused() -> None:
    with pytest.raises(MaskingStyleError):
        mask_name("Nguyễn Văn An", "full")


def nomination(
    birth: str, *, guardian=True, child=True, recorded="2021-10-01", withdrawn=None
) -> dict:
    consent = {"guardian": guardian, "child": child, "recorded_on": recorded}
    if withdrawn:
        consent["withdrawn_on"] = withdrawn
    return {"student": {"birth_date": birth}, "consent": consent}


def test_age_counts_completed_years() -> None:
    assert age_on(dt.date(2015, 6, 30), AS_OF) == 7
    assert age_on(dt.date(2015, 7, 1), AS_OF) == 6


def test_consent_gate() -> None:
    seven_today, six_today = "2015-06-30", "2015-07-01"
    assert consent_holds(nomination(six_today, child=False), AS_OF)
    assert not consent_holds(nomination(seven_today, child=False), AS_OF)
    assert consent_holds(nomination(seven_today, child=True), AS_OF)
    assert not consent_holds(nomination(six_today, guardian=False), AS_OF)
    assert not consent_holds(nomination(six_today, withdrawn=AS_OF.isoformat()), AS_OF)
    assert consent_holds(nomination(six_today, withdrawn="2022-07-01"), AS_OF)
    assert not consent_holds(nomination(six_today, recorded="2022-07-01"), AS_OF)


def test_primary_suppression_of_small_cells() -> None:
    cells = suppress([[0, 3, 12], [7, 5, 9]])
    assert [c.text for c in cells[0]] == ["0", "< 5", "ẩn"]
    assert cells[1][0].text == "7"


def _solutions(matrix: list[list[int]], table) -> set[tuple[int, ...]]:
    """Every filling of the hidden cells consistent with the shown cells and the published totals."""
    cells = table.cells
    hidden = [
        (r, c) for r, row in enumerate(cells) for c, cell in enumerate(row) if cell.value is None
    ]
    rows = [sum(row) for row in matrix]
    cols = [sum(col) for col in zip(*matrix, strict=True)]
    found = set()
    for guess in product(range(max(rows) + 1), repeat=len(hidden)):
        trial = [row[:] for row in matrix]
        for (r, c), value in zip(hidden, guess, strict=True):
            trial[r][c] = value
        if [sum(row) for row in trial] != rows:
            continue
        if all(
            table.column_totals[c].value is None or sum(row[c] for row in trial) == cols[c]
            for c in range(len(cols))
        ):
            found.add(guess)
    return found


@pytest.mark.parametrize(
    "matrix",
    [
        [[3, 10], [8, 9]],
        [[1, 0, 7], [0, 6, 7], [9, 0, 4]],
        [[2, 6], [0, 0]],
        [[4, 5], [6, 4]],
    ],
)
def test_no_small_cell_can_be_worked_out_from_the_totals(matrix: list[list[int]]) -> None:
    table = suppress_table(matrix)
    hidden = [
        (r, c)
        for r, row in enumerate(table.cells)
        for c, cell in enumerate(row)
        if cell.value is None
    ]
    solutions = _solutions(matrix, table)
    for index, (r, c) in enumerate(hidden):
        if table.cells[r][c].reason == "small":
            assert len({s[index] for s in solutions}) > 1, (matrix, (r, c))


def test_no_line_with_a_published_total_has_a_single_hidden_cell() -> None:
    rng = random.Random(7)
    for _ in range(300):
        matrix = [
            [rng.choice([0, 0, 1, 2, 4, 5, 9, 30]) for _ in range(6)]
            for _ in range(rng.randint(1, 7))
        ]
        table = suppress_table(matrix)
        for row in table.cells:
            assert sum(cell.value is None for cell in row) != 1, matrix
        for c, total in enumerate(table.column_totals):
            column = [row[c] for row in table.cells]
            if total.value is not None:  # a published total never leaves one cell alone hidden
                assert sum(cell.value is None for cell in column) != 1, matrix


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory):
    folder = write_records(tmp_path_factory.mktemp("public") / "records")
    result = validate_folder(folder, CheckContext(as_of=AS_OF))
    assert result.ok
    return result.valid


def test_students_are_the_consented_handed_ones(records) -> None:
    site = build_public_site(records, as_of=AS_OF, settings=Settings())
    # Same school: by masked given name, the way a class list is read (A before B).
    assert [(s.nomination, s.name) for s in site.students] == [
        ("dx-a1b2c301", "N.V.A."),
        ("dx-a1b2c302", "T.T.B."),
    ]
    assert site.unnamed_students == 2
    assert site.counts.nominated == 5
    assert site.counts.handed == 4
    assert site.counts.rejected == 1


def test_masking_style_none_keeps_the_rest_of_the_allow_list(records) -> None:
    site = build_public_site(records, as_of=AS_OF, settings=Settings(MASKING_STYLE="none"))
    assert all(s.name is None for s in site.students)
    assert site.students[0].given[0].kind_label == "Máy tính bảng"


def test_views_carry_no_private_value(records) -> None:
    site = build_public_site(
        records, as_of=AS_OF, settings=Settings(MASKING_STYLE="family-initials")
    )
    text = json.dumps(dataclasses.asdict(site), default=str, ensure_ascii=False)
    assert "Nguyễn V. A." in text
    for value in (
        SHOWN_FULL,
        "Trần Thị Bé",
        *BIRTH_DATES,
        "Hồ Thị Giám Hộ",
        "0909 123",
        "0301234567",
        "Ông Bí Mật Giấu Tên",
        "Đỗ Văn Liên Lạc",
        "Hoàn cảnh rất",
        "SNc301",
    ):
        assert value not in text, value
    students = json.dumps(
        [dataclasses.asdict(s) for s in site.students], default=str, ensure_ascii=False
    )
    assert "mo-coi" not in students
    assert "cong-ty-xss" not in students
    assert {f.name for f in dataclasses.fields(site.students[0])} == {
        "nomination",
        "name",
        "school",
        "school_name",
        "grade",
        "given",
    }


def test_donor_views(records) -> None:
    site = build_public_site(records, as_of=AS_OF, settings=Settings())
    named, anonymous = site.donors
    assert named.name == IMG
    assert named.value_vnd == 20_000_000
    assert named.students_reached == 3
    assert anonymous.name == "Nhà hảo tâm ẩn danh (tiếp nhận 12/10/2021, tiền mặt, máy tính bảng)"
    assert anonymous.kind_label is None
    assert anonymous.value_vnd is None
    assert all(line.amount_vnd is None for gift in anonymous.gifts for line in gift.items)
    # Fewer than five named children at any school: no school is named next to a donor.
    assert anonymous.reach == ()
    assert anonymous.reach_elsewhere == 1
    assert (named.reach, named.reach_elsewhere) == ((), 3)
    school = next(s for s in site.schools if s.id == "th-an-binh")
    assert school.donors == ()


def test_category_table_is_suppressed_below_district(records) -> None:
    table = build_public_site(records, as_of=AS_OF, settings=Settings()).categories.communes
    phuoc_kien = next(row for row in table.rows if row.commune == "phuoc-kien")
    assert phuoc_kien.cells[0].text == "< 5"
    assert table.district[0].value == 4  # district level is not suppressed
    district = build_public_site(records, as_of=AS_OF, settings=Settings()).categories.district
    assert district.counts[0] == 4
    assert all(
        cell.value is None or cell.value == 0 or cell.value >= 5
        for row in table.rows
        for cell in row.cells
    )


def _district_site(tmp_path, extra: dict[str, dict] | None = None):
    tree = {**district(), **(extra or {})}
    result = validate_folder(write_tree(tmp_path / "records", tree), CheckContext(as_of=AS_OF))
    assert not [f for f in result.findings.items if f.severity == "error"]
    return publish(result.valid, as_of=AS_OF, settings=Settings(), previous=None).site


def test_the_cash_total_is_withheld_when_it_would_give_away_one_donors_hidden_gift(tmp_path):
    site = _district_site(tmp_path)  # one donor hides the value of 10.000.000 ₫ in cash
    assert site.money.received is None
    assert site.money.spent == 9_000_000  # what was bought is public with its prices


def test_the_cash_total_is_published_when_only_a_sum_of_hidden_gifts_follows(tmp_path):
    second = {
        "donors/nt-9b2c4d": {
            "id": "nt-9b2c4d",
            "name": "Người Minh Họa Hai",
            "kind": "ca-nhan",
            "display": "anonymous",
            "show_value": False,
        },
        "donations/tn-tien-mat-2": {
            "id": "tn-tien-mat-2",
            "donor": "nt-9b2c4d",
            "received_on": "2021-10-10",
            "received_by": "office",
            "document": "BB-03/2021",
            "items": [{"kind": "cash", "amount_vnd": 2500000}],
        },
    }
    site = _district_site(tmp_path, second)
    assert site.money.received == 12_500_000
