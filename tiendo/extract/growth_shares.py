"""A share of growth named by its verb alone: "dịch vụ tăng 6,12% (đóng góp 52,23%)".

>>> unnamed_share("điểm phần trăm", "dịch vụ", "", None)
True
>>> unnamed_share("%", "tỷ trọng dịch vụ", "", None)
False
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.quantities import Quantity

# "đóng góp 18,2% vào tăng trưởng của tỉnh": what the share went into names it instead.
_INTO: Final = re.compile(r"\s*vào\b")


def unnamed_share(unit: str, indicator: str, low: str, quantity: Quantity | None) -> bool:
    """Whether a figure's name should be that of the sector that contributed it: every
    contribution in points, and a contribution in % that the verb alone names."""
    if unit in ("điểm phần trăm", "điểm %"):
        return True
    if unit != "%" or quantity is None or " của " in indicator:
        return False
    lowered = indicator.lower()
    verb_only = lowered in ("đóng góp", "mức đóng góp")
    return verb_only and _INTO.match(low, quantity.unit.end) is None
