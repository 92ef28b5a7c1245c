"""Years counted from one until now end now.

"Từ năm 2021 đến nay, xã huy động gần 194,6 tỷ đồng ..." sums several years (a term
total: no single year is its period), and what the passage says after it is of the time
of writing: readers give the next sentences the year the text was written in, not 2021.
The span is read as one period mention of "now", so that its first year frames nothing;
from the year of writing itself ("Tính từ đầu năm 2019 đến nay", written in 2019) it is
the months of that year so far. In a text of no known year, the first year is all that
is known of now.

>>> years_to_now("từ năm 2021 đến nay, xã huy động")
[(0, 19, 2021)]
>>> years_to_now("từ đầu năm 2019 tới nay"), years_to_now("từ năm 2015 đến năm 2020")
([(0, 23, 2019)], [])
"""

from __future__ import annotations

import re
from typing import Final

_FROM_YEAR_TO_NOW: Final = re.compile(
    r"từ(?<=\btừ)\s+(?:đầu\s+)?(?:năm\s+)?(\d{4})\s+(?:đến|tới)\s+(?:nay|thời điểm này)\b"
)


def years_to_now(text: str) -> list[tuple[int, int, int]]:
    """The spans of lower-case `text` that count years from one until now, with the
    first year."""
    return [(m.start(), m.end(), int(m.group(1))) for m in _FROM_YEAR_TO_NOW.finditer(text)]
