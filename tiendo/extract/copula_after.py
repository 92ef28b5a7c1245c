"""An amount that opens its sentence and is named after "là": "300 tỷ đồng là vốn năm trước
chuyển sang", "Khoảng 60.000 tấn là lúa chất lượng cao".

The sentence says what the amount is in the noun phrase after the copula; nothing before
the number names it, so the name is not carried from the figure before (the last item
of a list in the sentence before names only that item). A level after "là" ("… 300 tỷ
đồng là cao nhất") names nothing.
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft

# What may stand before the number when it opens its sentence: an opener of a breakdown
# and the number's own hedge.
_OPENING: Final = re.compile(
    r"[\s,;:(\-–•+*]*(?:(?:trong đó|riêng|cụ thể|còn lại)[\s,:]*)?"
    r"(?:(?:khoảng|gần|hơn|trên|dưới|chừng|xấp xỉ|có)\s+)?$"
)
# "là" and a noun phrase (no number, no verb of level) up to the clause's end.
_NAMED_AFTER: Final = re.compile(
    r"[ \t]+là[ \t]+(?!(?:cao|thấp|lớn|nhỏ|nhiều|ít)\b)(?P<name>[^\W\d_][^\d,;:.()%]{2,60}?)"
    r"[ \t]*(?=[,;.]|$)"
)


def copula_name(low: str, norm: str, draft: Draft, lead_start: int, extent_end: int) -> str:
    """The noun phrase after "là" that names the amount whose words run from `lead_start`
    to `extent_end`, when nothing but an opener stands before it in the draft's clause;
    or ""."""
    if low.find(" là ", extent_end, extent_end + 5) < 0:
        return ""  # the cheap test first: nearly every amount is followed by no "là"
    if _OPENING.match(low, draft.clause_start, lead_start) is None:
        return ""
    after = _NAMED_AFTER.match(low, extent_end, draft.clause_end)
    if after is None:
        return ""
    return norm[after.start("name") : after.end("name")].strip()
