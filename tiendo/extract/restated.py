"""A measure named again after an opening basis goes on with the figure before it.

"Chỉ số giá tiêu dùng tháng 3 giảm 0,27% so với tháng trước; so với tháng 12/2017, CPI
tháng 3 tăng 0,97%": after the basis, the clause names its subject, which is usually a new
figure ("so với cùng kỳ, khu vực dịch vụ tăng 6%"). Here the subject is the figure before
named again, by its abbreviation and its own time: one figure compared on another basis.
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft

# Abbreviations a report uses for a measure it has also named in words.
_SPELLED: Final = {
    "cpi": "chỉ số giá tiêu dùng",
    "iip": "chỉ số sản xuất công nghiệp",
    "grdp": "tổng sản phẩm trên địa bàn",
    "gdp": "tổng sản phẩm trong nước",
}
# The time and the verb around a subject: "CPI tháng 3 ước tăng" is "cpi".
_TIME: Final = re.compile(
    r"\b(?:tháng|quý|năm)\s+[\divx]+(?:\s*/\s*\d{2,4})?|\b\d{1,2}\s+tháng(?:\s+đầu\s+năm)?"
)
_VERB: Final = re.compile(r"\s*(?:\b(?:ước|dự kiến|ước tính|vẫn|lại|chỉ|đã))?\s*(?:tăng|giảm)?\s*$")
_COMMA: Final = re.compile(r",(?!\d)")


def _bare(words: str) -> str:
    return " ".join(_TIME.sub(" ", words).replace("(", " ").replace(")", " ").split())


def names_again(low: str, host: Draft, opening: str, number_start: int) -> bool:
    """True when the subject after the basis that opens the clause (`opening`, which ends
    at `number_start`) names the measure of `host`, the figure before, again."""
    lead_start = number_start - len(opening)
    comma = _COMMA.search(low, lead_start, number_start)
    if comma is None:
        return False
    subject = _VERB.sub("", low[comma.end() : number_start])
    named = _bare(subject)
    if not named or len(named.split()) > 6:
        return False
    before = _bare(low[host.item_start : host.anchor])
    if not before:
        return False
    spelled = _SPELLED.get(named, named)
    return before.startswith(spelled) or f" {named} " in f" {before} "
