"""How a figure is priced ("theo giá so sánh 2010") is said apart from what it measures,
unless the words follow the measure's own noun.

>>> without_price_basis("Theo giá so sánh, giá trị sản xuất").strip(" ,")
'giá trị sản xuất'
>>> without_price_basis("GRDP theo giá so sánh 2010")
'GRDP theo giá so sánh 2010'
"""

from __future__ import annotations

import re
from typing import Final

_PRICE_BASIS: Final = re.compile(
    r"(?:tính\s+)?theo giá (?:so sánh|hiện hành|cố định|thực tế)(?:\s+năm)?(?:\s+\d{4})?",
    re.IGNORECASE,
)


def _priced_how(match: re.Match[str]) -> str:
    """Blank a price basis that stands apart from the subject ("Theo giá so sánh, ...",
    "6 tháng đầu năm 2016 theo giá ...", "(GRDP) tính theo giá ..."); keep one that
    follows the measure's noun, which names that measure ("GRDP theo giá so sánh 2010")."""
    before = match.string[: match.start()].rstrip()
    if match.group().lower().startswith("theo") and before[-1:].isalpha():
        return match.group()
    return " " * len(match.group())


def without_price_basis(text: str) -> str:
    """`text` with a price basis that stands apart blanked (offsets stay put)."""
    return _PRICE_BASIS.sub(_priced_how, text)
