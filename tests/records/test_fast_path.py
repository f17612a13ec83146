"""The fast path and the strict path agree: whenever the fast path answers, it answers the same.

The corpus is every file of a generated demo plus hand-written variants, each also broken in
many small ways. A broken file must make the fast path step aside (None), so that the strict
loader alone reports it; a file it accepts must give the same values and locations.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from helpers import SAMPLE_NOMINATION
from minhbach.checks import run_checks
from minhbach.checks.context import CheckContext
from minhbach.records import SchemaSet
from minhbach.records.fast_path import load_fast
from minhbach.records.yaml_strict import load

SCHEMAS = SchemaSet.from_folder()


def typed_by_hand(sample: str) -> str:
    """The sample nomination as a person types it: quotes, spaces in a phone, a comment line,
    a flow list, list items indented two ways, a decision."""
    for written, typed in (
        ("  name: Trần Thị Cúc\n", "  name: 'Trần Thị O''Cúc'\n"),
        ("  relation: mẹ\n", '  relation: "mẹ"\n'),
        ("  phone: 0909123456\n", "  phone: 0909 123 456\n# a comment line\n"),
        ("categories: [mo-coi-cha]\n", "categories: [mo-coi-cha, ho-ngheo]\n"),
        (
            "needs:\n  - kind: tablet\n    quantity: 1\n",
            "needs:\n- kind: tablet\n  quantity: 1\n-   kind: sim-data\n    quantity: 2\n",
        ),
        (
            "status: de-xuat\n",
            "status: da-duyet\ndecision:\n  date: 2021-10-20\n  by: Trưởng phòng\n"
            "  document: QĐ-12/2021\n",
        ),
        ("  child: true\n", "  child: false\n"),
    ):
        assert written in sample, written
        sample = sample.replace(written, typed)
    return sample


HAND_WRITTEN = {
    "nomination": typed_by_hand(SAMPLE_NOMINATION),
    "donation": """\
id: tn-2021-001
donor: cong-ty-a
received_on: 2021-10-12
received_by: office
document: BB 01/2021
items:
  - kind: laptop
    quantity: 2
    unit_value_vnd: 12000000
    serials:
      - SN-001
      - SN-002
  - kind: cash
    amount_vnd: 50000000
demo: true
""",
}

MUTATIONS = [
    lambda t: t.replace("\n", "  # note\n", 3),
    lambda t: t.replace("id:", "id:\t", 1),
    lambda t: t.replace("  ", "\t", 1),
    lambda t: t.replace("true", "yes"),
    lambda t: t.replace("true", "True"),
    lambda t: t.replace(": ", ": &a ", 1),
    lambda t: t + "other: *a\n",
    lambda t: t.replace(": ", ": !!str ", 2),
    lambda t: t + t.splitlines()[0] + "\n",
    lambda t: "---\n" + t,
    lambda t: t + "---\nid: x\n",
    lambda t: t.replace("Nguyễn", "Nguy\u200bễn").replace("cong-ty-a", "cong\u200e-ty-a"),
    lambda t: t.replace("\n", "\r\n"),
    lambda t: t.replace("quantity: 1", "quantity: 01").replace("quantity: 2", "quantity: 2.0"),
    lambda t: t.replace("3A", "|\n    3A"),
    lambda t: t.replace("document: ", 'document: "x\\"y', 1),
    lambda t: t.replace("[mo-coi-cha, ho-ngheo]", "[mo-coi-cha, 'ho-ngheo']"),
    lambda t: t.replace("[mo-coi-cha, ho-ngheo]", "[mo-coi-cha, {a: b}]"),
    lambda t: t.replace("[mo-coi-cha, ho-ngheo]", "[]"),
    lambda t: t.replace("  grade: 3", "   grade: 3"),
    lambda t: t.replace("  quantity: 1", "quantity: 1"),
    lambda t: t.replace("name: ", "name: a: b ", 1),
    lambda t: t.replace("by: Trưởng phòng", "by: Trưởng\n    phòng"),
    lambda t: t.replace("id:", "'id':", 1),
    lambda t: t.replace("status: da-duyet", "status:"),
    lambda t: t.replace("status: da-duyet", "status: ~"),
    lambda t: t.replace("SN-001", "'SN-001'").replace("12000000", "12.000.000"),
    lambda t: t.replace("- kind: laptop", "-\n    kind: laptop"),
    lambda t: t.replace("office", "office:"),
    lambda t: t.replace("office", "-office"),
    lambda t: t.replace("\u00e1", "a\u0301"),
    lambda t: t.replace("nam", "nam\u00a0"),
    lambda t: "\ufeff" + t,
    lambda t: t.replace("\n", "   \n"),
    lambda t: t.replace(": ", ":    "),
    lambda t: t.replace("\n", "\n   \n", 4),
    # The two places the paths once disagreed: an empty list item (libyaml puts it just after
    # its dash), and a key longer than libyaml's 1,024 characters (libyaml refuses the file).
    lambda t: t.replace("needs:\n", "needs:\n-\n", 1).replace("items:\n", "items:\n  -\n", 1),
    lambda t: t.replace("id:", "k" * 1025 + ": 1\nid:", 1),
]


def corpus(tmp_path: Path) -> list[tuple[str, bytes]]:
    from minhbach.demo import write_demo

    write_demo(tmp_path / "demo", students=40, seed=7)
    files = [
        (path.parts[len(tmp_path.parts) + 1], path.read_bytes())
        for path in sorted((tmp_path / "demo").rglob("*.yaml"))
    ]
    folder_type = {
        t.folder: t.name
        for t in __import__("minhbach.records", fromlist=["RECORD_TYPES"]).RECORD_TYPES
    }
    items = [(folder_type[folder], data) for folder, data in files]
    items += [(name, text.encode()) for name, text in HAND_WRITTEN.items()]
    return items


def agree(type_name: str, data: bytes) -> bool:
    """Assert the two paths agree; return whether the fast path answered."""
    shape = SCHEMAS.shapes[type_name]
    fast = load_fast(data, shape)
    if fast is None:
        return False
    strict = load(data, shape)
    assert strict.problems == [], "the fast path accepted a file the strict path rejects"
    assert fast[0] == strict.data
    assert fast[1] == strict.locations
    assert [type(v) for v in _leaves(fast[0])] == [type(v) for v in _leaves(strict.data)]
    return True


def _leaves(value: object) -> list[object]:
    if isinstance(value, dict):
        return [leaf for key in sorted(value) for leaf in _leaves(value[key])]
    if isinstance(value, list):
        return [leaf for item in value for leaf in _leaves(item)]
    return [value]


def test_fast_path_reads_the_files_people_write(tmp_path: Path) -> None:
    items = corpus(tmp_path)
    answered = sum(agree(type_name, data) for type_name, data in items)
    assert answered == len(items), "every demo and hand-written file should take the fast path"


def test_broken_variants_agree_or_step_aside(tmp_path: Path) -> None:
    rng = random.Random(3)
    items = corpus(tmp_path)
    sample = [item for item in items if item[0] in ("nomination", "donation")]
    sample = rng.sample(sample, min(12, len(sample))) + [
        (n, t.encode()) for n, t in HAND_WRITTEN.items()
    ]
    stepped_aside = 0
    for type_name, data in sample:
        for mutate in MUTATIONS:
            mutated = mutate(data.decode("utf-8")).encode("utf-8")
            if not agree(type_name, mutated):
                stepped_aside += 1
    assert stepped_aside > len(sample) * len(MUTATIONS) // 3


def test_an_empty_list_item_is_placed_after_its_dash() -> None:
    for text in ("id: a\nitems:\n-\n", "id: a\nitems:\n  -   \n", "id: a\nitems:\n- kind: x\n-\n"):
        assert agree("donation", text.encode()), text


def test_a_key_longer_than_libyaml_allows_is_left_to_the_strict_path() -> None:
    shape = SCHEMAS.shapes["donation"]
    too_long = ("id: a\n" + "k" * 1025 + ": 1\n").encode()
    assert [problem.code for problem in load(too_long, shape).problems] == ["YAML-SYNTAX"]
    assert load_fast(too_long, shape) is None
    assert agree("donation", ("id: a\n" + "k" * 1024 + ": 1\n").encode())


@pytest.mark.parametrize("type_name", ["nomination", "donation"])
def test_compiled_and_explaining_schema_checks_reject_the_same_records(
    type_name: str, tmp_path: Path
) -> None:
    """fastjsonschema (draft 7, refs inlined) and jsonschema (2020-12) judge records alike."""
    base = load(HAND_WRITTEN[type_name].encode(), SCHEMAS.shapes[type_name]).data
    variants = [base]
    rng = random.Random(5)
    replacements = [
        "",
        "x",
        0,
        -1,
        10**13,
        True,
        None,
        [],
        {},
        "2021-02-30",
        "2021-2-3",
        "a\n",
        "0909",
        ["x", "x"],
    ]
    for path in _paths(base):
        for replacement in rng.sample(replacements, 6):
            variants.append(_replaced(base, path, replacement))
        variants.append(_replaced(base, path, _DELETE))
    variants.append({**base, "unknown": 1})
    fast = SCHEMAS.fast_validators[type_name]
    explaining = SCHEMAS.validators[type_name]
    disagreements = [v for v in variants if fast(v) != explaining.is_valid(v)]
    assert disagreements == []
    assert sum(not fast(v) for v in variants) > len(variants) // 2


_DELETE = object()


def _paths(value: object, prefix: tuple = ()) -> list[tuple]:
    paths = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            paths += _paths(item, prefix + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            paths += _paths(item, prefix + (index,))
    return paths


def _replaced(value: object, path: tuple, replacement: object) -> object:
    if not path:
        return replacement
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        copy = dict(value)
        if not rest and replacement is _DELETE:
            del copy[head]
        else:
            copy[head] = _replaced(value[head], rest, replacement)
        return copy
    copy = list(value)
    if not rest and replacement is _DELETE:
        del copy[head]
    else:
        copy[head] = _replaced(value[head], rest, replacement)
    return copy


def test_validation_results_do_not_depend_on_the_path(tmp_path: Path) -> None:
    """Running the checks with the fast path and with the strict path alone gives the same findings."""
    from minhbach.records.store import load_records

    items = corpus(tmp_path)
    assert items
    folder = tmp_path / "demo"
    context = CheckContext(as_of=__import__("datetime").date(2026, 11, 25))
    fast_loaded = load_records(folder, SCHEMAS)
    strict_loaded = load_records(folder, SCHEMAS, fast=False)
    fast_result = run_checks(fast_loaded.records, fast_loaded.findings, SCHEMAS, context)
    strict_result = run_checks(strict_loaded.records, strict_loaded.findings, SCHEMAS, context)
    assert sorted(fast_result.findings, key=lambda f: f.sort_key()) == sorted(
        strict_result.findings, key=lambda f: f.sort_key()
    )


def _nearest(locations: dict, keys: tuple) -> tuple[int, int]:
    """What ``Record.where`` gives from a full parse: the place of ``keys`` or of an ancestor."""
    while keys:
        if keys in locations:
            return locations[keys]
        keys = keys[:-1]
    return (1, 1)


def test_the_place_of_a_field_without_a_full_parse_is_the_full_parse_place(
    tmp_path: Path,
) -> None:
    from minhbach.records.fast_path import place_of_keys

    rng = random.Random(5)
    items = corpus(tmp_path)
    sample = items + [
        (type_name, mutate(data.decode("utf-8")).encode("utf-8"))
        for type_name, data in rng.sample(items, 15)
        for mutate in MUTATIONS
    ]
    compared = 0
    for type_name, data in sample:
        full = load_fast(data, SCHEMAS.shapes[type_name])
        if full is None:
            continue  # only files the fast path reads are asked for places this way
        locations = full[1]
        asked = {keys for keys in locations if all(isinstance(k, str) for k in keys)}
        asked |= {(*keys, "khong-co") for keys in list(asked)} | {("khong-co", "x")}
        for keys in asked:
            if not keys:
                continue
            place = place_of_keys(data, keys)
            if place is not None:
                assert place == _nearest(locations, keys), (type_name, keys)
                compared += 1
    assert compared > 1000


@pytest.mark.parametrize("depth", [100, 600, 1001])
def test_a_file_nested_too_deep_makes_the_fast_path_step_aside(depth) -> None:
    text = (
        "id: x\n"
        + "".join("  " * level + "a:\n" for level in range(depth))
        + "  " * depth
        + "b: 1\n"
    )
    assert load_fast(text.encode(), SCHEMAS.shapes["donor"]) is None  # no RecursionError
