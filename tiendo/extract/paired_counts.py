"""Counts set side by side under one verb share the field named after the last of them:
"khởi tố 19 vụ, 36 bị can về kinh tế" are cases and accused of economic crime, and
"phát hiện, bắt giữ 3.000 vụ, 5.000 đối tượng phạm tội về ma túy" drug cases as well as
drug offenders. The "về" phrase names a field, which holds for the whole pair.

What describes the people alone ("140 vụ với 378 đối tượng mua bán, vận chuyển ma túy":
those who trade) stays theirs, and a count with its own verb ("phát hiện 332 vụ, bắt giữ
711 đối tượng về ma túy") is not in the pair.
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft

# The words between the two counts: a comma or a conjunction, nothing else.
_JOINED: Final = frozenset({",", "với", "và", ", và", "cùng", ", cùng"})

# A field after the counted noun: "về X", "phạm tội về X", "vi phạm pháp luật về X".
_FIELD: Final = re.compile(r"(?:[^\W\d_]+\s+){0,4}về\s+[^\W\d_]")


def share_named_field(drafts: list[Draft], low: str) -> None:
    """Give a bare count ('khởi tố vụ') the field its neighbour's name states after its
    noun ('bị can về tội phạm kinh tế'); the last pair first, so a chain passes it on."""
    for index in range(len(drafts) - 2, -1, -1):
        first, second = drafts[index], drafts[index + 1]
        one, other = first.quantity, second.quantity
        if one is None or other is None or one.unit.kind != "count":
            continue
        if other.unit.kind != "count" or "về" not in second.indicator:
            continue
        noun = one.unit.text
        if not first.indicator.lower().endswith(noun):
            continue
        if low[one.extent_end : other.lead_start].strip() not in _JOINED:
            continue
        named = second.indicator.lower()
        at = named.find(other.unit.text)
        if at < 0:
            continue
        field = second.indicator[at + len(other.unit.text) :].strip()
        # The field must be what the text says right after the second count's noun.
        if field and _FIELD.match(field) and low.startswith(field.lower(), other.unit.end + 1):
            first.indicator = f"{first.indicator} {field}"
