"""The places a total is ranked over: "toàn tỉnh kết nạp 310 đảng viên mới, nhiều nhất là
Đảng ủy Khối với 74 đảng viên, tiếp đến Đảng bộ thành phố 60 đảng viên và Đảng bộ thị xã
38 đảng viên".

After a total, a ranking ("nhiều nhất là", "dẫn đầu là", "tiếp đến", "kế đến") lists who
holds the most of it; each item is named by the place alone, with no measure of its own.
Each is the total's measure, of that place ("kết nạp đảng viên mới của Đảng bộ thị xã").
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft, same_unit_before

_RANKING: Final = re.compile(
    r"(?:nhiều nhất|cao nhất|lớn nhất|dẫn đầu|đứng đầu)(?:\s+là)?"
    r"|kế đến|tiếp đến|tiếp theo(?:\s+là)?"
)
# The words around the place's name in its item: the ranking word, "với", a hedge.
_LEAD: Final = re.compile(
    r"^[\s,;]*(?:và\s+)?(?:(?:nhiều nhất|cao nhất|lớn nhất|dẫn đầu|đứng đầu)(?:\s+là)?|kế đến"
    r"|tiếp đến|tiếp theo(?:\s+là)?|sau đó là)?\s*",
    re.IGNORECASE,
)
_TRAIL: Final = re.compile(r"\s*(?:với\s*)?(?:hơn|gần|trên|khoảng|xấp xỉ)?\s*$", re.IGNORECASE)
_VERB: Final = re.compile(r"\b(?:tăng|giảm|đạt|là|có|được|chiếm|bằng|ước)\b")


def ranked_place(draft: Draft, sentence: list[Draft], text: tuple[str, str]) -> str:
    """'kết nạp đảng viên mới của Đảng bộ thị xã Phổ Yên' for a place ranked after the total
    of its sentence, or ''."""
    quantity = draft.quantity
    if quantity is None:
        return ""
    low, norm = text
    near = low[max(0, quantity.lead_start - 240) : quantity.lead_start]
    if (
        "nhất" not in near
        and "kế đến" not in near
        and "tiếp đến" not in near
        and "tiếp theo" not in near
    ):
        return ""  # the cheap test first: no ranking word near the figure
    totals = same_unit_before(draft, sentence)
    if not totals or totals[0].quantity is None or not totals[0].indicator:
        return ""
    total = totals[0]
    assert total.quantity is not None
    between = low[total.quantity.end : quantity.lead_start]
    if "nhất" not in between and "đến" not in between and "tiếp theo" not in between:
        return ""  # no ranking word after the total ("A dẫn đầu về năng suất" ranks no total)
    if not _RANKING.search(between) or _RANKING.search(
        low, total.item_start, total.quantity.lead_start
    ):
        return ""  # (a total ranked itself, "huyện A cao nhất với 12,9%", is no total)
    # An item with no words of its own had them read as the words after the unit before
    # ("tiếp đến A 60 đảng viên và B 38 đảng viên"): they start after that unit.
    start = draft.item_start
    if not norm[start : quantity.lead_start].strip() and totals[-1].quantity is not None:
        start = totals[-1].quantity.unit.end
    item = norm[start : quantity.lead_start]
    item = _TRAIL.sub("", _LEAD.sub("", item, count=1))
    words = item.split()
    if (
        not words
        or len(words) > 10
        or not words[0][:1].isupper()
        or any(ch.isdigit() for ch in item)
    ):
        return ""
    if _VERB.search(item.lower()) or ("," in item and " và " in item):
        return ""
    return f"{total.indicator} của {item}"
