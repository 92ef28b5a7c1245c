"""The time of the tasks a meeting sets frames none of the results it reviewed.

"HĐND huyện tổ chức kỳ họp để đánh giá kết quả 6 tháng đầu năm và bàn nhiệm vụ, giải pháp
6 tháng cuối năm 2022. ... tổng thu ngân sách ước gần 180 tỷ đồng": the figures reported
are of the first half; the second half is when the tasks are to be done. A period named
after "bàn / triển khai / đề ra ... nhiệm vụ (giải pháp, phương hướng)", with the period
reviewed named before it in the same sentence, is marked as no figure's period (but
the year of the targets the tasks announce, `tasks_year`); its year,
written once for both ("6 tháng đầu năm và ... 6 tháng cuối năm 2022"), is given to the
periods before it that name none.

>>> from tiendo.extract.period_cues import find_periods
>>> text = "đánh giá kết quả 6 tháng đầu năm và bàn nhiệm vụ 6 tháng cuối năm 2023"
>>> [(m.year, m.from_month, m.to_month, m.basis) for m in find_periods(text)]
[(2023, 1, 6, False), (2023, 7, 12, True)]
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from tiendo.extract.period_cues import PeriodMention

# "bàn nhiệm vụ, giải pháp", "triển khai phương hướng, nhiệm vụ", "đề ra các giải pháp"
# "báo cáo kinh tế - xã hội năm 2020 và phương hướng (nhiệm vụ, kế hoạch) năm 2021": the
# direction set for a year, joined right to the year reviewed, names its tasks as a verb
# does; joined to a figure ("đạt 100 tỷ đồng và kế hoạch năm 2024 là 120 tỷ đồng") it is
# the plan that figure is set beside, and its year dates the plan's level.
_TASKS_BEFORE: Final = re.compile(
    r"(?:(?:bàn|triển khai|thảo luận|đề ra|xác định)\s+(?:các\s+)?"
    r"(?:phương hướng|nhiệm vụ|giải pháp)"
    r"|(?<=\b(?:19|20)\d\d\s)và\s+(?:(?:quyết định|thông qua|đề ra)\s+)?"
    r"(?:phương hướng|nhiệm vụ|kế hoạch))"
    r"(?:\s*(?:,|và)\s*(?:phương hướng|nhiệm vụ|giải pháp))*"
    r"(?:\s+trọng tâm|\s+chủ yếu|\s+phát triển kinh tế\s*-\s*xã hội)?\s+$"
)
_REACH: Final = 60  # characters before the period read for the words of tasks


def _names_tasks(text: str, start: int) -> bool:
    return _TASKS_BEFORE.search(text, max(0, start - _REACH), start) is not None


def tasks_named(text: str, mentions: list[PeriodMention], offset: int) -> list[PeriodMention]:
    """`mentions` of lower-case `text` (moved by `offset`), with the times of tasks set
    after a reviewed period marked as no figure's period (see the module's text)."""
    if not (
        "nhiệm vụ" in text or "giải pháp" in text or "phương hướng" in text or "và kế hoạch" in text
    ):
        return mentions
    kept = list(mentions)
    for index, mention in enumerate(kept):
        earlier = [i for i in range(index) if not kept[i].basis and kept[i].scope == "span"]
        if not earlier or mention.scope != "span" or mention.basis:
            continue
        if not _names_tasks(text, mention.start - offset):
            continue
        kept[index] = replace(mention, basis=True, scope="tasks")
        if mention.year is not None:
            for i in earlier:
                if kept[i].year is None:
                    kept[i] = replace(kept[i], year=mention.year)
    return kept


def tasks_year(mentions: list[PeriodMention]) -> int | None:
    """The year of the last time of tasks among `mentions`: the year of the targets a
    sentence that sets tasks announces."""
    years = [m.year for m in mentions if m.scope == "tasks" and m.year is not None]
    return years[-1] if years else None
