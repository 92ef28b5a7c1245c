"""The time of the first level of "từ A xuống B" when the level names none.

"Từ năm 2016 đến cuối năm 2019, huyện kéo tỷ lệ hộ nghèo từ 6,26% xuống còn 2,36%": the
sentence set the span the change ran over, and the level it ran from is of the span's
first year. "Giai đoạn 2021 - 2023, số hộ nghèo giảm từ 3.586 hộ xuống 2.900 hộ" reads so
too. (A basis named after the change, "tức giảm 2,59% so với năm 2016", was tried as the
first level's time and left out: on the calibration part it put one period wrong.)
"""

from __future__ import annotations

import re

_SPAN = re.compile(
    r"\b(?:từ\s+(?:đầu\s+)?năm\s+(\d{4})\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?(?:năm\s+)?\d{4}"
    r"|giai đoạn\s+(\d{4})\s*[-–]\s*\d{4})"
)


def first_level_year(low: str, sentence_start: int, anchor: int) -> int | None:
    """The year of a first level "từ A" at `anchor` that names no time of its own, from
    the span its sentence opened with, or None."""
    found = None
    for match in _SPAN.finditer(low, sentence_start, anchor):
        found = match
    return int(found.group(1) or found.group(2)) if found is not None else None
