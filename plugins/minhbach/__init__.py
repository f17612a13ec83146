"""Minh Bạch: records, checks, public site and reports for the Nhà Bè device-support programme.

The package is layered (see STYLE.md): lower folders know nothing of higher ones, and ``cli`` is
the only layer that prints or exits::

    schema/       (repository root, shipped as minhbach.schema) the JSON Schemas of the records
    records/      strict YAML loading with locations (and its fast path); schemas → shapes
    text/         Vietnamese text: folding for comparison; collation
    checks/       pure rules per record and across records → findings (cross/: across records)
    public/       allow-listed projections: the site's views and the lookup files' view, and the
                  release rounds that hold back figures which may not move yet
    audit/        the disclosure audit: the outsider's attacks on a release and its previous one
    site/         the Pelican plugin: page generators fed by the public views only
    lookup/       encrypted lookup files, built from public's lookup view
    guard/        the leak guard: every private value searched for in output/
    reports/      .docx and .xlsx for the office and the UBND (never published)
    build/        ``minhbach build``, one module per stage (its docstring draws the order)
    workflow/     staff work: new records, spreadsheet import, diffs for reviewers, history
    erasure/      ``minhbach forget``: tombstones, and rewriting git history without a child
    demo/         synthetic records trees of any size
    messages/     the Vietnamese (and English) text of every finding code
    cli/          commands and reporters

Modules beside them: ``ledger`` and ``figures`` (one computation of movements and counts),
``consent`` (the consent gate), ``labels`` (enum labels from the schemas), ``findings`` (the one
error type), ``codes`` (lookup codes and opaque ids), ``formats`` (numbers, money, dates),
``settings``, ``placeholders`` (the demo's settings a real programme refuses), ``validation``
(a folder's records → findings), ``bulk`` (work on two cores), ``shortcuts`` (measured speed
tricks) and ``private_api`` (libraries' private APIs).
"""

__version__ = "0.1.0"
