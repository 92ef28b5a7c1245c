"""A share with no basis of its own, said of a new subject, is a share of the plan its
sentence already named.

"Các chỉ tiêu bám sát kế hoạch: giá trị nông nghiệp đạt 54,8% KH năm; giá trị công
nghiệp đạt 51,2%": once a sentence has given one item as a share of a plan, a later item
"đạt 51,2%" is a share of that plan too, not a rate of its own. So it is under a heading
that measures its items against a plan ("Nhiều đảng bộ kết nạp vượt chỉ tiêu: Công an
tỉnh đạt 158,18%, ..."). A subject that names a rate ("tỷ lệ che phủ rừng đạt 57%") is
read before this and stays a level.
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.tallied_shares import tally_plan

# "vượt chỉ tiêu:", "bám sát kế hoạch:", "so với dự toán:", "đối chiếu kế hoạch:": a heading
# that measures the items after its colon against a plan (the verbs of setting against are
# those met_plans.PLAN_HEADING reads as opening results).
_PLAN_HEADING: Final = re.compile(
    r"\b(?:vượt|đạt|bằng|bám sát|so với|so sánh với|đối chiếu(?: với)?|đặt cạnh)"
    r"\s+(?:các\s+|mức\s+)?(kế hoạch|chỉ tiêu|dự toán)"
    # "so với kế hoạch năm 2023:": the plan's year may stand before the colon, and so may
    # the time the results cover ("so với kế hoạch năm 2024, kết quả 9 tháng của thị xã:").
    r"[^:.;%\d]{0,40}(?:(?:\d{4}|\d{1,2}\s+tháng)[^:.;%\d]{0,40}){0,2}:"
)
# Words of a time, which name no subject ("đến hết ngày 31-1-2026 đạt 100%").
_TIME_WORDS: Final = re.compile(
    r"\b(?:và|đến|tới|tính|hết|cuối|đầu|giữa|ngày|tháng|quý|năm|trong|thời điểm|hiện nay)\b"
)
_WORD: Final = re.compile(r"[^\W\d_]")


def plan_of_heading(low: str, sentence_start: int, position: int) -> str | None:
    """The plan a heading of the sentence, before `position`, measures its items against."""
    if ":" not in low[sentence_start:position]:
        return None
    found = None
    for match in _PLAN_HEADING.finditer(low, sentence_start, position):
        found = match.group(1)
    # "... có 20 chỉ tiêu đạt và vượt. Cụ thể: ...": the plan the tally before measured.
    return found or tally_plan(low, sentence_start, position)


def names_subject(low: str, start: int, end: int) -> bool:
    """True when low[start:end], before a share's verb, holds words: a subject of its own."""
    return _WORD.search(_TIME_WORDS.sub(" ", low[start:end])) is not None
