"""A clause opened by an estimate word and its time, after words that lead the sentence in:
"Tranh thủ thời tiết thuận lợi, ước tính đến ngày 31/10 toàn tỉnh đã gieo trồng được khoảng
10 nghìn ha". Like a sentence opened so ("Ước tính đến hết tháng 7, toàn tỉnh gieo cấy
được ..."), it estimates what its clause reports, "đã" and "được" included: the time is
the one the estimate is made to.

>>> text = "tranh thủ thời tiết, ước tính đến ngày 31/10 toàn tỉnh đã gieo trồng được 10"
>>> opened_mid_sentence(text, 0, len(text) - 2)
True
>>> text = "toàn tỉnh ước đạt 5 tỷ đồng, đã gieo trồng được 10"
>>> opened_mid_sentence(text, 0, len(text) - 2)
False
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.figure import Kind

# The estimate word right after a comma, then the time it is made to ("đến ngày", "đến
# hết", "trong quý I", "cả năm", "từ đầu năm"): a sentence adverb, not "ước đạt".
_OPENING: Final = re.compile(
    r",\s*(?:dự ước|ước tính|ước|dự kiến|dự báo)\s+"
    r"(?:(?:tính )?đến|tới|trong|cả|hết|từ)\b[^,;:()]*$"
)


def opened_mid_sentence(low: str, sentence_start: int, anchor: int) -> bool:
    """True when a clause opened by an estimate word and its time, after a comma, holds the
    figure at `anchor` with no figure's clause between (no ";" or "," after the opening)."""
    stretch = low[sentence_start:anchor]
    if "ước" not in stretch and "dự" not in stretch:
        return False  # most sentences hold no estimate word
    return _OPENING.search(stretch) is not None


def estimated_clause_kind(
    cue: Kind | None, low: str, sentence_start: int, anchor: int
) -> Kind | None:
    """'estimate' for a result or an unread kind in a clause opened by an estimate and its
    time (even after a plan, whose mode the estimate word outweighs); else `cue`."""
    if cue in ("actual", None) and opened_mid_sentence(low, sentence_start, anchor):
        return "estimate"
    return cue
