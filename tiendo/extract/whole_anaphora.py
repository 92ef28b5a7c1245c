""" "<head> này" after a whole and its parts points back to the whole.

"Tháng 9, chỉ số sản xuất công nghiệp tăng 5,2%, trong đó chỉ số ngành chế biến tăng 6,1%,
chỉ số ngành điện tăng 3,4%. Tính chung 9 tháng, chỉ số này tăng 7,3%": the parts listed
after "trong đó" are branches of the measure the sentence is about; the next sentence's
"chỉ số này" goes on with that measure, not with its last branch. With no "trong đó" before
them, names of the same head are measures in their own right, and "<head> này" is the
last one said ("Tỷ lệ hộ nghèo là 5%. Tỷ lệ hộ cận nghèo là 7%. Tỷ lệ này ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, Protocol

from tiendo.extract.clauses import Draft
from tiendo.extract.recalled_names import named_by_this, pointed_head
from tiendo.extract.said_names import SaidNames

_SENTENCE_END: Final = re.compile(r"[.!?]\s")


class _Naming(Protocol):
    low: str
    names_said: SaidNames
    sentence_drafts: list[Draft]
    previous_sentence: list[Draft]


def this_named(lowered: str, naming: _Naming, draft: Draft) -> str:
    """The name "<head> này" (`lowered`) points back to: the whole a list of its parts
    followed, else the last name of that head said (named_by_this); "" when none."""
    head = pointed_head(lowered)
    if head and " " in head:
        earlier = naming.previous_sentence + [
            d for d in naming.sentence_drafts if d.anchor < draft.anchor
        ]
        whole = whole_before_parts(head, earlier, naming.low)
        if whole:
            return whole
    return named_by_this(lowered, naming.names_said)


def whole_before_parts(head: str, earlier: Sequence[Draft], low: str) -> str:
    """The name of `head` whose parts, of the same head, follow it after "trong đó" in its
    sentence and are the last names of that head said; "" when the last ones are no parts."""
    named = [d for d in earlier if d.indicator.lower().startswith(head)]
    for at in range(len(named) - 1, 0, -1):
        whole, part = named[at - 1], named[at]
        between = low[whole.anchor : part.anchor]
        if _SENTENCE_END.search(between):
            return ""  # the parts' run ends at a sentence: no whole before them
        if "trong đó" in between:
            return whole.indicator
    return ""
