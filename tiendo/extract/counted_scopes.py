"""What a list item says of the things it counts names the measure said of them after.

"cấp mới cho 46 dự án với 365,78 triệu USD, điều chỉnh tăng vốn cho 29 dự án với 149,12
triệu USD": the capital is of the projects granted anew, then of those whose capital was
raised; "trong đó khu công nghiệp có 284 dự án, vốn 13.738 triệu USD, ngoài khu công
nghiệp 173 dự án, vốn 17.695 triệu USD": of the projects in, then outside, the parks. A
count with no words of its own after the noun takes them from before it: without them
the items' measures would all be one ("vốn dự án").
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft

# What opens an item before its own words: a separator, a breakdown word, a connective.
_ITEM_LEAD: Final = re.compile(r"^[\s,;:(]*(?:(?:trong đó|gồm|bao gồm|riêng|và|còn)\b[\s,:]*)?")
# The item's words then the verb that ties them to the count: "cấp mới cho", "... có".
_TIED: Final = re.compile(r"^(?P<words>[^\W\d][^\d,;:()]*?)(?:\s+(?P<verb>cho|có))?\s*$")
# Words that are an actor of the whole sentence, not a part of what was counted.
_ACTORS: Final = ("tỉnh", "huyện", "thành phố", "xã", "toàn", "cả", "lũy kế", "luỹ kế", "tính")
_MOST_WORDS: Final = 5


def with_count_scope(named: str, draft: Draft, earlier: list[Draft], norm: str) -> str:
    """`named` ("vốn dự án") with what the count's item said of the things counted before
    them ("vốn dự án cấp mới"), or `named` as it was."""
    quantity = draft.quantity
    if quantity is None:
        return named
    count = next((d for d in reversed(earlier) if d.anchor < draft.anchor), None)
    if count is None or count.quantity is None:
        return named
    counted = count.quantity
    if counted.unit.kind != "count" or counted.tail.strip(" ,;"):
        return named  # the count's own words after the noun already say which
    pre = norm[count.item_start : counted.lead_start]
    lead = _ITEM_LEAD.match(pre)
    tied = _TIED.match(pre[lead.end() :] if lead else pre)
    if tied is None:
        return named
    words = tied.group("words").strip()
    folded = words.lower()
    if not words or len(words.split()) > _MOST_WORDS or folded.startswith(_ACTORS):
        return named
    if not tied.group("verb") and not folded.startswith(("trong ", "ngoài ")):
        return named  # bare words before a count are a place only when they say where
    return f"{named} {words}"
