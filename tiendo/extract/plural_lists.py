"""Nouns listed with commas after a plural word are one group of a subject, not clauses.

"Dự toán thu ngân sách giao cho các ban, ngành, địa phương là 845 tỷ đồng": the commas
after "các ban" list who the estimate is given to; the stretch "địa phương là" is no
subject of its own, and the measure is "dự toán thu ngân sách …". A short stretch after
a plural word ("các", "những") and its noun is taken into the group while the
stretches go on, and the last only where a predicate word closed it ("… địa phương là"),
so that a verb after the comma ("…, xây 30 nhà") still opens its own clause.

>>> no_verb = lambda stretch: stretch.strip().removesuffix(" là")
>>> fold_plural_lists(["dự toán giao cho các ban", "ngành", "địa phương là"], no_verb)
['dự toán giao cho các ban, ngành, địa phương là']
>>> fold_plural_lists(["huyện hỗ trợ các hộ nghèo", " xây "], no_verb)
['huyện hỗ trợ các hộ nghèo', ' xây ']
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from tiendo.extract.closing_words import closing_size

# A stretch that ends with a plural word and one or two syllables of its noun.
_PLURAL_END: Final = re.compile(r"(?:^|\s)(?:các|những)\s+\S+(?:\s+\S+)?\s*$")
_LISTED_SYLLABLES: Final = 2  # "ngành", "địa phương", "thị trấn", "đơn vị"


def fold_plural_lists(chunks: list[str], strip: Callable[[str], str]) -> list[str]:
    """`chunks` (a subject split at its commas) with the nouns listed after a plural word
    joined back to the stretch that opened the list; `strip` drops predicate words."""
    folded = [chunks[0]]
    listing = False
    for position in range(1, len(chunks)):
        chunk = chunks[position]
        listing = listing or bool(_PLURAL_END.search(folded[-1].lower()))
        named = strip(chunk)
        last = position == len(chunks) - 1
        if (
            listing
            and 0 < len(named.split()) <= _LISTED_SYLLABLES
            and not any(c.isdigit() for c in chunk)
            and (not last or len(named) < len(chunk.strip()))
        ):
            folded[-1] = f"{folded[-1]}, {chunk}"
            continue
        listing = False
        folded.append(chunk)
    return folded


def without_predicate(stretch: str) -> str:
    """`stretch` without the predicate words that close it ("địa phương là" is "địa
    phương"), read as indicator._strip reads them, for a caller that has no stripping of
    its own."""
    words = stretch.split()
    lower = [word.lower() for word in words]
    last = len(words)
    while last:
        closing = closing_size(lower, 0, last)
        if not closing:
            break
        last -= closing
    return " ".join(words[:last])
