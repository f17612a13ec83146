"""The projection's lists: Vietnamese order, and anonymous donors told apart without their ids."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import AS_OF, write
from minhbach.checks.context import CheckContext
from minhbach.public import build_public_site
from minhbach.public.project import anonymous_label
from minhbach.public.views import Gift, GiftLine
from minhbach.settings import Settings
from minhbach.text.collate import sort_key
from minhbach.validation import validate_folder
from site_records import IMG, write_records

ANONYMOUS = "Nhà hảo tâm ẩn danh"


def donor(folder, ident: str, name: str, display: str = "named") -> None:
    write(
        folder,
        f"donors/{ident}.yaml",
        f"id: {ident}\nname: {name}\nkind: ca-nhan\ndisplay: {display}\nshow_value: true\n"
        "demo: true\n",
    )


def donation(folder, ident: str, donor_id: str, on: str, kind: str = "laptop") -> None:
    write(
        folder,
        f"donations/{ident}.yaml",
        f"id: {ident}\ndonor: {donor_id}\nreceived_on: {on}\nreceived_by: office\n"
        f"document: BB-{ident}\nitems:\n  - kind: {kind}\n    quantity: 1\n"
        "    unit_value_vnd: 5000000\ndemo: true\n",
    )


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The site fixture, plus named donors whose code-point order is wrong, and three anonymous
    donors: two whose first receptions share a day and a kind, one who has given nothing yet."""
    folder = write_records(tmp_path_factory.mktemp("project") / "records")
    for ident, name in (("dn-binh-minh", "Bình Minh"), ("dn-bach-dang", "Bạch Đằng")):
        donor(folder, ident, name)
    donor(folder, "dn-do", "Đỗ Thành")
    donor(folder, "dn-duong", "Dương Lâm")
    for ident in ("nt-aaaa1111", "nt-bbbb2222", "nt-cccc3333"):
        donor(folder, ident, f"Người Ẩn {ident[-4:]}", display="anonymous")
    donation(folder, "tn-901", "nt-bbbb2222", "2021-10-05")  # the earlier id of the two
    donation(folder, "tn-902", "nt-aaaa1111", "2021-10-05")
    donation(folder, "tn-903", "nt-aaaa1111", "2021-09-30", kind="tablet")  # an earlier gift
    donation(folder, "tn-904", "nt-bbbb2222", "2021-11-01")
    result = validate_folder(folder, CheckContext(as_of=AS_OF))
    assert result.ok, [f.message() for f in result.findings if f.severity == "error"]
    return build_public_site(result.valid, as_of=AS_OF, settings=Settings())


def test_schools_and_named_donors_are_in_vietnamese_order(site) -> None:
    named = [d.name for d in site.donors if not d.anonymous]
    # Code points put "Bình" before "Bạch" and "Đỗ" after every other letter; the markup of
    # the probe only separates its words ("img src …").
    assert named == ["Bạch Đằng", "Bình Minh", "Dương Lâm", "Đỗ Thành", IMG]
    schools = [s.name for s in site.schools]
    assert schools == sorted(schools, key=sort_key)


def test_anonymous_donors_are_told_apart_by_their_first_reception(site) -> None:
    anonymous = {d.id: d.name for d in site.donors if d.anonymous}
    assert anonymous == {
        "nt-7k3q9x": f"{ANONYMOUS} (tiếp nhận 12/10/2021, tiền mặt, máy tính bảng)",
        "nt-aaaa1111": f"{ANONYMOUS} (tiếp nhận 30/09/2021, máy tính bảng)",
        "nt-bbbb2222": f"{ANONYMOUS} (tiếp nhận 05/10/2021, máy tính xách tay)",
        "nt-cccc3333": ANONYMOUS,
    }
    # No id, no private name, in any label.
    for ident, name in anonymous.items():
        assert ident not in name
        assert "Người Ẩn" not in name
    # Named donors first, then the anonymous ones by their first reception (none: last).
    order = [d.id for d in site.donors if d.anonymous]
    assert order == ["nt-aaaa1111", "nt-bbbb2222", "nt-7k3q9x", "nt-cccc3333"]
    assert [d.anonymous for d in site.donors] == sorted(d.anonymous for d in site.donors)


def gift(ident: str, on: dt.date, *labels: str) -> Gift:
    lines = tuple(GiftLine("tablet", label, 1, None, None) for label in labels)
    return Gift(ident, on, "Phòng GD&ĐT", "office", lines)


def test_the_label_names_each_kind_once_and_keeps_acronyms() -> None:
    first = gift(
        "tn-1", dt.date(2021, 10, 12), "Máy tính bảng", "SIM và gói dữ liệu", "Máy tính bảng"
    )
    later = gift("tn-2", dt.date(2022, 1, 1), "Tiền mặt")
    assert anonymous_label((first, later)) == (
        f"{ANONYMOUS} (tiếp nhận 12/10/2021, máy tính bảng, SIM và gói dữ liệu)"
    )
    assert anonymous_label(()) == ANONYMOUS


def test_two_anonymous_donors_with_the_same_first_reception_are_numbered(tmp_path) -> None:
    folder = write_records(tmp_path / "records")
    for ident in ("nt-dddd4444", "nt-eeee5555"):
        donor(folder, ident, f"Người Ẩn {ident[-4:]}", display="anonymous")
    donation(folder, "tn-912", "nt-dddd4444", "2021-10-05")
    donation(folder, "tn-911", "nt-eeee5555", "2021-10-05")
    result = validate_folder(folder, CheckContext(as_of=AS_OF))
    site = build_public_site(result.valid, as_of=AS_OF, settings=Settings())
    names = {d.id: d.name for d in site.donors}
    label = "(tiếp nhận 05/10/2021, máy tính xách tay)"
    assert names["nt-eeee5555"] == f"{ANONYMOUS} số 1 {label}"  # its reception's id comes first
    assert names["nt-dddd4444"] == f"{ANONYMOUS} số 2 {label}"
