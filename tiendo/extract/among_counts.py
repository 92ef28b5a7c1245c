"""Counts of kinds among a whole: "Trong số đảng viên mới có 930 nữ, 112 người dân tộc
thiểu số và 1.214 người còn sinh hoạt Đoàn".

"Trong số X có N A, M B ...": each count is of the X that are A, that are B: the name is
the whole with what the item says of its part ("đảng viên mới là nữ", "đảng viên mới còn
sinh hoạt Đoàn"), not the opening "Trong số X" nor the counted word alone ("công nhân").
"""

from __future__ import annotations

import re

from tiendo.extract.clauses import Draft

_AMONG = re.compile(r"\W*trong số\s+(?P<whole>[^\W\d][^,;:()\d]{2,50}?)\s+có\s", re.IGNORECASE)
# Where an item's words end: a parenthesis, a clause mark, or the next item's number.
_ITEM_END = re.compile(r"\s*(?:[(;:.]|,?\s+(?:và\s+)?\d|$)")
# The part's own verb, when the item says one ("người còn sinh hoạt Đoàn").
_OWN_VERB = re.compile(r"^người\s+(?=(?:là|còn|đang|đã|có)\s)")
_LONGEST = 80


def among_whole(draft: Draft, sentence: list[Draft], norm: str) -> str:
    """'đảng viên mới là nữ' for '930 nữ' after 'Trong số đảng viên mới có', or ''."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.kind != "count" or not sentence:
        return ""
    start = sentence[0].clause_start
    if "trong số" not in norm[start : start + 12].lower():  # the cheap test first
        return ""
    among = _AMONG.match(norm, start, quantity.lead_start + 1)
    if among is None:
        return ""
    stretch = norm[quantity.end : quantity.end + _LONGEST]
    ended = _ITEM_END.search(stretch)
    part = " ".join(stretch[: ended.start() if ended else len(stretch)].split())
    if not part:
        return ""
    verb = _OWN_VERB.match(part)
    said = part[verb.end() :] if verb else f"là {part}"
    return f"{' '.join(among.group('whole').split())} {said}"
