"""The record types: where each lives and whether it sits in a school's folder.

This table and the JSON Schemas in schema/ are the only places that know the record types; a new
type is a schema plus one line here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RecordType:
    """One kind of record (``nomination`` = đề xuất, ``handover`` = bàn giao…)."""

    name: str
    folder: str
    per_school: bool
    label_vi: str
    label_en: str


RECORD_TYPES: tuple[RecordType, ...] = (
    RecordType("school", "schools", False, "trường học", "school"),
    RecordType("donor", "donors", False, "nhà tài trợ", "donor"),
    RecordType("donation", "donations", False, "tiếp nhận tài trợ", "donation"),
    RecordType("purchase", "purchases", False, "mua sắm", "purchase"),
    RecordType("nomination", "nominations", True, "đề xuất hỗ trợ", "nomination"),
    RecordType("allocation", "allocations", False, "phân bổ", "allocation"),
    RecordType("handover", "handovers", True, "bàn giao", "handover"),
    RecordType("followup", "followups", True, "theo dõi", "follow-up"),
    # The office's log of erasures (minhbach forget): ids and dates only, never personal data.
    RecordType("erasure", "erasures", False, "xoá dữ liệu", "erasure"),
)

BY_NAME: dict[str, RecordType] = {t.name: t for t in RECORD_TYPES}
BY_FOLDER: dict[str, RecordType] = {t.folder: t for t in RECORD_TYPES}
