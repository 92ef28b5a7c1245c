"""A colon or semicolon inside parentheses breaks no clause of the sentence around them.

"Tổng vốn đầu tư đạt 1.500 tỷ đồng (trong đó vốn ngân sách: 800 tỷ đồng), tăng 5%": the
colon labels the part inside the parentheses; after ")" the sentence goes on with the
figure before them, so the rise is the whole's, as after a parenthesis with no colon.

>>> low = "đạt 1.500 tỷ đồng (trong đó vốn ngân sách: 800 tỷ đồng), tăng 5%"
>>> paren = (low.index("("), low.index(")") + 1)
>>> only_paren_breaks([0, low.index(":") + 1], 4, low.index("tăng"), paren)
True
>>> only_paren_breaks([0, 10], 4, low.index("tăng"), paren)
False
"""

from __future__ import annotations


def only_paren_breaks(
    breaks: list[int], after: int, before: int, paren: tuple[int, int] | None
) -> bool:
    """True when each clause break between `after` and `before` lies inside `paren`."""
    if paren is None:
        return False
    return all(paren[0] < at < paren[1] for at in breaks if after < at <= before)
