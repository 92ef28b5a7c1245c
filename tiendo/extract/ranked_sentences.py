"""A sentence that ranks the places or bodies holding most of the total stated before it.

"Đảng bộ Khối đã kết nạp 139 đảng viên. Các đảng bộ kết nạp nhiều nhất là Trường Cao đẳng
Hải Dương với 28 đảng viên, Công ty CP Kinh doanh nước sạch Hải Dương 21 đảng viên";
"Toàn huyện có 195 đảng viên được nhận huy hiệu … Xã Yên Sơn có nhiều đảng viên được nhận
nhất với 15 người, tiếp đến là xã Lạc Sơn với 13 người". The sentence states no total of
its own: its first figure is ranked ("nhiều nhất là X với", "X có nhiều … nhất với") and
the next ones follow it ("tiếp đến là Y với", ", Y"). Each is the total's measure (or what
the ranking counts, "đảng viên được nhận") of the one named, whose name may hold words in
lower case ("Công ty CP Kinh doanh nước sạch Hải Dương").

>>> follower("; tiếp đến là xã Lạc Sơn với ")
'xã Lạc Sơn'
>>> follower(", Công ty CP Kinh doanh nước sạch Hải Dương ")
'Công ty CP Kinh doanh nước sạch Hải Dương'
>>> follower(" và chiếm ")
''
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.said_names import SaidNames
from tiendo.extract.superlatives import counted_most, ranked_one

_LEAD: Final = re.compile(
    r"^[\s,;:]*(?:và\s+|còn\s+)?"
    r"(?:(?:tiếp đến|tiếp theo|kế đến|kế tiếp|sau đó|đứng thứ hai|thứ hai)\s*(?:là\s+)?)?",
    re.IGNORECASE,
)
_TRAIL: Final = re.compile(
    r"\s*(?:với|đạt|có)?\s*(?:hơn|gần|trên|khoảng|xấp xỉ)?\s*$", re.IGNORECASE
)
# "Về tăng trưởng kinh tế, …": the sentence's heading names the measure it ranks by.
_HEADING: Final = re.compile(r"\s*Về\s+(?P<m>[^\W\d_][^,;:]{2,40}?)\s*,\s*")
_PLACE_WORDS: Final = ("xã ", "huyện ", "thị xã ", "thành phố ", "phường ", "quận ", "tỉnh ")
_VERB: Final = re.compile(r"\b(?:tăng|giảm|đạt|là|có|được|chiếm|bằng|ước|nhất)\b")
# A person counted by "người" may be of any count of people the total states.
_PERSONS: Final = "người"
_LOOK_BACK: Final = 30


def follower(words: str) -> str:
    """The name of an item after the first of a ranking, in its words before the number."""
    item = _TRAIL.sub("", _LEAD.sub("", words, count=1)).strip(" ,;:")
    if not item or len(item.split()) > 10 or any(ch.isdigit() for ch in item):
        return ""
    if not item[:1].isupper() and not item.lower().startswith(_PLACE_WORDS):
        return ""
    return "" if _VERB.search(item.lower()) else item


def ranked_in_sentence(
    draft: Draft, sentence: list[Draft], previous: list[Draft], said: SaidNames, norm: str
) -> str:
    """'kết nạp đảng viên Trường Cao đẳng Hải Dương' for an item of a ranking sentence
    after the sentence that states the total, or ""."""
    quantity = draft.quantity
    if quantity is None or (quantity.unit.text != "%" and quantity.unit.kind != "count"):
        return ""
    if not sentence:
        return ""
    opening = sentence[0].clause_start
    if norm.find("nhất", opening, quantity.lead_start) < 0:
        return ""  # the cheap test: no ranking in the sentence so far
    unit = quantity.unit.text
    before = [d for d in sentence if d.anchor < draft.anchor]
    if any(d.quantity is None or d.quantity.unit.text != unit or d.in_paren for d in before):
        return ""
    first = before[0] if before else draft
    if first.quantity is None:
        return ""
    ranking = norm[opening : first.quantity.lead_start]
    heading = _HEADING.match(ranking)
    if heading:
        ranking = ranking[heading.end() :]
    first_one = ranked_one(ranking)
    if not first_one:
        return ""  # the sentence opens with a total of its own, or with no ranking
    last = before[-1].quantity if before else None
    one = follower(norm[last.extent_end : quantity.lead_start]) if last else first_one
    if not one:
        return ""
    if heading:
        # "Về tăng trưởng kinh tế, huyện A cao nhất với 12,89%": the heading names it.
        return f"{heading.group('m')} {one}"
    if unit == "%":
        return ""
    totals = [
        d
        for d in previous
        if d.quantity is not None
        and d.quantity.unit.kind == "count"
        and (d.quantity.unit.text == unit or unit == _PERSONS)
        and d.indicator
    ]
    if not totals:
        return ""
    # What the ranking counts, else the count of that noun named last (as `superlative`
    # names the first item), else the total.
    opened = [n for n in said.names[-_LOOK_BACK:] if n.lower().startswith(unit.lower() + " ")]
    measure = counted_most(ranking) or (opened[-1] if opened else totals[0].indicator)
    return f"{measure} {one}"
