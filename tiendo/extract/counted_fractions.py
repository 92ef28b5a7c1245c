"""A count out of a total whose things counted are named before it, by "số", and not after
the total: "số chỉ tiêu đạt 44/57", "Số trường đạt chuẩn quốc gia: 18/22", "số xã đạt
chuẩn nông thôn mới là 10/15". The count is 44 "chỉ tiêu", as "44/57 chỉ tiêu" would be.

>>> low = "xã tự đánh giá đạt 12/19 tiêu chí, số chỉ tiêu đạt 44/57."
>>> first = low.index("44"); last = first + 2
>>> end = bare_fraction_end(low, last, len(low), 44.0)
>>> low[last:end], fraction_noun(low, low, 0, first, end).text
('/57', 'chỉ tiêu')

A document's number ("Nghị định số 15/2020") names nothing counted; "tỷ số" is a ratio:

>>> low = "theo nghị định số 15/20, "
>>> fraction_noun(low, low, 0, low.index("15"), low.index(",")) is None
True
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.numbers import is_year, parse_number
from tiendo.extract.units import UnitMatch, read_unit

# The total, then the end of the clause: nothing more is said of the count.
_BARE_TOTAL: Final = re.compile(r"/(\d+(?:\.\d{3})*)(?=\s*(?:[,;.)]|\s\(|$))")
# "số" and the noun counted, a few more words of the name, maybe "đạt", "là" or ":" right
# before the count. "tỷ số", "chỉ số", "mã số" and a document's "số 15/2020" are no count.
_COUNTED_BEFORE: Final = re.compile(
    r"(?:^|[\s,;:(])(?<!tỷ )(?<!tỉ )(?<!chỉ )(?<!mã )(?<!hệ )(?<!điểm )số"
    r"\s+(?P<noun>[^\W\d_]+(?:\s+[^\W\d_]+)?)(?:\s+[^\W\d_]+){0,8}?\s*:?\s*$"
)


def bare_fraction_end(low: str, last: int, end: int, value: float) -> int | None:
    """Where the total of "44/57" ends when nothing follows it in its clause; None when it
    is no total (a year, a month, a total below the count)."""
    match = _BARE_TOTAL.match(low, last, end)
    if match is None:
        return None
    total = parse_number(match.group(1))
    if total is None or total < value or total < 2 or is_year(match.group(1)):
        return None
    return match.end()


def fraction_noun(low: str, norm: str, floor: int, first: int, end: int) -> UnitMatch | None:
    """The noun counted by the fraction at low[first:end], named after "số" before it; or
    None."""
    if "số" not in low[max(floor, first - 80) : first]:
        return None  # most fractions follow no "số"
    match = _COUNTED_BEFORE.search(low, max(floor, first - 80), first)
    if match is None:
        return None
    start, stop = match.span("noun")
    noun = read_unit(" " + low[start:stop], 0, " " + norm[start:stop])
    if noun is None or noun.kind != "count":
        return None
    return UnitMatch(noun.text, "count", end)
