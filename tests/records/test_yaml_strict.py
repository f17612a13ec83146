"""The strict loader: every kind of bad file gives one clear problem at the right line."""

from __future__ import annotations

import time

import pytest

from minhbach.records import SchemaSet
from minhbach.records.shapes import Shape
from minhbach.records.yaml_strict import MAX_DEPTH, MAX_FILE_BYTES, load

SCHEMAS = SchemaSet.from_folder()
NOMINATION = SCHEMAS.shapes["nomination"]
ANY = Shape()


def codes(text: str | bytes, shape: Shape = ANY) -> list[tuple[str, int]]:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return [(p.code, p.line) for p in load(data, shape).problems]


def test_plain_mapping_keeps_text_as_written() -> None:
    loaded = load(b"a: 0123\nb: '1:20'\nc: 1:20\nd: 2021-10-05\n", ANY)
    assert loaded.problems == []
    assert loaded.data == {"a": "0123", "b": "1:20", "c": "1:20", "d": "2021-10-05"}


def test_locations_are_one_based_line_and_column() -> None:
    loaded = load(b"id: x\nstudent:\n  full_name: An\nneeds:\n  - kind: tablet\n", NOMINATION)
    assert loaded.locations[("student", "full_name")] == (3, 3)
    assert loaded.locations[("needs", 0)] == (5, 5)
    assert loaded.locations[("needs", 0, "kind")] == (5, 5)


def test_schema_decides_integers_and_strings() -> None:
    text = "student:\n  grade: 5\n  student_code: 0123456789\nguardian:\n  phone: 0909123456\nneeds:\n  - quantity: 2\n"
    data = load(text.encode(), NOMINATION).data
    assert data["student"]["grade"] == 5
    assert data["student"]["student_code"] == "0123456789"
    assert data["guardian"]["phone"] == "0909123456"
    assert data["needs"][0]["quantity"] == 2


def test_phone_with_plus84_and_integer_with_leading_zero_stay_text() -> None:
    data = load(b"guardian:\n  phone: +84909123456\nstudent:\n  grade: 05\n", NOMINATION).data
    assert data["guardian"]["phone"] == "+84909123456"
    assert (
        data["student"]["grade"] == "05"
    )  # the schema then says: a whole number without leading zero


@pytest.mark.parametrize("written", ["yes", "NO", "on", "Off", "có", "y"])
def test_yes_no_words_where_a_boolean_is_wanted_are_errors(written: str) -> None:
    loaded = load(f"consent:\n  guardian: {written}\n".encode(), NOMINATION)
    assert [(p.code, p.line, p.field) for p in loaded.problems] == [
        ("YAML-BOOLEAN", 2, "consent.guardian")
    ]


def test_true_false_are_booleans_and_quoted_true_is_text() -> None:
    data = load(b"consent:\n  guardian: true\n  child: 'false'\n", NOMINATION).data
    assert data["consent"] == {"guardian": True, "child": "false"}


def test_duplicate_keys_also_after_nfc_normalisation() -> None:
    assert codes("name: a\nname: b\n") == [("YAML-DUPLICATE-KEY", 2)]
    nfc, nfd = "gi\u1ea3", "gia\u0309"
    assert codes(f"{nfc}: a\n{nfd}: b\n") == [("YAML-DUPLICATE-KEY", 2)]


def test_anchors_aliases_and_tags_are_refused() -> None:
    assert codes("a: &x 1\nb: 2\n") == [("YAML-ANCHOR", 1)]
    assert codes("a: 1\nb: *x\n") != []
    assert codes("a: !!python/object/apply:os.system ['echo hacked']\n") == [("YAML-TAG", 1)]
    assert codes("a: !!str 12\n") == [("YAML-TAG", 1)]


def test_python_tag_never_runs(tmp_path) -> None:
    marker = tmp_path / "ran"
    text = f"a: !!python/object/apply:os.system ['touch {marker}']\n"
    load(text.encode(), ANY)
    assert not marker.exists()


def test_billion_laughs_fails_fast() -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    start = time.perf_counter()
    problems = codes("\n".join(lines) + "\n")
    assert problems[0][0] == "YAML-ANCHOR"
    assert time.perf_counter() - start < 1.0


def test_several_documents_empty_file_and_list_at_top() -> None:
    assert codes("a: 1\n---\nb: 2\n") == [("YAML-MULTIPLE-DOCUMENTS", 2)]
    assert codes("") == [("YAML-EMPTY", 1)]
    assert codes("# only a comment\n") == [("YAML-EMPTY", 1)]
    assert codes("- a\n- b\n") == [("YAML-NOT-MAPPING", 1)]
    assert codes("just text\n") == [("YAML-NOT-MAPPING", 1)]


def test_tab_indentation() -> None:
    assert codes("student:\n\tfull_name: An\n") == [("YAML-TAB", 2)]


def test_encodings() -> None:
    text = "name: Trường Tiểu học Phước Kiển\n"
    assert codes(b"\xef\xbb\xbf" + text.encode("utf-8")) == []
    assert codes(text.encode("utf-16")) == [("FILE-UTF16", 1)]
    assert codes(text.encode("utf-16-le")) == [("FILE-UTF16", 1)]
    cp1258 = ("id: x\nname: " + "Tr\u01b0\u01a1ng\n").encode("cp1258")
    assert codes(cp1258) == [("FILE-NOT-UTF8", 2)]


@pytest.mark.parametrize("char", ["\u200b", "\u200e", "\u202e", "\u2066", "\ufeff"])
def test_invisible_and_right_to_left_characters_in_names(char: str) -> None:
    loaded = load(f"student:\n  full_name: Nguy{char}ễn An\n".encode(), NOMINATION)
    assert [(p.code, p.line, p.field) for p in loaded.problems] == [
        ("TEXT-INVISIBLE-CHAR", 2, "student.full_name")
    ]
    message_params = dict(loaded.problems[0].params)
    assert message_params["position"] == 5


def test_control_character_is_reported() -> None:
    assert codes("name: a\x07b\n")[0] == ("YAML-CHARACTER", 1)


def test_five_megabyte_file_is_refused_without_parsing() -> None:
    data = b"a: " + b"x" * (5 * 1024 * 1024) + b"\n"
    start = time.perf_counter()
    assert codes(data) == [("FILE-TOO-LARGE", 1)]
    assert time.perf_counter() - start < 0.5
    assert len(data) > MAX_FILE_BYTES


def test_syntax_error_has_the_line_and_vietnamese_words() -> None:
    loaded = load(b"id: x\nname: a: b\n", ANY)
    (problem,) = loaded.problems
    assert (problem.code, problem.line) == ("YAML-SYNTAX", 2)
    assert "dấu hai chấm" in dict(problem.params)["problem"]


def test_non_text_keys_are_refused() -> None:
    assert codes("? [a, b]\n: 1\n") == [("YAML-KEY-NOT-TEXT", 1)]
    assert codes("'quoted': 1\n") == [("YAML-KEY-NOT-TEXT", 1)]


def _nested_block(depth: int) -> str:
    """``depth`` mappings inside each other, the way an indented file nests them."""
    return (
        "id: x\n"
        + "".join("  " * level + "a:\n" for level in range(depth))
        + "  " * depth
        + "b: 1\n"
    )


def _nested_flow(depth: int) -> str:
    return "id: x\nnote: " + "[" * depth + "]" * depth + "\n"


@pytest.mark.parametrize("make", [_nested_block, _nested_flow])
@pytest.mark.parametrize("depth", [600, 1001])
def test_a_file_nested_too_deep_is_refused_without_recursing(make, depth) -> None:
    """Issue 15: ~600 levels made both loaders raise RecursionError and validate exit 3 for the
    whole tree; past libyaml's own limit (1000) it was a syntax error with an odd message."""
    loaded = load(make(depth).encode(), ANY)
    assert loaded.data is None
    assert [p.code for p in loaded.problems] == ["YAML-TOO-DEEP"]
    assert dict(loaded.problems[0].params)["limit"] == MAX_DEPTH


@pytest.mark.parametrize("make", [_nested_block, _nested_flow])
def test_nesting_up_to_the_limit_is_read(make) -> None:
    assert load(make(MAX_DEPTH - 1).encode(), ANY).problems == []  # the top mapping is a level
    assert codes(make(MAX_DEPTH)) == [
        ("YAML-TOO-DEEP", 2 if make is _nested_flow else MAX_DEPTH + 2)
    ]
