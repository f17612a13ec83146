"""The Pelican plugin of Minh Bạch (listed in pelicanconf.py as ``PLUGINS = ["minhbach.site"]``).

Hooks (Pelican signals):
- ``get_generators``: ``PublicPagesGenerator`` writes the record pages from the public views;
- ``readers_init``: Markdown is read through nh3 (``SafeMarkdownReader``), raw .html pages are off;
- ``generator_init``: Babel filters ``money``, ``number`` and ``date_vn`` for every template;
- ``static_generator_finalized``: of the files Pelican would copy from content/, photos are
  re-encoded and text PDFs kept; any other file is an error (``attachments``).
"""

from __future__ import annotations

from pelican import signals
from pelican.readers import MarkdownReader

from minhbach.site.attachments import vet_static_files
from minhbach.site.formats import FILTERS
from minhbach.site.generator import PublicPagesGenerator
from minhbach.site.sanitize import SafeMarkdownReader


def _generators(pelican) -> type:
    return PublicPagesGenerator


def _readers(readers) -> None:
    for extension in MarkdownReader.file_extensions:
        readers.reader_classes[extension] = SafeMarkdownReader
    for extension in ("html", "htm", "rst"):
        readers.reader_classes.pop(extension, None)


def _filters(generator) -> None:
    generator.env.filters.update(FILTERS)


def register() -> None:
    signals.get_generators.connect(_generators)
    signals.readers_init.connect(_readers)
    signals.generator_init.connect(_filters)
    signals.static_generator_finalized.connect(vet_static_files)
