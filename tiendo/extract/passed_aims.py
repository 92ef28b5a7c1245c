"""The level of an aim passed, told by the act the aim is of.

"vượt kế hoạch 300 tấn" says by how much a plan was passed: a gap, no figure
(`differences`). When the plan's noun is followed by the act it aims at and the number
is that act's object ("vượt mục tiêu đưa 110.000 lao động đi làm việc ở nước ngoài",
"vượt chỉ tiêu giải quyết việc làm cho 20.000 lao động", "vượt kế hoạch trồng mới 1.000 ha
rừng"), the number is what the aim set: a target's level, as in "mục tiêu đưa 110.000
lao động" alone. An aim met ("hoàn thành chỉ tiêu xóa 100% nhà tạm") states the result
reached, which the aim's level is: no target of its own. The act is what was counted, so
the object is a count (its noun is the unit) or a measure of a noun after it ("1.000 ha
rừng"); "vượt kế hoạch trồng rừng 50 ha" has its object before the number and stays a gap.

>>> low = "vượt mục tiêu đưa 110.000 lao động"
>>> aimed_act(low, 0, low.index("110"))
True
>>> low = "vượt kế hoạch năm 300 lao động"
>>> aimed_act(low, 0, low.index("300"))
False
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.aims import aim_content

# The word that meets or passes the aim, the aim's noun, then one to five words of the act
# # (no number), the first of which is no time, body or setter of the plan ("vượt kế hoạch
# năm", "vượt chỉ tiêu tỉnh giao", "vượt kế hoạch đề ra"), nor a word of comparison.
_AIM_ACT: Final = re.compile(
    r"(?:^|[\s,(])(?:đạt và )?vượt(?:\s+(?:xa|trước))?\s+"
    r"(?:mục tiêu|kế hoạch|chỉ tiêu)\s+"
    r"(?!(?:năm|cả|đề|đặt|giao|tỉnh|huyện|xã|thành|của|do|được|là|đã|nghị|trung|chính|quý"
    r"|tháng|kỳ|về|so|với|từ|trên|dưới|khoảng|gần|hơn|mà|này|đó|bộ|ubnd|hđnd|tăng|giảm"
    r"|và|hoặc|còn|nhưng)\b)"
    # (no conjunction: "20 chỉ tiêu vượt kế hoạch và 5 chỉ tiêu …" opens the next item)
    r"[^\W\d_]+(?:\s+(?!(?:và|hoặc|còn|nhưng)\b)[^\W\d_]+){0,4}?\s+$"
)
# A noun right after a measure's unit: the thing the act measured ("1.000 ha rừng").
_OBJECT_AFTER: Final = re.compile(
    r"[ \t]+(?!(?:và|của|so|trong|vào|từ|đến|năm|tháng|với|là|đạt|bằng|tăng|giảm|trở|"
    r"cho|tại|ở|trên|dưới)\b)[^\W\d_]"
)


def aimed_act(low: str, floor: int, lead_start: int) -> bool:
    """True when the words right before the number (from `floor`) are an aim met or passed
    and the act it aims at: the number is the aim's level."""
    window = max(floor, lead_start - 80)
    # The cheap tests first, read in place: nearly every number has no "vượt" before it,
    # and an aim's noun must follow it.
    passed = low.find("vượt", window, lead_start)
    if passed < 0:
        return False
    if (
        low.find("mục tiêu", passed, lead_start) < 0
        and low.find("kế hoạch", passed, lead_start) < 0
        and low.find("chỉ tiêu", passed, lead_start) < 0
    ):
        return False
    return _AIM_ACT.search(low, window, lead_start) is not None


# The word that met or passed the aim, left at the head of the aim's name (after the
# measure a verb of area was named by: "diện tích vượt chỉ tiêu trồng mới rừng").
_MET: Final = re.compile(
    r"^((?:diện tích )?)(?:đạt và )?vượt(?: xa| trước)? "
    r"(?=(?:mục tiêu|kế hoạch|chỉ tiêu) )",
    re.IGNORECASE,
)


def aim_named(named: str) -> str:
    """The aim's name without the word that met or passed it: "vượt mục tiêu đưa lao
    động" gives "mục tiêu đưa lao động"; "" when the name opens otherwise."""
    met = _MET.match(named)
    return met.group(1) + named[met.end() :] if met else ""


def aimed_object(low: str, floor: int, lead_start: int, unit_end: int, counted: bool) -> bool:
    """True when a number after an aim's act is its object: a count, or a measure of the
    noun after its unit."""
    if not aimed_act(low, floor, lead_start):
        return False
    return counted or _OBJECT_AFTER.match(low, unit_end) is not None


def aim_level(low: str, start: int, end: int) -> bool:
    """True when the words right before the number say what an aim holds (`aim_content`)
    or what an aim passed aims at (`aimed_act`): the number is the aim's level."""
    return aim_content(low, start, end) or aimed_act(low, start, end)
