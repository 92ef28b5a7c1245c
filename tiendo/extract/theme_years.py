"""A year named for its theme is that whole year.

"Năm An toàn giao thông 2012", "Năm Du lịch quốc gia 2023", "Năm Chuyển đổi số 2024":
the name a year is given, with the year last. Targets set "trong Năm An toàn giao thông
2012" are for all of 2012, as "trong năm 2012" would be. The words between "năm" and the
year are a name only when none of them is a word of a clause ("năm kể từ đầu nhiệm kỳ
2020", "năm thì đến năm 2021") and no count stands before "năm" ("sau 5 năm ...").

>>> theme_years("với chủ đề năm an toàn giao thông 2022, tỉnh đặt mục tiêu")
[(11, 38, 2022)]
>>> theme_years("sau 5 năm thực hiện đề án 2020"), theme_years("2 năm kể từ đầu nhiệm kỳ 2020")
([], [])
"""

from __future__ import annotations

import re
from typing import Final

_NAMED_YEAR: Final = re.compile(
    r"năm(?<=\bnăm)((?:\s+[^\W\d_]+){1,5}?)\s+(\d{4})\b(?!\s*[-–/]\s*\d)(?![.,]\d)"
)
# Words of a clause, not of a name: function words, verbs of figures, words of time.
_CLAUSE_WORDS: Final = frozenset((
    "kể", "từ", "thì", "đến", "tới", "của", "là", "và", "với", "trong", "nay", "qua", "trước",
    "sau", "đạt", "có", "tăng", "giảm", "được", "còn", "đã", "sẽ", "vào", "lên", "xuống", "bằng",
    "so", "hơn", "mới", "ngoái", "này", "đó", "cuối", "đầu", "hết", "nhiệm", "kỳ", "giai",
    "đoạn", "học", "liên", "tiếp", "mà", "cho", "các", "những", "khoảng", "gần", "trên", "dưới",
    "thực", "hiện", "tháng", "quý", "ngày",
))  # fmt: skip
_COUNT_BEFORE: Final = re.compile(r"(?:\d|\bmột|\bhai|\bba|\bbốn|\bnăm|\bsáu|\bmười|\bvài)\s*$")


def theme_years(text: str) -> list[tuple[int, int, int]]:
    """The years of lower-case `text` named for their themes: (start, end, year)."""
    found: list[tuple[int, int, int]] = []
    for match in _NAMED_YEAR.finditer(text):
        if _CLAUSE_WORDS.intersection(match.group(1).split()):
            continue
        if _COUNT_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            continue
        year = int(match.group(2))
        if 1945 <= year <= 2100:
            found.append((match.start(), match.end(), year))
    return found
