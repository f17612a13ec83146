"""Releases through the real build: figures held back, the audit as the last door, --previous.

The records are two weeks of a small demo year (``demo.timeline``): in the second, fewer than five
children were newly approved, so a category figure that moved would give their categories away.
"""

from __future__ import annotations

import functools
import http.server
import itertools
import json
import shutil
import threading
from pathlib import Path

import pytest

from helpers import run_minhbach
from minhbach import public
from minhbach.build import BuildOptions, build
from minhbach.demo import build_demo
from minhbach.demo._yaml import to_yaml
from minhbach.demo.timeline import records_on, weeks
from minhbach.formats import date
from minhbach.public import build_public_site
from minhbach.settings import Settings
from site_records import write_site


def _approved(tree, day) -> int:
    return build_public_site(records_on(tree, day), as_of=day, settings=Settings()).counts.approved


@pytest.fixture(scope="module")
def year():
    """A demo year and two consecutive Fridays with one to four newly approved children."""
    tree = build_demo(60, 5)
    days = list(weeks(tree))
    for first, second in itertools.pairwise(days[4:]):
        if _approved(tree, first) >= 5 and 0 < _approved(tree, second) - _approved(tree, first) < 5:
            return tree, first, second
    pytest.fail("the demo has no week with one to four new approvals")


def write_week(folder: Path, tree, day) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    for record in records_on(tree, day).records:
        path = folder / record.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(to_yaml(record.data), encoding="utf-8")
    return folder


def release(tmp: Path, tree, day, *, output: str = "output", **options) -> object:
    return build(
        BuildOptions(
            records=write_week(tmp / "records", tree, day),
            output=tmp / output,
            settings_file=write_site(tmp),
            as_of=day,
            cache_dir=tmp / "cache",
            **options,
        )
    )


def categories(folder: Path) -> dict:
    return json.loads((folder / "du-lieu" / "doi-tuong.json").read_text(encoding="utf-8"))


def test_a_few_new_approvals_leave_the_category_figures_as_they_were(tmp_path, year) -> None:
    tree, first, second = year
    assert release(tmp_path, tree, first).swapped
    before = categories(tmp_path / "output")
    assert before["district"]["as_of"] == first.isoformat()
    outcome = release(tmp_path, tree, second)
    assert outcome.swapped, [f.message() for f in outcome.findings if f.severity == "error"]
    assert categories(tmp_path / "output") == before
    assert ("categories", first) in [(h.figure, h.since) for h in outcome.holds]
    home = (tmp_path / "output" / "index.html").read_text(encoding="utf-8")
    assert f"số liệu đến ngày {date(first)}" in home


def test_a_release_the_audit_refuses_leaves_the_previous_site(tmp_path, year, monkeypatch) -> None:
    """Were the views to publish fresh figures (a bug), the audit is the last door."""
    tree, first, second = year
    assert release(tmp_path, tree, first).swapped
    site = {p: p.read_bytes() for p in (tmp_path / "output").rglob("*") if p.is_file()}
    monkeypatch.setattr(public, "settle", lambda fresh, previous, handed: (fresh, ()))
    outcome = release(tmp_path, tree, second)
    assert not outcome.swapped
    assert "DISCLOSURE-DIFFERENCING" in {f.code for f in outcome.findings}
    now = {p: p.read_bytes() for p in (tmp_path / "output").rglob("*") if p.is_file()}
    assert now == site
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".output")) == []


def test_previous_names_the_live_release(tmp_path, year) -> None:
    """CI builds into an empty folder, with the live site's /du-lieu/ downloaded beside it."""
    tree, first, second = year
    assert release(tmp_path, tree, first).swapped
    live = tmp_path / "live-du-lieu"
    shutil.copytree(tmp_path / "output" / "du-lieu", live)
    outcome = release(tmp_path, tree, second, output="fresh", previous=live)
    assert outcome.swapped
    assert categories(tmp_path / "fresh") == categories(tmp_path / "output")


def test_an_unreadable_previous_release_stops_the_build(tmp_path, year) -> None:
    tree, first, _ = year
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "tien-do.json").write_text("{not json", encoding="utf-8")
    result = run_minhbach(
        "build",
        *("--records", str(write_week(tmp_path / "records", tree, first))),
        *("--output", str(tmp_path / "output"), "--reports", str(tmp_path / "reports")),
        *("--settings", str(write_site(tmp_path)), "--as-of", first.isoformat()),
        *("--previous", str(broken)),
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "DISCLOSURE-PREVIOUS-UNREADABLE" in result.stdout
    assert not (tmp_path / "output").exists()


@pytest.fixture
def live(tmp_path):
    """A web server on 127.0.0.1 for a folder, as the live site: ``live(folder) -> url``."""
    servers = []

    def serve(folder: Path) -> str:
        handler = functools.partial(_Quiet, directory=str(folder))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield serve
    for server in servers:
        server.shutdown()
        server.server_close()


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def _build_command(tmp: Path, tree, day, *extra: str):
    return run_minhbach(
        "build",
        *("--records", str(write_week(tmp / "records", tree, day))),
        *("--output", str(tmp / "fresh"), "--reports", str(tmp / "reports")),
        *("--settings", str(write_site(tmp)), "--as-of", day.isoformat()),
        *extra,
    )


def test_previous_may_be_the_live_sites_address(tmp_path, year, live) -> None:
    """The main-branch workflow passes the site's address: its /du-lieu/ is downloaded first."""
    tree, first, second = year
    assert release(tmp_path, tree, first).swapped
    result = _build_command(tmp_path, tree, second, "--previous", live(tmp_path / "output"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Giữ lại: Số liệu theo đối tượng" in result.stderr
    assert categories(tmp_path / "fresh") == categories(tmp_path / "output")


def test_a_site_that_never_published_gives_a_first_release(tmp_path, year, live) -> None:
    tree, first, _ = year
    (tmp_path / "empty").mkdir()
    result = _build_command(tmp_path, tree, first, "--previous", live(tmp_path / "empty"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "chưa có bản công bố nào" in result.stderr


def test_a_live_site_that_cannot_be_read_stops_the_build(tmp_path, year, live) -> None:
    tree, first, _ = year
    served = tmp_path / "served" / "du-lieu"
    served.mkdir(parents=True)
    (served / "tien-do.json").write_text("{}", encoding="utf-8")  # the rest is missing: 404
    result = _build_command(tmp_path, tree, first, "--previous", live(tmp_path / "served"))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Không tải được" in result.stderr
    assert not (tmp_path / "fresh").exists()


def test_a_site_from_before_publication_safety_is_only_warned_about(tmp_path, year) -> None:
    """The output folder holds a site whose open data has no format version: audited as a start."""
    tree, first, _ = year
    old = tmp_path / "output" / "du-lieu"
    old.mkdir(parents=True)
    (old / "tien-do.json").write_text('{"ngay_so_lieu": "2021-10-01"}', encoding="utf-8")
    for stem in ("ho-tro", "truong", "nha-tai-tro", "doi-tuong-theo-xa"):
        (old / f"{stem}.json").write_text("[]", encoding="utf-8")
    outcome = release(tmp_path, tree, first)
    assert outcome.swapped
    warned = [f for f in outcome.findings if f.code == "DISCLOSURE-PREVIOUS-UNREADABLE"]
    assert [f.severity for f in warned] == ["warning"]
