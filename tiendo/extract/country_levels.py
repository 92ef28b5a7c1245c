"""The whole country's level a province's figure is compared with.

"tăng trưởng của tỉnh chỉ đạt 4,07%, thấp hơn mức 8,02% của cả nước", "GRDP tăng 6,92%,
cao hơn mức tăng chung của cả nước (4,24%)", "vượt mức bình quân cả nước là 5,18%": the
number after "mức … cả nước" (or before "của cả nước") is the country's level of the
measure the clause stated first, so it is named by that measure for the country ("tăng
trưởng cả nước", "mức tăng GRDP cả nước"), not by the comparison's words nor by the
province's own scope.

>>> _LEVEL_BEFORE.search("cao hơn mức tăng chung của cả nước (").group("rise")
'tăng'
>>> _LEVEL_AFTER.match("% của cả nước.") is not None
True
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.quantities import Quantity

_COUNTRY: Final = r"(?:cả nước|toàn quốc)"
# "mức (tăng) (chung|bình quân) (của) cả nước (là) (", right before the number.
_LEVEL_BEFORE: Final = re.compile(
    rf"\bmức\s+(?:(?P<rise>tăng(?: trưởng)?)\s+)?(?:(?:chung|bình quân|trung bình)\s+)?"
    rf"(?P<of>của\s+)?{_COUNTRY}\s*(?:là\s*)?\(?\s*(?:khoảng|gần|hơn|trên)?\s*$"
)
# "mức 8,02% của cả nước": "mức" before the number, the country after its unit.
_MARK_BEFORE: Final = re.compile(r"\bmức\s+(?:(?P<rise>tăng(?: trưởng)?)\s+)?$")
_LEVEL_AFTER: Final = re.compile(rf"\s*%?\s*(?:của\s+){_COUNTRY}\b")
# The province's own scope in the measure's name: "tăng trưởng của tỉnh", "GRDP của Lào Cai".
_SCOPE: Final = re.compile(
    r"\s+(?:của|trên địa bàn)\s+"
    r"(?:tỉnh|thành phố|huyện|toàn tỉnh|[A-ZĐ][^\s,]*(?:\s+[A-ZĐ][^\s,]*)*)(?:\s.*)?$"
)
_REACH: Final = 50


def country_level(draft: Draft, named: str, sentence: list[Draft], low: str) -> str:
    """'mức tăng GRDP cả nước' for the country's level a figure is compared with, or ""."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.text != "%":
        return ""
    start = max(draft.clause_start, quantity.lead_start - _REACH)
    if low.find("mức", start, quantity.lead_start) < 0:
        return ""  # the cheap test
    found = _LEVEL_BEFORE.search(low, start, quantity.lead_start)
    if found is None:
        found = _MARK_BEFORE.search(low, start, quantity.lead_start)
        if found is None or not _LEVEL_AFTER.match(low, quantity.end):
            return ""
    # The measure stated first among the rates (and changes) before it: an amount said
    # earlier in the sentence ("thu ngân sách đạt 3.000 tỷ đồng, tăng trưởng đạt 7,5%, cao
    # hơn mức 5,05% của cả nước") is not what the country's level is of.
    before = [
        d
        for d in sentence
        if d.anchor < draft.anchor
        and not d.in_paren
        and d.indicator
        and (d.quantity is None or d.quantity.unit.text == "%")
    ]
    if not before:
        return ""
    measure = _SCOPE.sub("", before[0].indicator)
    if not measure or "cả nước" in measure.lower():
        return ""
    if named.lower().startswith(measure.lower()) and named.endswith("cả nước"):
        return ""  # named so already ("… kinh tế của cả nước")
    rise = "mức tăng " if found.group("rise") and "tăng" not in measure.lower() else ""
    # The country in the text's words: "mức tăng của cả nước" keeps its "của".
    of = "của " if "of" in found.groupdict() and found.group("of") else ""
    return f"{rise}{measure} {of}cả nước"


def country_quoted(low: str, quantity: Quantity, named: str) -> str:
    """'chỉ số giá tiêu dùng cả nước' for a level quoted as a basis ("thấp hơn nhiều so với
    mức 6,81% của cả nước") that is the country's, not an earlier period's, or ""."""
    if (
        "cả nước" not in low[quantity.end : quantity.end + 20]
        and "toàn quốc" not in (low[quantity.end : quantity.end + 20])
    ):
        return ""  # the cheap test
    if not _LEVEL_AFTER.match(low, quantity.end):
        return ""
    measure = _SCOPE.sub("", named)
    return f"{measure} cả nước" if measure and "cả nước" not in measure.lower() else ""
