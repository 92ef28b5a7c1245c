"""Names of places and organisations, which say where or whose, not what is measured.

>>> drop_proper_names("thu ngân sách của huyện Tân Phú")
'thu ngân sách'
>>> is_proper("Nhà"), is_proper("Hàm")
(False, True)
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.fund_names import fund_name_at

_LOCATION: Final = re.compile(
    r"\s*\b(?:của|ở|tại|trên địa bàn|thuộc|đến)\s+(?:(?:huyện|tỉnh|thành phố|thị xã|xã|phường|"
    r"quận|thị trấn|tp\.?)\s+)?(?=\S*[A-ZĐÀ-Ỹ])"
)
# Capitalised words that are no names: "Nhà nước", "Trung ương", and the titles of awards
# and offices ("Bằng khen của Thủ tướng Chính phủ", "Huy hiệu 50 năm tuổi Đảng").
KEEP_CAPITALISED: Final = frozenset(
    {"nhà", "nước", "nhân", "dân", "đảng", "trung", "ương", "nhà nước"}
    | {"bằng", "khen", "huân", "huy", "chương", "hiệu", "cờ", "thủ", "tướng", "chính", "phủ"}
)
_PROPER_PAREN: Final = re.compile(r"\s*\([A-ZĐÀ-Ỹ][^\s()]*(?:\s+[A-ZĐÀ-Ỹ][^\s()]*)*\s*\)")


def is_proper(word: str) -> bool:
    return word[:1].isupper() and not word.isupper() and word.lower() not in KEEP_CAPITALISED


def drop_proper_names(text: str) -> str:
    """Remove place and organisation names ('Hàm Yên', '(Thái Bình)') after the first word.

    A lone capitalised word ('Nghị quyết', 'Đảng') is kept: names take two syllables
    or follow a place word ('của huyện X').
    """
    text = _PROPER_PAREN.sub("", text)
    match = _LOCATION.search(text)
    while match:
        rest = text[match.end() :]
        words = rest.split(" ")
        taken = 0
        while taken < len(words) and (is_proper(words[taken]) or words[taken] in ("-", "–")):
            taken += 1
        if taken == 0:
            break
        text = text[: match.start()] + (" " + " ".join(words[taken:]) if words[taken:] else "")
        match = _LOCATION.search(text)
    words = text.split()
    proper = [is_proper(w) for w in words]
    if "Quỹ" in words or "quỹ" in words:  # a fund's name says what is measured
        proper = [p and not fund_name_at(words, i) for i, p in enumerate(proper)]
    kept = [
        w
        for i, w in enumerate(words)
        if i == 0
        or not proper[i]
        or not ((i > 0 and proper[i - 1]) or (i + 1 < len(words) and proper[i + 1]))
    ]
    while kept and kept[-1] in ("-", "–"):
        kept.pop()
    return " ".join(kept)
