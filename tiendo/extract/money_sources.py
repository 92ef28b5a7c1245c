"""Money named only by where it comes from: "Ngoài ra còn khoảng 23 ngàn tỷ đồng từ khai
thác đấu giá đất", "huyện có thêm 120 tỷ đồng từ nguồn thu tiền sử dụng đất". With no
subject before the amount, the source after it names the measure ("nguồn vốn từ khai thác
đấu giá đất", "nguồn thu tiền sử dụng đất"), not the measure of the sentence before.

>>> text = "còn khoảng 23 ngàn tỷ đồng từ khai thác đấu giá đất trên địa bàn."
>>> source_after(text, text.index(" từ"), len(text))
'nguồn vốn từ khai thác đấu giá đất trên địa bàn'
>>> text = "có thêm 120 tỷ đồng từ nguồn thu tiền sử dụng đất, tăng 5%"
>>> source_after(text, text.index(" từ"), len(text))
'nguồn thu tiền sử dụng đất'
>>> source_after("đạt 120 tỷ đồng từ năm 2020", 17, 27)
''

A later item of a list of amounts with no words before its number says what it is after
its unit, as a participle ("ngân sách tỉnh 38 tỷ đồng và 235 triệu đồng trích từ tiền lãi
cho vay", "và khoảng 10 tỷ đồng được huy động từ cộng đồng"): that names it, not the item
before it.

>>> text = "và 235 triệu đồng trích từ tiền lãi cho vay của Quỹ."
>>> participle_after(text, text.index(" trích"), len(text))
'trích từ tiền lãi cho vay của Quỹ'
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from tiendo.extract.clauses import Draft

# "từ" and the source's words, up to a mark; no number (a time or a level: "từ năm 2020",
# "từ 100 tỷ đồng lên ...") and no verb of a clause of its own.
_SOURCE: Final = re.compile(
    r" từ (?!năm\b|tháng\b|quý\b|đầu\b|ngày\b|nay\b|mức\b|khoảng\b)"
    r"([^\W\d_][^\d,;:.()%]{2,60}?)\s*(?=[,;:.()]|$)"
)

# "(được) trích từ …", "(được) huy động từ …": how the money was got, and from where.
_PARTICIPLE: Final = re.compile(
    r" (?:được )?((?:trích|huy động|vận động|xã hội hóa|xã hội hoá|vay|đóng góp) từ "
    r"[^\W\d_][^\d,;:.()%]{2,60}?)\s*(?=[,;:.()]|\s+và\s|$)"
)


def participle_after(norm: str, unit_end: int, clause_end: int) -> str:
    """How and from where the money after `unit_end` of `norm` was got, or ""."""
    if "từ" not in norm[unit_end : unit_end + 24]:
        return ""
    found = _PARTICIPLE.match(norm, unit_end, clause_end)
    return " ".join(found.group(1).split()) if found else ""


def money_source(norm: str, draft: Draft, sentence: list[Draft]) -> str:
    """The measure an amount of money (`draft`) is named by after it ("từ …"), or "" when
    an earlier amount of its sentence names it ("Tổng kinh phí … là 90 tỷ đồng, trong đó 64
    tỷ đồng từ ngân sách Trung ương" is the whole's, from that source: late_names)."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.kind != "money":
        return ""
    if any(
        d.anchor < draft.anchor and d.quantity is not None and d.quantity.unit.kind == "money"
        for d in sentence
    ):
        return participle_after(norm, quantity.unit.end, draft.clause_end)
    return source_after(norm, quantity.unit.end, draft.clause_end)


def source_after(norm: str, unit_end: int, clause_end: int) -> str:
    """The source named after "từ" right at `unit_end` of `norm`, as a measure, or ""."""
    if not norm.startswith(" từ ", unit_end):
        return ""
    found = _SOURCE.match(norm, unit_end, clause_end)
    if found is None:
        return ""
    source = " ".join(found.group(1).split())
    return source if source.lower().startswith("nguồn") else f"nguồn vốn từ {source}"
