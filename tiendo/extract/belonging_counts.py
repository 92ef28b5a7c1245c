"""A count of things that belong to others counted right after it.

"có 45 xã thuộc 6 huyện đạt chuẩn nông thôn mới nâng cao": the 45 communes are those that
met the standard, and they lie in 6 districts. The words after the second count say what
the first one counts; read alone, the first would be named "xã thuộc". Only a count joined
to the next one by "thuộc" and nothing else is read so ("hợp tác xã thuộc lĩnh vực nông
nghiệp" names its field, with no count after it).

>>> belonging_name("xã thuộc", " thuộc ", "đạt chuẩn nông thôn mới nâng cao")
'xã đạt chuẩn nông thôn mới nâng cao'
>>> belonging_name("xã thuộc", ", thuộc ", "đạt chuẩn nông thôn mới")
''
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft

# The stretch between the first count's unit and the second count: its own words, then
# "thuộc", with no break.
_JOINED: Final = re.compile(r"[^\W\d_]*(?:\s+[^\W\d_]+)*\s+thuộc\s+")
_ENDS_BELONGING: Final = " thuộc"
# What the words after the second count must open with to say what the first one counts:
# a verb ("đạt chuẩn", "được công nhận"), not more of the second count's noun ("khu công
# nghiệp").
_PREDICATE: Final = re.compile(
    r"(?:đạt|được|đã|chưa|có|không|bị|hoàn thành|tham gia|thực hiện|tạm|ngừng|giải thể)\b"
)


def belonging_name(named: str, between: str, predicate: str) -> str:
    """The first count's name with the second count's predicate, or ""."""
    if not named.lower().endswith(_ENDS_BELONGING) or not _JOINED.fullmatch(between):
        return ""
    if not _PREDICATE.match(predicate.lower()):
        return ""
    return f"{named[: -len(_ENDS_BELONGING)]} {predicate}"


def belonging_count(draft: Draft, named: str, sentence: list[Draft], low: str) -> str:
    """'201 đơn vị cấp huyện thuộc 53 tỉnh, thành phố được công nhận ...': the first count
    named by what the words after the second say, or ""."""
    quantity = draft.quantity
    if quantity is None or not named.lower().endswith(_ENDS_BELONGING):
        return ""
    after = [d for d in sentence if d.anchor > draft.anchor and d.quantity is not None]
    if not after:
        return ""
    other = after[0].quantity
    assert other is not None
    if other.unit.kind != "count":
        return ""
    return belonging_name(named, low[quantity.unit.end : other.lead_start], other.tail)
