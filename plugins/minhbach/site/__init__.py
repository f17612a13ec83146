"""The Pelican plugin of Minh Bạch (listed in pelicanconf.py as ``PLUGINS = ["minhbach.site"]``).

Hooks (Pelican signals):
- ``get_generators``: ``PublicPagesGenerator`` writes the record pages from the public views;
- ``readers_init``: Markdown is read through nh3 (``SafeMarkdownReader``), raw .html pages are off;
- ``generator_init``: Babel filters ``money``, ``number`` and ``date_vn`` for every template;
- ``finalized``: images copied from content/ lose their metadata; a refused image is an error.
"""

from __future__ import annotations

import logging
from pathlib import Path

from pelican import signals
from pelican.readers import MarkdownReader

from minhbach.site.formats import FILTERS
from minhbach.site.generator import PublicPagesGenerator
from minhbach.site.images import strip_tree
from minhbach.site.reporting import site_finding
from minhbach.site.sanitize import SafeMarkdownReader

log = logging.getLogger(__name__)


def _generators(pelican) -> type:
    return PublicPagesGenerator


def _readers(readers) -> None:
    for extension in MarkdownReader.file_extensions:
        readers.reader_classes[extension] = SafeMarkdownReader
    for extension in ("html", "htm", "rst"):
        readers.reader_classes.pop(extension, None)


def _filters(generator) -> None:
    generator.env.filters.update(FILTERS)


def _strip_images(pelican) -> None:
    for path, reason in strip_tree(Path(pelican.output_path)):
        log.error(
            "%s: không xóa được siêu dữ liệu ảnh: %s",
            path.name,
            reason,
            extra=site_finding("SITE-IMAGE-REFUSED", str(path), reason=reason),
        )


def register() -> None:
    signals.get_generators.connect(_generators)
    signals.readers_init.connect(_readers)
    signals.generator_init.connect(_filters)
    signals.finalized.connect(_strip_images)
