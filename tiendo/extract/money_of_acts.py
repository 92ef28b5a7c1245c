"""A sum of money joined by "với" to an act that counts things is the money of that act:
"hỗ trợ xây 7 căn nhà cho hộ nghèo với tổng số tiền 350 triệu đồng" is the money of
building those houses ("tổng số tiền hỗ trợ xây căn nhà cho hộ nghèo"), as "trao 120
suất học bổng với tổng trị giá 60 triệu đồng" is the value of the grants. Without a
count just before ("Quỹ đã chi hỗ trợ với tổng số tiền …") or with a measure of its own
("tổng số tiền thu đảng phí") the name stays.

>>> money_measure("tổng số tiền"), money_measure("số tiền cho vay")
('tổng số tiền', '')
>>> money_measure("hộ khó khăn với tổng kinh phí")
'tổng kinh phí'
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.units import counted_noun

# After a comma the things counted may go on before "với": "sửa chữa 156 nhà ở cho hộ
# nghèo, hộ khó khăn với tổng kinh phí 7,8 tỷ đồng" names the sum "hộ khó khăn với tổng
# kinh phí", which is the money of the act all the same.
_MONEY: Final = re.compile(
    r"^(?:[^\W\d_][^\d;.:()]{0,60}?\s+với\s+)?"
    r"(?P<measure>(?:tổng\s+)?(?:số tiền|trị giá|kinh phí))$",
    re.IGNORECASE,
)
# Between the count and the sum: a few words of what was counted, then "với" or a comma
# and the measure (a bound word may stand before the number): "hỗ trợ tiền điện cho 1.171
# hộ, tổng số tiền 697,3 triệu đồng" is the money of the act as "với" says it.
_GAP: Final = re.compile(
    r"^(?P<rest>[^\d;.:()]{0,60}?)(?:[\s,]*\bvới\s+|\s*,\s*)"
    r"(?:tổng\s+)?(?:số tiền|trị giá|kinh phí)"
    r"(?:\s+(?:là|khoảng|hơn|trên|gần|gần như))?\s*$",
    re.IGNORECASE,
)

_AFTER_AUXILIARY: Final = re.compile(r",|\b(?:đã|được|đang|sẽ)\b")
_BOUNDS: Final = frozenset({"gần", "khoảng", "hơn", "trên", "được", "cho"})
_LONGEST_VERB: Final = 3
# An act with its object said before the count ("đã xử phạt vi phạm hành chính 544 tổ chức",
# "ra quyết định xử phạt 139 tổ chức") is longer; it is taken whole only where the count's
# own name holds it (after its actor: "Đội quản lý thị trường đã xử phạt hành chính …").
_LONGEST_ACT: Final = 10
_PLACE_ACTORS: Final = frozenset({"tỉnh", "huyện", "xã", "phường", "thị trấn", "quận"})
_LONGEST_TAIL: Final = 6


# The last letters of _MONEY's measures, in either case ("tiền", "giá", "phí"; no other
# letter is one of them to a pattern that ignores case).
_MONEY_LAST: Final = frozenset("nNáÁíÍ")


def money_measure(named: str) -> str:
    """The money measure alone that `named` is, or ""."""
    named = named.strip()
    # Every match ends with a measure: a plain look at the last letter first, as the
    # pattern (an optional run first) is otherwise matched through the whole name.
    if named[-1:] not in _MONEY_LAST:
        return ""
    found = _MONEY.match(named)
    return found.group("measure") if found else ""


def money_of_act(draft: Draft, named: str, earlier: list[Draft], low: str) -> str:
    """The name of a sum of money as the money of the count just before, or ""."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.kind != "money":
        return ""
    measure = money_measure(named)
    if not measure:
        return ""
    before = next(
        (d for d in reversed(earlier) if d.anchor < draft.anchor and d.quantity is not None),
        None,
    )
    counted = before.quantity if before is not None else None
    if before is None or counted is None or counted.unit.kind != "count" or not before.indicator:
        return ""
    if before.sentence != draft.sentence or not _GAP.match(
        low[counted.extent_end : quantity.lead_start]
    ):
        return ""
    noun = counted_noun(counted.unit.text)
    tail = counted.tail.split(" với ", 1)[0].strip(" ,")
    tail = tail if len(tail.split()) <= _LONGEST_TAIL and not tail.startswith("với") else ""
    before_count = low[before.clause_start : counted.lead_start]
    if act := act_for(before_count):
        # "hỗ trợ làm nhà ở cho 350 hộ nghèo với tổng kinh phí 14 tỷ đồng": the money is
        # of the act, the households only received it.
        return " ".join(part for part in (measure, act, "cho", noun, tail) if part)
    verb = _act(before_count, before.indicator)
    return " ".join(part for part in (measure, verb, noun, tail) if part)


def act_for(before_count: str) -> str:
    """The act whose beneficiaries the count counts ("đã hỗ trợ 728.712 m2 đất ở cho": "hỗ
    trợ đất ở"), its amounts left out, or ""."""
    words = _AFTER_AUXILIARY.split(before_count)[-1].split()
    while words and words[-1] in _BOUNDS and words[-1] != "cho":
        words.pop()  # "cho gần 2.000 hộ"
    if words[-1:] != ["cho"]:
        return ""
    words = [word for word in words[:-1] if not any(c.isdigit() for c in word)]
    if words and words[0] in _PLACE_ACTORS:
        words = words[1:]  # "huyện đào tạo nghề cho": the act without the place that acted
    return " ".join(words) if 0 < len(words) <= _LONGEST_ACT else ""


def _act(before_count: str, count_name: str) -> str:
    """The verb just before the count ("đã xử phạt 57 cơ sở": "xử phạt"), or ""."""
    words = _AFTER_AUXILIARY.split(before_count)[-1].split()
    while words and words[-1] in _BOUNDS:
        words.pop()
    if len(words) > 1 and words[0] in _PLACE_ACTORS:
        words = words[1:]  # "huyện sửa chữa 156 nhà": the act without the place that acted
    if 0 < len(words) <= _LONGEST_VERB and all(word.isalpha() for word in words):
        return " ".join(words)
    # An actor before the verb ("Ủy ban MTTQ huyện trao 776 phần quà"): the words the
    # count's name opens with.
    named = count_name.lower().split()
    for size in range(min(_LONGEST_ACT, len(words)), 0, -1):
        act = words[-size:]
        if act == named[:size] or (size > 1 and _holds(named, act)):
            return " ".join(act)
    return ""


def _holds(named: list[str], act: list[str]) -> bool:
    """True when the words of `act` stand together, in order, among those of `named`."""
    size = len(act)
    return any(named[at : at + size] == act for at in range(len(named) - size + 1))
