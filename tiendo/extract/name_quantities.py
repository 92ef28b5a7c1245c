"""Whether a number right after a word of a name or a date is still a quantity.

"ngân sách Trung ương 11,190 tỷ đồng" and "thị trường Nhật Bản 240 người" are amounts after
names; "huy hiệu 60 năm 1 đồng chí" counts after a span of years; "năm 2024" is a date.

>>> low = "ước cả năm 21.000 tỷ đồng"
>>> quantity_after_name(low, low, 11, 17, 21000.0)
True
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.char_scans import has_word_at
from tiendo.extract.date_word_numbers import no_date_after_word, year_word_paren
from tiendo.extract.endings import ending_pattern
from tiendo.extract.lexicon import words
from tiendo.extract.numbers import in_year_range, is_year
from tiendo.extract.paren_counts import opens_paren
from tiendo.extract.quant_before import NAME_WORDS, years_counted
from tiendo.extract.quant_words import ends_with_any
from tiendo.extract.units import read_unit

# The words of DATE_WORDS, "(ngày|tháng|...)\s*$" (a date's words right before a number):
# looked up natively at the text's end (quant_words.ends_with_any), not searched for.
DATE_WORD_LIST: Final = tuple(words("ngày tháng năm đến tới từ số quý sáng chiều tối hôm"))
DATE_WORDS, DATE_WORDS_REACH = ending_pattern(DATE_WORD_LIST)
# "bình quân mỗi năm 90 đảng viên", "hằng năm 240 người": after "mỗi"/"hằng"/"hàng",
# "năm" says how often, not which year, so a number with a unit after it is counted.
_HOW_OFTEN: Final = re.compile(r"(?:^|\s)(?:mỗi|hằng|hàng)\s+(?:năm|tháng|quý)\s+$")
# "mỗi tổ 8 thành viên", "từng lớp 30 học sinh": a word that names a place or a section
# before its number ("tổ 5", "lớp 10") is a common noun after "mỗi"/"từng", which no name
# takes; the number after it counts what each one holds.
_EACH_ONE: Final = re.compile(r"(?:^|\s)(?:mỗi|từng)\s+([^\W\d_]+)\s+$")


def quantity_after_name(low: str, norm: str, first: int, last: int, value: float) -> bool:
    """True when a number after a name word is still a quantity: money or a measure after
    it ("ngân sách Trung ương 11,190 tỷ đồng"), or the word ends a proper name of two
    capitalised words ("thị trường Nhật Bản 240 người": "Bản" is no village here).
    `value` is the number's, as parse_number read low[first:last]."""
    if has_word_at(low, first - 4, "năm ") and years_counted(low, first):
        # "huy hiệu 60 năm 1 đồng chí": "năm" counts the years before it, a duration, and
        # names no year; what follows is counted when a unit follows it.
        return not in_year_range(value) and read_unit(low, last, norm) is not None
    if _HOW_OFTEN.search(low, max(0, first - 14), first) and not is_year(low[first:last]):
        return read_unit(low, last, norm) is not None
    each_from = max(0, first - 16)
    if (
        (low.find("mỗi", each_from, first) >= 0 or low.find("từng", each_from, first) >= 0)
        and (each := _EACH_ONE.search(low, each_from, first)) is not None
        and each.group(1) in NAME_WORDS
        and not is_year(low[first:last])
    ):
        unit = read_unit(low, last, norm)
        return unit is not None and unit.kind == "count"
    if ends_with_any(low, max(0, first - 8), first, DATE_WORD_LIST) or year_word_paren(low, first):
        # "ước cả năm 21.000 tỷ đồng": no year is written so, and money follows it.
        return no_date_after_word(low, norm, first, last, value)  # (date_word_numbers)
    unit = read_unit(low, last, norm)  # with none, a listed item may lend it (elliptic_counts)
    if unit is not None and (unit.kind in ("money", "measure") or opens_paren(low, norm, first)):
        return True  # "phần đường (40 vụ)": no name of a road goes on past "("
    words = norm[max(0, first - 30) : first].split()
    if len(words) < 2 or not (words[-1][:1].isupper() and words[-2][:1].isupper()):
        return False
    return words[-2].lower() not in NAME_WORDS
