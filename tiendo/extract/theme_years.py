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

An index named with its year is of that year as well: "bảng xếp hạng PCI 2019", "kết quả
PAR INDEX 2023", "SIPAS 2024" measure 2019, 2023 and 2024, as "PCI năm 2019" would.

>>> theme_years("trên bảng xếp hạng pci 2019, quảng ninh đạt")
[(23, 27, 2019)]
>>> theme_years("chỉ số pci 2019 - 2023 tăng"), theme_years("tiêu chuẩn iso 9001")
([], [])
"""

from __future__ import annotations

import re
from typing import Final

_NAMED_YEAR: Final = re.compile(
    r"năm(?<=\bnăm)((?:\s+[^\W\d_]+){1,5}?)\s+(\d{4})\b(?!\s*[-–/]\s*\d)(?![.,]\d)"
)
# Words of a clause, not of a name: function words, verbs of figures, words of time.
CLAUSE_WORDS: Final = frozenset((
    "kể", "từ", "thì", "đến", "tới", "của", "là", "và", "với", "trong", "nay", "qua", "trước",
    "sau", "đạt", "có", "tăng", "giảm", "được", "còn", "đã", "sẽ", "vào", "lên", "xuống", "bằng",
    "so", "hơn", "mới", "ngoái", "này", "đó", "cuối", "đầu", "hết", "nhiệm", "kỳ", "giai",
    "đoạn", "học", "liên", "tiếp", "mà", "cho", "các", "những", "khoảng", "gần", "trên", "dưới",
    "thực", "hiện", "tháng", "quý", "ngày",
))  # fmt: skip
_COUNT_BEFORE: Final = re.compile(r"(?:\d|\bmột|\bhai|\bba|\bbốn|\bnăm|\bsáu|\bmười|\bvài)\s*$")


# The provincial indexes a ranking publishes each year, by the names reports give them.
_INDEX_YEAR: Final = re.compile(
    r"\b(?:pci|papi|par[ -]?index|sipas|dti|ict[ -]?index|pgi)\s+(\d{4})\b"
    r"(?!\s*[-–/]\s*\d)(?![.,]\d)"
)
_INDEX_WORDS: Final = ("pci", "papi", "par", "sipas", "dti", "ict", "pgi")


def theme_years(text: str, named: bool = True) -> list[tuple[int, int, int]]:
    """The years of lower-case `text` named for their themes or their indexes: (start,
    end, year). `named=False` says `text` holds no "năm", as the caller knows."""
    found: list[tuple[int, int, int]] = []
    if any(word in text for word in _INDEX_WORDS):
        for match in _INDEX_YEAR.finditer(text):
            year = int(match.group(1))
            if 1990 <= year <= 2100:
                found.append((match.start(1), match.end(), year))  # the name stays
    for match in _NAMED_YEAR.finditer(text) if named else ():
        if CLAUSE_WORDS.intersection(match.group(1).split()):
            continue
        if _COUNT_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            continue
        year = int(match.group(2))
        if 1945 <= year <= 2100:
            found.append((match.start(), match.end(), year))
    return sorted(found)
