"""What a build is asked to do (``BuildOptions``), and the folders checked before it starts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from minhbach.settings import Settings, SettingsError

# Where a build remembers the last one (minhbach.build.cache), next to the project, never in output/.
CACHE_DIR = Path(".minhbach/build-cache")


@dataclass(frozen=True)
class BuildOptions:
    records: Path
    output: Path = Path("output")
    settings_file: Path = Path("pelicanconf.py")
    as_of: dt.date = field(default_factory=dt.date.today)
    reports: Path | None = None
    display_root: str | None = None
    cache_dir: Path = CACHE_DIR
    previous: Path | None = None  # the previous release's /du-lieu/ files (default: the output's)


def check_folders(options: BuildOptions, settings: Settings) -> None:
    """The site's own folders exist; reports (personal data) never lie inside the published folder.

    With ``pip install .`` the package carries the code and the schemas; the content pages and
    the theme belong to the office's checkout, next to its settings file (Pelican reads them
    relative to it). A missing one is bad usage, named, not a Pelican traceback.
    """
    for setting, folder in site_folders(options, settings).items():
        if not folder.is_dir():
            raise SettingsError(
                f"Không tìm thấy thư mục {folder} ({setting} trong {options.settings_file}): chạy "
                "lệnh trong thư mục của trang (nơi có pelicanconf.py, content/ và theme/) hoặc "
                "sửa thiết lập này.",
                f"Folder {folder} ({setting} in {options.settings_file}) not found: run the "
                "command in the site's folder (where pelicanconf.py, content/ and theme/ are) or "
                "fix this setting.",
            )
    if options.reports is None:
        return
    output, reports = options.output.resolve(), options.reports.resolve()
    if reports == output or output in reports.parents:
        raise SettingsError(
            f"Thư mục báo cáo {options.reports} nằm trong thư mục xuất {options.output}: báo cáo có dữ liệu "
            "cá nhân, không bao giờ được đăng. Chọn --reports ở ngoài thư mục xuất.",
            f"The reports folder {options.reports} is inside the output folder {options.output}: "
            "reports hold personal data and are never published. Choose --reports outside it.",
        )


def site_folders(options: BuildOptions, settings: Settings) -> dict[str, Path]:
    """The content pages (``PATH``) and the theme (``THEME``), as Pelican finds them."""
    base = options.settings_file.resolve().parent
    return {
        "PATH": base / str(settings.extra.get("PATH", "content")),
        "THEME": base / str(settings.extra.get("THEME", "theme")),
    }
