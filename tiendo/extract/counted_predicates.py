"""What the things counted are said to do, right after their noun, sets the count's kind
whatever the clause said before them: an aim ("năm 2021 tỉnh có 14 xã phấn đấu đạt
chuẩn") makes it a target, an estimate ("có 45 xã ước đạt chuẩn nông thôn mới", "13 tỉnh
ước bội chi quỹ") an estimate. Moved out of figure_kinds.py with the estimate added.

>>> predicate_kind("xã phấn đấu đạt chuẩn"), predicate_kind("tỉnh ước bội chi quỹ")
('target', 'estimate')
>>> predicate_kind("hộ phải di dời"), predicate_kind("nước sạch") is None
(None, True)
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.figure import Kind
from tiendo.extract.undergone import undergone

# "14 xã phấn đấu đạt chuẩn": an aim said of the things counted ("cần sa" is cannabis).
_AIMED_AFTER: Final = re.compile(r"^(?:\S+\s+){0,2}?(?:phấn đấu|sẽ|dự kiến sẽ|cần(?! sa\b)|phải)\b")
# "45 xã ước đạt chuẩn": the estimate said of them ("ước" a word of its own, not "nước").
_ESTIMATED_AFTER: Final = re.compile(r"^(?:\S+\s+){0,2}?ước\b")


def predicate_kind(tail: str) -> Kind | None:
    """'target' or 'estimate' for the predicate of the things counted, else None; each
    pattern asked only where one of its words stands."""
    if ("sẽ" in tail or "phải" in tail or "cần" in tail or "phấn đấu" in tail) and (
        _AIMED_AFTER.match(tail) is not None and not undergone(tail)  # "35 hộ phải di dời"
    ):
        return "target"
    if "ước" in tail and _ESTIMATED_AFTER.match(tail) is not None:
        return "estimate"
    return None
