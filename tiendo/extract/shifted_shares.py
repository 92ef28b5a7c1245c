"""A rate a structure shifts between two levels, named after the verb that shifts it.

"Cơ cấu kinh tế chuyển dịch theo hướng tăng tỷ trọng khu vực dịch vụ, từ 39,8% năm 2015
lên 41,2%", "..., giảm tỷ trọng nông nghiệp từ 28,96% xuống còn 24,2%": both numbers are
levels of the rate; the clause before it and the verb of the shift ("theo hướng tăng",
"giảm") say which way it went, not what was measured. A rate with no level of a move
after it ("giảm tỷ lệ hộ nghèo 1,5%") is a change, and keeps its verb.

>>> shifted_share("Cơ cấu kinh tế chuyển dịch theo hướng tăng tỷ trọng dịch vụ")
'tỷ trọng dịch vụ'
>>> shifted_share("tỷ trọng dịch vụ")
''
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft

_SHIFTED: Final = re.compile(
    r"^(?:.*\s)?(?:tăng|giảm|nâng)\s+((?:tỷ|tỉ) (?:lệ|trọng)\s.+)$", re.IGNORECASE
)
# The number is a level of a move: "từ 39,8%", "lên 41,2%", "xuống còn 24,2%".
_LEVEL_OF_MOVE: Final = re.compile(r"(?:^|\s)(?:từ|lên|xuống)(?:\s+(?:còn|mức))?\s*$")
# After a level "từ": the move to the other level, within the clause ("năm 2015 lên").
_MOVE_AFTER: Final = re.compile(r"[^,;.%]{0,3}%?[^,;.]{0,25}?(?<!trở)\s(?:xuống|lên)\s")


def shifted_share(named: str) -> str:
    """The rate alone, for a name that holds the verb that shifted it, or ''."""
    if " tỷ " not in named and " tỉ " not in named:  # the cheap test first
        return ""
    found = _SHIFTED.match(named)
    return found.group(1) if found else ""


def shifted(draft: Draft, named: str, low: str) -> str:
    """`shifted_share` of the name of a level of a move, or ''."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.text != "%":
        return ""
    rate = shifted_share(named)
    if not rate:
        return ""
    before = low[max(0, quantity.lead_start - 16) : quantity.start]
    level = _LEVEL_OF_MOVE.search(before)
    if level is None:
        return ""
    if level.group().strip() == "từ" and not _MOVE_AFTER.match(low, quantity.end):
        return ""  # "từ 3% trở lên", "từ 3 - 4% mỗi năm": a floor or a range, no move
    return rate
