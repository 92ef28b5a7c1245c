"""A list head that counts the members doing an act names the act the items share.

"Có 3 đơn vị giải ngân trên 50%: huyện Mường La 53,98%, huyện Sốp Cộp 50,62% và Sở Tài
chính 53,8%", "Nhiều đảng bộ kết nạp vượt chỉ tiêu: Công an tỉnh đạt 158,18%, huyện Phú
Quý 120,83%": the words before the colon count the places (or bodies) and say what they
did and how well. Each item after the colon is that act for one of them: the count and
the bar it clears ("trên 50%", "vượt chỉ tiêu") belong to the head, not to the items'
measure. When the bar is itself a rate, the items are rates of the act ("tỷ lệ giải
ngân huyện Mường La"). A head whose act is only the bar ("Tám đảng bộ đã vượt chỉ tiêu",
"Một số xã đạt cao") names no act: the measure is the one named before in that unit.

The items of such lists are often bodies rather than places, named with a capital on the
first word of the body's own name only ("Sở Tài chính", "Công an tỉnh"): they are the
item's name as a place is.

>>> counted_act("Có 3 đơn vị giải ngân trên 50%", percent=True)
'tỷ lệ giải ngân'
>>> counted_act("Năm 2024, nhiều đảng bộ kết nạp vượt chỉ tiêu", percent=True)
'kết nạp'
>>> counted_act("có 3 huyện thu ngân sách vượt dự toán", percent=False)
'thu ngân sách'
>>> counted_act("Ở cấp huyện, chỉ 2/9 đơn vị thu đạt dự toán", percent=False)
'thu'
>>> counted_act("Tám đảng bộ đã vượt chỉ tiêu, lần lượt", percent=False)
''
>>> counted_act("Một số xã đạt cao", percent=False)
''
>>> counted_act("Các ngành tăng so với cùng kỳ", percent=True)
''
>>> body_name(["Sở", "Tài", "chính"]), body_name(["Công", "an", "tỉnh"])
('Sở Tài chính', 'Công an tỉnh')
>>> body_name(["Sở", "Y", "tế", "có"]), body_name(["Công", "an", "thành", "phố", "điều", "tra"])
('', '')
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.indicator import subject_indicator
from tiendo.extract.lexicon import number_words
from tiendo.extract.time_labels import names_only_time

_COUNT: Final = rf"(?:chỉ\s+)?(?:\d+(?:/\d+)?|nhiều|một số|{number_words(2, 10)})"
# The members counted: places and bodies (not branches of industry or goods).
_MEMBER: Final = (
    r"(?:đơn vị|đảng bộ|địa phương|huyện|xã|phường|tỉnh|quận|thành phố|sở, ngành|sở|cơ quan)"
)
# Where the act stops and the bar it clears begins.
_BAR: Final = r"(?:vượt|trên|dưới|đạt|từ|cao|thấp|tăng|giảm|hoàn thành|về đích|nhiều|ít)\b"
_COUNTED_ACT: Final = re.compile(
    rf"(?:^|[,;]\s*)(?:có\s+)?{_COUNT}\s+{_MEMBER}\s+(?:đã\s+|đều\s+)*"
    rf"(?P<act>(?!{_BAR}|đã\b|đều\b)[^\W\d][^,;:%\d]*?)\s+(?P<bar>{_BAR}[^,;:]*)$",
    re.IGNORECASE,
)
# A head that counts its members and says only the bar they clear ("Tám đảng bộ đã vượt
# chỉ tiêu", "Một số xã đạt cao"): no act of its own.
_COUNTED_BAR: Final = re.compile(
    rf"(?:^|[,;]\s*)(?:có\s+)?{_COUNT}\s+{_MEMBER}\s+(?:đã\s+|đều\s+)*{_BAR}[^,;:]*$",
    re.IGNORECASE,
)
# Words that close the head before its items ("…, lần lượt:", "…, cụ thể:", "… gồm:").
_CLOSERS: Final = re.compile(r"[\s,]*(?:lần lượt|cụ thể|gồm|như|là)?\s*$", re.IGNORECASE)

# The first words of a body's name ("Sở Tài chính", "Công an tỉnh", "Khối Doanh nghiệp").
_BODY_HEADS: Final = (
    ("Sở",),
    ("Công", "an"),
    ("Khối",),
    ("Ban",),
    ("Cục",),
    ("Chi", "cục"),
    ("Văn", "phòng"),
    ("Bệnh", "viện"),
    ("Quân", "sự"),
)
_BODY_FIRSTS: Final = frozenset(head[0] for head in _BODY_HEADS)
# A place word may follow the head in lower case ("Công an tỉnh", "Sở … thành phố").
_BODY_PLACES: Final = frozenset({"tỉnh", "thành", "phố", "huyện", "quận", "thị", "xã"})
# Verbs and hedges that end a subject rather than a name ("Sở Y tế có 120 bác sĩ").
_NOT_NAME: Final = frozenset({"có", "là", "đã", "được", "đạt", "ước", "cho", "giao", "với", "thu"})


def counted_act(label: str, *, percent: bool) -> str:
    """The act a list head that counts its members says they did, or ""."""
    label = _CLOSERS.sub("", label.strip())
    found = _COUNTED_ACT.search(label)
    if found is None:
        return ""
    act = found.group("act").strip()
    if not act or len(act.split()) > 5:
        return ""
    if percent and "%" in found.group("bar") and not act.lower().startswith(("tỷ lệ", "tỉ lệ")):
        return f"tỷ lệ {act}"  # "giải ngân trên 50%": the items are rates of the act
    return act


def body_name(words: list[str]) -> str:
    """The words, if they are all a body's name ("Sở Tài chính"), else ""."""
    if not words or words[0] not in _BODY_FIRSTS:
        return ""  # most items are places: one look instead of a slice per head
    for head in _BODY_HEADS:
        rest = words[len(head) :]
        if tuple(words[: len(head)]) != head or not 1 <= len(rest) <= 7:
            continue
        if any(w.lower() in _NOT_NAME for w in rest) or not _named_after_head(rest):
            return ""
        return " ".join(words)
    return ""


def _named_after_head(rest: list[str]) -> bool:
    """Whether the words after a body's head are its own name: capitalised words, each with
    up to three syllables in lower case ("Tài chính", "Giao thông vận tải"), then perhaps
    its place ("thành phố"), after which no word of a clause may follow ("Công an thành
    phố điều tra làm rõ", "Ban Thường vụ tặng giấy khen")."""
    run = -1  # lower-case syllables since the last capital (-1: no capital yet)
    placed = False
    for word in rest:
        if word in _BODY_PLACES:
            placed = True
        elif placed:
            return False
        elif word[:1].isupper():
            run = 0
        elif run < 0 or run == 3:
            return False
        else:
            run += 1
    return True


def label_measure(norm: str, start: int, item_start: int, unit: str) -> str:
    """The measure the head of a list (in the sentence from `start`, before the item at
    `item_start`) names for its items: the label before a colon, or a head that counts
    its members before "là" ("chỉ 2/9 đơn vị thu đạt dự toán là Thới Bình …"); "" for no
    head, a label too long or only a time ("Quý I/2024:")."""
    colon = norm.rfind(":", start, item_start)
    if colon <= start:
        end = item_start + 6  # (the item's words may open on the word itself)
        lead = max(norm.rfind(" là ", start, end), norm.rfind(" gồm ", start, end))
        return counted_act(norm[start:lead], percent=unit == "%") if lead > start else ""
    label = norm[start:colon]
    if len(label.split()) > 14 or names_only_time(label):
        return ""
    act = counted_act(label, percent=unit == "%")  # "Có 3 đơn vị giải ngân trên 50%:"
    if not act and _COUNTED_BAR.search(_CLOSERS.sub("", label.strip())):
        return ""  # "Một số xã đạt cao:": the measure named before, for each place
    return act or subject_indicator(label, unit=unit, unit_kind="count", tail="")
