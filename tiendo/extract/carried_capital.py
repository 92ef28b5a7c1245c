"""The years of capital carried over name the capital, not the time of its figure.

"vốn kế hoạch năm 2022 kéo dài sang năm 2023 giải ngân 441,7 tỷ đồng", "vốn năm 2022
kéo dài đạt 44% kế hoạch": public investment capital not spent in its plan year may be
carried into the next; the years say which money it is (the plan of 2022, spent in
2023). What was disbursed of it is a figure of the report's own time, as the rest of
the capital is: neither year dates it.

>>> text = "vốn kế hoạch năm 2022 kéo dài sang năm 2023 giải ngân 441,7 tỷ đồng"
>>> [names_carried_capital(text, m, m + 8) for m in (13, 35)]
[True, True]
>>> names_carried_capital("kế hoạch vốn năm 2023 được giao", 13, 21)
False
"""

from __future__ import annotations

import re
from typing import Final

# "vốn (kế hoạch) năm 2022" right before the year's end, then "kéo dài".
_CAPITAL_YEAR: Final = re.compile(r"\bvốn(?:\s+kế hoạch|\s+đầu tư công)?\s+$")
_CARRIED_AFTER: Final = re.compile(r"\s+(?:được\s+)?kéo dài\b")
# "... kéo dài sang năm 2023": the year it was carried into.
_CARRIED_INTO: Final = re.compile(r"\bkéo dài\s+(?:sang|qua)\s+$")


def names_carried_capital(text: str, start: int, end: int) -> bool:
    """True when the year mention at text[start:end] ("năm 2022") names capital carried
    over from its plan year ("vốn năm 2022 kéo dài") or the year it was carried into
    ("kéo dài sang năm 2023")."""
    before = text[max(0, start - 30) : start]
    if _CARRIED_INTO.search(before):
        return True
    return _CAPITAL_YEAR.search(before) is not None and _CARRIED_AFTER.match(text, end) is not None
