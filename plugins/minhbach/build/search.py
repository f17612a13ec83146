"""The search index of the built site (/tim-kiem/), written by Pagefind into ``output/pagefind/``.

Pagefind comes from PyPI (``pagefind[bin]``, pinned in pyproject.toml) with its binary inside the
wheel, so the build indexes offline. It reads only the HTML pages, and of those only what the
templates mark: once any page carries ``data-pagefind-body``, pages without it are left out, and
``data-pagefind-ignore`` drops a part of a page. So the templates decide what can be found
(schools, donors, masked lists, news); the lookup files (JSON under ``tra-cuu/c/``) are never
read. The whole site is indexed as Vietnamese (``--force-language vi``), whatever a page says.

What the templates carry (the contract; tests/search_fixture.py builds pages to it):

* indexed pages (``data-pagefind-body`` on ``<main>``, through a ``{% block pagefind %}`` in
  base.html): a school (``school.html``), a donor (``donor.html``), news (``article.html``),
  content pages (``page.html``). Not indexed: home, the lists of schools and donors, the paged
  ``/ho-tro/`` lists (every entry is on its school's page), open data, 404, search, lookup.
* filters, taking their value from the element's text: ``data-pagefind-filter="Trường"`` on the
  school page's ``<h1>`` and on each school link of a donor page; ``data-pagefind-filter=
  "Xã/thị trấn"`` on the school page's commune. (A comma in a filter name splits it in two.)
* ``data-pagefind-ignore`` on tables of figures (counts by stage, devices, a donor's receptions):
  numbers nobody searches for, which would only grow the index.

The index is written as gzip files (``.pf_fragment``, ``.pf_index``, ``.pf_meta``); the leak
guard unpacks and scans them with the rest of ``output/`` after this step.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from pathlib import Path

import pagefind_bin

log = logging.getLogger(__name__)

BUNDLE_DIR = "pagefind"
LANGUAGE = "vi"


class SearchIndexError(Exception):
    """Pagefind could not index the site; the message says why, in Vietnamese."""


def pagefind_command(output_dir: Path) -> list[str]:
    """The command line that indexes ``output_dir`` (shown in messages, used by tests)."""
    return [
        str(pagefind_bin.get_executable()),
        "--site",
        str(output_dir),
        "--output-subdir",
        BUNDLE_DIR,
        "--force-language",
        LANGUAGE,
        "--quiet",
    ]


def index_site(output_dir: Path) -> None:
    """Index the built site in ``output_dir``; writes ``output_dir/pagefind/`` afresh.

    The previous bundle is removed first: Pagefind names its files by content hash, so old
    fragments (of a student whose consent was withdrawn, say) would otherwise stay published.
    """
    bundle = output_dir / BUNDLE_DIR
    if bundle.exists():
        shutil.rmtree(bundle)
    try:
        command = pagefind_command(output_dir)
    except FileNotFoundError as exc:
        raise SearchIndexError(
            f"Không tìm thấy chương trình Pagefind ({exc}). Cài lại bằng `make html` hoặc "
            "`.venv/bin/pip install -e .`."
        ) from exc
    log.info("Tìm kiếm: Pagefind lập chỉ mục %s", output_dir)
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0 or not (bundle / "pagefind.js").exists():
        detail = (done.stderr or done.stdout).strip()[-2000:]
        raise SearchIndexError(
            f"Pagefind không lập được chỉ mục tìm kiếm cho {output_dir} (mã thoát {done.returncode}): {detail}"
        )
