"""Erasure (xoá dữ liệu): a family's data deleted from the records and from every git commit.

DESIGN.md, "Erasure (second turn)". The pieces, each with one job:

==============  ===========================================================================
tombstone.py    what a forgotten record keeps (pure; the rest of the code asks ``is_forgotten``)
values.py       the child's private values, in the spellings the leak guard knows (pure)
redact.py       finding and replacing those spellings in a text, a file or a zip (pure)
history.py      the child's files in every commit, read with git
rewrite.py      the history rewrite (git-filter-repo), reflog expiry and gc
verify.py       no object left in the repository holds a value
plan.py         the plan of an unfinished erasure, so that a rerun finishes it
retention.py    which nominations a programme closed before a date leaves (pure)
reports.py      files under reports/ that hold a child
forget.py       the whole erasure, phase by phase (the CLI prints, this module does not)
==============  ===========================================================================

This package file imports nothing: checks, the site and the reports import ``tombstone`` alone.
"""
