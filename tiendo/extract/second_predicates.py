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
>>> act_alone("xây dựng được", "nâng cao chất lượng các tiêu chí")
True
>>> act_alone("xây dựng đạt", "nâng cao chất lượng các tiêu chí")
False
>>> act_alone("sửa chữa", "hỗ trợ xây mới"), act_alone("xây dựng", "công nghiệp")
(False, False)
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
# An act with no subject of its own, right before its number: "Huyện phấn đấu nâng cao chất
# lượng các tiêu chí, xây dựng 3 xóm đạt chuẩn", "..., gieo trồng 5.000 ha ngô": another
# act of the same actor, whose number it measures alone. A verb followed by a word of its
# own ("công nghiệp, xây dựng đạt 9.200 tỷ đồng": a sector) is no such act.
_ACTS: Final = frozenset(
    (
        "xây dựng", "gieo trồng", "gieo cấy", "trồng mới", "thu hút", "công nhận", "huy động",
        "giải ngân", "cứng hóa", "bê tông hóa", "nâng cấp", "sửa chữa", "thành lập",
        "làm mới", "cấp mới", "tuyển sinh", "tuyển mới", "xóa", "hoàn thành", "xây mới",
        "cải tạo", "mở rộng", "hỗ trợ", "lập",
    )
)  # fmt: skip
# The act before must have an object of its own: a verb that shares the number's object
# ("nâng cấp, sửa chữa 29 tuyến đường", "hỗ trợ xây mới, sửa chữa 3.446 căn nhà") or a short
# noun ("công nghiệp, xây dựng 40.959 tỷ đồng", a sector) is part of the same name.
_ACT_BEFORE_WORDS: Final = 4
_ACT_PARTICLES: Final = frozenset(("được", "thêm", "mới", "trên", "hơn", "gần", "khoảng"))


def bare_act(opening: str) -> bool:
    """True when lower-case `opening` is an act's verb alone, with particles at most."""
    words = opening.split()
    while words and " ".join(words) not in _ACTS and words[-1] in _ACT_PARTICLES:
        words.pop()  # ("trồng mới được": "mới" is the act's own word, not a particle)
    return " ".join(words) in _ACTS


def act_alone(opening: str, before: str) -> bool:
    """True when lower-case `opening` (a stretch after a comma, up to its number) is an act's
    verb alone, with particles at most ("xây dựng được", "thu hút thêm"), after a stretch
    `before` that is an act with an object of its own."""
    if not bare_act(opening):
        return False
    earlier = before.lower().split()
    if len(earlier) < _ACT_BEFORE_WORDS:
        return False
    return " ".join(earlier[-2:]) not in _ACTS and earlier[-1] not in _ACTS


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
