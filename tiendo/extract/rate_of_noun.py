"""A percentage followed by what it is of: "trên 90% đảng viên hoàn thành tốt nhiệm vụ".

The noun phrase after the number names the part of a whole, so the figure is the rate
(tỷ lệ) of that part: "tỷ lệ đảng viên hoàn thành tốt nhiệm vụ". "Số" before the noun
goes: "85% số xã đạt chuẩn" is the rate of communes. Words before the number that only
say when or lead in ("hằng năm", "mục tiêu", "phấn đấu") name nothing.

>>> rate_of("hộ dân sử dụng nước sạch", "hộ dân sử dụng nước sạch")
'tỷ lệ hộ dân sử dụng nước sạch'
>>> rate_of("Hằng năm", "đảng viên hoàn thành tốt nhiệm vụ")
'tỷ lệ đảng viên hoàn thành tốt nhiệm vụ'
>>> rate_of("tỷ lệ che phủ rừng", "diện tích")
''
"""

from __future__ import annotations

import re

from tiendo.extract.clauses import Draft

# Words before the number that name nothing measured: a time, a lead-in of an aim.
_NAMES_NOTHING = re.compile(
    r"^(?:hằng năm|hàng năm|mỗi năm|đến nay|hiện nay|hiện|mục tiêu|phấn đấu|chỉ tiêu|"
    r"đến năm \d{4}|năm \d{4})$",
    re.IGNORECASE,
)
_TAKES = re.compile(r"\b(?:chiếm|bằng|đạt|so với|so)(?:\s+\S+)?\s*$", re.IGNORECASE)
_NUMBER_OF = re.compile(r"^(?:tổng\s+)?số\s+(?!lượng|liệu)", re.IGNORECASE)
_NOT_A_PART = re.compile(r"^(?:của|so|trong|trên|với|cả|toàn)\b", re.IGNORECASE)
_RATE = re.compile(r"^(?:tỷ|tỉ) (?:lệ|trọng)\b", re.IGNORECASE)


def rate_of(named: str, tail: str) -> str:
    """The rate of the part `tail` names, when `named` is read from it or names nothing."""
    if not tail or _RATE.match(tail) or not tail[:1].islower() or _RATE.match(named):
        return ""  # "tỷ trọng A trong tổng kim ngạch": named as a share already
    if _NOT_A_PART.match(tail):
        return ""  # "91% của UBND tỉnh", "15% cả nước": whose, or the whole
    if not (named.lower().endswith(tail.lower()) or _NAMES_NOTHING.match(named.strip())):
        return ""
    return f"tỷ lệ {_NUMBER_OF.sub('', tail)}"


def rate_named(draft: Draft, named: str, pre: str) -> str:
    """The name of a percentage followed by the noun phrase it is of, or ""."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.text != "%" or draft.carried or draft.named:
        return ""
    if _TAKES.search(pre):
        return ""  # "chiếm 35% dân số": the words after the number are the whole
    return rate_of(named, quantity.tail)
