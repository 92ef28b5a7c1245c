"""A pair of verbs of reaching right before the number ("phấn đấu vận động đạt, vượt 800
triệu đồng", "kết nạp đạt và vượt 120 đảng viên") puts the measure at its level, as "đạt"
alone does: it is no part of the measure's name. Where the pair is not the number's verb
("20 chỉ tiêu đạt và vượt kế hoạch") it describes what is counted and stays, and so it
does before a count of targets or criteria ("đạt, vượt 15 chỉ tiêu"): those are the
targets reached, the pair their name ("chỉ tiêu đạt, vượt").

>>> without_reaching_pair("vận động đạt, vượt", "phấn đấu vận động đạt, vượt ")
'vận động'
>>> without_reaching_pair("kết nạp đạt và vượt đảng viên", "kết nạp đạt và vượt ")
'kết nạp đảng viên'
>>> without_reaching_pair("chỉ tiêu đạt và vượt kế hoạch", "có 20 ")
'chỉ tiêu đạt và vượt kế hoạch'
>>> reached_targets("count", "chỉ tiêu"), reached_targets("count", "đảng viên")
(True, False)
"""

from __future__ import annotations

import re
from typing import Final

_PAIR: Final = r"đạt\s*(?:,|và|hoặc|/)\s*vượt"
# The pair closing the words before the number (a bound word may stand between).
_BEFORE_NUMBER: Final = re.compile(rf"\b{_PAIR}(?:\s+(?:mức|trên|hơn))?\s*$", re.IGNORECASE)
# Counted nouns of things that are themselves reached: targets, criteria, tasks.
_TARGET_NOUNS: Final = ("chỉ tiêu", "tiêu chí", "mục tiêu", "nhiệm vụ", "chỉ số", "nhóm chỉ tiêu")
_IN_NAME: Final = re.compile(rf"\s*\b{_PAIR}\b\s*", re.IGNORECASE)


def without_reaching_pair(indicator: str, before_number: str) -> str:
    """`indicator` without the last "đạt, vượt" when that pair is the number's verb."""
    if "vượt" not in indicator or not _BEFORE_NUMBER.search(before_number):
        return indicator
    found = list(_IN_NAME.finditer(indicator))
    if not found:
        return indicator
    last = found[-1]
    joined = f"{indicator[: last.start()]} {indicator[last.end() :]}"
    return " ".join(joined.split()) or indicator


def reached_targets(unit_kind: str, unit: str) -> bool:
    """Whether the number counts targets, criteria or tasks (which the pair says were
    reached): "đạt, vượt 15 chỉ tiêu"."""
    return unit_kind == "count" and unit.lower().startswith(_TARGET_NOUNS)
