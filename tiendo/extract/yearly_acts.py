"""An act done each year, counted: "bình quân hằng năm phát triển 2.000 đảng viên",
"Bình quân những năm gần đây, mỗi năm kết nạp hơn 2.400 đảng viên mới".

"bình quân mỗi năm" (on average, each year) is an adverbial that opens the predicate: the
words before it are the clause's subject or what set the aim ("Nghị quyết … đề ra"), and
"bình quân" in it heads no measure. What is counted is named by the act after it, and the
adverbial says the figure is per year ("kết nạp đảng viên mới mỗi năm").

>>> yearly_act("Nghị quyết đề ra bình quân hằng năm phát triển ")
('phát triển ', 'bình quân hằng năm')
>>> yearly_act("Bình quân những năm gần đây, mỗi năm kết nạp ")
('kết nạp ', 'mỗi năm')
>>> yearly_act("bình quân mỗi năm đạt ") is None
True
>>> yearly_act("thu nhập bình quân mỗi năm ") is None
True
"""

from __future__ import annotations

import re
from typing import Final

# The adverbial at the start of the text or of a stretch after a comma or a verb, with the
# act after it; a level's verb ("đạt", "là") or a bound after it names no act.
_YEARLY: Final = re.compile(
    r"(?:^|(?<=[\s,]))(?P<adverb>(?:bình quân\s+)?(?:mỗi|hằng|hàng)\s+năm)[\s,]+"
    r"(?P<act>(?!(?:đạt|là|có|tăng|giảm|khoảng|từ|trên|hơn|gần|không|tối|ít)\b)"
    r"[^\W\d_][^,;:()\d]*)$",
    re.IGNORECASE,
)
# What may stand before the adverbial: nothing, a comma's stretch, or a subject's words
# that end with a verb of setting an aim; a measure's name ("thu nhập bình quân mỗi năm")
# ends with no such verb and keeps the adverbial.
_BEFORE: Final = re.compile(
    r"(?:^|,\s*|(?:đề ra|đặt ra|phấn đấu|xác định|đạt được|thực hiện)\s+)$", re.IGNORECASE
)


def yearly_act(pre: str) -> tuple[str, str] | None:
    """The act after a yearly adverbial in `pre` (the words before a count's number) and
    the adverbial itself, or None."""
    if "năm" not in pre:  # the common case: no year at all
        return None
    # The act runs to the end of `pre`: the first adverbial whose act does is the only
    # match ("mỗi năm, ... mỗi năm kết nạp": the one before the comma has none).
    found = _YEARLY.search(pre)
    if found is None or not _BEFORE.search(pre, 0, found.start()):
        return None
    return found.group("act"), " ".join(found.group("adverb").lower().split())
