"""Stretches between commas that are not the subject of the figure after them.

A second predicate of the same actor, opened after a comma:

"Tỉnh yêu cầu các sở, ngành, địa phương tháo gỡ vướng mắc, phấn đấu giải ngân 100% kế
hoạch vốn", "..., vốn FDI thuộc nhóm dẫn đầu toàn quốc, đồng thời hoàn thành chỉ tiêu xóa
100% nhà tạm": the stretch opened by "phấn đấu" or "đồng thời" is an act of its own, and
what the stretches before it say is another act, not the subject of its figure.

A remark on what a measure mostly is ("xuất khẩu thủy sản, chủ yếu là tôm, đạt 1,03 tỷ
USD"): the measure is the export of seafood, not of shrimp.

>>> without_remarks(["xuất khẩu thủy sản", "chủ yếu là tôm", "đạt "])
['xuất khẩu thủy sản', 'đạt ']
>>> own_predicate("phấn đấu giải ngân", lambda words: words)
True
>>> own_predicate("phấn đấu đạt", lambda words: words.replace("đạt", "").strip())
False
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

# A link to what the stretches before said ("..., nhờ vậy thặng dư thương mại đạt") opens a
# clause with a subject of its own just as a second predicate does.
_OPENERS: Final = (
    "phấn đấu ", "đồng thời ", "nhờ vậy ", "nhờ đó ", "vì vậy ", "vì thế ", "do đó ", "do vậy ",
    "bởi vậy ", "tuy vậy ", "dù vậy ",
)  # fmt: skip
_REMARKS: Final = ("chủ yếu là ", "phần lớn là ", "đa số là ", "hầu hết là ", "chủ yếu ")
_ALONE: Final = ("phấn đấu", "đồng thời")


def own_predicate(opening: str, strip: Callable[[str], str]) -> bool:
    """True when lower-case `opening` opens a second predicate with words of its own after
    the opener ("phấn đấu giải ngân"; not "phấn đấu đạt", whose subject came before).
    `strip` drops the words that only lead into or out of a subject."""
    if opening in _ALONE:
        # "..., phấn đấu giải ngân 100% kế hoạch": the verb is the comparison's own word,
        # after the stretch; the goal opens the predicate all the same.
        return True
    if not opening.startswith(_OPENERS):  # the cheap test first
        return False
    rest = opening.split(" ", 2)[2] if opening.count(" ") >= 2 else ""
    return bool(strip(rest))


def without_remarks(chunks: list[str]) -> list[str]:
    """`chunks` without the stretches, after the first, that remark on what the measure
    before them mostly is ("chủ yếu là tôm")."""
    if len(chunks) < 3:  # the common case: no stretch between a subject and the number
        return chunks
    kept = [chunks[0]]
    for chunk in chunks[1:-1]:
        if not chunk.lstrip().lower().startswith(_REMARKS):
            kept.append(chunk)
    kept.append(chunks[-1])
    return kept
