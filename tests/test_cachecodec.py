"""The cache's data format: every value it can hold comes back equal, and a crafted document
that names anything but cstocheck's own data classes, or has the wrong shape, is refused."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import cstocheck.checker  # noqa: F401  (the classes a real entry names are imported by then)
from cstocheck import cachecodec
from cstocheck.model import Mark, Stance
from cstocheck.retrieve import Named

VALUES = {
    "scalars": [None, True, 1, 2.5, "x"],
    "containers": (frozenset({"a", "b"}), {1, 2}, ("t", ("u",)), [["nested"]]),
    "dict with any keys": {("a", 1): frozenset({"b"}), "c": {"d": 1.0}},
    "path": Path("claims") / "x.yaml",
    "enum": Stance.SUPPORTS,
    "dataclass": Mark("claims/x.yaml", 3, 9),
    "named tuple": Named(frozenset({"e:kz"}), "country", 2.0, False),
    "records inside records": (Named(frozenset({"e:kz"}), "country", 2.0, False), {"m": Mark("p", 1, 1)}),
}


@pytest.mark.parametrize("name", sorted(VALUES))
def test_round_trip(name: str) -> None:
    value = VALUES[name]
    again = cachecodec.loads(cachecodec.dumps(value))
    assert again == value
    assert type(again) is type(value)


def test_value_encoded_apart_is_left_undecoded_until_asked() -> None:
    inner = cachecodec.Encoded(cachecodec.dumps(Mark("p", 1, 2)))
    outer = cachecodec.loads(cachecodec.dumps({"inner": inner}))
    assert isinstance(outer["inner"], memoryview) and outer["inner"] == inner.encode()
    assert cachecodec.loads(outer["inner"]) == Mark("p", 1, 2)


def test_a_tuple_of_values_encoded_apart_is_a_run_of_lines_stored_again_as_it_is() -> None:
    marks = [Mark("p", n, n) for n in range(3)]
    runs = (cachecodec.Encoded(cachecodec.dumps(m)) for m in marks)
    stored = cachecodec.dumps({"before": cachecodec.Encoded(cachecodec.dumps("x")), "run": tuple(runs)})
    assert json.loads(stored.split("\n")[0])[1][-1][:3] == [cachecodec.APART_RUN, 2, 3]
    again = cachecodec.loads(stored)
    assert [cachecodec.loads(line) for line in again["run"]] == marks
    assert all(isinstance(line, memoryview) for line in again["run"])
    assert cachecodec.dumps(again) == stored  # the views are stored as they were read


@pytest.mark.parametrize("lengths", ["[1,2]", "[3]", "[1,2,3]", "[-1,6]", "[true,5]", '"1 2"', "[2,1]"])
def test_lines_of_other_lengths_than_the_document_says_are_refused(lengths: str) -> None:
    stored = cachecodec.dumps((cachecodec.Encoded('"ab"'), cachecodec.Encoded('"c"')))
    head, lines = stored.split("\n", 1)
    assert head.endswith("[4,3]]")
    with pytest.raises(cachecodec.CodecError):
        cachecodec.loads(head.removesuffix("[4,3]]") + lengths + "]\n" + lines)


def _doc(classes: list[object], value: object) -> str:
    return json.dumps([classes, value])


CRAFTED = {
    "class-outside-the-package": _doc(["os:system"], [7, 0, "echo"]),
    "builtin-as-state": _doc(["builtins:eval"], [8, 0]),
    "module-not-imported": _doc(["cstocheck.nonexistent:Thing"], [8, 0]),
    "function-not-a-class": _doc(["cstocheck.cachecodec:loads"], [8, 0]),
    "wrong-field-count": _doc(["cstocheck.model:Mark"], [17, 0, "a.yaml", 1]),
    "state-hiding-a-method": _doc(["cstocheck.checker:Checker"], [8, 0, "claim", "x"]),
    "enum-not-an-enum": _doc(["cstocheck.model:Mark"], [6, 0, "x"]),
    "enum-of-no-such-value": _doc(["cstocheck.model:Stance"], [6, 0, "nonsense"]),
    "class-number-out-of-range": _doc(["cstocheck.model:Mark"], [17, 1, "a", 1, 1]),
    "class-number-not-a-number": _doc(["cstocheck.model:Mark"], [17, "0", "a", 1, 1]),
    "unknown-tag": _doc([], [99, 1]),
    "tag-not-a-number": _doc([], ["t", 1]),
    "empty-array": _doc([], []),
    "line-out-of-range": _doc([], [9, 1]),
    "dict-of-odd-length": _doc([], [4, "a"]),
    "unhashable-set-member": _doc([], [2, [0, 1]]),
    "not-a-document": '{"o": ["cstocheck.model:Mark", ["a.yaml", 1, 1]]}',
    "the-old-format": '[{"t": [1]}]',
    "not-json": "[[], [1,",
    "folded-offsets-not-integers": _doc([], [18, "ab", "ab", ["0", 1, 2], [1, 2]]),
    "folded-offsets-of-another-length": _doc([], [18, "ab", "ab", [0, 1], [1, 2]]),
    "folded-text-not-a-string": _doc([], [18, 1, "ab", None, None]),
}


@pytest.mark.parametrize("text", ["Russia sent 2,300 troops.", "Armenië’s „vredesmacht” didn't go", "Straße ﬁ"])
def test_a_folded_text_keeps_its_map_back(text: str) -> None:
    from cstocheck.folding import fold

    folded = fold(text)
    again = cachecodec.loads(cachecodec.dumps(folded))
    assert type(again) is type(folded) and again == folded and again.original == text
    assert list(again.starts) == list(folded.starts) and list(again.ends) == list(folded.ends)


@pytest.mark.parametrize("fault", sorted(CRAFTED))
def test_crafted_value_is_refused(fault: str) -> None:
    with pytest.raises(cachecodec.CodecError):
        cachecodec.loads(CRAFTED[fault])


def test_value_of_a_class_outside_the_package_cannot_be_stored() -> None:
    with pytest.raises(cachecodec.CodecError):
        cachecodec.dumps(json.JSONDecoder())


def test_equal_sets_of_strings_and_record_strings_are_shared_across_documents() -> None:
    """Decoded with one `shared` memo, two documents give back one object for each equal set of
    strings and each equal string in a record: a large base's entries hold them once."""
    first, second = (cachecodec.dumps((Named(frozenset({"e:kz", "e:ru"}), "country", 1.0, False),
                                       Mark("claims/x.yaml", n, 1))) for n in (1, 2))
    shared: dict[object, object] = {}
    a, b = cachecodec.loads(first, 0, shared), cachecodec.loads(second, 0, shared)
    assert a[0] == b[0] and a[0].ids is b[0].ids
    assert a[0].kind is b[0].kind and a[1].path is b[1].path
    assert (a[1].line, b[1].line) == (1, 2)


@pytest.mark.parametrize("numbers", [(frozenset({1}), frozenset({1.0})), (frozenset({True}), frozenset({1}))])
def test_sets_of_numbers_are_not_shared_so_their_types_stay(numbers: tuple[frozenset[object], ...]) -> None:
    """{1} == {1.0}: a set that is not all strings comes back as it was stored, never as an equal one."""
    shared: dict[object, object] = {}
    again = [cachecodec.loads(cachecodec.dumps(value), 0, shared) for value in numbers]
    assert [[type(x) for x in s] for s in again] == [[type(x) for x in s] for s in numbers]
