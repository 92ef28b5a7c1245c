"""A count broken down by the places it went to, after "trong đó".

"tỉnh đưa 400 lao động đi làm việc ở nước ngoài, trong đó thị trường Nhật Bản 240 người,
Hàn Quốc 70 người": each part names only a place (a market, a country) and a count of the
same people; what is counted is the whole's measure, for that place ("... đi làm việc ở
nước ngoài thị trường Nhật Bản"), not the bare word "thị trường" with the counted noun.

>>> _place("thị trường Nhật Bản ")
('thị trường', 'Nhật Bản')
>>> _place(", Hàn Quốc ")
('', 'Hàn Quốc')
>>> _place("lao động nữ ")
('', '')
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft

_MARKER: Final = "trong đó"
# The words that lead a part: a connective, then "thị trường" / "sang" / "tại".
# A place's words open with a capital, accented ones too: "Úc", "Ấn Độ", "Ả Rập Xê Út".
_CAPITALS: Final = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper())
_PART: Final = re.compile(
    r"^[\s,;:]*(?:(?:và|còn)\s+)?(?:(?P<lead>thị trường|sang|tại|ở)\s+)?"
    rf"(?P<place>(?:[{_CAPITALS}][^\W\d_]*(?:\s+|$)){{1,4}}"
    r"|(?:các\s+)?(?:thị trường|nước) khác\s*)$"
)


def _place(words: str) -> tuple[str, str]:
    """The lead word and the place a part's words name, or two empty strings."""
    found = _PART.match(words)
    if found is None:
        return "", ""
    return found.group("lead") or "", found.group("place").strip()


def placed_count(draft: Draft, sentence: list[Draft], text: tuple[str, str]) -> str:
    """The whole count's name with the place of a part listed after "trong đó", or ""."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.kind != "count" or not sentence:
        return ""
    low, norm = text
    floor = sentence[0].item_start
    marker = low.rfind(_MARKER, floor, quantity.lead_start)
    if marker < 0:
        return ""  # the cheap test
    wholes = [d for d in sentence if d.anchor < marker]
    parts = [d for d in sentence if marker < d.anchor < draft.anchor]
    if not wholes or any(
        d.quantity is None or d.quantity.unit.kind != "count" or d.in_paren
        for d in [*parts, wholes[-1]]
    ):
        return ""
    whole = wholes[-1]
    # The part's words: after the marker, or after the part before it (its number, unit
    # and counted noun) for a later part.
    before = parts[-1].quantity if parts else None
    start = before.extent_end if before is not None else marker + len(_MARKER)
    lead, place = _place(norm[start : quantity.lead_start])
    if not place or not whole.indicator:
        return ""
    first = parts[0].quantity if parts else None
    if not lead and first is not None and " khác" not in place:
        # "thị trường Nhật Bản 240 người, Hàn Quốc 70 người": the first part's lead word
        # goes with the later ones.
        lead = _place(norm[marker + len(_MARKER) : first.lead_start])[0]
    return " ".join(w for w in (whole.indicator, lead, place) if w)
