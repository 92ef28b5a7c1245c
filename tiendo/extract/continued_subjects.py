"""A clause that only goes on with the subject of the clause before it.

"Tỷ lệ hộ nghèo năm 2010 còn 22,8%, sau đó giảm lần lượt còn 18,22% (năm 2011), 14,51%
(năm 2012)", "Dư nợ năm 2020 đạt 5.000 tỷ đồng, rồi tiếp tục tăng lên 6.200 tỷ đồng": the
clause after the first has no subject, only words of sequence ("sau đó", "rồi", "tiếp
tục", "lần lượt") and of change ("giảm", "tăng lên"). Its figure is a later level of the
measure the clause before named, so it takes that name, not its own adverbs.

>>> continues("sau đó giảm lần lượt"), continues("rồi tiếp tục"), continues("sau đó tỷ lệ")
(True, True, False)
"""

from __future__ import annotations

from typing import Final

from tiendo.extract.clauses import Draft, same_unit_before

# A word of sequence must open the name: it says the clause goes on from the one before.
_OPENERS: Final = ("sau đó", "rồi", "tiếp tục", "lần lượt", "sau này")
# Every word of the name is one of sequence, of change or of its degree.
_WORDS: Final = frozenset({
    "sau", "đó", "rồi", "tiếp", "tục", "lần", "lượt", "dần", "giảm", "tăng", "còn", "xuống",
    "lên", "chỉ", "nhanh", "mạnh", "và", "này",
})  # fmt: skip


def continues(lowered: str) -> bool:
    """True when a lowered name is only words that go on from the clause before."""
    return lowered.startswith(_OPENERS) and all(w in _WORDS for w in lowered.split())


def continued(draft: Draft, named: str, sentences: tuple[list[Draft], list[Draft]]) -> str:
    """The name of the figure before in the same unit, for a figure named only by the words
    that go on from it, or ""."""
    quantity = draft.quantity
    if quantity is None or named[:1] not in "sSrRtTlL" or not continues(named.lower()):
        return ""  # the cheap test first
    for earlier in sentences:
        same = [
            d
            for d in same_unit_before(draft, earlier)
            if d.indicator and not continues(d.indicator.lower())
        ]
        if same:
            return same[-1].indicator
    return ""
