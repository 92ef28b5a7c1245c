"""Verbs listed before the things they act on, shared by a second count right after.

"điều tra, truy xét làm rõ 25 vụ, 35 đối tượng": the 35 people are those the same acts
cleared up, as with one verb ("bắt giữ 25 vụ, 35 đối tượng"). A list of verbs has short
items joined by commas; a comma before a word that joins another subject ("..., cùng 8
xã và 100 thôn") or a longer stretch ("đạt chuẩn nông thôn mới, cùng") is no such list.

>>> shared_verb_list("điều tra, truy xét làm rõ"), shared_verb_list("điều tra, khám phá, làm rõ")
(True, True)
>>> shared_verb_list("chuẩn nông thôn mới, cùng"), shared_verb_list("năm 2023, toàn tỉnh")
(False, False)
"""

from __future__ import annotations

import re
from typing import Final

# Words that open a subject or an addition, not an act: "cùng", "và", "với", "trong đó".
_JOINING: Final = re.compile(
    r"^(?:cùng|và|với|trong|gồm|như|riêng|còn|toàn|năm|tháng|quý|các|những)\b"
)
_ITEM_WORDS: Final = 4  # "truy xét làm rõ": an act and its result word
_ITEMS: Final = 4


def shared_verb_list(verb: str) -> bool:
    """True when `verb` (lower or mixed case) reads as acts listed with commas."""
    items = [item.strip() for item in verb.lower().split(",")]
    if not 2 <= len(items) <= _ITEMS:
        return False
    return all(
        item and len(item.split()) <= _ITEM_WORDS and not _JOINING.match(item) for item in items
    )
