"""A price index that moves after another figure's move against a stated basis.

"Chỉ số giá vàng tháng 6/2024 tăng 2,1% so với tháng trước; chỉ số giá đô la Mỹ giảm
0,4%": a price index is named like a rate ("chỉ số giá ... tăng 4%" alone may be the level
a resolution aims at), but a release lists the moves of its indexes one after another, and
a basis stated once for a list applies to each of them; so 0,4% is a fall against the month
before, not a level of 0,4%. Only "chỉ số giá" goes on so, and only after a move of the same
sentence said against its basis: "tỷ lệ hộ nghèo giảm 1,2%" stays a level.

>>> low = "chỉ số giá vàng tăng 2,1% so với tháng trước; chỉ số giá đô la mỹ giảm "
>>> moves_after_stated_move(low, 0, low.index("; chỉ"), low.index("; chỉ"), len(low) - 5)
True
>>> low = "chỉ số giá vàng giảm 3,39% so với tháng trước; bình quân 5 tháng tăng "
>>> moves_after_stated_move(low, 0, low.index("; b"), low.index("; b"), len(low) - 5)
True
>>> low = "cpi tăng 0,3%; tỷ lệ chỉ số giá giảm "
>>> moves_after_stated_move(low, 0, low.index(";"), low.index(";"), len(low) - 5)
False
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.index_results import OTHER_RATE_WORDS, reported_index_move

_PRICE_INDEX: Final = re.compile(r"\bchỉ số giá\b")
# Rate words other than the price index, which keep the percentage a level.
_OTHER_RATE: Final = re.compile(rf"\b(?:{OTHER_RATE_WORDS}|bình quân)\b")
# A rate per month or year ("tăng 0,4%/tháng"): the pace is a level, whatever is moving.
_PER_TIME: Final = re.compile(r"(?:(?:tăng|giảm)\s+)?[^%;]{0,20}%\s*/\s*(?:tháng|năm|quý)")
# An average over a time, with no subject of its own, up to its verb: "; bình quân 5 tháng".
_AVERAGE_ALONE: Final = re.compile(
    r"(?:^|[,;])\s*(?:và\s+|còn\s+|tính\s+)?bình quân\s+(?:\d+\s+)?(?:tháng|quý|năm)"
    r"[^,;%]{0,25}?\s*,?\s*$"
)
_INDEX_NAMED: Final = re.compile(r"\b(?:chỉ số giá|cpi|lạm phát)\b")
# A move of an earlier figure in the sentence, said against its basis.
_STATED_MOVE: Final = re.compile(r"\b(?:tăng|giảm)\s+(?:[^\d%;]{0,20}\s)?\d[\d.,]*\s*%\s*,?\s*so\b")


def moves_after_stated_move(
    low: str, sentence_start: int, segment_start: int, window_start: int, lead_start: int
) -> bool:
    """True when the words before a move (`window_start` to `lead_start`) name a price
    index and no other rate, and the sentence before `segment_start` said a move against
    its basis: the index's move is a change, its basis the one stated for the list."""
    name = low[window_start:lead_start]
    if reported_index_move(name) and _PER_TIME.match(low, lead_start) is None:
        return True  # "Chỉ số giá tiêu dùng bình quân tăng 3,31%": a move, as any result's
    average = _AVERAGE_ALONE.search(name) if "bình quân" in name else None
    if average is not None and _PER_TIME.match(low, lead_start) is None:
        # "Chỉ số giá vàng … giảm 3,39% so với tháng trước; bình quân 5 tháng tăng 18,89%":
        # an average over months named alone is the average move of the index just moved.
        before = low[sentence_start : window_start + average.start()]
        return _INDEX_NAMED.search(before) is not None and _STATED_MOVE.search(before) is not None
    if _PRICE_INDEX.search(name) is None or _OTHER_RATE.search(name) is not None:
        return False
    return _STATED_MOVE.search(low, sentence_start, segment_start) is not None
