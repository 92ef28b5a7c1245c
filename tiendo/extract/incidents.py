"""Incidents counted in reports on traffic safety and disasters: "xảy ra 227 vụ tai nạn
giao thông", then "Riêng đường bộ xảy ra 221 vụ, làm chết 130 người".

What is counted is the number of incidents ("số vụ tai nạn giao thông"); a count that names
only a mode of transport ("đường sắt 06 vụ") counts the incidents the passage named before,
on that mode.

>>> incident_named("riêng đường bộ xảy ra", "", "tai nạn giao thông")
'tai nạn giao thông đường bộ'
>>> incident_named("trên địa bàn tỉnh xảy ra", "vụ cháy", "")
'vụ cháy'
>>> incident_named("công an đã bắt giữ", "", "tai nạn giao thông")
''
>>> incident_named("trong số đó có", "rất nghiêm trọng", "tai nạn giao thông")
'tai nạn giao thông rất nghiêm trọng'
>>> incident_tail("tai nạn giao thông làm")
'tai nạn giao thông'
>>> low = "6 tháng, tai nạn giao thông giảm cả ba tiêu chí: toàn quốc xảy ra 8.385 vụ"
>>> incident_said_before(low, 0, low.index("8.385"))
'tai nạn giao thông'
"""

from __future__ import annotations

import re
from typing import Final

_OCCURRED: Final = re.compile(r"(?<![^\W\d_])xảy ra(?![^\W\d_])")
# The modes of transport a traffic report breaks its totals down by: a closed class.
_MODE: Final = re.compile(
    r"(?<![^\W\d_])(?:đường bộ|đường sắt|đường thủy nội địa|đường thuỷ nội địa|đường thủy"
    r"|đường thuỷ|hàng hải|hàng không)(?![^\W\d_])"
)
# What may stand beside a mode in an elliptic item: "còn đường thủy có 7 vụ".
_ITEM_FILLER: Final = re.compile(r"^(?:[\s,;:]|và|còn|riêng|trên|có|với|trong đó|phần lớn)*$")
# How grave an incident was: "06 vụ nghiêm trọng" counts the grave ones among the
# incidents the passage named, not incidents of another kind.
_SEVERITY: Final = re.compile(r"^(?:rất |đặc biệt |ít )?nghiêm trọng$")
# A causative verb opens the harm an incident did ("vụ tai nạn làm 4 người chết", "gây
# thiệt hại"): what follows it is a count of its own, not part of what is counted.
_CAUSATIVE: Final = re.compile(r"(?:^|\s)(?:làm|khiến|gây)(?:\s|$)")


def is_severity(tail: str) -> bool:
    """True when the words after "vụ" only say how grave the incidents were."""
    return _SEVERITY.match(tail) is not None


def incident_tail(tail: str) -> str:
    """The words after "vụ" that say what the incidents were, without the harm they did:
    "nghiêm trọng" for "nghiêm trọng làm chết"."""
    if "làm" not in tail and "khiến" not in tail and "gây" not in tail:
        return tail  # the common case: no causative verb
    cause = _CAUSATIVE.search(tail)
    return tail[: cause.start()].rstrip(" ,") if cause else tail


# What opens the parts of a count of incidents, alone in the words before the number.
_PARTS_OPENING: Final = re.compile(
    r"^[\s,;:(]*(?:trong đó|trong số đó|bao gồm|gồm|và|riêng)(?:\s+có)?[\s,:]*$"
)


def incident_named(pre: str, tail: str, remembered: str) -> str:
    """The incidents a count of "vụ" is of, with the mode of transport it is on, or "".

    `pre` is the lower-case text before the number, `tail` the words after "vụ", and
    `remembered` the incidents the passage last said occurred."""
    mode_match = None
    if "đường" in pre or "hàng" in pre:  # every mode opens with one of these words
        for mode_match in _MODE.finditer(pre):  # noqa: B007 - the last one counts
            pass
    mode = mode_match.group() if mode_match else ""
    occurred = "xảy ra" in pre and _OCCURRED.search(pre)
    if not occurred and not mode and remembered and is_severity(tail):
        return f"{remembered} {tail}"  # "Trong số đó có 06 vụ nghiêm trọng"
    if not occurred and not mode and remembered and tail and _PARTS_OPENING.match(pre):
        # "xảy ra 120 vụ cháy, gồm 80 vụ cháy nhà dân và 40 vụ cháy rừng": the parts of
        # the incidents just counted are incidents too, named by their own words.
        return tail
    if not occurred and (not mode or not _ITEM_FILLER.match(_MODE.sub(" ", pre))):
        return ""
    noun = tail or remembered
    if mode and mode not in noun:
        return f"{noun} {mode}".strip()
    return noun


# "5.600 người chết vì tai nạn giao thông": the harm's cause names the incidents the
# passage goes on to count ("Đường bộ xảy ra 12.501 vụ"), as a count of them would.
_CAUSE: Final = re.compile(
    r"^(?:vì|do|bởi)\s+((?:các\s+)?(?:vụ\s+)?(?:tai nạn|cháy|hỏa hoạn|hoả hoạn|nổ|đuối nước|"
    r"sạt lở|thiên tai)(?:\s+[^\W\d_]+){0,3})"
)


def cause_named(tail: str) -> str:
    """The incidents named as the cause of a harm counted ("vì tai nạn giao thông"), or ""."""
    if not tail.startswith(("vì ", "do ", "bởi ")):  # the common case: no cause after it
        return ""
    cause = _CAUSE.match(tail.lower())
    return cause.group(1) if cause else ""


# The incidents a report counts, by their own nouns (a closed class): "tai nạn giao
# thông", "cháy rừng", "đuối nước".
_INCIDENT_NOUN: Final = re.compile(
    r"(?<![^\W\d_])(?:tai nạn (?:giao thông|lao động)|tai nạn|cháy nổ|cháy rừng|cháy|"
    r"hỏa hoạn|hoả hoạn|đuối nước|sạt lở đất|sạt lở|ngộ độc thực phẩm)(?![^\W\d_])"
)
# One syllable of each of _INCIDENT_NOUN's nouns: most sentences name none of them.
_INCIDENT_WORDS: Final = ("tai nạn", "cháy", "hoạn", "đuối", "sạt", "ngộ độc")


def incident_said_before(low: str, start: int, end: int) -> str:
    """The incidents low[start:end] (the sentence before a count of "vụ" that occurred)
    names last ("tai nạn giao thông giảm cả ba tiêu chí: toàn quốc xảy ra 8.385 vụ"), or
    ""."""
    stretch = low[start:end]
    if not any(word in stretch for word in _INCIDENT_WORDS):
        return ""
    found = ""
    for found_match in _INCIDENT_NOUN.finditer(stretch):
        found = found_match.group()
    return found
