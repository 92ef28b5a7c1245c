"""A sentence that remarks on the figure before it is passed over by the sentence after.

"Dự ước GRDP 9 tháng đạt 191.531 tỷ đồng, tăng 7,71%. Mức tăng này cao hơn mục tiêu đề ra
cho cả năm là 6,5 - 7% và cao hơn cùng kỳ năm 2023, khi GRDP chỉ tăng 5,03%. Trong đó, khu
vực nông, lâm nghiệp và thủy sản tăng 3,35%": the middle sentence opens on the figure before
named again ("Mức tăng này", "Kết quả này") and states only levels to measure it by, a
plan's or an earlier time's; the breakdown after it breaks down the estimated GRDP, and
shares its estimate, as if the remark were not there. A sentence that opens so but states
a result of its own time goes on as any other.

>>> remarks_on_before("mức tăng này cao hơn mục tiêu đề ra")
True
>>> remarks_on_before("tăng trưởng này đạt được nhờ công nghiệp")
False
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft

_NAMED_AGAIN: Final = re.compile(
    r"^[\s,;:]*(?:mức tăng(?: trưởng)?|tốc độ tăng(?: trưởng)?|kết quả|con số)\s+(?:này|đó|trên)"
    r"\s+(?:(?:cao|thấp) hơn|vượt|chưa (?:đạt|tới|bằng))\b"
)


def remarks_on_before(low: str) -> bool:
    """True when lower-case sentence `low` opens on the figure before named again and
    set against a level."""
    return _NAMED_AGAIN.match(low) is not None


def only_remarks(low: str, drafts: list[Draft], previous: list[Draft]) -> bool:
    """True when the sentence (`low`, its drafts) remarks on the sentence before: it opens
    so, and its figures are targets or of a year before the figure it remarks on."""
    if not previous or not drafts or not remarks_on_before(low):
        return False
    year = previous[-1].period.year
    return all(
        d.kind == "target"
        or (d.period.year is not None and year is not None and d.period.year < year)
        for d in drafts
    )
