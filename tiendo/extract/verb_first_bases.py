"""A rise whose verb stands before its basis: "tăng so với tháng trước 1,8%".

The basis sits between the verb and the percentage, so the words right before the number
("so với tháng trước") name no verb; the verb before "so với" says the number is a rise
(or a fall), not a share of the basis.

>>> verb_first("sản lượng tăng so với ", 15, "", None)
('tăng', 'change', 10)
>>> verb_first("sản lượng so với ", 10, "", None)
('', None, 10)
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.figure import Measure

# The verbs of a rise that may stand before its basis.
VERBS_BEFORE_BASIS: Final = "tăng|giảm|cao hơn|thấp hơn|nhiều hơn|ít hơn"
_VERB_BEFORE: Final = re.compile(rf"(?:^|[\s,])({VERBS_BEFORE_BASIS})\s*$")


def verb_first(
    head: str, so_start: int, verb: str, measure: Measure | None
) -> tuple[str, Measure | None, int]:
    """The verb, measure and first word of a percentage whose basis opens with "so với" at
    `so_start` in `head`: a change verb right before it when the words after the basis
    named no verb (the comparison's words start at the verb), else as they were."""
    if measure is not None or not ("tăng" in head or "giảm" in head or "hơn" in head):
        return verb, measure, so_start
    match = _VERB_BEFORE.search(head, 0, so_start)
    return (match.group(1), "change", match.start(1)) if match else (verb, measure, so_start)
