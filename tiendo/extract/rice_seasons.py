"""The season of rice named by its crop and year: "lúa hè thu 2012", "lúa đông xuân
2023-2024".

A report writes "vụ hè thu 2012" or, naming the crop, "lúa hè thu 2012"; either is a crop
season, the time of the figures it heads (period_cues reads "vụ ..."). Only the year is
the time: "lúa" and the season stay in the name of the figure ("diện tích gieo trồng lúa
đông xuân"), as the golds write it. "Vụ lúa đông xuân ..." and "lúa hè thu năm 2023" (the
year named with "năm") are read as before.

>>> [m.group() for m in rice_seasons("lúa hè thu 2012: thu hoạch 1,68 triệu ha")]
['hè thu 2012']
>>> [m.group() for m in rice_seasons("vụ lúa đông xuân 2022-2023, lúa hè thu năm 2023")]
[]
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.lexicon import is_letter

_SEASON: Final = re.compile(
    r"(?:đông\s+xuân|hè\s+thu|thu\s+đông|mùa|chiêm\s+xuân|chiêm|xuân)"
    r"\s+(\d{4})(?:\s*[-–/]\s*(\d{4}))?\b"
)


def rice_seasons(low: str) -> list[re.Match[str]]:
    """The seasons after "lúa" in lower-case `low` (not after "vụ lúa"): group 1 is the
    year, group 2 the year a season across two years ends in."""
    found = []
    at = low.find("lúa ")
    while at >= 0:
        # "lúa" as a word of its own, not in "vụ lúa".
        whole = at == 0 or not is_letter(low[at - 1])
        if whole and not low.endswith("vụ ", 0, at):
            season = _SEASON.match(low, at + 4)
            if season is not None:
                found.append(season)
        at = low.find("lúa ", at + 4)
    return found
