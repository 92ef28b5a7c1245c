"""A sentence read under targets stated before it, that states an aim of its own in a later
clause naming the time aimed at: "Năm 2020, tỉnh phấn đấu giảm 4%. Ở hai huyện, tỷ lệ hộ
nghèo giảm từ 75,12% xuống 41,82%; năm 2020, hai huyện phấn đấu giảm trên 6,5%". The
writer marks the aim where it starts; the clauses before it, with no word of aim, report
where things stand.

>>> low = "tỷ lệ hộ nghèo giảm từ 75,12% xuống 41,82%; năm 2020, hai huyện phấn đấu giảm 6,5%."
>>> aim_stated_later(low, 41), aim_stated_later(low, 80)
(True, False)
"""

from __future__ import annotations

import re
from typing import Final

# The end of the sentence: a full stop before a space or the end, or a line break (a
# thousands point, "30.500", is no end).
_SENTENCE_END: Final = re.compile(r"\.(?:\s|$)|\n")
# A later clause, after a semicolon, that opens with the time aimed at and aims ("; năm
# 2020, hai huyện phấn đấu"): set against the clauses before it. An item of the same list
# of aims ("...; Đắk Glong và Tuy Đức cùng phấn đấu bình quân 9 tiêu chí/xã") names no time.
_LATER_AIM: Final = re.compile(
    r";\s*(?:đến |trong )?năm \d{4}\b[^;]{0,60}?\b(?:phấn đấu|đặt mục tiêu|mục tiêu)\b"
)


def aim_stated_later(low: str, clause_end: int) -> bool:
    """True when a clause after a semicolon later in the figure's sentence states its aim."""
    end = _SENTENCE_END.search(low, clause_end, clause_end + 400)
    stretch = low[clause_end : end.start() if end else clause_end + 400]
    if ";" not in stretch or ("phấn đấu" not in stretch and "mục tiêu" not in stretch):
        return False  # most sentences hold no later aim
    return _LATER_AIM.search(stretch) is not None
