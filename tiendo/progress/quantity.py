"""A number with the interval it may really be in (rounding, inference).

>>> q = Quantity.written(123.4)
>>> round(q.low, 2), round(q.high, 2)
(123.35, 123.45)
>>> Quantity.exact(700.0).width
0.0
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tiendo.progress.rounding import interval


@dataclass(frozen=True)
class Quantity:
    value: float
    low: float
    high: float

    @classmethod
    def exact(cls, value: float) -> Quantity:
        return cls(value, value, value)

    @classmethod
    def written(cls, value: float, decimals: int | None = None) -> Quantity:
        """A printed number: anything that rounds to it (decimals unknown: as shown)."""
        low, high = interval(value, decimals)
        return cls(value, low, high)

    @property
    def width(self) -> float:
        return self.high - self.low

    def overlaps(self, other: Quantity, slack: float = 1e-9) -> bool:
        return self.low <= other.high + slack and other.low <= self.high + slack


def intersect(quantities: Iterable[Quantity]) -> Quantity | None:
    """The values every quantity allows, centred on the most precise one; None if none."""
    items = list(quantities)
    if not items:
        return None
    low = max(q.low for q in items)
    high = min(q.high for q in items)
    if low > high + 1e-9 * max(1.0, abs(high)):
        return None
    sharpest = min(items, key=lambda q: q.width)
    return Quantity(min(max(sharpest.value, low), high), min(low, high), max(low, high))


def ratio_interval(numerator: Quantity, denominator: Quantity) -> tuple[float, float] | None:
    """Bounds of numerator / denominator * 100; None when the denominator may be 0."""
    if denominator.low <= 0 <= denominator.high:
        return None
    corners = [n / d * 100.0 for n in (numerator.low, numerator.high)
               for d in (denominator.low, denominator.high)]  # fmt: skip
    return min(corners), max(corners)
