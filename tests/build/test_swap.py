"""The swap, both ways: the one-step exchange (Linux) and the two renames behind a journal (the
way Windows and macOS take), with its recovery; and the modes a web server needs. The real
command, killed or stopped in the middle, is in test_faults.py."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import pytest

from helpers import AS_OF, write
from minhbach.build import BuildOptions, build, cache, pipeline
from minhbach.build import swap as swap_module
from minhbach.build.swap import exchange_folders, open_to_readers, recover, start_two_renames, swap
from site_records import write_records, write_site


def site(folder: Path, text: str) -> Path:
    write(folder, "index.html", text)
    write(folder, "truong/th-an-binh/index.html", text)
    return folder


def places(tmp: Path) -> tuple[Path, Path, Path, Path]:
    area = tmp / ".minhbach" / "staging" / "output"
    return site(area / "site", "mới"), site(tmp / "output", "cũ"), area / "old", area / "swap.json"


def never(_first: Path, _second: Path) -> bool:
    return False


@pytest.mark.skipif(sys.platform != "linux", reason="renameat2 is a Linux system call")
def test_linux_exchanges_the_two_folders_in_one_step(tmp_path: Path) -> None:
    new, output, _, _ = places(tmp_path)
    assert exchange_folders(new, output)
    assert (output / "index.html").read_text(encoding="utf-8") == "mới"
    assert (new / "index.html").read_text(encoding="utf-8") == "cũ"


def test_where_there_is_no_exchange_two_renames_swap_and_leave_nothing(tmp_path: Path) -> None:
    new, output, old, journal = places(tmp_path)
    swap(new, output, old, journal, exchange=never)
    assert (output / "truong/th-an-binh/index.html").read_text(encoding="utf-8") == "mới"
    assert not new.exists()
    assert not old.exists()
    assert not journal.exists()


def test_a_second_rename_that_fails_puts_the_old_site_back_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Windows a folder with a file open in another program cannot be renamed."""
    new, output, old, journal = places(tmp_path)
    rename = os.rename

    def busy(source, target):
        if Path(source) == new:
            raise PermissionError(errno.EACCES, "đang mở", str(source))
        rename(source, target)

    monkeypatch.setattr(swap_module.os, "rename", busy)
    with pytest.raises(PermissionError):
        swap(new, output, old, journal, exchange=never)
    assert (output / "index.html").read_text(encoding="utf-8") == "cũ"
    assert not journal.exists()


def test_a_swap_stopped_between_its_renames_is_undone(tmp_path: Path) -> None:
    new, output, old, journal = places(tmp_path)
    start_two_renames(new, output, old, journal)  # then the power went out
    assert not output.exists()
    assert recover(output, old, journal)
    assert (output / "index.html").read_text(encoding="utf-8") == "cũ"
    assert not journal.exists()
    assert not recover(output, old, journal)  # nothing more to undo


def test_a_journal_after_both_renames_leaves_the_new_site(tmp_path: Path) -> None:
    """Stopped after the second rename, before the journal was removed: the swap was done."""
    new, output, old, journal = places(tmp_path)
    start_two_renames(new, output, old, journal)
    os.rename(new, output)
    assert not recover(output, old, journal)
    assert (output / "index.html").read_text(encoding="utf-8") == "mới"
    assert not journal.exists()


@pytest.mark.skipif(os.name == "nt", reason="Windows has no permission bits but read-only")
def test_the_published_site_is_readable_by_others_as_far_as_the_umask_allows(
    tmp_path: Path,
) -> None:
    folder = site(tmp_path / "site", "mới")
    folder.chmod(0o700)  # as tempfile.mkdtemp made it
    (folder / "truong").chmod(0o700)
    (folder / "index.html").chmod(0o600)  # as a copied file may be
    outside = write(tmp_path, "ngoai.txt", "riêng")
    outside.chmod(0o600)
    os.symlink(outside, folder / "lien-ket")
    before = os.umask(0o027)
    try:
        open_to_readers(folder)
    finally:
        os.umask(before)
    assert folder.stat().st_mode & 0o777 == 0o750
    assert (folder / "truong").stat().st_mode & 0o777 == 0o750
    assert (folder / "index.html").stat().st_mode & 0o777 == 0o640
    assert outside.stat().st_mode & 0o777 == 0o600  # a link is not followed


def test_ctrl_c_between_the_two_renames_loses_no_site(tmp_path: Path) -> None:
    """The build's cleanup undoes a swap stopped half-way before it removes the staging area
    (where the old site is at that moment)."""
    options = BuildOptions(
        records=write_records(tmp_path / "records"),
        output=tmp_path / "output",
        reports=tmp_path / "reports",
        settings_file=write_site(tmp_path),
        as_of=AS_OF,
        cache_dir=tmp_path / "cache",
    )
    assert build(options).swapped
    site = (tmp_path / "output" / "index.html").read_bytes()
    stopped = []

    def interrupted(new: Path, output: Path, old: Path, journal: Path) -> None:
        start_two_renames(new, output, old, journal)
        stopped.append(True)
        raise KeyboardInterrupt

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline, "swap", interrupted)
        patch.setattr(cache, "unchanged", lambda *_args: False)
        with pytest.raises(KeyboardInterrupt):
            build(options)
    assert stopped
    assert (tmp_path / "output" / "index.html").read_bytes() == site
    assert sorted(p.name for p in (tmp_path / ".minhbach" / "staging").iterdir()) == ["output.lock"]
