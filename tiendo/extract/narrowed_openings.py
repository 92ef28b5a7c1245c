"""A sentence that opens by narrowing the estimate before it goes on with that estimate.

"GDP quý I ước tăng 5,46%. Bên trong công nghiệp, khai khoáng giảm 1,2% ..."; "IIP 10
tháng ước tăng 2,7%. Trong 10 tháng, ngành chế biến, chế tạo tăng 4,2% ..."; "GDP quý I
ước tăng 4,48%. ... Xét về sử dụng GDP, tiêu dùng cuối cùng tăng 4,59%": the opening
names a part of the whole ("bên trong ..."), an aspect it is looked at by ("xét về ...")
or restates its time ("trong quý", "trong 10 tháng"), and the rises that follow are the
parts the estimate was reckoned from, of its very period, so they are estimated with it.
A figure of another period ("Cộng dồn 9 tháng, ..." after a quarter) is no such part, nor
a level counted apart ("Trong 6 tháng, tỉnh thu hút thêm 18 dự án mới").

>>> narrowing_opening("bên trong công nghiệp, khai khoáng giảm 1,2%", 0)
True
>>> narrowing_opening("trong 10 tháng, ngành chế biến tăng 4,2%", 0)
True
>>> narrowing_opening("trong đó, ngành chế biến tăng 4,2%", 0)
False
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from tiendo.extract.clauses import Draft

# The opening, up to its comma: a part ("bên trong công nghiệp"), an aspect ("xét về sử
# dụng GDP"), or the time of the estimate restated ("trong quý", "trong 10 tháng").
_NARROWING: Final = re.compile(
    r"[\s\-–•+*]*(?:bên trong|xét về|xét trên|trong (?:quý|\d+ tháng|[^\W\d_]+ tháng)"
    r"(?: đầu năm)?)\b[^,;:.\d]{0,40},"
)

# The rise said right before the number: "tăng 4%", "giảm gần 3%".
_RISE: Final = re.compile(r"\b(?:tăng|giảm)(?:\s+(?:khoảng|gần|hơn|trên|dưới))?\s*$")


def said_as_rise(low: str, figure: Draft) -> bool:
    """True when "tăng" or "giảm" stands right before the figure's number."""
    number = figure.number_start if figure.quantity is None else figure.anchor
    return _RISE.search(low, max(figure.item_start, number - 30), number) is not None


def narrowing_opening(low: str, sentence_start: int) -> bool:
    """True when the sentence at `sentence_start` opens by narrowing what came before."""
    return _NARROWING.match(low, sentence_start) is not None


def narrows_estimate(low: str, sentence_start: int, draft: Draft, previous: list[Draft]) -> bool:
    """True when the figure, a rise, stands in a sentence that opens by narrowing an
    estimate of the sentence before (the last figure whose kind it named), of the figure's
    own period. A level after the opening ("Trong 6 tháng, tỉnh thu hút thêm 18 dự án")
    is counted apart, a statement of its own."""
    if not narrowing_opening(low, sentence_start) or not said_as_rise(low, draft):
        return False
    cued = [d for d in previous if d.kind_cued]
    return bool(cued) and cued[-1].kind == "estimate" and cued[-1].period == draft.period
