"""Hot reads (the portal's pages, stored progress) with SQL the ORM compiles once per
process.

On an uncached page the ORM's work dwarfs the database's: building and compiling the
query of a resolution with its issuer takes about 1,5 ms, SQLite answers it in 0,1 ms.
The SQL of a query depends on its shape, not on the values it looks for, so a
`Prepared` query is built once with stand-in values, compiled, and then run with each
request's values put where the stand-ins were. What it returns is what the same
`values_list` query returns (the ORM's converters applied), and `load` turns a slice of
a row into the model instance the ORM would have made (`Model.from_db`).

Only plain values may vary (an id, a slug): anything that changes the SQL itself (a
page's tree path under `startswith`, a scope with or without a unit) is part of the
`shape`, and each shape is compiled once. A stand-in the compiled query does not carry
as it was given (a value rewritten into a LIKE pattern) is an error, raised at the
first run, never a wrong answer.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.db import connections
from django.db.models import Model, QuerySet
from django.db.models.query import ValuesListIterable

# Stand-ins no real id or slug takes: found again, unchanged, among the SQL's parameters.
_INT_STAND_IN = 1_987_654_300
_TEXT_STAND_IN = "\x1ftiendo-prepared-{}\x1f"


@dataclass(frozen=True)
class _Compiled:
    sql: str
    params: tuple[Any, ...]
    slots: tuple[tuple[int, str], ...]  # (position among params, value name)
    converters: tuple[tuple[int, tuple[Callable[..., Any], ...], Any], ...]


def _stand_in(number: int, value: object) -> int | str:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise TypeError(f"a prepared value must be an int or a str, not {value!r}")
    return _INT_STAND_IN + number if isinstance(value, int) else _TEXT_STAND_IN.format(number)


class Prepared:
    """`build(*shape, **values)` gives a `values_list` query; `rows(*shape, **values)`
    runs it, compiled once per shape and database."""

    def __init__(self, build: Callable[..., QuerySet]) -> None:
        self._build = build
        self._compiled: dict[tuple[Any, ...], _Compiled] = {}
        self._lock = threading.Lock()

    def _compile(
        self, using: str, shape: tuple[Hashable, ...], values: dict[str, Any]
    ) -> _Compiled:
        stand_ins = {name: _stand_in(n, value) for n, (name, value) in enumerate(values.items())}
        queryset = self._build(*shape, **stand_ins)
        if queryset._iterable_class is not ValuesListIterable:
            raise TypeError("a prepared query must be a values_list() query (not flat or named)")
        compiler = queryset.query.get_compiler(using=using)
        sql, params = compiler.as_sql()
        by_value = {(type(v), v): name for name, v in stand_ins.items()}
        slots = tuple(
            (position, by_value[(type(param), param)])
            for position, param in enumerate(params)
            if (type(param), param) in by_value
        )
        missing = set(stand_ins) - {name for _, name in slots}
        if missing:
            raise ValueError(f"the compiled query does not carry {sorted(missing)} as given")
        columns = [selected[0] for selected in compiler.select[: compiler.col_count]]
        converters = tuple(
            (position, tuple(found), expression)
            for position, (found, expression) in compiler.get_converters(columns).items()
        )
        return _Compiled(sql, tuple(params), slots, converters)

    def rows(self, *shape: Hashable, using: str = "default", **values: Any) -> list[tuple]:
        key = (using, connections[using].vendor, shape, tuple(values))
        compiled = self._compiled.get(key)
        if compiled is None:
            with self._lock:
                compiled = self._compiled.get(key) or self._compile(using, shape, values)
                self._compiled[key] = compiled
        params = list(compiled.params)
        for position, name in compiled.slots:
            value = values[name]
            _stand_in(0, value)  # the same type checks as when compiled
            params[position] = value
        connection = connections[using]
        with connection.cursor() as cursor:
            cursor.execute(compiled.sql, params)
            found = cursor.fetchall()
        if not compiled.converters:
            return [tuple(row) for row in found]
        return [_converted(row, compiled.converters, connection) for row in found]


def _converted(row: Sequence[Any], converters: Iterable[Any], connection: Any) -> tuple:
    values = list(row)
    for position, functions, expression in converters:
        value = values[position]
        for function in functions:
            value = function(value, expression, connection)
        values[position] = value
    return tuple(values)


def fields_of(model: type[Model], names: Iterable[str]) -> tuple[str, ...]:
    """The attnames among `names`, in the model's own order (as `load` expects them)."""
    wanted = set(names)
    found = tuple(f.attname for f in model._meta.concrete_fields if f.attname in wanted)
    unknown = wanted - set(found)
    if unknown:
        raise ValueError(f"{model.__name__} has no concrete fields {sorted(unknown)}")
    return found


def load(model: type[Model], fields: Sequence[str], values: Sequence[Any]) -> Model:
    """The instance the ORM makes from these columns; fields not read are deferred."""
    return model.from_db("default", fields, values)


def attach(instance: Model, relation: str, related: Model | None) -> None:
    """Cache a related object on `instance`, as select_related does."""
    instance._meta.get_field(relation).set_cached_value(instance, related)
