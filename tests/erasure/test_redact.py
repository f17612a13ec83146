"""Finding and replacing a child's values in any spelling, and what a sibling keeps."""

from __future__ import annotations

import io
import unicodedata
import zipfile

from minhbach.erasure.redact import MARK
from minhbach.erasure.scrub import Scrubber
from minhbach.erasure.values import make_value

NAME = make_value("nomination", "student.full_name", "Nguyễn Văn Hoà", "text")
PHONE = make_value("nomination", "guardian.phone", "0909 123 456", "phone")
BIRTH = make_value("nomination", "student.birth_date", "2012-04-05", "date")
VALUES = [NAME, PHONE, BIRTH]


def test_every_spelling_is_replaced_and_nothing_else():
    nfd = unicodedata.normalize("NFD", "Nguyễn Văn Hoà")
    text = (
        f"Em {nfd}, NGUYEN VAN HOA, nguyen-van-hoa; sinh 05/04/2012 (5/4/2012, 2012-04-05); "
        "gọi +84 909.123.456 hoặc 0909-123-456. Em Nguyễn Văn Hoàng thì khác."
    )
    scrubbed = Scrubber(VALUES).scrub_text(text)
    assert scrubbed is not None
    assert scrubbed.count(MARK) == 8
    assert "Hoàng" in scrubbed  # a longer name is another child
    assert not any(unicodedata.combining(c) for c in scrubbed)  # no stray mark of the NFD name
    assert Scrubber(VALUES).scrub_text(scrubbed) is None  # idempotent


def test_a_record_keeps_its_own_value_but_not_a_mention_inside_another_field():
    sibling = (
        b"id: dx-2\nguardian:\n  name: Tran Thi Mau\n  phone: '0909123456'\n"
        b"circumstances: Anh trai Nguyen Van Hoa cung hoc o truong\n"
    )
    new = Scrubber(VALUES).scrub_blob(sibling)
    assert new is not None
    assert b"phone: '0909123456'" in new
    assert b"Nguyen Van Hoa" not in new
    # The forgotten child's own old record holds nothing of its own any more.
    own = b"id: dx-1\nguardian:\n  phone: '0909123456'\n"
    assert Scrubber(VALUES, forgotten={"dx-1"}).leaks(own) == {1}
    assert Scrubber(VALUES).leaks(own) == set()


def test_inside_a_zip_each_member_is_searched_and_rewritten():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/sharedStrings.xml", "<si><t>Nguyễn Văn Hoà</t></si>")
        archive.writestr("xl/media/x.png", b"\x89PNG")
    scrubber = Scrubber(VALUES)
    assert scrubber.leaks(buffer.getvalue()) == {0}
    new = scrubber.scrub_blob(buffer.getvalue())
    assert new is not None
    assert scrubber.leaks(new) == set()
    with zipfile.ZipFile(io.BytesIO(new)) as archive:
        assert MARK in archive.read("xl/sharedStrings.xml").decode()
        assert archive.read("xl/media/x.png") == b"\x89PNG"


def test_html_entities_are_found_by_the_verification():
    assert Scrubber(VALUES).leaks(b"Nguy&#7877;n V&#259;n Ho&agrave;") == {0}
