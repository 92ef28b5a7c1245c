"""What the things counted are said to do, right after their noun, sets the count's kind
whatever the clause said before them: an aim ("năm 2021 tỉnh có 14 xã phấn đấu đạt
chuẩn") makes it a target, an estimate ("có 45 xã ước đạt chuẩn nông thôn mới", "13 tỉnh
ước bội chi quỹ") an estimate. Moved out of figure_kinds.py with the estimate added.

>>> predicate_kind("xã phấn đấu đạt chuẩn"), predicate_kind("tỉnh ước bội chi quỹ")
('target', 'estimate')
>>> predicate_kind("hộ phải di dời"), predicate_kind("nước sạch") is None
(None, True)
>>> predicate_kind("số phải thu") is None
True
>>> predicate_kind("diện tích cần cấp"), predicate_kind("diện tích cần cấp", reached=True)
('target', None)
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.figure import Kind
from tiendo.extract.quant_words import ends_with_any
from tiendo.extract.undergone import undergone

# "14 xã phấn đấu đạt chuẩn": an aim said of the things counted ("cần sa" is cannabis),
# not an amount due or needed named by its noun ("chiếm 2,3% số phải thu", "số tiền cần").
_AIMED_AFTER: Final = re.compile(
    r"^(?:\S+\s+){0,2}?(?:phấn đấu|sẽ|dự kiến sẽ"
    r"|(?<!số )(?<!khoản )(?<!tiền )(?:cần(?! sa\b)|phải))\b"
)
# "45 xã ước đạt chuẩn": the estimate said of them ("ước" a word of its own, not "nước").
_ESTIMATED_AFTER: Final = re.compile(r"^(?:\S+\s+){0,2}?ước\b")


def predicate_kind(tail: str, reached: bool = False) -> Kind | None:
    """'target' or 'estimate' for the predicate of the things counted, else None; each
    pattern asked only where one of its words stands. Where the number was `reached` ("đạt
    97,5% diện tích cần cấp", "đạt 95% số trẻ cần tiêm"), a need after the noun says which
    area or which children the share is of, and aims at nothing."""
    if (
        not reached
        and ("sẽ" in tail or "phải" in tail or "cần" in tail or "phấn đấu" in tail)
        and (
            _AIMED_AFTER.match(tail) is not None and not undergone(tail)  # "35 hộ phải di dời"
        )
    ):
        return "target"
    if "ước" in tail and _ESTIMATED_AFTER.match(tail) is not None:
        return "estimate"
    return None


def reached_before(low: str, lead_start: int) -> bool:
    """True when "đạt" (or "đạt được") stands right before the number's lead."""
    return ends_with_any(low, max(0, lead_start - 12), lead_start, ("đạt", "đạt được"))
