"""A share in parentheses after an absolute difference restates that difference as a rise:
"tăng 30 ca (38%) so với tuần trước", "giảm 24 vụ (-14,63%)" (the sign repeats the verb);
so does one joined to it by "tương ứng", "tương đương" or "tức": "giảm 450 ha, tương đương
3,5% so với cùng kỳ" is a fall of 3,5%, not a share of the same period.
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.comparisons import read_basis_after
from tiendo.extract.figure import ComparisonFound
from tiendo.extract.quantities import Quantity

# What may stand between the parenthesis and the share: "(-14,63%)", "(+11,1%)", "(bằng 38%)".
_RESTATING: Final = frozenset(
    {"", "bằng", "tương đương", "tương ứng", "tăng", "giảm", "-", "−", "+"}
)
# The counted noun's words the difference's unit left out: "giảm 6 người bị thương (-33,3%)"
# (the unit is "người"), "tăng 3 cơ sở sản xuất (+15%)".
_NOUN_TAIL: Final = re.compile(r"(?:\s+(?!so\b|với\b|năm\b|cùng\b)[^\W\d_]+){0,3}\s*")
_CHANGE_VERB_AT: Final = re.compile(r"[\s,(]*(tăng|giảm)\b")
# ", giảm " between a difference and its share: the verb said again.
_VERB_AGAIN: Final = re.compile(r"\s*,\s*(tăng|giảm)\s*$")
# What may follow a restating share: the end of its clause, or its basis.
_CLOSES: Final = re.compile(r"\s*(?:[,;.)]|$|so\b)")
# "giảm 210 tỷ đồng so với năm 2023, tương ứng 5,8%": a comma, then the word that restates
# (the basis may stand before it, after the difference, or after the share).
_RESTATING_WORD: Final = re.compile(r"\s*,\s*(?:tương ứng|tương đương|tức là|tức)(?:\s+với)?\s*$")


def restated_difference(
    low: str, differences: list[tuple[int, int]], quantity: Quantity
) -> ComparisonFound | None:
    """The change a share restates when it follows, in parentheses, one of the sentence's
    absolute `differences`: (first word, "change", basis, end, "", fall), or None."""
    opening = low.rfind("(", max(0, quantity.lead_start - 24), quantity.lead_start)
    if opening < 0 or low[opening + 1 : quantity.lead_start].strip() not in _RESTATING:
        return _joined_restatement(low, differences, quantity)
    for start, end in differences:
        if end <= opening and _NOUN_TAIL.fullmatch(low, end, opening):
            verb = _CHANGE_VERB_AT.match(low, start)
            if verb is None:
                return None
            after = read_basis_after(low, quantity.extent_end + 1)
            basis_text, basis_end = after if after else (None, quantity.extent_end + 1)
            first = start
            if basis_text is None and (before := _basis_before(low, start)) is not None:
                basis_text, first = before  # the rise's words open with its basis
            return first, "change", basis_text, basis_end, "", verb.group(1) == "giảm"
    return None


# "so với cùng kỳ giảm 8 vụ (giảm 16%)": the basis said right before the difference's verb,
# after a comma that closes a level in the same counted noun ("xảy ra 42 vụ tai nạn, ").
_LEVEL_BEFORE: Final = re.compile(r"\d\s*([^\W\d_]+)[^\d,;:()]*,\s*$")
_COUNTED_AT: Final = re.compile(r"\s*(?:tăng|giảm)\s+(?:thêm\s+)?[\d.,]+\s*([^\W\d_]+)")
_SO_BEFORE: Final = re.compile(r"\bso(?:\s+với)?\s+[^,;:()]{2,40}$")


def _basis_before(low: str, verb_start: int) -> tuple[str, int] | None:
    """The basis that runs up to the verb at `verb_start` ("so với năm 2018 giảm 351 vụ")
    and where its words start, or None: the restated rise is against it when no basis
    follows the share.

    >>> low = "xảy ra 42 vụ, so với cùng kỳ giảm 8 vụ (giảm 16%)"
    >>> _basis_before(low, low.index("giảm"))
    ('cùng kỳ', 14)
    """
    if "so" not in low[max(0, verb_start - 48) : verb_start]:
        return None
    opening = _SO_BEFORE.search(low, max(0, verb_start - 48), verb_start)
    if opening is None:
        return None
    basis = read_basis_after(low, opening.start())
    if basis is None or low[basis[1] : verb_start].strip():
        return None  # the basis must run up to the verb
    level = _LEVEL_BEFORE.search(low, max(0, opening.start() - 60), opening.start())
    counted = _COUNTED_AT.match(low, verb_start)
    if level is None or counted is None or level.group(1) != counted.group(1):
        # "…, bị thương 12 người; so với năm 2023 giảm 9 vụ (-33,3%), giảm 4 người chết
        # (-36,4%)": differences in other nouns than the level before the comma are a list
        # of their own, each of the count it names (difference_items).
        return None
    return basis[0], opening.start()


def _joined_restatement(
    low: str, differences: list[tuple[int, int]], quantity: Quantity
) -> ComparisonFound | None:
    """'tăng 2.300 tấn, tương ứng 5,4% so với năm trước': the share a restating word joins
    to the difference right before it is that difference's rise (its verb gives the sign);
    "tương ứng tăng 5,4%" repeats the verb and is read as a rise already."""
    for start, end in differences:
        if end > quantity.lead_start or quantity.lead_start - end > 80:
            continue
        verb = _CHANGE_VERB_AT.match(low, start)
        if verb is None:
            return None
        before = read_basis_after(low, end)  # "giảm 210 tỷ đồng so với năm 2023, tương ứng"
        joint = before[1] if before and before[1] < quantity.lead_start else end
        if not _RESTATING_WORD.match(low, joint, quantity.lead_start) and not _same_verb_again(
            low, joint, quantity.lead_start, quantity.extent_end, verb.group(1)
        ):
            continue
        after = read_basis_after(low, quantity.extent_end)
        basis_text, basis_end = after if after else (None, quantity.extent_end)
        if basis_text is None and joint > end and before:
            basis_text = before[0]
        first = start
        if basis_text is None and (opening := _basis_before(low, start)) is not None:
            basis_text, first = opening  # "so với năm 2018 giảm 8 vụ, tương đương 16%"
        return first, "change", basis_text, basis_end, "", verb.group(1) == "giảm"
    return None


def _same_verb_again(low: str, joint: int, lead_start: int, extent_end: int, verb: str) -> bool:
    """'số vụ cháy giảm 52 vụ, giảm 33,77%': the difference's own verb said again after a
    comma, before a share (`lead_start` to `extent_end`) that closes its clause or names a
    basis, restates the difference as a rise; "tăng 5 vụ, giảm 10% số người chết" goes on
    to a thing of its own.

    >>> low = "số vụ cháy giảm 52 vụ, giảm 33,77%."
    >>> _same_verb_again(low, 21, 28, 34, "giảm"), _same_verb_again(low, 21, 28, 34, "tăng")
    (True, False)
    >>> low = "tăng 5 vụ, giảm 10% số người chết"
    >>> _same_verb_again(low, 9, 16, 19, "giảm")
    False
    """
    again = _VERB_AGAIN.match(low, joint, lead_start)
    return (
        again is not None and again.group(1) == verb and _CLOSES.match(low, extent_end) is not None
    )
