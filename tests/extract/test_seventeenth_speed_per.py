"""Round 17 (periods, times, comparisons): the speed-ups hold the same answers as before."""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest

from tiendo.extract.comparisons import Lead
from tiendo.extract.period_cues import PeriodMention


def _written_init(cls: type) -> ast.FunctionDef:
    """The class's __init__ as its source writes it (compiled, a class has no source)."""
    source = Path(__file__).parents[2] / (cls.__module__.replace(".", "/") + ".py")
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ClassDef) and node.name == cls.__name__:
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                    return item
    raise AssertionError(cls)


@pytest.mark.parametrize("cls", [Lead, PeriodMention], ids=lambda cls: cls.__name__)
def test_a_frozen_init_sets_each_field_through_object_setattr_by_name(cls: type) -> None:
    # mypyc stores a field natively only for `object.__setattr__(self, "name", value)`
    # written out; through an alias (`setter = object.__setattr__`) each field cost a call.
    written = [ast.unparse(statement) for statement in _written_init(cls).body]
    assert written == [
        f"object.__setattr__(self, {field.name!r}, {field.name})"
        for field in dataclasses.fields(cls)
    ]
