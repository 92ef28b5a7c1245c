"""Things counted by what was raised (or cut) in them: "20 dự án tăng vốn", "3 dự án điều
chỉnh tăng vốn", "5 dự án giảm vốn".

"tăng" before a number is a rise; before a noun ("tăng vốn", "tăng quy mô") it is an act
done to the things counted, and says which of them are counted: the name is the counted
noun with that act ("dự án tăng vốn"), not the name of the count before it.
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.units import counted_noun

_RAISED: Final = re.compile(
    r"[ \t]+((?:điều chỉnh[ \t]+)?(?:tăng|giảm|bổ sung)(?:[ \t]+thêm)?[ \t]+"
    r"(?:vốn(?:[ \t]+đầu tư)?|quy mô|công suất|diện tích))(?![^\W\d_])"
)


_ADJUSTED: Final = ("", "điều chỉnh")
_VERBS: Final = ("tăng", "giảm", "bổ sung")


def raised_count(draft: Draft, norm: str) -> str:
    """'dự án tăng vốn' for '20 dự án tăng vốn', or ''."""
    quantity = draft.quantity
    # "2 dự án điều chỉnh | tăng vốn": the words read stop before "tăng".
    if quantity is None or quantity.unit.kind != "count" or quantity.tail not in _ADJUSTED:
        return ""
    window = norm[quantity.extent_end : quantity.extent_end + 24]
    if not any(verb in window for verb in _VERBS):  # cheap test: every match holds one
        return ""
    raised = _RAISED.match(norm, quantity.extent_end)
    if raised is None:
        return ""
    done = " ".join(f"{quantity.tail} {raised.group(1)}".split())
    return f"{counted_noun(quantity.unit.text)} {done}"
