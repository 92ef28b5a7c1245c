"""Names of the country's regions that hold lower-case syllables: "Đông Nam bộ", "Bắc
Trung bộ", "Đồng bằng sông Cửu Long", "Trung du và miền núi phía Bắc".

A name of a place capitalises every syllable ("Tây Nguyên", "Hội An"), and the readers of
names tell a place by its capitals. A region's name is written in sentence case, its
capitals broken by a common noun ("bộ", "sông", "miền núi"): read by capitals alone,
"Đông Nam bộ" leaves "bộ" behind when the place is dropped from a measure's name, and
"Đồng bằng sông Cửu Long 2,3%" is no item named by a place. The regions are a closed set,
so their names are read whole.

>>> region_end("Đông Nam bộ 8,0%".split(), 0)
3
>>> region_end("Đồng bằng sông Cửu Long".split(), 0), region_end("Đông Nam Á".split(), 0)
(5, 0)
>>> is_region("vùng Trung du và miền núi phía Bắc"), is_region("Ban Quản lý dự án")
(True, False)
"""

from __future__ import annotations

import re
from typing import Final

# A part of the country named by the quarter it lies in ("Đông Nam bộ", "Bắc Trung bộ",
# "Duyên hải Nam Trung bộ", "Đồng bằng Bắc bộ"), by its river ("Đồng bằng sông Hồng") or by
# its land ("Trung du và miền núi phía Bắc", "Duyên hải miền Trung").
_REGION: Final = re.compile(
    r"(?:(?:Duyên hải|Đồng bằng) )?(?:(?:Đông|Tây) Nam|(?:Bắc|Nam) Trung|Bắc|Trung|Nam) [bB]ộ"
    r"|Đồng bằng sông (?:Hồng|Cửu Long|Mê Kông)"
    r"|Trung du(?: và|,)? miền núi (?:phía Bắc|Bắc [bB]ộ)"
    r"|Duyên hải miền Trung"
)
# What may stand before a region's name and go with it: "vùng Đông Nam bộ".
_REGION_NOUN: Final = re.compile(r"(?:vùng|khu vực|miền) ")
# Every region's name holds one of these lower-case words.
_LOWER_WORDS: Final = frozenset({"bộ", "sông", "miền"})
# The first words of the regions' names.
_FIRST_WORDS: Final = frozenset({"Đông", "Tây", "Bắc", "Nam", "Trung", "Đồng", "Duyên"})
# Words that open what an actor did.
_AUXILIARIES: Final = frozenset({"đã", "đang", "vừa", "sẽ"})


def region_end(words: list[str], start: int) -> int:
    """How many words from `start` make a region's name whose syllables are not all
    capitalised, or 0."""
    if not words[start][:1].isupper():
        return 0
    tail = words[start : start + 7]
    if _LOWER_WORDS.isdisjoint(tail):
        return 0  # the cheap test first: no lower-case word a region's name holds
    found = _REGION.match(" ".join(tail))
    if found is None:
        return 0
    return len(found.group(0).split())


def is_region(name: str) -> bool:
    """True when `name` is a region's name alone, its noun ("vùng") before it or not."""
    if "bộ" not in name and "sông" not in name and "miền" not in name:
        return False
    noun = _REGION_NOUN.match(name)
    return _REGION.fullmatch(name, noun.end() if noun else 0) is not None


def region_length(words: list[str]) -> int:
    """How many leading words name a region that acts ("vùng Tây Nguyên đã", "Đồng bằng
    sông Cửu Long đã"); 0 when the words open otherwise. A name in capitals alone is a
    region after "vùng" only (alone it may be any name)."""
    noun = 1 if words[0] in ("vùng", "Vùng") else 0
    if noun >= len(words) or (not noun and words[0] not in _FIRST_WORDS):
        return 0  # the cheap test first: most actors open with neither
    taken = noun + region_end(words, noun)
    if taken == noun and noun:
        while taken < len(words) and words[taken][:1].isupper() and not words[taken].isupper():
            taken += 1
        taken = taken if taken - noun >= 2 else noun
    # Only a region that does something ("… đã gieo sạ") acts; one that only is so ("vùng
    # Trung du và miền núi phía Bắc vẫn cao nhất") is what the level is of.
    if taken == noun or taken >= len(words) or words[taken] not in _AUXILIARIES:
        return 0
    return taken


def may_hold_region(words: list[str]) -> bool:
    """Whether `words` hold a lower-case word of a region's name (one pass)."""
    return not _LOWER_WORDS.isdisjoint(words)
