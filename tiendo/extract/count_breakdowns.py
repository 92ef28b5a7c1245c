"""Parts of a count a breakdown names only by a label: "tuyển mới đào tạo 7.600 người, trong
đó trình độ cao đẳng 350 người, trung cấp 1.500 người".

Each part counts the whole's people (or things), those of the label: "tuyển mới đào tạo
trình độ trung cấp", not "trung cấp người". The whole is the count right before the
breakdown's marker ("trong đó", "gồm:"), every figure between the marker and the part is a
count too, and the part counts the same noun (or people, "người", of a whole that counts
workers or learners). A label that is long, or names its noun first, says enough; after
"trong đó" a semicolon ends the breakdown.

>>> joined_count_name("tuyển mới đào tạo người", "người", "trình độ cao đẳng người", "người")
'tuyển mới đào tạo trình độ cao đẳng'
>>> joined_count_name("người tham gia bảo hiểm xã hội", "người", "bắt buộc người", "người")
'người tham gia bảo hiểm xã hội bắt buộc'
"""

from __future__ import annotations

from typing import Final

from tiendo.extract.breakdowns import marker_before
from tiendo.extract.clauses import Draft
from tiendo.extract.units import counted_noun

_LABEL_LONGEST: Final = 4
# Nouns of people a part may count as "người" under a whole that counts them otherwise.
_PEOPLE: Final = frozenset({"người", "lao động", "học viên", "học sinh", "lượt người"})


def _without_noun(name: str, noun: str) -> str:
    words, noun_words = name.split(), noun.split()
    if noun_words and words[-len(noun_words) :] == noun_words:
        words = words[: -len(noun_words)]
    return " ".join(words)


def joined_count_name(whole: str, whole_noun: str, part: str, part_noun: str) -> str:
    """The part's name: the whole's, then the part's label, each without its noun; or "".

    Only a part named "<label> <noun>" is a bare label: one that opens with its noun ("xã
    đạt 17 tiêu chí", "lao động nữ") names what it counts by itself."""
    words = part.lower().split()
    noun = part_noun.lower().split()
    if words[: len(noun)] == noun or words[-len(noun) :] != noun:
        return ""
    label = _without_noun(part, part_noun)
    head = _without_noun(whole, whole_noun) or whole
    if not label or not head or len(label.split()) > _LABEL_LONGEST:
        return ""
    if label.lower() in head.lower():
        return ""
    return f"{head} {label}"


def count_part_name(
    low: str, earlier: list[Draft], draft: Draft, sentence_start: int, indicator: str
) -> str:
    """The name of a count `draft`, named `indicator` by its own words, that a breakdown
    names only by its label, or ""."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.kind != "count" or not indicator:
        return ""
    earlier = [d for d in earlier if d.anchor < draft.anchor]
    marker = marker_before(low, sentence_start, draft.anchor)
    # After "trong đó" a semicolon closes the breakdown; after a colon it parts the items.
    if marker < 0 or (low[marker] != ":" and ";" in low[marker : draft.anchor]):
        return ""
    wholes = [d for d in earlier if d.anchor < marker and d.quantity is not None]
    if not wholes:
        return ""
    whole = wholes[-1]
    assert whole.quantity is not None
    if whole.quantity.unit.kind != "count" or not whole.indicator:
        return ""
    parts = [d for d in earlier if d.anchor > marker and not d.in_paren]
    if any(d.quantity is None or d.quantity.unit.kind != "count" for d in parts):
        return ""
    whole_noun = counted_noun(whole.quantity.unit.text)
    part_noun = counted_noun(quantity.unit.text)
    if part_noun != whole_noun and not (part_noun == "người" and whole_noun in _PEOPLE):
        return ""
    return joined_count_name(whole.indicator, whole_noun, indicator, part_noun)
