"""Counts that count nothing of their own: criteria met by the places counted ("17 xã đạt
từ 10 - 14 tiêu chí"), the measures a change holds on ("tai nạn giao thông giảm cả 3 tiêu
chí"), and places named again ("tỷ lệ hộ nghèo tại 6 xã này").

New-countryside reports count communes by how many of the national criteria they meet.
The criteria then say which communes are counted; they are no figure of their own ("Bình
quân mỗi xã đạt 14 tiêu chí" and "xã đã đạt 15/19 tiêu chí", with no count of places
before them, are).
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.units import UnitMatch

# "17 xã đạt (từ)": a count of places right before the criteria they met. The places may be
# counted as a share of all ("57/104 xã hoàn thành 19/19 tiêu chí"), with their share in
# parentheses ("12 xã (8,63%) hoàn thành đủ"), or be the number asked for ("số xã đạt dưới
# 5 tiêu chí chỉ còn 2 xã"); the verb says they met the criteria ("đạt", "hoàn thành (đủ)",
# "đáp ứng đủ") or are still under them ("04 xã còn dưới 5 tiêu chí"). Either way the
# criteria say which places are counted.
_COUNTED_MET: Final = re.compile(
    r"(?:\d[\d.,]*(?:/\d[\d.,]*)?|\bsố)\s+(?:xã|huyện|thôn|ấp|bản|phường|thị trấn|đơn vị)"
    r"\s+(?:\([^()]{0,20}\)\s+)?(?:đạt|còn|hoàn thành(?:\s+đủ)?|đáp ứng(?:\s+đủ)?)"
    r"(?:\s+(?:từ|trên|dưới))?\s*$"
)
_MET_VERBS: Final = ("đạt", "còn", "hoàn thành", "đáp ứng")
_CRITERIA_MET: Final = re.compile(
    r"(?:[ \t]+(?:thuộc|nằm trong|trong)[ \t]+nhóm(?:[ \t]+xã)?)?"  # "2 xã| thuộc nhóm đạt"
    # "5 xã đạt đủ 19 tiêu chí nông thôn mới": "đủ" (all of them) and the programme the
    # criteria are of still say which places are counted.
    r"[ \t]+(?:(?:đạt|hoàn thành|đáp ứng)(?:[ \t]+đủ)?|còn)"
    r"[ \t]+(?:từ[ \t]+|trên[ \t]+|dưới[ \t]+)?\d+(?:[ \t]*(?:[-–/]|đến)[ \t]*\d+)?"
    r"[ \t]+tiêu chí(?:[ \t]+(?:nông thôn mới|ntm))?"
    # (a floor closed after them bounds the criteria, not the count of places)
    r"(?:[ \t]+trở[ \t]+(?:lên|xuống))?"
    r"(?![^\W_])"
)


def met_by_places(low: str, floor: int, lead_start: int) -> bool:
    """True when the criteria whose number's words start at `lead_start` are those met by
    a count of places right before them ("17 xã đạt từ ...")."""
    near = low[max(floor, lead_start - 22) : lead_start]
    if not any(verb in near for verb in _MET_VERBS):
        return False  # most numbers: no verb of meeting right before them
    return _COUNTED_MET.search(low, max(floor, lead_start - 60), lead_start) is not None


def criteria_met_after(low: str, start: int, ceiling: int) -> int | None:
    """Where the criteria met that follow a count's unit end ("xã| đạt 16 tiêu chí"), or
    None when none follow."""
    match = _CRITERIA_MET.match(low, start, ceiling)
    return match.end() if match else None


_ALL_OF: Final = re.compile(r"\bcả\s*$")
# "không còn xã nào dưới 6 tiêu chí": a threshold no place is left under, not a count.
_NONE_LEFT: Final = re.compile(r"\bkhông\s+(?:còn|có)\s+[^\W\d_][^\d,;.]{0,20}$")
# "nhóm đạt 15 - 18 tiêu chí có 14 xã": the criteria name a group of places, counted next.
_GROUP_MET: Final = re.compile(
    r"\bnhóm\s+(?:(?:xã|huyện|thôn|ấp|bản|đơn vị)\s+)?(?:đã\s+)?(?:đạt|có|hoàn thành)"
    r"(?:\s+(?:từ|trên|dưới))?\s*$"
)
_NAMED_AGAIN: Final = re.compile(r"[ \t]+(?:này|nói trên|nêu trên|kể trên)(?![^\W_])")


def no_count_of_its_own(low: str, floor: int, lead_start: int, unit: UnitMatch) -> bool:
    """True for a count that states no figure: the criteria the places before it met, "cả
    3 tiêu chí" (every measure a change holds on), a threshold no place is left under
    ("không còn xã nào dưới 6 tiêu chí"), or places named again ("6 xã này")."""
    if _NAMED_AGAIN.match(low, unit.end):
        return True
    if unit.text not in ("tiêu chí", "mặt"):
        return False
    if _ALL_OF.search(low, max(floor, lead_start - 6), lead_start):
        return True
    if unit.text == "tiêu chí" and _NONE_LEFT.search(low, max(floor, lead_start - 30), lead_start):
        return True
    if unit.text == "tiêu chí" and _GROUP_MET.search(low, max(floor, lead_start - 30), lead_start):
        return True
    return unit.text == "tiêu chí" and met_by_places(low, floor, lead_start)
