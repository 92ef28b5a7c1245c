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
from tiendo.extract.regions import may_hold_region, region_end

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


# Words of two syllables that names of offices write with only the first capitalised ("Bộ
# Xây dựng", "Cục Thống kê", "Ngân hàng Chính sách"): dropping the capitalised words of such
# a name leaves its second syllable behind ("do dựng quản lý"), so the name is kept whole.
_NAME_WORDS: Final = frozenset(
    (
        "ngân hàng", "xây dựng", "thống kê", "kế hoạch", "đầu tư", "tài chính", "tài nguyên",
        "môi trường", "nông nghiệp", "phát triển", "giáo dục", "đào tạo", "y tế", "văn hóa",
        "văn hoá", "thể thao", "du lịch", "công thương", "công an", "tư pháp", "nội vụ",
        "lao động", "thương binh", "xã hội", "khoa học", "công nghệ", "thông tin",
        "truyền thông", "giao thông", "vận tải", "chính sách", "dịch vụ", "thanh tra",
        "hải quan", "kho bạc", "dân tộc", "quốc phòng", "ngoại vụ", "bảo hiểm", "điện lực",
        "công ty", "tập đoàn", "trung tâm", "mặt trận", "tổ quốc", "hội đồng", "ủy ban",
        "uỷ ban", "tổng cục", "chi cục", "cảnh sát", "biên phòng", "quân sự",
        # The nouns of plans and documents titled in sentence case ("Đề án giảm nghèo",
        # "Dự án nâng cấp đê biển"): "của Đề án …" would leave "án …" behind.
        "đề án", "dự án", "chương trình", "nghị quyết", "quyết định", "chỉ thị", "nghị định",
        "quy hoạch", "phong trào", "đề tài", "kết luận", "thông tư",
    )
)  # fmt: skip


def is_proper(word: str) -> bool:
    # (a capital alone is a syllable, "Á" of "Đông Nam Á", not an acronym)
    return (
        word[:1].isupper()
        and (len(word) == 1 or not word.isupper())
        and word.lower() not in KEEP_CAPITALISED
    )


def _proper_words(words: list[str]) -> list[bool]:
    """Which of `words` are a name to drop: the capitalised ones, except a stretch of them
    that ends in the first syllable of one of _NAME_WORDS ('Bộ Xây dựng') or a region's
    name ('Đông Nam bộ'), kept whole."""
    proper = [is_proper(word) for word in words]
    for index in range(1, len(words)):
        if (
            proper[index - 1]
            and not proper[index]
            and f"{words[index - 1].lower()} {words[index]}" in _NAME_WORDS
        ):
            back = index - 1
            while back >= 0 and proper[back]:
                proper[back] = False
                back -= 1
    if may_hold_region(words):
        # "Đông Nam bộ", "Đồng bằng sông Cửu Long": a region's name is kept whole too
        for index in range(len(words)):
            for inside in range(index, index + region_end(words, index)):
                proper[inside] = False
    return proper


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
        named = _proper_words(words)
        taken = 0
        while taken < len(words) and (named[taken] or words[taken] in ("-", "–")):
            taken += 1
        if taken == 0:
            break
        text = text[: match.start()] + (" " + " ".join(words[taken:]) if words[taken:] else "")
        match = _LOCATION.search(text)
    words = text.split()
    proper = _proper_words(words)
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
