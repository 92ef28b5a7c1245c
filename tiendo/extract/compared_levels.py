"""A level a figure is set against, named after the comparative: "..., mức cao nhất trong
5 năm và cao hơn mục tiêu tăng trưởng 6,2% mà Chính phủ đặt ra", "vượt mức tăng trưởng
8,42% mà kế hoạch đề ra".

After "cao hơn", "thấp hơn" or "vượt", the noun phrase of a level ("mức ...", "mục tiêu
...", "chỉ tiêu ...", "kế hoạch ...", "kịch bản ...") names the number that follows it;
the comparative and the words before it belong to the figure that was compared. An
average ("mức bình quân", "mức chung") is of the measure compared, named elsewhere.

>>> compared_level("mức cao nhất trong 5 năm trở lại đây và cao hơn mục tiêu tăng trưởng")
'mục tiêu tăng trưởng'
>>> compared_level("vượt mức tăng bình quân cả nước")
'mức tăng bình quân cả nước'
>>> compared_level("vượt kế hoạch")  # the plan alone: a share of it, named elsewhere
''
>>> compared_level("thấp hơn mức bình quân")  # an average: of the measure compared
''
>>> compared_level("Tăng trưởng vượt kịch bản dự tính")  # names no measure of its own
''
>>> compared_level("Mức tăng này cao hơn mục tiêu đề ra")  # the growth named again
'mục tiêu tăng trưởng đề ra'
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.breakdowns import names_measure

_COMPARED: Final = re.compile(
    r"(?:^|\s)(?:cao hơn|thấp hơn|vượt xa|vượt)\s+"
    r"(?P<level>(?!mức\s+(?:bình quân|chung)\b)(?:mức|mục tiêu|chỉ tiêu|kế hoạch|kịch bản)\s+"
    r"[^\d,;:()]{2,60})$",
    re.IGNORECASE,
)

# The growth of the sentence before, named again as the subject: "Mức tăng này", "Tốc độ
# tăng trưởng đó".
_GROWTH_AGAIN: Final = re.compile(
    r"^(?:mức|tốc độ)\s+tăng(?:\s+trưởng)?\s+(?:này|đó|trên)\s", re.IGNORECASE
)

_LEVEL_HEAD: Final = re.compile(r"mức|mục tiêu|chỉ tiêu|kế hoạch|kịch bản", re.IGNORECASE)


def compared_level(named: str) -> str:
    """The level named after a comparative at the end of `named`, or ""."""
    if "hơn" not in named and "vượt" not in named:
        return ""
    match = _COMPARED.search(named)
    if match is None:
        return ""
    level = match.group("level").strip()
    if " tăng" in level or names_measure(level):
        return level
    # "Mức tăng này cao hơn mục tiêu đề ra": the growth named again is the measure the plan
    # sets, "mục tiêu tăng trưởng đề ra"; otherwise ("vượt kịch bản dự tính") a plan that
    # names no measure is the plan of the one compared, named elsewhere.
    if _GROWTH_AGAIN.match(named) is None:
        return ""
    head = _LEVEL_HEAD.match(level)
    if head is None:
        return ""
    return f"{head.group()} tăng trưởng{level[head.end() :]}"
