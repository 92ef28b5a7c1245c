"""The part that rose most, named after a rise: "tăng 11,5%, cao nhất là công nghiệp với 13,7%".

A superlative that names one part of the measure just stated ("cao nhất là Y với",
"giảm nhiều nhất là Y với", "thấp nhất thuộc về Y với") gives that part's figure in the
measure the head stated: after a rise on a basis, the part's percentage is its rise on the
same basis, not a level of its own. After a level ("tỷ lệ hộ nghèo 5,23%, cao nhất là
Điện Biên với 37,08%") it stays a level, so a level stated between the rise and the
superlative ends the reading.

>>> superlative_item(", cao nhất là công nghiệp và xây dựng với ")
True
>>> superlative_item("; giảm nhiều nhất thuộc về tôm với mức ")
True
>>> superlative_item(", trong đó công nghiệp đạt ")
False
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft

# The superlative, an optional verb before it, what it names, and "với" right before the
# number: nothing in the name may state a level or a number of its own.
_SUPERLATIVE_ITEM: Final = re.compile(
    r"^[\s,;:]*(?:trong đó[\s,]*)?(?:(?P<verb>tăng|giảm)\s+)?"
    r"(?:(?:cao|thấp|lớn|nhỏ|nhiều|ít|mạnh)\s+nhất|dẫn đầu)\s+(?:là|thuộc về|thuộc)\s+"
    # The name closed by "với" or a comma: "tăng nhiều nhất là nhóm giao thông, với 1,66%",
    # "tăng mạnh nhất là nhóm giáo dục, 2,1%".
    r"[^\W\d][^\d%;.()]{0,60}?(?:\s*,\s*(?:với(?:\s+mức)?)?|\s+với(?:\s+mức)?)\s*$"
)


def superlative_item(item: str) -> bool:
    """True when `item`, the words before a percentage, name the most or least of a list."""
    return _SUPERLATIVE_ITEM.match(item) is not None


def superlative_sign(item: str) -> int:
    """-1 when the superlative says its part fell ("giảm nhiều nhất là nhóm giao thông với"),
    1 when it says it rose, 0 when it says neither (the part moves as the head did).

    >>> superlative_sign(", giảm nhiều nhất là nhóm giao thông với ")
    -1
    >>> superlative_sign(", cao nhất là công nghiệp với ")
    0
    """
    found = _SUPERLATIVE_ITEM.match(item)
    verb = found.group("verb") if found is not None else None
    return 0 if verb is None else (-1 if verb == "giảm" else 1)


def superlative_of_rise(item: str, rise: Draft, drafts: list[Draft], number: int) -> bool:
    """True when `item` is a superlative right after `rise`, with no level between them."""
    return superlative_item(item) and not any(
        d.quantity is not None and rise.anchor < d.anchor < number for d in drafts
    )
