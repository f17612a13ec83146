"""What a build is asked to do (``BuildOptions``), and the one check made before it starts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from minhbach.build.cache import CACHE_DIR
from minhbach.settings import SettingsError


@dataclass(frozen=True)
class BuildOptions:
    records: Path
    output: Path = Path("output")
    settings_file: Path = Path("pelicanconf.py")
    as_of: dt.date = field(default_factory=dt.date.today)
    reports: Path | None = None
    display_root: str | None = None
    cache_dir: Path = CACHE_DIR


def check_folders(options: BuildOptions) -> None:
    """Reports hold personal data: never inside the published folder."""
    if options.reports is None:
        return
    output, reports = options.output.resolve(), options.reports.resolve()
    if reports == output or output in reports.parents:
        raise SettingsError(
            f"Thư mục báo cáo {options.reports} nằm trong thư mục xuất {options.output}: báo cáo có dữ liệu "
            "cá nhân, không bao giờ được đăng. Chọn --reports ở ngoài thư mục xuất."
        )
