"""The field a count of cases names after its noun holds for the count of people set
beside it: in "phát hiện 120 vụ phạm tội về ma túy với 184 đối tượng" the 184 are drug
offenders. The other way round ("19 vụ, 36 bị can về kinh tế") is paired_counts' work.

>>> field_between(" phạm tội về ma túy với ")
'phạm tội về ma túy'
>>> field_between(", ") is None
True
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.name_case import lower_name

# After the first count's noun: its field ("vi phạm về X", "về X"), then what joins the
# second count to it (a comma, "với", "cùng", "và"), and nothing else.
_FIELD_THEN_JOIN: Final = re.compile(
    r"^\s+((?:[^\W\d_]+\s+){0,2}về\s+[^\W\d_][^,;.()]*?)\s*"
    r"(?:,\s*(?:và\s+|cùng\s+)?|\s+(?:với|cùng|và)\s+)$"
)


def field_between(gap: str) -> str | None:
    """The field named in `gap`, the text from the first count's noun to the second count."""
    found = _FIELD_THEN_JOIN.match(gap)
    return found.group(1) if found else None


def hand_on_field(drafts: list[Draft], low: str) -> None:
    """Give a bare count ('phát hiện đối tượng') the field its neighbour before it names
    after its noun ('vụ phạm tội về ma túy')."""
    for index in range(len(drafts) - 1):
        first, second = drafts[index], drafts[index + 1]
        one, other = first.quantity, second.quantity
        if one is None or other is None or one.unit.kind != "count":
            continue
        if other.unit.kind != "count" or not lower_name(second.indicator).endswith(other.unit.text):
            continue
        field = field_between(low[one.unit.end : other.lead_start])
        at = lower_name(first.indicator).find(field) if field else -1
        if field and at >= 0:
            second.indicator = f"{second.indicator} {first.indicator[at : at + len(field)]}"
