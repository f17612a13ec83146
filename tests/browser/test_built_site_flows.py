"""End to end on the shipped records: `minhbach build`, then a family and a visitor in Chromium.

One user flow each, on the real site the office would publish: a family opens the address of
the QR code on its slip and sees its case (and no name); a visitor searches for a school and a
donor. Everything else about these pages is tested on small fixtures elsewhere.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from helpers import ROOT
from shipped_site import first_handed_nomination


@pytest.fixture(scope="module")
def built(shipped_site) -> Path:
    return shipped_site


def test_the_qr_address_on_a_slip_opens_the_familys_case(built, serve, open_page) -> None:
    nomination, school = first_handed_nomination()
    page = open_page(serve(built) + "/tra-cuu/#ma=" + nomination["lookup_code"])
    page.wait_for_selector("#tra-cuu-ket-qua[data-state=ket-qua]")
    text = page.inner_text("#tra-cuu-ket-qua")
    assert school["name"] in text
    assert "nhận thiết bị" in text.lower()
    assert nomination["student"]["full_name"] not in page.content()
    assert nomination["lookup_code"] not in page.url


def test_a_visitor_finds_a_school_and_a_donor_by_searching(built, serve, open_page) -> None:
    school = yaml.safe_load(
        next(iter(sorted((ROOT / "records/schools").glob("*.yaml")))).read_text("utf-8")
    )
    donors = [
        yaml.safe_load(p.read_text("utf-8"))
        for p in sorted((ROOT / "records/donors").glob("*.yaml"))
    ]
    donor = next(d for d in donors if d["display"] == "named")
    for query, expected in (
        (school["name"], f"/truong/{school['id']}/"),
        (donor["name"], f"/nha-tai-tro/{donor['id']}/"),
    ):
        page = open_page(serve(built) + "/tim-kiem/?q=" + query)
        page.wait_for_function(
            "expected => [...document.querySelectorAll('a')].some(a => a.href.includes(expected))",
            arg=expected,
            timeout=60000,  # Pagefind on a loaded machine: 15 s was once too short
        )
