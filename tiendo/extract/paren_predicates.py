"""What is counted, said after a remark in parentheses: "743 xã (12,3%) đạt chuẩn ...".

A count's noun is often followed by a parenthesised remark on the number itself (its
share, its total: "(79,3%)", "(trên tổng số 120)") and only then by the words that say
which of those things are counted. The remark closes no clause: the words after it still
qualify the noun, as they would with no remark between.
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.units import counted_noun

# The words that open a predicate of the things counted ("đã được công nhận", "đạt chuẩn",
# "thoát nghèo"); remark_rises.py reads the same predicate.
PREDICATE_OPENING: Final = (
    r"(?:(?:đã|được|đều)\s+)*(?:đạt|hoàn thành|có|được|là|thuộc|thoát|vượt)\s"
)
# The remark, then a predicate of the things counted, up to the clause's end, a number
# or a "và" before the next item.
_AFTER_REMARK: Final = re.compile(
    rf"\s*\([^()]{{0,40}}\d[^()]{{0,40}}\)\s*({PREDICATE_OPENING}[^,;:.()\d]{{2,80}})"
)
_NEXT_ITEM: Final = re.compile(r"\s+(?:và|cùng|với)\s*$")
_STOP_WORDS: Final = re.compile(
    r"\s(?:so với|so|tăng|giảm|bằng|tương đương|trong đó|nhưng|trong khi|chiếm|đều)\b.*$"
)


def predicate_after_remark(draft: Draft, named: str, low: str, norm: str) -> str:
    """'xã đạt chuẩn nông thôn mới' for '743 xã (12,3%) đạt chuẩn nông thôn mới', or ''."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.kind != "count" or quantity.tail:
        return ""
    end = quantity.unit.end
    if "(" not in low[end : end + 3]:  # the common case: no remark right after the noun
        return ""
    after = _AFTER_REMARK.match(low, end)
    if after is None:
        return ""
    said = _STOP_WORDS.sub("", low[after.start(1) : after.end(1)])
    said = _NEXT_ITEM.sub("", said).strip()
    if len(said.split()) < 2 or said in named.lower():
        return ""
    start = after.start(1)
    words = " ".join(norm[start : start + len(said)].split())
    return f"{counted_noun(quantity.unit.text)} {words}"
