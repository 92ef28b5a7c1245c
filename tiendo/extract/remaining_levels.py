"""What stood or was done by a year: "Đến năm 2021, tỷ lệ hộ nghèo còn 4,4%".

"đến năm 2025" names the year a target is set for ("Đến năm 2025, thu nhập đạt 70 triệu
đồng"). When the clause's predicate is "còn" on its own (what remained, "chỉ còn", "vẫn
còn"), the sentence says where things stood by that year: a result. A fall aimed at is
said as a movement ("giảm còn dưới 1%", "xuống còn 2%"), or with a ceiling ("còn dưới
1%"), and stays a target. So does a level whose clause says it had been reached: "Đến
năm 2016, 100% trạm y tế xã đã có bác sĩ", "đã" after the number, in its own clause.

>>> remains_by("đến năm 2021, tỷ lệ hộ nghèo còn 4,4%", 12)
True
>>> remains_by("đến năm 2030, tỷ lệ hộ nghèo giảm còn dưới 1%", 12)
False
>>> remains_by("đến năm 2025, thu nhập đạt 70 triệu đồng", 12)
False
>>> remains_by("đến năm 2016, 100% trạm y tế xã đã có bác sĩ", 12)
True
>>> remains_by("đến năm 2023, tỷ lệ che phủ rừng đã tăng từ 38% lên 41%", 12)
True
>>> remains_by("đến năm 2030, tỷ lệ che phủ rừng tăng từ 41% lên 45%", 12)
False
"""

from __future__ import annotations

import re
from typing import Final

# Within the clause, "còn" that no verb of movement leads, then the number (a rough bound
# may stand before it, a ceiling may not).
_REMAINS: Final = re.compile(
    r"[^;:.]{0,80}?(?<!giảm )(?<!xuống )\bcòn\s+(?:(?:khoảng|gần|hơn|tới|trên)\s+)?\d"
)
# _REMAINS from its "còn" on, the word first (a search skips to it): _remains_in reads
# what the lazy run before it allowed. (The run, matched, backtracked at every place.)
_REMAINS_AT: Final = re.compile(
    r"còn(?<=\bcòn)(?<!giảm còn)(?<!xuống còn)\s+(?:(?:khoảng|gần|hơn|tới|trên)\s+)?\d"
)
_CLAUSE_MARKS: Final = re.compile(r"[;:.]")

# A number, then "đã" within the same clause: what the things counted had done by then.
# A "." inside a number ("1.250") breaks no clause.
_DONE: Final = re.compile(
    r"(?:[^;:.]|\.(?=\d)){0,40}?\d(?:[^;:.]|\.(?=\d)){0,60}?(?<![^\W\d_])đã\b"
)


# "đã" leading the clause's verb of movement, before the number: "Đến năm 2023, tỷ lệ che
# phủ rừng đã tăng từ 38% lên 41%" reports the move made by then, as "đã có" after the
# number does; an aim would say "phấn đấu", "sẽ" (no "đã").
_MOVED: Final = re.compile(
    r"[^;:.\d]{0,60}?(?<![^\W\d_])đã\s+(?:được\s+)?(?:tăng|giảm|nâng|đưa|hạ|kéo)\b"
    r"[^;:.\d]{0,40}?\d"
)


def _remains_in(window: str) -> bool:
    """`_REMAINS.match(window) is not None`: the first "còn" that reads as the pattern's
    stands within 80 characters of the start and after no ";", ":" or "." (a later one
    stands further on)."""
    found = _REMAINS_AT.search(window)
    if found is None or found.start() > 80:
        return False
    return _CLAUSE_MARKS.search(window, 0, found.start()) is None


def remains_by(text: str, end: int) -> bool:
    """True when the clause after the "đến năm X" cue that ends at `end` of lower-case
    `text` states what remained by then with a bare "còn", or what had been done."""
    window = text[end : end + 100]
    # Plain look-ups first: most aims name no remainder and nothing done.
    if "còn" in window and _remains_in(window):
        return True
    if "đã" not in window:
        return False
    return _DONE.match(window) is not None or _MOVED.match(window) is not None


def year_come(text: str, end: int, now: int | None) -> bool:
    """True when the year that ends the cue "đến năm 2025" at `end` of `text` is not after
    `now`, the year of writing: the level reached by then is reported, not aimed at (a plan
    needs words of its own, "phấn đấu", "mục tiêu", for that).

    >>> year_come("quy mô nền kinh tế đến năm 2025", 31, 2025), year_come("đến năm 2026", 12, 2025)
    (True, False)
    """
    year = text[end - 4 : end]
    return now is not None and year.isdigit() and int(year) <= now
