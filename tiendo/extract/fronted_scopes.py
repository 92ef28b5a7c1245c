"""A scope set before a clause's list with "riêng" bounds every measure of that list.

"Tổng số doanh nghiệp tăng 7,9% nhưng lao động giảm 4,8%; riêng khu vực có vốn đầu tư
trực tiếp nước ngoài, số doanh nghiệp giảm 14,8%, số lao động giảm 17,8%": the second
clause opens with the part of the economy it speaks of, then a comma, then its measures,
each of that part ("số lao động khu vực có vốn đầu tư trực tiếp nước ngoài"). The scope
is no measure: the first name holds it before its own measure, the later ones not at all.

>>> fronted_scope(" riêng khu vực có vốn đầu tư nước ngoài, số doanh nghiệp ")
('khu vực có vốn đầu tư nước ngoài', 'số doanh nghiệp')
>>> fronted_scope(" riêng tháng 9, chỉ số giá ")
('', '')
>>> scoped_name("số lao động", "khu vực có vốn đầu tư nước ngoài")
'số lao động khu vực có vốn đầu tư nước ngoài'
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.breakdowns import names_measure
from tiendo.extract.clauses import Draft

# "riêng <scope>, <the rest of the clause up to the number>": no digit, bracket or clause
# break in the scope. (The rest is taken greedily and stripped after: a lazy run before
# "\s*$" tries the blanks at every place, slow on a long run of them.)
_FRONTED: Final = re.compile(
    r"^[\s,;:]*riêng\s+(?P<scope>[^\W\d_][^\d,;:.()]{2,80}?)\s*,\s*(?P<rest>[^;:()]*)$",
    re.IGNORECASE,
)
# A time or a period said with "riêng" ("riêng tháng 9", "riêng trong quý") is when, not a
# scope of what is measured; a place's own clause ("riêng huyện A tăng") has no comma. A
# place "riêng với" sets beside the whole ("Riêng với Nghệ An, GRDP ...") compares it with
# the country, and stays out of the name (test_hidden_classes).
_NOT_SCOPE: Final = re.compile(
    r"^(?:trong|tháng|quý|năm|ngày|kỳ|tuần|giai đoạn|vụ|đợt|lần|nhiệm kỳ|với|đối với)\b",
    re.IGNORECASE,
)
_LONGEST_MEASURE: Final = 8
_FROM_NUMBER: Final = re.compile(r"\d.*$", re.DOTALL)


def fronted_scope(clause: str) -> tuple[str, str]:
    """The scope "riêng" sets before a clause's comma, and the words of the clause after
    the comma up to its first number ('', '' when the clause opens otherwise)."""
    fronted = _FRONTED.match(clause)
    if fronted is None:
        return "", ""
    scope = fronted.group("scope").strip()
    if _NOT_SCOPE.match(scope):
        return "", ""
    rest = _FROM_NUMBER.sub("", fronted.group("rest")).strip()
    if not names_measure(rest):
        # "riêng dịch vụ lưu trú, ăn uống đạt 3.419 tỷ đồng": the comma was the scope's
        # own, and no measure follows it; "Riêng con tôm, 6 tháng đầu năm ...": a time.
        return "", ""
    return scope, rest


def scoped_name(measure: str, scope: str) -> str:
    """`measure` taken over `scope`, once."""
    if scope.lower() in measure.lower():
        return measure
    return f"{measure} {scope}"


def with_fronted_scope(draft: Draft, named: str, norm: str) -> str:
    """The name of a figure in a clause that "riêng <scope>," opens, over that scope, or
    "" (`norm`: the passage as read, with its case)."""
    clause = norm[draft.clause_start : draft.anchor]
    if "iêng" not in clause.lower():
        return ""  # the cheap test: no "riêng" in the clause
    scope, _ = fronted_scope(clause)
    if not scope:
        return ""
    # The first item holds the scope before its measure ("khu vực ..., số doanh nghiệp");
    # a later one names its measure alone ("số lao động").
    at = named.lower().find(scope.lower())
    measure = f"{named[:at]} {named[at + len(scope) :]}" if at >= 0 else named
    head, comma, after = measure.partition(", ")
    if comma and head.strip() and scope.lower().endswith(head.strip().lower()):
        measure = after  # "cũ, GRDP" under "Riêng Hải Phòng cũ,": the scope's last words
    measure = " ".join(measure.split()).strip(" ,")
    if (
        not measure
        or len(measure.split()) > _LONGEST_MEASURE
        or any(character.isdigit() for character in measure)
        or not names_measure(measure)
    ):
        return ""
    return scoped_name(measure, scope)
