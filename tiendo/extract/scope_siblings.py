"""A later item that names only its scope: the tier, the dose or the places it covers.

"Công suất sử dụng giường bệnh tuyến tỉnh là 127,8%, tuyến huyện là 117%"; "tỷ lệ tiêm
mũi 1 đạt 98%, mũi 2 đạt 95%"; "tỷ lệ hộ nghèo giảm 1,5%, riêng các huyện nghèo giảm 4%".
The second clause's subject is no measure: it is a scope, set beside the scope the first
figure's name ends with ("tuyến tỉnh", "mũi 1"), or a group of places within the first
figure's whole. The measure is the first figure's, taken over the second scope.

>>> sibling_scope("tuyến huyện", "Công suất sử dụng giường bệnh tuyến tỉnh")
'Công suất sử dụng giường bệnh tuyến huyện'
>>> sibling_scope("các huyện nghèo", "tỷ lệ hộ nghèo toàn tỉnh")
'tỷ lệ hộ nghèo các huyện nghèo'
>>> sibling_scope("tỷ lệ hộ cận nghèo", "tỷ lệ hộ nghèo")
''
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.breakdowns import names_measure
from tiendo.extract.clauses import Draft, same_unit_before

# "riêng các huyện nghèo giảm trên", "hai huyện phấn đấu giảm", "tuyến huyện là": the
# scope, then the predicate of a level or of a change, with its bound.
_CLAUSE: Final = re.compile(
    r"^[\s,;:(]*(?:(?:năm|tháng|quý|đến năm)\s+[\d/]+[\s,]+)?"
    r"(?:(?:riêng|còn|và|trong đó|trong khi|đối với|với)\s+)?"
    r"(?P<scope>[^\W\d_][^;:()]*?)(?:\s+năm\s+\d{4})?\s+"
    r"(?:(?:phấn đấu|dự kiến|ước|chỉ|cũng|đã|vẫn|mới|tương ứng|phải|sẽ)\s+)*"
    r"(?P<verb>giảm|tăng|đạt|là|còn)"
    r"(?:\s+(?:trên|dưới|khoảng|gần|hơn|ít nhất|xuống|lên|còn))*\s*$",
    re.IGNORECASE,
)
# The predicate of the figure before: the scope stands beside its subject only when the
# two clauses say the same thing of them ("... giảm 1,5%, riêng các huyện nghèo giảm 4%").
_VERB: Final = re.compile(
    r"\b(giảm|tăng|đạt|là|còn)(?:\s+(?:bình quân|mỗi năm|hằng năm|hàng năm|thêm))?"
    r"(?:\s+(?:trên|dưới|khoảng|gần|hơn|ít nhất|xuống|lên|còn|từ))*\s*$",
    re.IGNORECASE,
)
# A group of places within the whole the figure before was stated for; an area ("khu vực
# nông thôn", "khu vực miền núi") is one, as a region ("vùng") is.
_PLACES: Final = re.compile(
    r"^(?:(?:các|những|hai|ba|bốn|năm|mỗi)\s+)?"
    r"(?:huyện|xã|tỉnh|thành phố|thị xã|quận|phường|thị trấn|vùng|địa phương|khu vực)\b"
)
# Words a scope holds none of: a verb or a measure's own words make a clause of its own.
_OWN_WORDS: Final = re.compile(r"\b(?:có|được|đạt|chiếm|tỷ lệ|tỉ lệ|số|tổng)\b")
# The whole the figure before was stated for, which the scope replaces.
_WHOLE_TAIL: Final = re.compile(
    r"\s+(?:(?:của\s+)?(?:toàn|cả)\s+(?:tỉnh|huyện|thành phố|nước|quốc)|của (?:tỉnh|huyện))$",
    re.IGNORECASE,
)


def sibling_scope(scope: str, before: str) -> str:
    """The name of the measure `before` taken over `scope`, or "" when `scope` is no
    scope of it."""
    lower = scope.lower()
    if len(lower.split()) > 6 or names_measure(lower) or _OWN_WORDS.search(lower):
        return ""
    words = before.split()
    if len(words) < 3:
        return ""
    first = lower.split()[0]
    lowered = [word.lower() for word in words]
    if lowered[:2] == lower.split()[:2]:
        return ""  # "khu vực dịch vụ" after "khu vực công nghiệp": a sibling named in full
    if first in lowered[2:]:
        # "tuyến huyện" after "... tuyến tỉnh": the scope before is set aside. What is set
        # aside is a scope of a few words, not most of a measure's name.
        at = len(lowered) - 1 - lowered[::-1].index(first)
        if len(words) - at <= 4:
            return " ".join([*words[:at], scope])
        return ""
    if _PLACES.match(lower):
        return f"{_WHOLE_TAIL.sub('', before)} {scope}"
    return ""


def scope_sibling(draft: Draft, sentence: list[Draft], norm: str) -> str:
    """The name of a figure whose clause names only a scope of the measure of the figure
    before it in the sentence, or ""."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.kind == "count" or draft.in_paren:
        return ""
    stretch = norm[draft.item_start : quantity.lead_start]
    if len(stretch) > 60:
        return ""
    # The figure before, a list look-up, is asked first: the clause pattern, lazy and
    # backtracking, then runs only where there is a sibling to name.
    earlier = same_unit_before(draft, sentence)
    if not earlier or not earlier[-1].indicator:
        return ""
    match = _CLAUSE.match(stretch)
    if match is None:
        return ""
    before = earlier[-1]
    if before.quantity is None:
        return ""
    said = _VERB.search(norm, max(before.item_start, before.quantity.lead_start - 40),
                        before.quantity.lead_start)  # fmt: skip
    # "giảm còn 12%, khu vực vùng cao còn 19%": either word of the predicate before is said
    if said is None or match.group("verb").lower() not in said.group(0).lower().split():
        return ""
    scope = " ".join(match.group("scope").split()).strip(" ,")
    return sibling_scope(scope, before.indicator)
