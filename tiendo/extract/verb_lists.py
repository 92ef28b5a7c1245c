"""Verbs listed before the things they act on, shared by a second count right after.

"điều tra, truy xét làm rõ 25 vụ, 35 đối tượng": the 35 people are those the same acts
cleared up, as with one verb ("bắt giữ 25 vụ, 35 đối tượng"). A list of verbs has short
items joined by commas; a comma before a word that joins another subject ("..., cùng 8
xã và 100 thôn") or a longer stretch ("đạt chuẩn nông thôn mới, cùng") is no such list.

>>> shared_verb_list("điều tra, truy xét làm rõ"), shared_verb_list("điều tra, khám phá, làm rõ")
(True, True)
>>> shared_verb_list("chuẩn nông thôn mới, cùng"), shared_verb_list("năm 2023, toàn tỉnh")
(False, False)

A sanction or a referral names its kind after the act ("kiến nghị xử lý kỷ luật hành
chính 130 tập thể, 186 cá nhân", "kiểm điểm rút kinh nghiệm 17 tập thể và 38 cá nhân",
"chuyển cơ quan điều tra 22 vụ việc, 35 đối tượng"): the act and its kind are one verb,
longer than the four words a verb before a second count otherwise has.

>>> sanction_verb("Thanh tra kiến nghị xử lý kỷ luật hành chính")
True
>>> sanction_verb("chuyển cơ quan điều tra")
True
>>> sanction_verb("Số hộ nghèo được hỗ trợ vay vốn"), sanction_verb("xử lý các nguồn nước thải của")
(False, False)

Land listed right after money ("kiến nghị thu hồi 2,3 tỷ đồng và 18 ha đất", "phát hiện vi
phạm 23.351,4 tỷ đồng, 1.973,5 ha đất") is what the same act found or took back: an
inspection's findings come as money and land, the money first.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from tiendo.extract.quantities import Quantity

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


# The act opens the verb's last stretch: after it only the kind of sanction or the body a
# case goes to ("kỷ luật hành chính", "cơ quan điều tra", "rút kinh nghiệm").
# Before the act, at most the body that acts ("Thanh tra", "Cơ quan thanh tra"): not a time
# ("trong kỳ khởi tố 5 vụ, 13 bị can" names its field otherwise) nor another act joined by
# "và" ("bắt giữ 206 vụ … mua bán trái phép chất ma túy và khởi tố 160 vụ với 221 bị can").
_SANCTION: Final = re.compile(
    r"^(?!trong\b|năm\b|tháng\b|quý\b|kỳ\b|riêng\b)(?:(?!và\b)[^\W\d_]+\s+){0,3}"
    r"(?:(?:kiến|đề) nghị\s+)?(?:xử lý|kỷ luật|kiểm điểm|chuyển|khởi tố|truy tố)"
    r"(?:\s+(?!các\b|những\b|của\b|và\b)[^\W\d_]+){0,4}$"
)
_SANCTION_WORDS: Final = 12  # "Thanh tra tỉnh kiến nghị xử lý kỷ luật hành chính"


def sanction_verb(verb: str) -> bool:
    """True when `verb` ends in an act of sanction or referral and the kind it names."""
    lowered = verb.lower()
    if "," in lowered or len(lowered.split()) > _SANCTION_WORDS:
        return False
    return _SANCTION.match(lowered) is not None


# An area unit and land after it ("ha đất", "m2 đất ở").
_LAND_AREA: Final = frozenset({"ha", "héc ta", "hecta", "m2", "m²", "km2", "km²"})


def land_after_money(previous: Quantity, quantity: Quantity | None) -> bool:
    """True when `quantity` is an area of land listed right after the amount `previous`."""
    if quantity is None or previous.unit.kind != "money":
        return False
    if quantity.unit.text.lower() not in _LAND_AREA:
        return False
    return quantity.tail.lower().split(" ", 1)[0] == "đất"
