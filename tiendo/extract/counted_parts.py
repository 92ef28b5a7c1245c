"""A sentence that counts the parts the sentence before it counted goes on with its list.

"So với tháng trước, sáu nhóm hàng có chỉ số giá tăng: hàng ăn … tăng 2,16%; giáo dục tăng
0,03%. Ba nhóm giảm gồm giao thông giảm 4,52%; …": the second sentence counts the same
kind of part ("nhóm") and lists the rest of them; their falls are on the basis the first
one stated ("tháng trước"), not on the same time of last year, as a rise said with no
basis would be. A sentence that counts another kind of thing starts a list of its own.

>>> sorted(parts_counted("trong 11 nhóm hàng, có 6/11 nhóm tăng giá"))
['nhóm']
>>> continues_count("ba nhóm giảm gồm giao thông giảm 4,52%", frozenset({"nhóm"}))
True
>>> continues_count("có 2 ngành giảm là dệt may giảm 3%", frozenset({"nhóm"}))
False
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.lexicon import number_words

# A count in figures ("6", "6/11") or in words ("sáu", "mười một") before a kind of part.
_COUNT: Final = rf"(?:\d+(?:/\d+)?|{number_words(1, 9)}|mười(?:\s+(?:{number_words(1, 4)}|lăm))?)"
_PARTS: Final = r"(?P<part>nhóm|ngành|mặt hàng|lĩnh vực|sản phẩm)"
_COUNTED: Final = re.compile(rf"(?<!\w){_COUNT}\s+{_PARTS}\b")
# The count opens the sentence, after at most "có", "còn" or "và".
_OPENING: Final = re.compile(rf"^\s*(?:(?:có|còn|và)\s+)*{_COUNT}\s+{_PARTS}\b")


def parts_counted(low: str) -> frozenset[str]:
    """The kinds of part that lower-case `low` counts ("nhóm", "ngành"), if any."""
    if "nhóm" not in low and "ngành" not in low and "mặt hàng" not in low:
        return frozenset()  # the cheap test first: most sentences count none of them
    return frozenset(m.group("part") for m in _COUNTED.finditer(low))


def continues_count(low: str, counted: frozenset[str]) -> bool:
    """True when lower-case `low` opens by counting a kind of part in `counted`."""
    if not counted:
        return False
    opening = _OPENING.match(low)
    return opening is not None and opening.group("part") in counted
