"""The members a count lists after what it counts are no words of its name.

"công nhận 4 xã của huyện Châu Đức là Suối Rao, Sơn Bình, Bàu Chinh và Đá Bạc", "còn 2
chỉ tiêu chưa đạt là thu ngân sách và tỷ lệ lao động qua đào tạo", "nâng cao 12 tiêu chí
như giao thông, điện, trường học", "5.450 tấn trái cây gồm xoài, nhãn, chanh leo": after
the counted noun and its own words, "là", "như", "gồm" open the list of the things counted
(their names, or examples of them), which says which they are, not what is counted. The
readable golds leave such a list out of the name (6 of 6). A list of people after "là" is
a class of them instead ("45 người là trưởng, phó các ngành, đoàn thể thôn", "14 đảng viên
là học sinh"), and stays. After "là" a place named alone is a member too ("2 xã đạt chuẩn
nâng cao là Phước Hậu (Cần Giuộc) và Hòa Phú", the tail cut short at the parenthesis).

>>> tail = "của huyện Châu Đức là Suối Rao, Sơn Bình, Bàu Chinh"
>>> tail[: members_at(tail, "xã")]
'của huyện Châu Đức'
>>> tail = "chưa đạt là thu ngân sách và tỷ lệ lao động qua đào tạo"
>>> tail[: members_at(tail, "chỉ tiêu")]
'chưa đạt'
>>> members_at("đạt chuẩn nông thôn mới nâng cao là Phước Hậu", "xã")
32
>>> members_at("là trưởng, phó các ngành, đoàn thể thôn", "người")
-1
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.lexicon import VIETNAMESE_UPPER

# The marker, then the list: two items at least (a comma or "và" after the first word),
# or after "là" a place named as places are ("là Phước Hậu (Cần Giuộc) và Hòa Phú", whose
# tail a parenthesis cut short; "là xã Tân Phú"). Every capital a Vietnamese name opens
# with, toned ones on "Â Ă Ê Ô Ơ Ư" too ("là Ứng Hòe", "là Ẳng Cang").
_MEMBERS: Final = re.compile(
    r"(?:^|\s)(là|như|bao gồm|gồm)\s+(?:(?=\S[^,;]*?(?:,\s|\svà\s)\S)"
    r"|(?<=là )(?=(?:(?:các\s+)?(?:xã|huyện|phường|thị xã|thị trấn|thành phố|tỉnh|quận)\s+)?"
    rf"[{VIETNAMESE_UPPER}]))"
)
# Counted people a "là" after them sorts into a class.
_PEOPLE: Final = frozenset(
    {"người", "lao động", "đồng chí", "đảng viên", "quần chúng", "học viên", "học sinh"}
    | {"cán bộ", "hộ", "lượt người", "thành viên", "ủy viên", "uỷ viên", "đại biểu"}
)


def members_at(tail: str, counted: str) -> int:
    """Where the list of a count's members opens in `tail` (the words after its noun, as
    written), or -1."""
    if " là " not in f" {tail} " and " như " not in f" {tail} " and " gồm " not in f" {tail} ":
        return -1  # the cheap test first: most tails have no marker
    for found in _MEMBERS.finditer(tail):
        if found.group(1) == "là" and counted.lower() in _PEOPLE:
            continue
        return found.start()
    return -1
