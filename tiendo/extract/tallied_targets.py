"""The kind of a count of targets read from the predicate the counted noun governs.

"với 12/14 chỉ tiêu đạt và vượt kế hoạch" tallies the targets met: a result, whatever word
before the count ("với", "gồm") elsewhere announces the targets a resolution sets ("ban
hành nghị quyết với 14 chỉ tiêu"). "12/30 chỉ tiêu có khả năng đạt vào cuối nhiệm kỳ"
foresees them met: an estimate.

>>> tallied_kind("đạt và vượt kế hoạch"), tallied_kind("có khả năng đạt vào cuối nhiệm kỳ")
('actual', 'estimate')
>>> tallied_kind("đạt kế hoạch", "về kinh tế, dự kiến ")
'estimate'
>>> tallied_kind("chủ yếu") is None, tallied_kind("phải đạt trong năm") is None
(True, True)
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.figure import Kind

# The predicate right after the counted noun (a word or two of its name may come first:
# "chỉ tiêu nghị quyết đạt và vượt").
_MET: Final = re.compile(
    r"^(?:[^\W\d_]+\s+){0,3}?(?:đều\s+)?(?:đạt|vượt|hoàn thành|không đạt|chưa đạt)\b"
)
_LIKELY: Final = re.compile(
    r"^(?:[^\W\d_]+\s+){0,3}?(?:có khả năng|dự kiến|ước) (?:đạt|hoàn thành|vượt)\b"
)
# "có" may come between: "dự ước có 18/19 chỉ tiêu đạt" foresees as "dự ước 18/19" does.
_FORESEEN: Final = re.compile(r"\b(?:dự kiến|ước tính|ước|dự ước|có khả năng)(?:\s+có)?\s*$")
# What must be met is the aim itself ("15 chỉ tiêu phải đạt"), read elsewhere.
_MUST: Final = re.compile(r"\b(?:phải|cần|phấn đấu|sẽ)\b")


def tallied_kind(tail: str, own: str = "") -> Kind | None:
    """'actual' for targets said met, 'estimate' for targets said likely to be met, from
    the words after the counted noun ("dự kiến" right before the count foresees them met
    too); None when they say neither."""
    if "đạt" not in tail and "vượt" not in tail and "hoàn thành" not in tail:
        return None  # most counts hold no predicate of meeting
    lowered = tail.lower()
    if _MUST.search(lowered):
        return None
    if _LIKELY.match(lowered) or _FORESEEN.search(own):
        return "estimate"
    if _MET.match(lowered):
        return "actual"
    return None
