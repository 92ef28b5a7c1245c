"""The name of a part a breakdown names bare, from the whole it breaks down.

"GRDP tăng 5,03%, trong đó dịch vụ tăng 6,74%": the part rises in the whole's measure
("GRDP dịch vụ", breakdowns.py); an amount takes the whole's measure of money
("giá trị sản xuất lâm nghiệp"); a count named by a label counts the whole's people
(count_breakdowns.py); a sentence that opens "Theo nhóm ngành," or "Trong đó," breaks down
the whole the sentence before stated (next_breakdowns.py, marked_breakdowns.py).
"""

from __future__ import annotations

from tiendo.extract.breakdowns import level_head_of, whole_of
from tiendo.extract.clauses import Draft
from tiendo.extract.count_breakdowns import count_part_name
from tiendo.extract.marked_breakdowns import joined, whole_marked
from tiendo.extract.name_case import lower_name
from tiendo.extract.next_breakdowns import whole_before


def part_name(
    low: str,
    sentence: list[Draft],
    draft: Draft,
    sentence_start: int,
    before: list[Draft],
    part: str,
) -> str:
    """The name of `draft`, a part named `part` of a whole in its `sentence` or the sentence
    `before`, or `part` when no whole is found."""
    counted = count_part_name(low, sentence, draft, sentence_start, part)
    if counted:
        return counted
    whole = (
        whole_of(low, sentence, draft, sentence_start)
        or level_head_of(low, sentence, draft, sentence_start)
        or whole_before(low, draft, sentence_start, before)
    )
    if whole:
        return f"{whole} {part}" if whole.lower() not in lower_name(part) else part
    whole = whole_marked(low, draft, part, sentence_start, before)
    return joined(whole, part) if whole and whole.lower() not in lower_name(part) else part
