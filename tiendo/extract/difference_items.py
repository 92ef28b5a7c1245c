"""Differences listed one after another, each restated as a rise, are items of their own.

"So với năm 2023, giảm 9 vụ (-33,3%), giảm 4 người chết (-36,4%), giảm 6 người bị thương
(-33,3%)": each fall is of the count its difference names (the cases, the dead, the
injured), not a second rise of the one before; own_counts then gives each to its count.
Only a difference in other words, naming one count stated before it, is read so: "giảm 3 vụ
(-16,7%) so với cùng kỳ, tăng 2 vụ (+15%) so với tháng trước" compares one count twice,
and a difference no count stands for stays where it was. A rise restating a difference
right after a level stays that level's ("xảy ra 18 vụ, giảm 9 vụ (-33,3%)"): no restated
difference stands before it.

>>> low = "so với năm 2023, giảm 9 vụ (-33,3%), giảm 4 người chết (-36,4%)"
>>> differences_apart(low, Draft(0, 0, 0, 0, 0), 34, 35, 55, [])
False
>>> from tiendo.extract import extract_figures
>>> text = "Xảy ra 18 vụ, làm chết 7 người. So với năm 2023, " + low[17:] + "."
>>> [(f.value, [c.percent for c in f.comparisons]) for f in extract_figures(text)]
[(18.0, [-33.3]), (7.0, [-36.4])]
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft

# An absolute difference right before the parenthesis that restates it, its counted words
# kept ("giảm 6 người bị thương (").
_DIFFERENCE: Final = re.compile(
    r"\b(?:tăng|giảm)\s+(?:thêm\s+)?[\d.,]+\s*([^\s\d(),;]+(?:\s+[^\s\d(),;]+){0,4})"
    r"\s*\(\s*[-−+]?\s*$"
)

_REACH = 60  # characters read before a parenthesis for the difference it restates
_WORD: Final = re.compile(r"[^\W\d_]+")
_ITEM_END: Final = re.compile(r"[,;.()]")  # where a count's own item stops


def differences_apart(
    low: str, host: Draft, host_end: int, lead_start: int, number_start: int, earlier: list[Draft]
) -> bool:
    """True when the rise at `number_start` (its words from `lead_start`) restates an
    absolute difference in the noun of a count among the `earlier` figures and the
    comparison of `host` that ends at `host_end` restated a difference in another noun,
    `host` having no number of its own or being the count of that other noun."""
    words = _counted_words(low, lead_start, number_start)
    # Only a count the words name alone: with two such counts ("người" twice, neither
    # narrowed by its own words) which one is meant is left to the reading before.
    if not words or sum(_counts(low, draft, words) for draft in earlier) != 1:
        return False
    opening = low.rfind("(", max(0, host_end - 16), host_end)
    if opening < 0:
        return False
    before = _counted_words(low, max(0, opening - _REACH), opening + 1)
    if not before or before == words:
        return False
    quantity = host.quantity
    return quantity is None or quantity.unit.text.split(" ", 1)[0] == before.split(" ", 1)[0]


def _counted_words(low: str, start: int, end: int) -> str:
    """The counted words of the difference low[start:end] ends on ("người bị thương")."""
    found = _DIFFERENCE.search(low, start, end)
    return found.group(1) if found else ""


def _counts(low: str, draft: Draft, words: str) -> bool:
    """Whether `draft` is a count of the things `words` name ("vụ", "người chết") that no
    rise was given yet (own_counts gives the difference's rise only to such a count). A
    noun as broad as "người" must be narrowed the same way: the words after it ("chết",
    "bị thương") stand in the count's own item ("làm chết 7 người")."""
    quantity = draft.quantity
    if quantity is None or draft.comparisons or quantity.unit.kind != "count":
        return False
    noun, _, rest = words.partition(" ")
    unit = quantity.unit.text
    if unit.split(" ", 1)[0] != noun:
        return False
    if not rest or unit == words:
        return True
    # The count's own item: from where it starts to the punctuation after its unit.
    stop = _ITEM_END.search(low, quantity.unit.end, quantity.unit.end + 60)
    end = stop.start() if stop else quantity.unit.end + 60
    own = set(_WORD.findall(low, draft.item_start, end))
    return any(word in own for word in rest.split() if word not in unit.split())
