"""A second predicate of the same actor, opened after a comma.

"Tỉnh yêu cầu các sở, ngành, địa phương tháo gỡ vướng mắc, phấn đấu giải ngân 100% kế
hoạch vốn", "..., vốn FDI thuộc nhóm dẫn đầu toàn quốc, đồng thời hoàn thành chỉ tiêu xóa
100% nhà tạm": the stretch opened by "phấn đấu" or "đồng thời" is an act of its own, and
what the stretches before it say is another act, not the subject of its figure.

>>> own_predicate("phấn đấu giải ngân", lambda words: words)
True
>>> own_predicate("phấn đấu đạt", lambda words: words.replace("đạt", "").strip())
False
"""

from __future__ import annotations

from collections.abc import Callable

_OPENERS = ("phấn đấu ", "đồng thời ")
_ALONE = ("phấn đấu", "đồng thời")


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
