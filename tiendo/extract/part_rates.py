"""The name a part's level takes from the whole named before it.

"Tỷ lệ thất nghiệp chung là 0,76%, tương đương 6.014 người; trong đó ở thành thị là
1,46%": the part "ở thành thị" is named after the measure last named, which is the count
restated after the rate ("số thất nghiệp chung"); the part's percentage is the rate of
that measure, and a part's count after a rate its count.

An item of a list that gives a rate, then a count named by its noun alone ("tiếp đó là Tây
Nguyên với 9,45% và 152.970 hộ"), counts what the count of the item before counted
("tổng số hộ nghèo và cận nghèo"): the rate between is the item's own, not the count's
measure (past_item_rate).

>>> whole_for_part("số thất nghiệp chung", "percent")
'tỷ lệ thất nghiệp chung'
>>> whole_for_part("số người thất nghiệp chung", "percent")
'tỷ lệ thất nghiệp chung'
>>> whole_for_part("tỷ lệ hộ nghèo", "count"), whole_for_part("số hộ nghèo", "count")
('tỷ lệ hộ nghèo', 'số hộ nghèo')
"""

from __future__ import annotations

from collections.abc import Callable

from tiendo.extract.clauses import Draft
from tiendo.extract.counts_restating import PEOPLE


def whole_for_part(whole: str, unit_kind: str) -> str:
    """`whole` (the measure named last) as the part's level reads it: a count's "số"
    turned into "tỷ lệ" for a percentage; else `whole` as it is."""
    if unit_kind == "percent" and whole[:3].lower() == "số ":
        rest = whole[3:]
        for people in PEOPLE:  # "số người thất nghiệp": the rate is "tỷ lệ thất nghiệp"
            if rest.lower().startswith(people + " "):
                rest = rest[len(people) + 1 :]
                break
        return f"tỷ lệ {rest}"
    return whole


def past_item_rate(draft_before: Callable[[Draft], Draft | None], draft: Draft) -> Draft | None:
    """The figure before `draft` that a count named by its noun alone may repeat the
    measure of: the one just before, or, past a percentage just before it (the item's
    rate), the one before that."""
    previous = draft_before(draft)
    if previous is None or previous.quantity is None or previous.quantity.unit.kind != "percent":
        return previous
    return draft_before(previous) or previous
