"""Bare shares listed after a tally of targets met: "Trong 24 chỉ tiêu chủ yếu do Nghị
quyết HĐND huyện đề ra, có 20 chỉ tiêu đạt và vượt. Cụ thể: tổng diện tích gieo trồng đạt
101,6%; sản lượng lương thực ước đạt 101,6%". The sentence that opens by giving the
particulars ("Cụ thể:", "Điển hình như:", "Trong đó:") lists how far each target was met:
a bare "đạt 101,6%" of an amount is its share of the plan, as "đạt 101,6% kế hoạch" is.

>>> low = "có 20 chỉ tiêu đạt và vượt nghị quyết. cụ thể: tổng diện tích gieo trồng đạt 101,6%"
>>> start = low.index("cụ thể")
>>> tally_plan(low, start, low.index("101"))
'kế hoạch'
>>> tally_plan(low.replace("cụ thể:", "năm nay,"), start, low.index("101")) is None
True
>>> low = "thu ngân sách tăng khá. cụ thể: tổng diện tích gieo trồng đạt 101,6%"
>>> tally_plan(low, low.index("cụ thể"), low.index("101")) is None
True
"""

from __future__ import annotations

import re
from typing import Final

# The particulars announced: a marker and a colon opening the sentence.
_PARTICULARS: Final = re.compile(
    r"[\s\-–•+*]*(?:cụ thể|điển hình|nổi bật|trong đó)(?:\s+(?:như|là))?\s*:"
)
# A tally of targets met in the sentence before: "có 20 chỉ tiêu đạt và vượt", "đạt và
# vượt 18/20 chỉ tiêu" ...
_TALLY_MET: Final = re.compile(
    r"\d\s+(?:chỉ tiêu|mục tiêu)\b[^.;]{0,40}?\b(?:đạt|vượt|hoàn thành)\b"
    r"|\b(?:đạt|vượt|hoàn thành)\b[^.;]{0,20}?\d+(?:/\d+)?\s+(?:chỉ tiêu|mục tiêu)\b"
)
# ... of targets a plan or resolution set.
_PLANNED: Final = re.compile(r"\b(?:nghị quyết|kế hoạch|đề ra|giao)\b")


def tally_plan(low: str, sentence_start: int, lead_start: int) -> str | None:
    """'kế hoạch' when the sentence opens with its particulars after a sentence that tallies
    the targets a plan set, before a share at `lead_start`; else None."""
    opening = _PARTICULARS.match(low, sentence_start, lead_start)
    if opening is None:
        return None
    before = low[max(0, sentence_start - 300) : sentence_start].rstrip(" .\n")
    before = before[before.rfind(".") + 1 :]  # the sentence before only
    if _TALLY_MET.search(before) is None or _PLANNED.search(before) is None:
        return None
    return "kế hoạch"
