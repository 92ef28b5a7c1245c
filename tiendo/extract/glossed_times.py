"""A time named in parentheses right after a time with no date is that time, not an aside.

"Trong 6 ngày nghỉ Tết Nguyên đán Ất Tỵ (từ ngày 25/1 đến 30/1/2025), cả nước xảy ra 308
vụ tai nạn giao thông": the parenthesis dates the holiday its sentence opens with, so it
dates the figures too, and the sentences after them, as "Từ ngày 25/1 đến 30/1/2025, cả
nước xảy ra ..." would. Only a time the sentence opens with is glossed ("Trong", "Qua",
"Dịp", "Đợt", "Từ", "Sau", after its source: "Sở Y tế cho biết, trong ..."), and only one
with no date of its own: "trong tháng 5/2023 (từ
ngày 15/4 đến ngày 14/5/2023)" keeps its month, and "Báo cáo trình Đại hội (tháng 10/2020)
cho biết" dates the report, not its figures. A parenthesis after a figure ("308 vụ (năm
2024: 497 vụ)") or holding more than a time stays an aside.

>>> from tiendo.extract.period_cues import find_periods
>>> low = "trong 6 ngày nghỉ tết (từ ngày 25/1 đến 30/1/2025), cả nước xảy ra 308 vụ"
>>> glossed_times(low, 0, [(22, 50)], find_periods(low), low.find("308"))
[]
>>> low = "trong tháng 1/2025 (từ ngày 25/12 đến 24/1/2025), cả nước xảy ra 308 vụ"
>>> glossed_times(low, 0, [(19, 48)], find_periods(low), low.find("308"))
[(19, 48)]
>>> low = "ban atgt cho biết, trong 4 ngày nghỉ tết (23 - 26/1/2020), tỉnh xảy ra 1 vụ"
>>> glossed_times(low, 0, [(41, 57)], find_periods(low), low.find("1 vụ"))
[]
>>> low = "cả nước xảy ra 308 vụ (từ ngày 25/1 đến 30/1/2025)"
>>> glossed_times(low, 0, [(22, 50)], find_periods(low), low.find("308"))
[(22, 50)]
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.period_cues import PeriodMention

# The words a sentence's opening time starts with.
# A source may be named first: "Ban An toàn giao thông tỉnh cho biết, trong 4 ngày nghỉ Tết
# (23 - 26/1/2020), ...", "Theo Sở Y tế, trong đợt cao điểm (…), ...".
_OPENING: Final = re.compile(
    r"\s*(?:[^,.;()]{0,80}?\b(?:cho biết|thông tin|thông báo)\s*[,:]?\s*"
    r"|theo\s[^,.;()]{1,60},\s*)?"
    r"(?:trong|qua|dịp|đợt|từ|sau|tính từ)\b"
)
# What may stand before the time inside the parenthesis.
_LEADS: Final = ("", "từ", "tính từ", "từ ngày", "ngày")


def glossed_times(
    low: str,
    sentence_start: int,
    parens: list[tuple[int, int]],
    periods: list[PeriodMention],
    first_figure: int,
) -> list[tuple[int, int]]:
    """`parens` without those that gloss the undated time the sentence at `sentence_start`
    opens with, before its first figure, holding nothing but a dated time."""
    if not parens or not periods:
        return parens
    kept = []
    for start, end in parens:
        if (
            end <= first_figure
            and _OPENING.match(low, sentence_start)
            and not any(m.year is not None and m.end <= start for m in periods)
        ) and any(
            m.year is not None
            and start < m.start
            and m.end < end
            and low[start + 1 : m.start].strip() in _LEADS
            and not low[m.end : end - 1].strip()
            for m in periods
        ):
            continue
        kept.append((start, end))
    return kept
