"""Donor linkage: the attacks of DESIGN "Donor linkage" on hand-made releases."""

from __future__ import annotations

import dataclasses

from audit_facts import child, donor, gift, release
from minhbach.audit.linkage import change_links, ever_named, links


def _pairs(found) -> list[tuple[str, str, str]]:
    return sorted((link.nomination, link.donor, link.how) for link in found)


def test_a_child_whose_kind_only_one_donor_gave_is_tied_to_it() -> None:
    named = child("dx-1", "th-a", ("desktop", 10))
    donors = [
        donor("d-pc", gift("g1", "d-pc", 0, "desktop")),
        donor("d-tab", gift("g2", "d-tab", 0, "tablet")),
    ]
    assert _pairs(links(release(students=[named], donors=donors))) == [
        ("dx-1", "d-pc", "only-donor")
    ]


def test_cash_counts_only_for_kinds_that_were_bought() -> None:
    named = child("dx-1", "th-a", ("desktop", 10))
    donors = [
        donor("d-pc", gift("g1", "d-pc", 0, "desktop")),
        donor("d-cash", gift("g2", "d-cash", 0, "cash")),
    ]
    assert links(release(students=[named], donors=donors)) != []
    assert links(release(students=[named], donors=donors, purchased=["desktop"])) == []


def test_a_gift_after_the_handover_or_at_another_school_does_not_fit() -> None:
    named = child("dx-1", "th-a", ("tablet", 10))
    donors = [
        donor("d1", gift("g1", "d1", 0, "tablet")),
        donor("d2", gift("g2", "d2", 11, "tablet")),  # arrived a day later
        donor("d3", gift("g3", "d3", 0, "tablet", place="th-b")),  # stays at another school
    ]
    assert _pairs(links(release(students=[named], donors=donors))) == [("dx-1", "d1", "only-donor")]


def test_two_fitting_donors_protect_the_child() -> None:
    named = child("dx-1", "th-a", ("tablet", 10))
    donors = [donor(d, gift(f"g-{d}", d, 0, "tablet")) for d in ("d1", "d2")]
    assert links(release(students=[named], donors=donors)) == []


def test_kinds_per_school_on_donor_pages_tie_children_to_donors() -> None:
    """The site before publication safety listed kinds per school on each donor's page."""
    named = child("dx-1", "th-a", ("tablet", 10))
    donors = [
        donor(
            "d1",
            gift("g1", "d1", 0, "tablet", "laptop"),
            groups={"th-a": 1},
            kinds_at={"th-a": frozenset({"tablet"})},
        ),
        donor(
            "d2",
            gift("g2", "d2", 0, "tablet", "laptop"),
            groups={"th-a": 1},
            kinds_at={"th-a": frozenset({"laptop"})},
        ),
    ]
    found = links(
        release(students=[named], donors=donors, reach_as_of=60, reach_handed={"th-a": 2})
    )
    assert _pairs(found) == [("dx-1", "d1", "only-donor")]


def test_a_donor_named_at_a_school_for_five_named_children_may_fit_alone() -> None:
    children = [child(f"dx-{i}", "th-a", ("desktop", 10)) for i in range(5)]
    pc = donor("d-pc", gift("g1", "d-pc", 0, "desktop"), groups={"th-a": 5})
    published = release(students=children, donors=[pc], reach_as_of=60, reach_handed={"th-a": 5})
    assert links(published) == []
    fewer = release(students=children[:4], donors=[pc], reach_as_of=60, reach_handed={"th-a": 5})
    assert {link.nomination for link in links(fewer)} == {f"dx-{i}" for i in range(4)}


def test_a_donor_with_as_many_students_as_were_handed_there_took_them_all() -> None:
    named = child("dx-1", "th-b", ("tablet", 10))
    donors = [  # both fit the child at th-b; but d1's two students outside th-a are all there were
        donor("d1", gift("g1", "d1", 0, "tablet"), groups={"th-a": 6}, elsewhere=2),
        donor("d2", gift("g2", "d2", 0, "tablet"), elsewhere=1),
    ]
    handed = {"th-a": 6, "th-b": 1, "th-c": 1}
    published = release(students=[named], donors=donors, reach_as_of=60, reach_handed=handed)
    assert _pairs(links(published)) == [("dx-1", "d1", "all-children")]


def test_an_earlier_release_narrows_the_donors_too() -> None:
    named = child("dx-1", "th-a", ("tablet", 10))
    gifts = {d: gift(f"g-{d}", d, 0, "tablet") for d in ("d1", "d2")}
    earlier = release(
        students=[named],
        donors=[donor("d1", gifts["d1"], elsewhere=1), donor("d2", gifts["d2"])],
        reach_as_of=20,
        reach_handed={"th-a": 1},
    )
    now = release(students=[named], donors=[donor("d1", gifts["d1"]), donor("d2", gifts["d2"])])
    assert links(now) == []
    assert _pairs(links(now, [earlier])) == [("dx-1", "d1", "only-donor")]


def test_the_one_donor_whose_figures_moved_gave_the_new_child_their_device() -> None:
    """Two releases: one new named child, and only one donor's reach grew."""
    gifts = {d: gift(f"g-{d}", d, 0, "tablet") for d in ("d1", "d2")}
    old = child("dx-0", "th-a", ("tablet", 5))
    new = child("dx-1", "th-a", ("tablet", 30))
    before = release(
        as_of=20,
        students=[old],
        donors=[donor("d1", gifts["d1"], elsewhere=1), donor("d2", gifts["d2"], elsewhere=1)],
        reach_as_of=20,
        reach_handed={"th-a": 2},
    )
    after = release(
        students=[old, new],
        donors=[donor("d1", gifts["d1"], elsewhere=2), donor("d2", gifts["d2"], elsewhere=1)],
        reach_as_of=60,
        reach_handed={"th-a": 4},
    )
    assert _pairs(change_links(before, after)) == [("dx-1", "d1", "change")]
    both_moved = release(
        students=[old, new],
        donors=[donor("d1", gifts["d1"], elsewhere=2), donor("d2", gifts["d2"], elsewhere=2)],
        reach_as_of=60,
        reach_handed={"th-a": 4},
    )
    assert change_links(before, both_moved) == []


def test_a_donor_that_moved_by_every_child_handed_since_took_them_all() -> None:
    gifts = {d: gift(f"g-{d}", d, 0, "tablet") for d in ("d1", "d2")}
    new = child("dx-1", "th-a", ("tablet", 30))
    before = release(
        as_of=20,
        donors=[donor("d1", gifts["d1"]), donor("d2", gifts["d2"])],
        reach_as_of=20,
        reach_handed={"th-a": 0},
    )
    after = release(
        students=[new],
        donors=[donor("d1", gifts["d1"], elsewhere=2), donor("d2", gifts["d2"], elsewhere=1)],
        reach_as_of=60,
        reach_handed={"th-a": 2},
    )
    assert ("dx-1", "d1", "change") in _pairs(change_links(before, after))


def test_devices_counted_by_kind_tie_the_one_desktop_to_its_donor() -> None:
    """Found by a red-team attack on three simulated years (7, 6 and 9 children, each verified).

    Between two releases one desktop, two tablets and five phones were handed. d-a can supply
    desktops and tablets, d-b all three; both moved, and the desktop's child fits both. But d-a
    handed 3 devices and tablets can account for 2 of them at most: the third, the only
    desktop, was d-a's.
    """
    d_a = gift("g-a", "d-a", 0, "desktop", "tablet")
    d_b = gift("g-b", "d-b", 0, "desktop", "tablet", "phone")
    new = child("dx-1", "th-a", ("desktop", 30))
    schools = {"th-a": 4, "th-b": 4}
    before = release(
        as_of=20, donors=[donor("d-a", d_a), donor("d-b", d_b)], reach_as_of=20,
        reach_handed={"th-a": 0, "th-b": 0}, reach_kinds={},
    )  # fmt: skip
    after = release(
        students=[new],
        donors=[
            donor("d-a", d_a, elsewhere=3, handed=3), donor("d-b", d_b, elsewhere=5, handed=5)
        ],
        reach_as_of=60, reach_handed=schools, reach_kinds={"desktop": 1, "tablet": 2, "phone": 5},
    )  # fmt: skip
    assert _pairs(change_links(before, after)) == [("dx-1", "d-a", "kind-count")]
    # One tablet more in the window: tablets could then account for all of d-a's three.
    looser = dataclasses.replace(after, reach_kinds={"desktop": 1, "tablet": 3, "phone": 4})
    assert change_links(before, looser) == []
    # The first release with reach figures is a window from the start of the programme.
    assert _pairs(links(after)) == [("dx-1", "d-a", "kind-count")]


def test_what_a_donor_says_its_cash_bought_narrows_the_cash_donors() -> None:
    named = child("dx-1", "th-a", ("tablet", 10))
    donors = [
        donor("d-tab", gift("g1", "d-tab", 0, "tablet"), elsewhere=1),
        donor("d-cash", gift("g2", "d-cash", 0, "cash"), elsewhere=1, bought={"laptop"}),
    ]
    published = release(
        students=[named],
        donors=donors,
        purchased=["tablet", "laptop"],
        reach_as_of=60,
        reach_handed={"th-a": 5},
    )
    assert _pairs(links(published)) == [("dx-1", "d-tab", "only-donor")]


def test_a_donor_that_handed_every_device_handed_gave_each_of_them() -> None:
    named = child("dx-1", "th-a", ("desktop", 10))
    donors = [
        donor("d1", gift("g1", "d1", 0, "desktop"), elsewhere=4, handed=4),
        donor("d2", gift("g2", "d2", 0, "desktop"), elsewhere=4, handed=0),
    ]
    handed = {"th-a": 8, "th-b": 8}
    every = release(
        students=[named],
        donors=donors,
        reach_as_of=60,
        reach_handed=handed,
        reach_kinds={"desktop": 4},
    )
    assert ("dx-1", "d1", "all-children") in _pairs(links(every))
    some = dataclasses.replace(every, reach_kinds={"desktop": 5})
    assert links(some) == []


def test_what_a_release_adds_may_tie_a_child_only_an_earlier_release_named() -> None:
    gifts = {d: gift(f"g-{d}", d, 0, "tablet") for d in ("d1", "d2")}
    named = child("dx-1", "th-a", ("tablet", 10))
    earlier = release(as_of=20, students=[named], donors=[donor(d, g) for d, g in gifts.items()])
    now = release(
        students=[],  # no longer named (consent withdrawn)
        donors=[donor("d1", gifts["d1"], elsewhere=1), donor("d2", gifts["d2"])],
        reach_as_of=60,
        reach_handed={"th-a": 3},
    )
    assert links(now, [earlier]) == []
    assert _pairs(links(now, [earlier], ever_named(now, [earlier]))) == [
        ("dx-1", "d1", "only-donor")
    ]
