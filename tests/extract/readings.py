"""What the extractor reads from a sentence, in the shapes the round tests compare."""

from __future__ import annotations

from tiendo.extract import extract_figures

Kinds = list[tuple[float | None, str]]
Row = tuple[float | None, str, list[tuple[str, str, float]]]


def kinds_read(text: str, year: int = 2024) -> Kinds:
    """Each figure's value and kind."""
    return [(f.value, f.kind) for f in extract_figures(text, year=year)]


def comparisons_read(text: str, year: int) -> list[Row]:
    """Each figure's value, unit and comparisons (basis, measure, percent)."""
    return [
        (f.value, f.unit, [(c.basis, c.measure, c.percent) for c in f.comparisons])
        for f in extract_figures(text, year=year)
    ]


def bases_read(text: str, year: int = 2024) -> list[tuple[str, float]]:
    """Every comparison read in the text: (basis, size of the percent), in order."""
    return [
        (c.basis, abs(c.percent)) for f in extract_figures(text, year=year) for c in f.comparisons
    ]


def percent_row(number: float, reading: tuple[str, str, float] | None) -> Row:
    """The row of a percentage: a level of its own when `reading` is None, else a figure
    with no level that holds only that comparison (basis, measure, percent)."""
    return (number, "%", []) if reading is None else (None, "%", [reading])


def name_read(text: str, value: float | None, percent: float | None = None) -> str:
    """The indicator of the figure of `value` (and, for a rise, of `percent`), read in 2024."""
    for figure in extract_figures(text, year=2024):
        rise = [c.percent for c in figure.comparisons]
        if figure.value == value and (percent is None or percent in rise):
            return figure.indicator
    raise AssertionError(f"no figure {value} {percent} in {text!r}")


def period_read(text: str, value: float | None, year: int | None) -> tuple[int | None, ...]:
    """The period (year, from_month, to_month) of the figure of `value`, read in `year`."""
    for figure in extract_figures(text, year=year):
        if figure.value == value:
            period = figure.period
            return (period.year, period.from_month, period.to_month)
    raise AssertionError(f"no figure {value} in {text!r}")


def value_and_measures(text: str, percent: float) -> tuple[float | None, list[str]]:
    """The value and the comparisons' measures of the figure that holds `percent`, as its
    level or as one of its rises, read in 2024."""
    for figure in extract_figures(text, year=2024):
        measures = [c.measure for c in figure.comparisons]
        if figure.value == percent or any(
            abs(abs(c.percent) - percent) < 1e-9 for c in figure.comparisons
        ):
            return figure.value, measures
    raise AssertionError(f"no figure for {percent} in {text!r}")
