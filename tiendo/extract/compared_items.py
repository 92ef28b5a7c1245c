"""Levels whose rises an earlier list of their clause already gave.

"… trong đó khu vực Nhà nước đạt 28,4 nghìn tỷ đồng, giảm 2,3% và tăng 1,8%, ngoài Nhà nước
đạt 216,6 nghìn tỷ đồng, giảm 7,2% và tăng 10,4%": items joined by commas in one clause, each
level compared with the head's two bases in turn. The second pair of rises is the second
level's, not one each for the two levels before it: a level that already holds a
comparison of the list's measure closes the levels the next list may share out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tiendo.extract.clauses import Draft


def after_compared(figures: list[Draft], measure: str) -> list[Draft]:
    """The levels of `figures` (in order) after the last one that already holds a
    comparison of `measure`; all of them when none does, or when that one is the last."""
    for at in range(len(figures) - 2, -1, -1):
        if any(c.measure == measure for c in figures[at].comparisons):
            return figures[at + 1 :]
    return figures
