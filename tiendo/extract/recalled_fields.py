"""A count of cases or offenders named again by its bare noun keeps the field the count
before it named after the same noun: in "xảy ra 3.422 vụ phạm pháp về trật tự xã hội ...
Công an khám phá 3.061 vụ" the 3.061 cases are public-order cases too, as a reader takes
a repeated noun to mean what it meant a clause or a sentence ago.

A heading that opens a new field in between ("Về ma túy, ...") ends the recall, and so
does a count of that noun in between that names no field.

>>> field_after("số vụ phạm pháp về trật tự xã hội", "vụ")
'phạm pháp về trật tự xã hội'
>>> field_after("khám phá vụ", "vụ") is None
True
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.name_case import lower_name

# A field after the counted noun: "về X", "phạm tội về X", "vi phạm pháp luật về X".
_FIELD: Final = re.compile(r"^(?:[^\W\d_]+\s+){0,4}về\s+[^\W\d_]")
# "X với 53 vụ": the count set beside what it counts.
_BESIDE: Final = re.compile(r"\svới\s*$")
# "Về ma túy, công an bắt ...": a heading at a sentence's or a clause's start.
_NEW_FIELD: Final = re.compile(r"(?:^|[.;:]\s*)về\s")


def field_after(indicator: str, noun: str) -> str | None:
    """The field `indicator` names right after the counted `noun`, if any."""
    lower = f" {indicator.lower()} "
    at = lower.find(f" {noun} ")
    while at >= 0:  # "nghiệp vụ phát hiện vụ phạm tội về ...": the noun the field follows
        field = indicator[at + len(noun) :].strip()
        if _FIELD.match(field.lower()):
            return field
        at = lower.find(f" {noun} ", at + 1)
    return None


def recall_fields(drafts: list[Draft], previous: list[Draft], low: str) -> None:
    """Give each bare count ('khám phá vụ') the field of the same noun's count before it,
    in this sentence or the one before."""
    if not drafts:
        return
    earlier = [d for d in previous if d.sentence == drafts[0].sentence - 1]
    seen = earlier + drafts
    for index in range(len(earlier), len(seen)):  # the sentence's own drafts, by place
        draft = seen[index]
        quantity = draft.quantity
        if quantity is None or quantity.unit.kind != "count":
            continue
        noun = quantity.unit.text
        if not lower_name(draft.indicator).endswith(f" {noun}") or " về " in draft.indicator:
            continue
        # A kind of case the count is set beside ("trộm cắp tài sản với 53 vụ") is a field
        # of its own; only a verb's object ("khám phá 3.061 vụ") is bare.
        if _BESIDE.search(low, max(0, quantity.lead_start - 8), quantity.lead_start):
            continue
        for before in reversed(seen[:index]):
            told = before.quantity
            if told is None or told.unit.text != noun or told.unit.kind != "count":
                continue
            field = field_after(before.indicator, noun)
            gap = low[told.unit.end : quantity.lead_start]
            # Stated after that count ("89 vụ, 179 đối tượng phạm tội về ..." too), not
            # recalled in turn: a recall reaches one count back.
            if field and field.lower() in gap and not _NEW_FIELD.search(gap):
                draft.indicator = f"{draft.indicator} {field}"
            break
