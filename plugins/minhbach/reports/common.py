"""What several reports share: required settings, names of schools, donors and sources."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from minhbach import labels
from minhbach.records.store import OFFICE, Record, RecordSet
from minhbach.reports.formatting import date, lower_first
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


ANONYMOUS = "Nhà hảo tâm ẩn danh"


@dataclass(frozen=True)
class Names:
    """How the reports name schools, donors, sources and places: words, never internal ids.

    Built once per report (``names``). An anonymous donor is "Nhà hảo tâm ẩn danh" on papers the
    family keeps; in the office's own reports several of them are told apart by when and what
    they gave ("Nhà hảo tâm ẩn danh (tiếp nhận 12/10/2021, máy tính bảng)"), never by id.
    """

    schools: dict[str, str]
    donors: dict[str, str]  # named donors' names; anonymous donors' distinguishing labels
    anonymous: frozenset[str]
    donors_of_source: dict[
        str, tuple[str, ...]
    ]  # a donation's donor; the donors who paid a purchase
    sources: dict[str, str]
    purchases: frozenset[str]
    office: str

    def school(self, school_id: str) -> str:
        return self.office if school_id == OFFICE else self.schools.get(school_id, school_id)

    def donor(self, donor_id: str, *, distinguish: bool = True) -> str:
        if donor_id in self.anonymous and not distinguish:
            return ANONYMOUS
        return self.donors.get(donor_id, donor_id)

    def source_donors(self, source_id: str, *, distinguish: bool = True) -> str:
        """Who gave a source: its donor, or for a purchase the donors whose cash paid for it."""
        labels = dict.fromkeys(
            self.donor(d, distinguish=distinguish) for d in self.donors_of_source.get(source_id, ())
        )
        return "; ".join(labels) or "—"

    def gift(self, source_id: str) -> str:
        """Whose gift a device is, as a receipt names it: ``Công ty Sao Mai``, or for a device
        bought with donated cash ``Mua bằng tiền tài trợ của …`` (anonymous donors unnamed)."""
        donors = self.source_donors(source_id, distinguish=False)
        return f"Mua bằng tiền tài trợ của {donors}" if source_id in self.purchases else donors

    def source(self, source_id: str) -> str:
        """``Tiếp nhận ngày 15/10/2021 (BB-01/2021)`` or ``Mua sắm ngày 18/10/2021 (hóa đơn …)``."""
        return self.sources.get(source_id, source_id)


def names(records: RecordSet, settings: Settings) -> Names:
    """The names of everything a report mentions (pure)."""
    donations = sorted(records.of("donation"), key=lambda d: (d.data["received_on"], d.id))
    donors_of_source = {d.id: (d.data["donor"],) for d in donations}
    sources = {
        d.id: f"Tiếp nhận ngày {date(d.data['received_on'])} ({d.data['document']})"
        for d in donations
    }
    for purchase in records.of("purchase"):
        data = purchase.data
        paid_by = (donors_of_source.get(f["donation"], ()) for f in data["funded_by"])
        donors_of_source[purchase.id] = tuple(dict.fromkeys(d for ds in paid_by for d in ds))
        sources[purchase.id] = f"Mua sắm ngày {date(data['on'])} (hóa đơn {data['invoice']})"
    donors = {d.id: d.data["name"] for d in records.of("donor")}
    anonymous = frozenset(d.id for d in records.of("donor") if d.data["display"] == "anonymous")
    donors.update(_anonymous_labels(anonymous, donations))
    return Names(
        schools={s.id: s.data["name"] for s in records.of("school")},
        donors=donors,
        anonymous=anonymous,
        donors_of_source=donors_of_source,
        sources=sources,
        purchases=frozenset(p.id for p in records.of("purchase")),
        office=settings.OFFICE_NAME,
    )


def _anonymous_labels(anonymous: frozenset[str], donations: list[Record]) -> dict[str, str]:
    """``Nhà hảo tâm ẩn danh (tiếp nhận 12/10/2021, máy tính bảng)``; ``…; thứ 2`` on a tie."""
    given: dict[str, list[Record]] = {donor: [] for donor in sorted(anonymous)}
    for donation in donations:
        if donation.data["donor"] in given:
            given[donation.data["donor"]].append(donation)
    details = {}
    for donor, own in given.items():
        if not own:
            details[donor] = "chưa tiếp nhận"
            continue
        kinds = {item["kind"] for d in own for item in d.data["items"]}
        what = ", ".join(
            lower_first(label) for kind, label in labels.item_kinds().items() if kind in kinds
        )
        first = date(own[0].data["received_on"])
        when = f"tiếp nhận {first}" if len(own) == 1 else f"tiếp nhận {len(own)} lượt từ {first}"
        details[donor] = f"{when}, {what}"
    ties = Counter(details.values())
    seen: Counter[str] = Counter()
    result = {}
    for donor, detail in details.items():
        if ties[detail] > 1:
            seen[detail] += 1
            detail = f"{detail}; thứ {seen[detail]}"
        result[donor] = f"{ANONYMOUS} ({detail})"
    return result
