"""A respective list whose subject is a group named again by its count: "Quý I năm 2010,
ba khu vực này lần lượt tăng 3,74%, 5,60% và 6,64%". The group points back to the figures
of the sentence before whose names open with its noun ("khu vực nông, lâm nghiệp và thủy
sản", "khu vực công nghiệp và xây dựng", "khu vực dịch vụ"): when there are exactly as many
as the count says and as the list has percentages, each percentage is the figure of the
one at its place, for the time the clause names.

>>> group_noun("quý i năm 2010, ba khu vực này ")
('khu vực', 3)
>>> group_noun("cả hai ngành trên")
('ngành', 2)
>>> group_noun("nông nghiệp và dịch vụ") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from tiendo.extract.lexicon import NUMBER_VALUES, number_words

if TYPE_CHECKING:  # clauses imports the modules that import this one
    from tiendo.extract.clauses import Draft

# "ba khu vực này", "cả hai ngành trên", "3 nhóm hàng đó": a count, the group's noun (one to
# three words, no digit), and the word that points back.
_GROUP: Final = re.compile(
    rf"(?:^|,)\s*(?:cả\s+)?(?P<count>{number_words(2, 6)}|[2-6])\s+"
    r"(?P<noun>[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?)\s+(?:này|trên|đó|nói trên)\s*,?\s*$"
)


def group_noun(subject: str) -> tuple[str, int] | None:
    """The noun and count of a group named again ("ba khu vực này"), or None."""
    match = _GROUP.search(subject)
    if match is None:
        return None
    word = match.group("count")
    count = int(word) if word.isdigit() else NUMBER_VALUES[word]
    return match.group("noun"), count


def group_members(low: str, subject: str, count: int, previous: Sequence[Draft]) -> list[str]:
    """The names of the figures of the sentence before that the group in `subject` points
    back to, in order, when there are `count` of them and the group counts as many; else [].
    A figure is the group's when its name or its own words (in lower-case `low`) open with
    the group's noun ("ngành chăn nuôi tăng 4,2%" is named "chăn nuôi")."""
    found = group_noun(subject)
    if found is None or found[1] != count:
        return []
    noun = found[0] + " "
    names: list[str] = []
    for draft in previous:
        name = draft.indicator
        words = low[draft.item_start : draft.anchor].lstrip(" ,;:.-")
        if (name.lower().startswith(noun) or words.startswith(noun)) and name not in names:
            names.append(name)
    return names if len(names) == count else []
