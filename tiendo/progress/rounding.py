"""How precise a printed number is, and the interval it stands for.

A report that writes "18%" means anything from 17,5% to 18,5%; "16,0%" means 15,95%
to 16,05%; "23,08%" means 23,075% to 23,085%. Checks and inferences use these
intervals so that rounding is never mistaken for an error.

>>> interval(18.0, 0)
(17.5, 18.5)
>>> decimals_shown(23.08)
2
>>> decimals_in_text("bằng 18% dự toán tỉnh giao, bằng 16,0% dự toán huyện phấn đấu", 16.0)
1
"""

from __future__ import annotations

import re

from tiendo.vietnamese import parse_number

MAX_DECIMALS = 6

# A number in Vietnamese notation: "1.234,5", "123,4", "18".
_NUMBER = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\d])")


def decimals_shown(value: float) -> int:
    """The fewest decimals that write `value` exactly (16.0 -> 0, 23.08 -> 2)."""
    # repr is the shortest text that reads back as the same float: usually the answer.
    text = repr(float(value))
    if "e" not in text and "n" not in text:
        fraction = text.partition(".")[2]
        fraction = fraction.rstrip("0")
        if len(fraction) <= MAX_DECIMALS:
            return len(fraction)
    for decimals in range(MAX_DECIMALS + 1):
        if abs(round(value, decimals) - value) < 1e-9 * max(1.0, abs(value)):
            return decimals
    return MAX_DECIMALS


def half_step(decimals: int) -> float:
    """Half of the last written digit: what rounding may have hidden."""
    return 0.5 * 10.0 ** (-decimals)


def interval(value: float, decimals: int | None = None) -> tuple[float, float]:
    """The values that print as `value` with `decimals` decimals (unknown: as shown)."""
    step = half_step(decimals_shown(value) if decimals is None else decimals)
    return value - step, value + step


def decimals_in_text(text: str, value: float, *, percent: bool | None = None) -> int | None:
    """How many decimals `text` used to write `value`, or None if it is not there.

    With `percent=True` only numbers followed by "%" count; with False only others.
    The Django layer calls this on a figure's clause to fill Observation's decimals.
    """
    for match in _NUMBER.finditer(text):
        followed_by_percent = text[match.end() :].lstrip().startswith("%")
        if percent is not None and followed_by_percent != percent:
            continue
        if abs(parse_number(match.group(0)) - value) < 1e-9 * max(1.0, abs(value)):
            return len(match.group(2) or "")
    return None
