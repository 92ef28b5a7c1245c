"""A percentage that gives the share of the things just counted: their rate.

"Tổng số hộ nghèo là 14.601 hộ, chiếm 10,29% tổng số hộ dân"; "135 trạm có bác sĩ, tức
100% số trạm"; "có 66.956 hộ nghèo, chiếm 15,37%". The percentage right after a count,
joined by a verb of share ("chiếm", "bằng", "tức", "tương đương") or in parentheses,
says what part of a whole those things are: the rate (tỷ lệ) of the things counted.
The whole after it ("tổng số hộ dân") is the rate's denominator, not its name.
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft

# Between the count and the percentage: a comma or a parenthesis, the verb, a hedge.
_SHARE_LINK: Final = re.compile(
    r"^\s*(?:,\s*(?:và\s+)?(?:chiếm|bằng|đạt|tức(?: là)?|tương đương(?: với)?)|\()"
    r"(?:\s+(?:khoảng|gần|hơn|trên|xấp xỉ))?\s*$"
)
# The whole after the percentage: a number of things ("số hộ", "tổng số trạm"), or nothing.
_WHOLE_IS_COUNT: Final = re.compile(r"^(?:tổng\s+)?số\s")
_NUMBER_WORD: Final = re.compile(r"^(?:tổng\s+)?số\s+", re.IGNORECASE)


def share_of_count(draft: Draft, named: str, earlier: list[Draft], low: str) -> str:
    """'tỷ lệ hộ nghèo' for the percentage after '14.601 hộ nghèo', or ''."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.text != "%":
        return ""
    before = [d for d in earlier if d.anchor < draft.anchor]
    if not before:
        return ""
    count = before[-1]
    if count.quantity is None or count.quantity.unit.kind != "count" or not count.indicator:
        return ""
    gap = low[count.quantity.extent_end : quantity.lead_start]
    if len(gap) > 30 or not _SHARE_LINK.match(gap):  # the link is short: the cheap test first
        return ""
    tail = quantity.tail.lower()
    if tail and not _WHOLE_IS_COUNT.match(tail):
        return ""  # "chiếm 35% diện tích": a share of another measure
    thing = _NUMBER_WORD.sub("", count.indicator)
    if thing.lower().startswith(("tỷ lệ", "tỉ lệ")):
        return ""
    if thing[1:2].islower():
        thing = thing[:1].lower() + thing[1:]  # "Hộ cận nghèo ..." opening its sentence
    return f"tỷ lệ {thing}"


def count_share_of_whole(host_kind: str, verb: str, after: str, percent: float) -> bool:
    """True when a percentage said to equal ("bằng") a whole number of things, right after
    a count ("43.048 hộ nghèo, bằng 33,05% tổng số hộ dân cư", "42 xã, bằng 23% tổng số
    xã"), is the rate of the things counted, a figure of its own named by share_of_count,
    and not a ratio comparing the count with that whole. Money set against a total
    ("308 tỷ USD, bằng 63,5% tổng kim ngạch") stays a ratio, and so does a count set
    against one of another time ("bằng 110% số doanh nghiệp của năm 2020"): a part is
    no more than its whole, and a whole of its own time names none."""
    if host_kind != "count" or verb != "bằng" or percent > 100:
        return False
    whole = after.lstrip()  # the words after the percentage, to the end of its clause
    return bool(_WHOLE_IS_COUNT.match(whole)) and _OTHER_TIME.search(whole) is None


# A whole counted at another time: the count is compared with it, not a part of it.
_OTHER_TIME: Final = re.compile(r"\b(?:năm|tháng|quý|kỳ|kì|cùng kỳ|đầu|cuối)\b")
