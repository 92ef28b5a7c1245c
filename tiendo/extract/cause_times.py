"""The time of a cause or a setback dates that event, not the figures the sentence reports.

"Do nắng hạn trong tháng 5 và tháng 6, năng suất lúa chỉ đạt 48,6 tạ/ha": the drought was
in May and June, the yield is the year's. So "Dù chịu ảnh hưởng của trận mưa lớn cuối
tháng 5, kinh tế vẫn tăng trưởng 10%" and "công nghiệp tăng mạnh nhất (+11,5%) nhờ sản
phẩm mới ra thị trường từ tháng 7, dịch vụ tăng 8,1%". A clause of cause or concession
("do", "nhờ", "vì", "bởi", "dù", "mặc dù") that opens a clause or follows the figure it
explains, and states no number but its times, tells of an event: its months are marked
as no figure's period. Its year is the sentence's own ("Dù dịch Covid-19 diễn biến phức
tạp trong năm 2021, tỉnh vẫn ..."), and is left as it is; so is a clause that states a
number ("do giá tăng 5% trong tháng 3"), left to the rules of figures.

>>> from tiendo.extract.period_cues import find_periods
>>> text = "do nắng hạn trong tháng 5 và tháng 6, năng suất lúa đạt 48,6 tạ/ha"
>>> [m.basis for m in find_periods(text)]
[True, True]
>>> [m.basis for m in find_periods("do giá tăng 5% trong tháng 3, chỉ số giảm 1%")]
[False]
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from tiendo.extract.event_clauses import times_in_clause

if TYPE_CHECKING:
    from tiendo.extract.period_cues import PeriodMention

# The cue opens a clause (after "chủ yếu", "một phần", "là" at most) or follows a figure
# ("giảm 5% do ...", "(+11,5%) nhờ ..."); "kế hoạch do tỉnh giao năm 2023" names who set it.
_CAUSE: Final = re.compile(
    r"(?:^|[,;:(]|[\d%)])\s*(?:(?:chủ yếu|một phần|là)\s+)?"
    r"(?:do|nhờ|vì|bởi|dù|mặc dù)\s+(?!đó\b|vậy\b)"
)
_CLAUSE_END: Final = re.compile(r"[;:.(]|,(?!\d)")
# A number of the clause's own; "Covid-19" and "bão số 3" are names.
_DIGIT: Final = re.compile(r"(?<![\w-])(?<!số )\d")


def _part_of_year(mention: PeriodMention) -> bool:
    return mention.to_month is not None and (mention.from_month, mention.to_month) != (1, 12)


def outside_causes(text: str, mentions: list[PeriodMention], offset: int) -> list[PeriodMention]:
    """`mentions` of lower-case `text` (moved by `offset`), with the months of a clause of
    cause or concession that states no number of its own marked as no figure's period."""
    if not ("do " in text or "nhờ " in text or "vì " in text or "bởi " in text or "dù " in text):
        return mentions  # most sentences give no cause
    kept = list(mentions)
    for cue in _CAUSE.finditer(text):
        stop = _CLAUSE_END.search(text, cue.end())
        end = stop.start() if stop else len(text)
        inside, words = times_in_clause(text, kept, offset, cue.end(), end)
        months = [i for i in inside if _part_of_year(kept[i])]
        if not months:
            continue  # "Dù dịch bệnh ... trong năm 2021, ...": the sentence's own year
        if _DIGIT.search(words):
            continue  # "do giá tăng 5% trong tháng 3": a figure's own time
        for index in months:
            kept[index] = replace(kept[index], basis=True)
    return kept
