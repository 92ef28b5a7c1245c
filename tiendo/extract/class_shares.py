"""A bounded share that names a class, the subject of "là" and the amount after it.

"diện tích lúa thiệt hại dưới 30% là 1.590 ha, từ 30% đến 70% là 420 ha": the shares say
which land is counted (the yield lost), and the area after "là" is the figure; "số hộ có
mức giảm trên 70% là 120 hộ" counts households. A share after "là" ("Tỷ lệ hộ nghèo là
3,5%") is a level, and so is a bounded share that "là" does not follow ("giảm năng suất
dưới 30%").

>>> low = "diện tích thiệt hại dưới 30% là 1.590 ha"
>>> names_class(low, low.index("dưới"), low.index("%") + 1)
True
>>> low = "tỷ lệ giải ngân dưới 30% là mức thấp"
>>> names_class(low, low.index("dưới"), low.index("%") + 1)
False
"""

from __future__ import annotations

import re
from typing import Final

_BOUND_WORDS: Final = ("dưới", "trên", "hơn", "từ", "không quá", "tối đa", "tối thiểu")
# "là" and an amount in a unit of its own (not another share) right after the share.
_COPULA_AMOUNT: Final = re.compile(
    r"\s*là\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?\d[\d.,]*\s*(?!%|\d)[^\W\d_]"
)


def names_class(low: str, lead_start: int, share_end: int) -> bool:
    """True when the bounded share from `lead_start` to `share_end` (its "%" included) in
    lower-case `low` is followed by "là" and an amount: it names the class counted."""
    return (
        low.startswith(_BOUND_WORDS, lead_start)
        and _COPULA_AMOUNT.match(low, share_end) is not None
    )
