"""What several reports share: required settings, names of schools and donors."""

from __future__ import annotations

from collections.abc import Iterable

from minhbach.records.store import OFFICE, RecordSet
from minhbach.settings import Settings, SettingsError

# The settings an official document cannot be written without.
DOCUMENT_SETTINGS = (
    "OFFICE_NAME",
    "OFFICE_HEADER_NAME",
    "REPORT_RECIPIENT",
    "PLACE_NAME",
    "REPORT_NUMBER_PREFIX",
    "SIGNER_TITLE",
    "SIGNER_NAME",
    "PROGRAM_NAME",
    "SCHOOL_YEAR",
)


def require(settings: Settings, names: Iterable[str]) -> None:
    """Raise SettingsError naming the first setting that is missing or empty."""
    for name in names:
        value = getattr(settings, name, None)
        if isinstance(value, str):
            value = value.strip()
        if value is None or value in ("", ()):
            raise SettingsError(
                f"Thiếu cài đặt {name} (trong pelicanconf.py hoặc tệp --settings). "
                f'Thêm dòng {name} = "..." rồi chạy lại.',
                f"The setting {name} is missing (in pelicanconf.py or the --settings file). "
                f'Add a line {name} = "..." and try again.',
            )


def school_name(records: RecordSet, school_id: str, settings: Settings | None = None) -> str:
    """A school's full name; the office's for ``office``; the id if the school is unknown."""
    if school_id == OFFICE:
        return settings.OFFICE_NAME if settings else "Phòng Giáo dục và Đào tạo"
    school = records.get("school", school_id)
    return school.data["name"] if school else school_id


def donor_label(records: RecordSet, donor_id: str) -> str:
    """A donor as the office's reports name it: anonymous donors stay anonymous (with the id)."""
    donor = records.get("donor", donor_id)
    if donor is None:
        return donor_id
    if donor.data["display"] == "anonymous":
        return f"Nhà hảo tâm ẩn danh ({donor_id})"
    return donor.data["name"]


def source_donor(records: RecordSet, source_id: str) -> str:
    """Who a source is from: the donor of a donation; "Mua sắm (supplier)" for a purchase."""
    donation = records.get("donation", source_id)
    if donation is not None:
        return donor_label(records, donation.data["donor"])
    purchase = records.get("purchase", source_id)
    if purchase is not None:
        return f"Mua sắm ({purchase.data['supplier']})"
    return source_id
