from __future__ import annotations

import pytest

from tiendo.periods import Period
from tiendo.progress.communes import (
    CommuneRow,
    commune_table,
    parse_sort,
    predecessors_total,
    sort_rows,
    status_counts,
)
from tiendo.progress.model import Aggregation

Q1, H1 = Period(2026, 1, 3), Period(2026, 1, 6)


def _row(code: str, name: str, value: float | None, **extra) -> CommuneRow:
    extra.setdefault("plan", 100.0)
    extra.setdefault("status", "met" if value is not None else "no_data")
    return CommuneRow(code, name, value, **extra)


ROWS = [
    _row("dong", "Xã Đông Sơn", 120.0, ratio=120.0, status="exceeded", period=H1),
    _row("duong", "Xã Dương Quỳ", 90.0, ratio=90.0, status="behind", period=Q1),
    _row("an", "Phường An Lạc", None, ratio=None),
    _row("bac", "Xã Bắc Hà", 100.0, ratio=100.0, status="met", period=H1, plan=80.0),
]


@pytest.mark.parametrize(
    ("key", "descending", "order"),
    [
        ("name", False, ["an", "bac", "duong", "dong"]),
        ("name", True, ["dong", "duong", "bac", "an"]),
        ("value", False, ["duong", "bac", "dong", "an"]),
        ("value", True, ["dong", "bac", "duong", "an"]),
        ("ratio", True, ["dong", "bac", "duong", "an"]),
        ("plan", False, ["bac", "an", "duong", "dong"]),
        ("status", False, ["dong", "bac", "duong", "an"]),
        ("status", True, ["an", "duong", "bac", "dong"]),
        ("period", True, ["bac", "dong", "duong", "an"]),
    ],
)
def test_communes_sort_by_any_column_with_the_unknown_last(
    key: str, descending: bool, order: list[str]
) -> None:
    assert [row.unit_code for row in sort_rows(ROWS, key, descending)] == order


def test_an_unknown_sort_key_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown sort key"):
        sort_rows(ROWS, "population")


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("", ("name", False)),
        (None, ("name", False)),
        ("-value", ("value", True)),
        ("status", ("status", False)),
        ("-drop table", ("name", False)),
    ],
)
def test_the_sort_parameter_is_read_safely(text: str | None, parsed: tuple[str, bool]) -> None:
    assert parse_sort(text) == parsed


@pytest.mark.parametrize(
    ("values", "aggregation", "weights", "total"),
    [
        ([50.0, 40.0], "sum", (), 90.0),
        ([50.0, 40.0, 10.5], "sum", (), 100.5),
        ([3.0, 5.0], "mean", (), 4.0),
        ([3.0, 5.0], "weighted_mean", (100.0, 300.0), 4.5),
        # a predecessor that did not report: no honest total
        ([50.0, None], "sum", (), None),
        ([], "sum", (), None),
    ],
)
def test_predecessors_combine_as_the_target_aggregates(
    values: list[float | None],
    aggregation: Aggregation,
    weights: tuple[float | None, ...],
    total: float | None,
) -> None:
    assert predecessors_total(values, aggregation, weights) == total


def test_a_merged_commune_is_compared_with_its_predecessors_sum() -> None:
    merged = _row(
        "moi",
        "Xã Mới",
        135.0,
        predecessor_names=("Xã Cũ A", "Xã Cũ B", "Xã Cũ C"),
        predecessor_values=(50.0, 40.0, 30.0),
    )
    plain = _row("khac", "Xã Khác", 20.0)
    table = commune_table([merged, plain], "sum", sort="predecessors", descending=True)
    first, second = table.rows
    assert (first.unit_code, first.predecessors_total) == ("moi", 120.0)
    assert first.percent_of_predecessors == pytest.approx(112.5)
    assert (second.predecessors_total, second.percent_of_predecessors) == (None, None)
    assert table.merged == 1 and table.total == 2


def test_counts_follow_the_statuses_good_news_first() -> None:
    counts = status_counts(ROWS)
    assert [(c.status, c.count) for c in counts] == [
        ("exceeded", 1),
        ("met", 1),
        ("behind", 1),
        ("no_data", 1),
    ]
    assert sum(c.share for c in counts) == pytest.approx(100.0)
    assert counts[0].label == "Vượt"


def test_no_communes_give_an_empty_table() -> None:
    table = commune_table([], "sum")
    assert (table.rows, table.counts, table.total) == ((), (), 0)
