"""Targets set for part of a year: a plan, a resolution's tasks or targets named for the last
six months or a quarter ("ban hành nghị quyết về nhiệm vụ 6 tháng cuối năm 2025 với 20 chỉ
tiêu. Theo đó, thu nhập bình quân đầu người đạt 72 triệu đồng") set targets for those
months. Targets are otherwise set for years and terms, so a figure for part of a year is
read as a result; here the part is the very time the targets were set for.

>>> from tiendo.periods import Period
>>> low = "hđnd ban hành nghị quyết về nhiệm vụ 6 tháng cuối năm 2025. thu ngân sách đạt 9 tỷ"
>>> plan_part(low, 60, Period(2025, 7, 12)), plan_part(low, 60, Period(2025, 1, 6))
(True, False)
>>> adopts_plan_part("hđnd ban hành nghị quyết về nhiệm vụ kinh tế - xã hội 6 tháng cuối năm 2025.")
True
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.periods import Period

# The part of the year: the last six months (group 1) or a quarter (group 2).
_PART_OF_YEAR: Final = r"\b(?:(6|sáu) tháng cuối năm|quý (iv|iii|ii|i|[1-4])\b)"
# The plan's noun, a few words of what it covers (within its sentence), then the part of
# the year: "nhiệm vụ, giải pháp 6 tháng cuối năm", "kế hoạch quý IV/2024", "chỉ tiêu quý 3".
# (r"\b(?:nhiệm vụ|…|phương hướng)\b…" with each noun's leading boundary after it, as a
# look-behind: each alternative opening with a letter, a search skips to them)
_PLAN_NOUNS: Final = ("nhiệm vụ", "kế hoạch", "chỉ tiêu", "mục tiêu", "phương hướng")
_PLANNED_PART: Final = re.compile(
    "(?:" + "|".join(rf"{w}(?<=\b{w})" for w in _PLAN_NOUNS) + r")\b[^.;:]{0,90}?" + _PART_OF_YEAR
)
# A resolution or plan adopted for that part of the year, in a sentence of its own:
# "HĐND huyện ban hành nghị quyết về nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm
# 2024." opens the targets that follow it, as a count of them ("với 20 chỉ tiêu") would.
_ADOPTS_PLANNED_PART: Final = re.compile(
    r"\b(?:ban hành|thông qua|phê duyệt)(?: (?:các|những))? (?:nghị quyết|kế hoạch|chương trình)"
    r"\b[^.;:]{0,90}?" + _PART_OF_YEAR
)
# The results of a part of the year resolved on ("nghị quyết về kết quả ... quý III")
# report what was done.
_RESULTS_WORDS: Final = ("kết quả", "tình hình", "đánh giá", "sơ kết", "tổng kết")
_QUARTERS: Final = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def plan_part(low: str, sentence_start: int, period: Period) -> bool:
    """True when the sentences shortly before `sentence_start` name a plan for the part of
    the year that `period` covers."""
    if period.from_month is None or period.to_month is None:
        return False
    before = low[max(0, sentence_start - 400) : sentence_start]
    if "cuối năm" not in before and "quý" not in before:
        return False  # most passages name no part of a year in a plan
    for match in _PLANNED_PART.finditer(before):
        if match.group(1) is not None:
            months = (7, 12)
        else:
            quarter = _QUARTERS[match.group(2)]
            months = (3 * quarter - 2, 3 * quarter)
        if months == (period.from_month, period.to_month):
            return True
    return False


def adopts_plan_part(low: str) -> bool:
    """True when lower-case sentence `low` adopts a resolution or plan for the last six
    months or a quarter of the year."""
    if "cuối năm" not in low and "quý" not in low:
        return False  # most sentences name no part of a year
    match = _ADOPTS_PLANNED_PART.search(low)
    return match is not None and not any(word in match.group() for word in _RESULTS_WORDS)
