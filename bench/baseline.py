"""The straightforward validator a careful user would write: the benchmark's baseline.

``yaml.safe_load`` per file and one jsonschema validator (with format checking) per schema,
built once, ``iter_errors`` per record. No cross-record rules, no locations: it does less than
``minhbach validate`` and is still the yardstick for "times faster".

Usage: python bench/baseline.py RECORDS_DIR
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import yaml
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

FOLDERS = {
    "schools": "school",
    "donors": "donor",
    "donations": "donation",
    "purchases": "purchase",
    "nominations": "nomination",
    "allocations": "allocation",
    "handovers": "handover",
    "followups": "followup",
}


def main(records: Path, schema_dir: Path) -> None:
    documents = {
        p.name: json.loads(p.read_text(encoding="utf-8")) for p in schema_dir.glob("*.json")
    }
    registry = Registry().with_resources(
        (name, Resource.from_contents(doc, default_specification=DRAFT202012))
        for name, doc in documents.items()
    )
    checker = FormatChecker()
    validators = {
        kind: Draft202012Validator(
            documents[f"{kind}.json"], registry=registry, format_checker=checker
        )
        for kind in FOLDERS.values()
    }
    start = time.perf_counter()
    files = errors = 0
    for path in sorted(records.rglob("*.yaml")):
        kind = FOLDERS[path.relative_to(records).parts[0]]
        with path.open(encoding="utf-8") as handle:
            data = yaml.safe_load(handle)
        errors += sum(1 for _ in validators[kind].iter_errors(data))
        files += 1
    seconds = time.perf_counter() - start
    print(json.dumps({"files": files, "errors": errors, "seconds": seconds}))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(__file__).resolve().parents[1] / "schema")
