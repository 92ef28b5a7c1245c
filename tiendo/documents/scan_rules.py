"""Ruled tables on a page image: find the long horizontal and vertical rules, group the
ones that cross into grids, and erase them before OCR (a rule read as "|" or "_"
would stick to the numbers beside it).

A grid is the rows and columns of a table: `ys` are its horizontal rules from top to
bottom, `xs` its vertical rules from left to right.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# A rule is at least this share of the page's width (or height) long, mostly inked.
_MIN_RULE_SHARE = 1 / 25
_FILL = 0.9
# Rules this close (pixels at 300 dpi) are one rule; crossings are found within it.
_TOLERANCE = 12


@dataclass(frozen=True)
class Segment:
    position: float  # y of a horizontal rule, x of a vertical one
    start: int
    end: int


@dataclass(frozen=True)
class Grid:
    xs: tuple[int, ...]
    ys: tuple[int, ...]

    @property
    def box(self) -> tuple[int, int, int, int]:
        return self.xs[0], self.ys[0], self.xs[-1], self.ys[-1]

    def cell_of(self, x: float, y: float) -> tuple[int, int] | None:
        """(row, column) of the point, or None outside the grid."""
        import bisect

        if not (self.xs[0] <= x <= self.xs[-1] and self.ys[0] <= y <= self.ys[-1]):
            return None
        row = min(bisect.bisect_right(self.ys, y) - 1, len(self.ys) - 2)
        column = min(bisect.bisect_right(self.xs, x) - 1, len(self.xs) - 2)
        return max(row, 0), max(column, 0)


def _runs(mask: Any, length: int) -> Any:
    """Pixels of `mask` that belong to a horizontal run of about `length` or longer."""
    import numpy

    height, width = mask.shape
    if width <= length:
        return numpy.zeros_like(mask)
    sums = numpy.zeros((height, width + 1), dtype=numpy.int32)
    numpy.cumsum(mask, axis=1, out=sums[:, 1:])
    window = sums[:, length:] - sums[:, :-length]
    starts = (window >= int(length * _FILL)).astype(numpy.int32)
    # Mark every pixel covered by a window that starts at a run.
    marks = numpy.zeros((height, width + 1), dtype=numpy.int32)
    marks[:, : starts.shape[1]] += starts
    marks[:, length : length + starts.shape[1]] -= starts
    covered: Any = numpy.cumsum(marks, axis=1)[:, :width] > 0
    return covered & mask


def _segments(rules: Any) -> list[Segment]:
    """Horizontal rule segments of a run mask: rows grouped into bands, bands cut at gaps."""
    import numpy

    rows = numpy.flatnonzero(rules.any(axis=1))
    segments: list[Segment] = []
    if rows.size == 0:
        return segments
    bands = numpy.split(rows, numpy.flatnonzero(numpy.diff(rows) > 2) + 1)
    for band in bands:
        columns = numpy.flatnonzero(rules[band[0] : band[-1] + 1].any(axis=0))
        pieces = numpy.split(columns, numpy.flatnonzero(numpy.diff(columns) > _TOLERANCE) + 1)
        for piece in pieces:
            segments.append(Segment((band[0] + band[-1]) / 2, int(piece[0]), int(piece[-1])))
    return segments


def find_rules(mask: Any) -> tuple[list[Segment], list[Segment], Any]:
    """(horizontal segments, vertical segments, mask of the rules' pixels).

    Rules are looked for at half the resolution (a printed rule is 3 pixels or more
    thick at 300 dpi): four times less work, positions doubled back.
    """
    import numpy

    half = mask[::2, ::2]
    height, width = half.shape
    horizontal = _runs(half, max(20, int(width * _MIN_RULE_SHARE)))
    vertical = _runs(half.T, max(20, int(height * _MIN_RULE_SHARE))).T
    rules = numpy.repeat(numpy.repeat(horizontal | vertical, 2, axis=0), 2, axis=1)
    rules = rules[: mask.shape[0], : mask.shape[1]]
    return _scaled(_segments(horizontal)), _scaled(_segments(vertical.T)), rules


def _scaled(segments: list[Segment]) -> list[Segment]:
    return [Segment(s.position * 2, s.start * 2, s.end * 2 + 1) for s in segments]


def _crosses(h: Segment, v: Segment) -> bool:
    return (
        h.start - _TOLERANCE <= v.position <= h.end + _TOLERANCE
        and v.start - _TOLERANCE <= h.position <= v.end + _TOLERANCE
    )


def _cluster(values: list[float]) -> tuple[int, ...]:
    out: list[list[float]] = []
    for value in sorted(values):
        if out and value - out[-1][-1] <= _TOLERANCE:
            out[-1].append(value)
        else:
            out.append([value])
    return tuple(round(sum(group) / len(group)) for group in out)


def grids(horizontal: list[Segment], vertical: list[Segment]) -> list[Grid]:
    """Tables: groups of at least two horizontal and two vertical rules that cross."""
    parent = list(range(len(horizontal) + len(vertical)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, h in enumerate(horizontal):
        for j, v in enumerate(vertical):
            if _crosses(h, v):
                parent[root(i)] = root(len(horizontal) + j)
    groups: dict[int, tuple[list[Segment], list[Segment]]] = {}
    for i, h in enumerate(horizontal):
        groups.setdefault(root(i), ([], []))[0].append(h)
    for j, v in enumerate(vertical):
        groups.setdefault(root(len(horizontal) + j), ([], []))[1].append(v)
    found = []
    for hs, vs in groups.values():
        ys, xs = _cluster([h.position for h in hs]), _cluster([v.position for v in vs])
        if len(ys) >= 2 and len(xs) >= 2:
            found.append(Grid(xs, ys))
    return sorted(found, key=lambda grid: grid.ys[0])


def erase(image: Any, rules: Any) -> Any:
    """The page with the rules' pixels (and the blurred fringe around them) painted white."""
    import numpy
    from PIL import Image, ImageFilter

    if not rules.any():
        return image
    grown = Image.fromarray((rules * 255).astype(numpy.uint8)).filter(ImageFilter.MaxFilter(7))
    pixels = numpy.array(image)
    pixels[numpy.asarray(grown) > 0] = 255
    return Image.fromarray(pixels)
