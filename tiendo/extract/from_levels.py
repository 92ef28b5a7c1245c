"""The time of the first level of "từ A xuống B" when the level names none.

"Từ năm 2016 đến cuối năm 2019, huyện kéo tỷ lệ hộ nghèo từ 6,26% xuống còn 2,36%": the
sentence set the span the change ran over, and the level it ran from is of the span's
first year. "Giai đoạn 2021 - 2023, số hộ nghèo giảm từ 3.586 hộ xuống 2.900 hộ" reads so
too. Without a span, a basis named after the change ("tức giảm 2,59% so với năm 2016")
is the time of the level it started from.
"""

from __future__ import annotations

import re

_SPAN = re.compile(
    r"\b(?:từ\s+(?:đầu\s+)?năm\s+(\d{4})\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?(?:năm\s+)?\d{4}"
    r"|giai đoạn\s+(\d{4})\s*[-–]\s*\d{4})"
)
_BASIS_YEAR = re.compile(r"\bso\s+với\s+(?:cuối\s+)?năm\s+(\d{4})\b")
_REACH = 160  # characters after the level where its change's basis may be named


def first_level_year(low: str, sentence_start: int, anchor: int) -> int | None:
    """The year of a first level "từ A" at `anchor` that names no time of its own, from
    the span its sentence opened with or the basis its change names, or None."""
    found = None
    for match in _SPAN.finditer(low, sentence_start, anchor):
        found = match
    if found is not None:
        return int(found.group(1) or found.group(2))
    after = low[anchor : anchor + _REACH]
    end = min((i for i in (after.find(". "), after.find(";")) if i >= 0), default=len(after))
    basis = _BASIS_YEAR.search(after, 0, end)
    return int(basis.group(1)) if basis else None
