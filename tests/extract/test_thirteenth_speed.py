"""The dataclasses built for every figure spell out their __init__, which mypyc compiles
(the one @dataclass generates stays interpreted Python): each must take the fields in
the dataclass's order, by position and by keyword, with the dataclass's defaults."""

from __future__ import annotations

import ast
import dataclasses
import functools
import re
from pathlib import Path
from typing import Any

import pytest

from tiendo.extract.clauses import Draft
from tiendo.extract.comparisons import Lead
from tiendo.extract.figure import Comparison
from tiendo.extract.period_cues import PeriodMention
from tiendo.extract.quantities import Quantity
from tiendo.extract.units import UnitMatch
from tiendo.periods import Period

# Not Figure nor Comparison: compiled, a class that spells out an __init__ with required
# arguments is built by calling it, so a pickle would no longer load (test_sources).
_CLASSES = [Draft, Quantity, Lead, PeriodMention, UnitMatch]
_WORDS = ("str", "Basis", "Kind", "Measure", "Scope", "Bound", "UnitKind")


@functools.cache
def _written_types(cls: type) -> dict[str, str]:
    """Each field's annotation as the source writes it: compiled, a class keeps only what
    mypyc makes of it (`type` itself for a union), so the module's source is read."""
    source = Path(__file__).parents[2] / (cls.__module__.replace(".", "/") + ".py")
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ClassDef) and node.name == cls.__name__:
            return {
                item.target.id: ast.unparse(item.annotation)
                for item in node.body
                if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
            }
    raise AssertionError(cls)


def _sample(cls: type, field: dataclasses.Field[Any], n: int) -> Any:
    """A value of the field's type (compiled, the class checks it), told apart by `n`."""
    written = _written_types(cls)[field.name]
    kind = re.sub(r"[\w.]+\.(\w+)", r"\1", written).removesuffix(" | None")
    if kind.startswith("Literal["):
        return f"v{n}"
    if kind == "int":
        return n
    if kind == "float":
        return n + 0.5
    if kind == "bool":
        return True  # every default of a flag is False
    if kind in _WORDS:
        return f"v{n}"
    if kind == "Period":
        return Period(2000 + n)
    if kind == "UnitMatch":
        return UnitMatch(f"u{n}", "count", n)
    if kind == "Quantity":
        return Quantity(n, n, 1.0, None, UnitMatch("ha", "measure", n), None, n, n, "")
    if kind == "Draft":
        return Draft(n, n, n, n, n)
    if kind == "list[Comparison]":
        return [Comparison("plan", "ratio", float(n))]
    if kind == "dict[str, float]":
        return {f"s{n}": 1.0}
    if kind == "tuple[Draft, str, str]":
        return (Draft(n, n, n, n, n), "a", "b")
    raise AssertionError(f"{cls.__name__}.{field.name}: {written}")


def _required(cls: type) -> list[dataclasses.Field[Any]]:
    return [
        f
        for f in dataclasses.fields(cls)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    ]


@pytest.mark.parametrize("cls", _CLASSES, ids=lambda cls: cls.__name__)
def test_the_written_init_takes_every_field_in_order_by_position(cls: type) -> None:
    fields = dataclasses.fields(cls)
    values = [_sample(cls, f, n) for n, f in enumerate(fields)]
    made = cls(*values)
    assert [getattr(made, f.name) for f in fields] == values


@pytest.mark.parametrize("cls", _CLASSES, ids=lambda cls: cls.__name__)
def test_the_written_init_takes_every_field_by_keyword(cls: type) -> None:
    values = {f.name: _sample(cls, f, n) for n, f in enumerate(dataclasses.fields(cls))}
    made = cls(**values)
    assert {name: getattr(made, name) for name in values} == values


@pytest.mark.parametrize("cls", _CLASSES, ids=lambda cls: cls.__name__)
def test_a_field_left_out_takes_the_dataclass_default(cls: type) -> None:
    made = cls(*[_sample(cls, f, n) for n, f in enumerate(_required(cls))])
    for f in dataclasses.fields(cls):
        if f.default is not dataclasses.MISSING:
            assert getattr(made, f.name) == f.default, f.name
        elif f.default_factory is not dataclasses.MISSING:
            assert getattr(made, f.name) == f.default_factory(), f.name


@pytest.mark.parametrize("cls", _CLASSES, ids=lambda cls: cls.__name__)
def test_a_default_made_by_a_factory_is_not_shared_between_instances(cls: type) -> None:
    required = [_sample(cls, f, n) for n, f in enumerate(_required(cls))]
    first, second = cls(*required), cls(*required)
    for f in dataclasses.fields(cls):
        if f.default_factory is not dataclasses.MISSING:
            assert getattr(first, f.name) is not getattr(second, f.name), f.name


@pytest.mark.parametrize("cls", [Lead, PeriodMention], ids=lambda cls: cls.__name__)
def test_a_frozen_one_still_refuses_to_be_changed(cls: type) -> None:
    made = cls(*[_sample(cls, f, n) for n, f in enumerate(_required(cls))])
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.__setattr__(dataclasses.fields(cls)[0].name, None)
