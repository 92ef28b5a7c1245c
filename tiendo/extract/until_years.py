"""A result reached "đến năm Y" is the year Y's: "thì đến năm 2021 đã đạt 72 triệu đồng",
"Đến năm 2021, tỷ lệ hộ nghèo ... còn 4,4%", "đến năm 2015 chỉ còn khoảng 6,2%".

"Đến năm 2025" before a target says by when it is to be reached, and readers give it
the year only. Said of what has come about ("đã", "còn": what is left), it dates a level
the year had: readers give that year whole, as they do "năm 2021". A year after the one
the text was written in has not come, whatever the verb: "Đến năm 2025, tỷ lệ hộ nghèo
giảm xuống còn 2%" written in 2024 says by when, and keeps the year only. "Đến hết năm",
"đến cuối năm" and "tính đến" are read by the rules of periods, and a sentence that
aims ("phấn đấu", "mục tiêu") keeps the year only.

"Vào năm Y" says in which year, not by when: of a year that has come, in a sentence that
does not aim, it dates the year's result whatever the verb ("chỉ đạt 2 tiêu chí vào năm
2010", "kéo tỷ lệ hộ nghèo ... xuống còn 31% vào năm 2014"), and readers give it whole.

>>> reached_in_year("thì đến năm 2021 đã đạt 72 triệu đồng", 4, 16, "thì đến ")
True
>>> reached_in_year("đến năm 2030, tỉnh phấn đấu tỷ lệ hộ nghèo còn dưới 1%", 0, 12, "")
False
>>> reached_in_year("đến năm 2025, tỷ lệ hộ nghèo giảm xuống còn 2%", 4, 12, "đến ", 2024)
False
>>> reached_in_year("đến hết năm 2019, trà vinh còn khoảng 9.000 hộ", 8, 16, "đến hết ")
False
>>> reached_in_year("mỗi xã chỉ đạt 2 tiêu chí vào năm 2010", 30, 38, "tiêu chí vào ", 2014)
True
>>> reached_in_year("phấn đấu trở thành đô thị loại ii vào năm 2020", 38, 46, "loại ii vào ")
False
"""

from __future__ import annotations

import re
from typing import Final

_BARE_UNTIL: Final = re.compile(r"(?:^|[\s,;(])(?:đến|tới)\s+$")
_BARE_IN: Final = re.compile(r"(?:^|[\s,;(])vào\s+$")
# What has come about: "đã (đạt|có)", "(chỉ|vẫn) còn".
_REACHED: Final = re.compile(r"\b(?:đã|còn)\b")
_AIMED_WORDS: Final = (
    "phấn đấu", "mục tiêu", "chỉ tiêu", "kế hoạch", "dự kiến", "định hướng", "sẽ", "cần", "phải",
    "dự báo", "ước",
)  # fmt: skip
# (r"\b(?:phấn đấu|…|ước)\b" with each word's leading boundary after it, as a look-behind:
# a search skips to the words' first letters)
_AIMED: Final = re.compile("(?:" + "|".join(rf"{w}(?<=\b{w})" for w in _AIMED_WORDS) + r")\b")
_CLAUSE_END: Final = re.compile(r"[.;]|,\s+(?:giảm|tăng)\b")
_REACH: Final = 80  # characters after the year read for the result
# "mục tiêu đến 2026 có 90% …": a year to reach by, written without "năm".
_BY_BARE_YEAR: Final = re.compile(
    r"(?:đến|tới|vào)\s+(?:hết\s+|cuối\s+)?(?:19|20)\d\d\b(?!\s*[-–/]\s*\d)"
)


def by_bare_year(low: str, start: int, end: int) -> bool:
    """True when low[start:end] aims at a year written bare ("mục tiêu đến 2026 có 90%"),
    which sets the year to reach by, no months, as "đến năm 2026" does."""
    # A plain look-up first: most clauses hold no such word.
    if all(low.find(word, start, end) < 0 for word in ("đến ", "tới ", "vào ")):
        return False
    return _BY_BARE_YEAR.search(low, start, end) is not None


def reached_in_year(text: str, start: int, end: int, before: str, now: int | None = None) -> bool:
    """True when the year mentioned at text[start:end], after a bare "đến" or "vào" (`before` is
    the text right before the mention), dates a result reached that year; `now` is the
    year the text was written in, when known."""
    if now is not None and int(text[end - 4 : end]) > now:
        return False  # not yet come: by when, whatever has been done so far
    after = text[end : end + _REACH]
    stop = _CLAUSE_END.search(after)
    if stop:
        after = after[: stop.start()]
    sentence_start = text.rfind(". ", 0, start) + 1
    if _AIMED.search(text, sentence_start, start) or _AIMED.search(after):
        return False  # "đến năm 2030, tỉnh phấn đấu ... còn dưới 1%": aimed at
    if _BARE_IN.search(before):
        return True  # "vào năm 2010": in that year, whatever the verb
    if not _BARE_UNTIL.search(before):
        return False  # "đến hết năm", "đến cuối năm", "tính đến": other rules
    if before.rstrip().endswith("tính đến"):
        return False
    return _REACHED.search(after) is not None
