"""Two counts joined by "với" share the predicate said after the second: "có 1.122 hộ với
4.351 khẩu có nguy cơ thiếu đói" counts households at risk of hunger, as it counts the
people in them; "320 hộ với 1.250 nhân khẩu thuộc diện hộ nghèo" poor households.

Only a first count named by its noun alone takes it, and only a predicate that opens
with a verb of state ("có", "thuộc", "phải", "bị", "được", "đang", "đã", "gặp", "sống"):
"726 cơ sở lưu trú với 22.654 phòng" keeps its own name, and "12 hợp tác xã với 450
thành viên tham gia" counts the members alone.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from tiendo.extract.clauses import Draft

# The predicate after the second count's noun, opening with a verb of state.
_STATE: Final = re.compile(r"(?:có|thuộc|phải|bị|được|đang|đã|gặp|sống)\s")


def share_with_predicate(drafts: list[Draft], low: str) -> None:
    """Give a count named by its noun alone ("hộ") the predicate that the count joined
    to it by "với" states after its own noun ("khẩu có nguy cơ thiếu đói")."""
    for first, second in pairwise(drafts):
        one, other = first.quantity, second.quantity
        if one is None or other is None or one.unit.kind != "count":
            continue
        if other.unit.kind != "count" or first.indicator.lower() != one.unit.text.lower():
            continue
        if low[one.extent_end : other.lead_start].strip() != "với":
            continue
        noun = other.unit.text.lower()
        named = second.indicator.lower()
        if not named.startswith(noun + " "):
            continue
        predicate = second.indicator[len(noun) + 1 :]
        said = low.startswith(predicate.lower(), other.unit.end + 1)
        if said and _STATE.match(predicate.lower()):
            first.indicator = f"{first.indicator} {predicate}"
