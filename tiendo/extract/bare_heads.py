"""Words that stay in a name after a bare measure word, though they end a predicate
elsewhere: "vốn thực hiện" (capital disbursed), "tổng mức" (the total level)."""

from __future__ import annotations

from typing import Final

# "vốn thực hiện", "khối lượng thực hiện", "tổng mức": after a bare measure word, the
# trailing word is part of the name ("capital disbursed", "total level"), not its
# predicate; taking it off would leave a word that names nothing by itself.
_KEPT_AFTER_BARE_HEAD: Final = {
    "thực hiện": ({"vốn"}, {"khối lượng", "giá trị", "tổng vốn", "kinh phí"}),
    "mức": ({"tổng"}, set()),
}


def bare_head_before(phrase: str, lower: list[str], first: int, end: int) -> bool:
    """Whether `phrase` ends a name whose rest, lower[first:end], is a bare measure word."""
    kept = _KEPT_AFTER_BARE_HEAD.get(phrase)
    if kept is None or not 0 < end - first <= 2:
        return False
    return " ".join(lower[first:end]) in kept[end - first - 1]
