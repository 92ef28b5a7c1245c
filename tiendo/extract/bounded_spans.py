"""A span of months opened by a bound on its length, not by a comparison.

"Hơn 9 tháng qua, tổng doanh thu vận tải ước đạt …", "Trong hơn 6 tháng đầu năm, …": the
"hơn" that opens the clause says the time ran a little longer than the months it
counts; it is no "cao hơn 6 tháng đầu năm 2023", where the months are what the figure is
set against. `period_cues` reads "hơn" before a time as a comparison's basis, so a span
opened by the bound alone would leave its figures with no time at all.
"""

from __future__ import annotations

import re
from typing import Final

# The clause holds nothing before the months but the bound and a word of time ("trong",
# "sau", "qua"): no verb or adjective ("cao hơn", "nhiều hơn") compares with them.
_BOUND_ONLY: Final = re.compile(r"\s*(?:(?:trong|sau|qua)\s+)?hơn\s+")


def bounded_span(tail: str) -> bool:
    """True when `tail`, what a clause holds before a time, is only a bound on its length.

    >>> bounded_span("hơn ")
    True
    >>> bounded_span(" trong hơn ")
    True
    >>> bounded_span(" cao hơn ")
    False
    """
    return "hơn" in tail and _BOUND_ONLY.fullmatch(tail) is not None
