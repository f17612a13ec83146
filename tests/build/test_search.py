"""Pagefind indexes only what the templates mark, in Vietnamese, into output/pagefind/."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from minhbach.build.search import BUNDLE_DIR, SearchIndexError, index_site
from search_fixture import (
    COMMUNE,
    DONOR,
    FILTERS,
    IGNORED,
    NEWS,
    SCHOOL,
    UNINDEXED,
    write_search_site,
)


def index_text(bundle: Path) -> str:
    """Every fragment, filter and index file of the bundle, unpacked (as the leak guard reads them)."""
    parts = []
    for path in sorted(bundle.rglob("*")):
        if path.suffix in (".pf_fragment", ".pf_filter", ".pf_index", ".pf_meta"):
            parts.append(gzip.decompress(path.read_bytes()).decode("utf-8", "replace"))
    return "\n".join(parts)


@pytest.fixture(scope="module")
def indexed(tmp_path_factory) -> Path:
    site = write_search_site(tmp_path_factory.mktemp("search") / "output")
    index_site(site)
    return site


def test_the_bundle_and_its_ui_are_written(indexed: Path):
    bundle = indexed / BUNDLE_DIR
    for name in ("pagefind.js", "pagefind-ui.js", "pagefind-ui.css", "pagefind-entry.json"):
        assert (bundle / name).is_file(), name
    assert '"vi"' in (bundle / "pagefind-entry.json").read_text()


def test_marked_pages_are_in_the_index_and_unmarked_parts_are_not(indexed: Path):
    text = index_text(indexed / BUNDLE_DIR)
    for found in (SCHOOL, COMMUNE, DONOR, NEWS, "N.V.B."):
        assert found in text, found
    for missing in (UNINDEXED, IGNORED, "Tiến độ", "Phòng GD&ĐT huyện Nhà Bè", '"ct"'):
        assert missing not in text, missing
    assert "/tra-cuu/" not in text
    assert "/du-lieu/" not in text


def test_facts_read_as_sentences_in_a_result(indexed: Path):
    """Pagefind joins a <dt> and its <dd>; the templates' hidden punctuation keeps them apart."""
    text = index_text(indexed / BUNDLE_DIR)
    assert f"Cấp học: Tiểu học. Xã, thị trấn: {COMMUNE}." in text
    assert "Cấp họcTiểu học" not in text


def test_school_and_commune_are_filters(indexed: Path):
    text = index_text(indexed / BUNDLE_DIR)
    for name in FILTERS:
        assert f'"{name}":' in text, name


def test_a_new_index_replaces_the_old_one(tmp_path: Path):
    site = write_search_site(tmp_path / "output")
    stale = site / BUNDLE_DIR / "fragment" / "vi_cu.pf_fragment"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(gzip.compress(b"pagefind_dcd{}"))
    index_site(site)
    assert not stale.exists()
    assert (site / BUNDLE_DIR / "pagefind.js").exists()


def test_a_site_without_pages_is_a_clear_error(tmp_path: Path):
    (tmp_path / "output").mkdir()
    with pytest.raises(SearchIndexError, match="Pagefind không lập được chỉ mục"):
        index_site(tmp_path / "output")
