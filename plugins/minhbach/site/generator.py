"""The generator of the record pages (a Pelican generator, registered on ``get_generators``).

It receives the ``PublicSite`` (public views only) through the ``MINHBACH_PUBLIC`` setting, which
``minhbach build`` fills; it never sees a record. Pages and their fixed addresses (DESIGN "Public
addresses"): ``/``, ``/truong/<id>/``, ``/nha-tai-tro/``, ``/nha-tai-tro/<id>/``, ``/ho-tro/``
(+ ``/ho-tro/trang-N/``), ``/du-lieu/``, a 404 page and ``sitemap.xml``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

from pelican.generators import Generator

from minhbach.public.views import PublicSite, StudentEntry
from minhbach.site.donor_story import donor_story
from minhbach.site.opendata import write_open_data
from minhbach.site.reporting import site_finding

log = logging.getLogger(__name__)

SETTING = "MINHBACH_PUBLIC"
# Addresses that belong to record pages or to later issues (lookup, search): no content page may take them.
RESERVED_SLUGS = frozenset(
    {
        "truong",
        "nha-tai-tro",
        "ho-tro",
        "tra-cuu",
        "tim-kiem",
        "du-lieu",
        "tin-tuc",
        "feeds",
        "theme",
        "images",
    }
)


class PublicPagesGenerator(Generator):
    """Writes the pages built from the public views."""

    def generate_context(self) -> None:
        self.site: PublicSite | None = self.settings.get(SETTING)
        if self.site is None:
            log.error(
                "Thiếu dữ liệu công khai (%s): hãy dựng trang bằng `minhbach build`.",
                SETTING,
                extra=site_finding("SITE-NO-PUBLIC-DATA", self.settings.get("PATH", "content")),
            )
            return
        self.context["DEMO_DATA"] = self.site.demo
        self.context["OFFICE"] = self.site.office
        self.context["AS_OF"] = self.site.as_of
        self.reserved_taken = False
        for page in self.context.get("pages", []) + self.context.get("hidden_pages", []):
            if page.slug in RESERVED_SLUGS:
                self.reserved_taken = True
                log.error(
                    "%s: địa chỉ /%s/ dành cho trang của hệ thống; đổi `slug` của trang này.",
                    page.source_path,
                    page.slug,
                    extra=site_finding("SITE-RESERVED-SLUG", page.source_path, slug=page.slug),
                )

    def generate_output(self, writer) -> None:
        # A content page sitting on a system address already failed the build: writing ours over
        # it would only turn that clear message into Pelican's "failed to overwrite" crash.
        if self.site is None or getattr(self, "reserved_taken", False):
            return
        site = self.site
        self.urls: list[str] = []
        self._page(writer, "index.html", "home", "")
        self._page(writer, "truong/index.html", "schools", "truong/")
        for school in site.schools:
            self._page(
                writer,
                f"truong/{school.id}/index.html",
                "school",
                f"truong/{school.id}/",
                school=school,
            )
        self._page(writer, "nha-tai-tro/index.html", "donors", "nha-tai-tro/")
        for donor in site.donors:
            self._page(
                writer,
                f"nha-tai-tro/{donor.id}/index.html",
                "donor",
                f"nha-tai-tro/{donor.id}/",
                donor=donor,
                story=donor_story(donor, site.reach.as_of),
            )
        self._students(writer, site.students)
        data = write_open_data(site, Path(self.output_path))
        self._page(
            writer, "du-lieu/index.html", "data", "du-lieu/", package=data.package, rows=data.rows
        )
        self._page(writer, "tra-cuu/index.html", "tra-cuu", "tra-cuu/")
        self._page(writer, "tim-kiem/index.html", "tim-kiem", "tim-kiem/")
        self._page(writer, "404.html", "404", None)
        self._sitemap()

    def _page(self, writer, name: str, template: str, url: str | None, **values: object) -> None:
        writer.write_file(name, self.get_template(template), self.context, page_url=url, **values)
        if url is not None:
            self.urls.append(url)

    def _students(self, writer, students: tuple[StudentEntry, ...]) -> None:
        per_page = int(self.settings.get("STUDENTS_PER_PAGE", 100))
        chunks = [students[i : i + per_page] for i in range(0, len(students), per_page)] or [()]
        urls = ["ho-tro/"] + [f"ho-tro/trang-{n}/" for n in range(2, len(chunks) + 1)]
        for number, (chunk, url) in enumerate(zip(chunks, urls, strict=True), start=1):
            groups: list[tuple[str, str, list[StudentEntry]]] = []
            for entry in chunk:
                if not groups or groups[-1][0] != entry.school:
                    groups.append((entry.school, entry.school_name, []))
                groups[-1][2].append(entry)
            self._page(
                writer,
                f"{url}index.html",
                "students",
                url,
                groups=groups,
                page_number=number,
                page_count=len(chunks),
                previous_url=urls[number - 2] if number > 1 else None,
                next_url=urls[number] if number < len(chunks) else None,
                first_index=(number - 1) * per_page + 1,
            )

    def _sitemap(self) -> None:
        base = self.settings.get("SITEURL", "").rstrip("/")
        urls = list(self.urls)
        for item in self.context.get("pages", []) + self.context.get("articles", []):
            urls.append(item.url)
        if self.context.get("articles"):
            urls.append("tin-tuc/")
        lastmod = self.site.as_of.isoformat()
        lines = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        ]
        lines += [
            f"<url><loc>{xml_escape(f'{base}/{url}')}</loc><lastmod>{lastmod}</lastmod></url>"
            for url in dict.fromkeys(urls)
        ]
        lines.append("</urlset>")
        Path(self.output_path, "sitemap.xml").write_text("\n".join(lines) + "\n", encoding="utf-8")
