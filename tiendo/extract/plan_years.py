"""The year of a plan, named before a figure whose own words give months but no year.

"Huyện Bắc Tân Uyên phấn đấu năm 2024 thu ngân sách đạt 1.350 tỷ đồng. Sáu tháng đầu năm,
huyện đã thu được 812 tỷ đồng": the six months are of the year the plan is for, the only
year the passage names; so are "So với kế hoạch năm 2024, kết quả 9 tháng ...: ..., thu
ngân sách 92,6%. Trong 9 tháng, thị xã thu hút thêm 14 dự án". The passage's years are read
as usual first (a results year carries down); this fills only a year left unknown. A year
named as a time compared with ("so với năm 2023", "cùng kỳ năm 2023"), one a span runs
from or to ("đến năm 2025", "năm 2021 - 2025") or one of a day ("ngày 8 tháng 3 năm 2022")
is not the figure's.

>>> low = "huyện phấn đấu năm 2024 thu 1.350 tỷ đồng. sáu tháng đầu năm, huyện thu 812 tỷ đồng"
>>> plan_year_before(low, low.index("812"))
2024
>>> plan_year_before("tăng 5% so với năm 2023. sáu tháng đầu năm thu 812 tỷ đồng", 50) is None
True
"""

from __future__ import annotations

import re
from typing import Final

_YEAR: Final = re.compile(r"\bnăm ((?:19|20)\d{2})\b(?!\s*[-–]\s*\d)")
# Words right before "năm 2023" that make it a time compared with or a span's end.
_NOT_ITS_YEAR: Final = re.compile(
    r"(?:\bso với|\bso|\bcùng kỳ|\bcùng kì|\bhơn|\bđến|\btới|\btừ|\bsau|\btrước|\bcuối"
    r"|\btháng \d{1,2})\s*$"
)
# How far back a plan's year is looked for: a passage, not a whole document.
_REACH: Final = 600


def plan_year_before(low: str, anchor: int) -> int | None:
    """The last year the lower-case text names before `anchor` as the year of a plan or a
    report, or None."""
    start = max(0, anchor - _REACH)
    if low.find("năm ", start, anchor) < 0:  # the cheap test first
        return None
    years = list(_YEAR.finditer(low, start, anchor))
    for match in reversed(years):
        if not _NOT_ITS_YEAR.search(low, max(0, match.start() - 12), match.start()):
            return int(match.group(1))
    return None
