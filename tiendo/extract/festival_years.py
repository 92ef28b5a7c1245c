"""A feast named with its year dates what was done for it: "Dịp Tết Giáp Thìn 2024, các
cấp Hội trồng được 5.970 cây", "Tết Nguyên đán 2024, Ủy ban MTTQ huyện trao 776 phần
quà" are of 2024. The feast falls in its first months, which the text does not give: the
year only. A year the sentence names with "năm" after the feast is read the same way
("Tết Nguyên đán Quý Mão năm 2023"), not as the whole year.

>>> [(m.year, m.from_month, m.scope) for m in with_feasts("dịp tết giáp thìn 2024, hội", 0, [])]
[(2024, None, 'year_only')]
>>> with_feasts("sau tết, năm 2024 xã trồng", 0, [])
[]
>>> with_feasts("hàng hóa dự trữ cho tết nguyên đán 2026 trị giá", 0, [])
[]
>>> [m.basis for m in with_feasts("giảm 2 vụ so với cùng kỳ tết kỷ hợi 2019", 0, [])]
[True]

So does an event named with its year, held once that year: "Giải thể thao người khuyết
tật toàn quốc 2012 quy tụ gần 1.000 vận động viên", "Hội khỏe Phù Đổng toàn quốc 2024",
"Liên hoan phát thanh toàn quốc 2023", "Hội chợ Xuân 2024". A season of two years
("Giải bóng đá 2023 - 2024") and the verbs that open with "giải" ("giải ngân 2.023 tỷ")
name no such year.

>>> [(m.year, m.scope) for m in with_feasts("giải thể thao toàn quốc 2012 quy tụ", 0, [])]
[(2012, 'year_only')]
>>> with_feasts("giải bóng đá 2023 - 2024 có", 0, []), with_feasts("giải ngân 2023 hồ sơ", 0, [])
([], [])
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.period_cues import PeriodMention, _clause_tail, _names_basis
from tiendo.extract.theme_years import CLAUSE_WORDS as _CLAUSE_WORDS
from tiendo.extract.word_matches import matches_at_words

# "tết", "tết nguyên đán", then a year of the sixty-year cycle ("giáp thìn", "quý mão").
_FEAST: Final = re.compile(
    r"\btết(?:\s+nguyên\s+đán)?(?:\s+(?:giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý)\s+[^\W\d_]+)?"
    r"\s+(?:năm\s+)?(\d{4})\b(?!\s*[-–/]\s*\d)"
)

# An event's kind, its name (words with no clause word among them: theme_years), its year.
_EVENT: Final = re.compile(
    r"\b(?:giải(?! (?:ngân|quyết|phóng|tỏa|toả|thể(?! thao)|trình|đáp|pháp|cứu|trí|phẫu|thưởng)\b)"
    r"|hội thi|hội diễn|hội khỏe|hội khoẻ|hội thao|liên hoan|festival|hội chợ"
    r"|đại hội thể dục thể thao)((?:\s+[^\W\d_]+){0,8}?)\s+(\d{4})\b(?!\s*[-–/]\s*\d)(?![.,]\d)"
)
# The words every match of _EVENT opens with: "hội" alone stands in "xã hội" in most
# sentences of a report, and "giải" in "giải pháp", "giải quyết".
_EVENT_WORDS: Final = (
    "giải", "hội thi", "hội diễn", "hội kh", "hội thao", "liên hoan", "festival", "hội chợ",
    "đại hội thể dục",
)  # fmt: skip

# What goods or work are for ("hàng hóa dự trữ cho Tết Nguyên đán 2026") names no time.
_FOR: Final = re.compile(r"\b(?:cho|phục vụ|đón|chuẩn bị)\s+$")


def with_feasts(text: str, offset: int, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """`mentions` of lower-case `text` (moved by `offset`) with each feast's year as a
    mention of that year only, in place of a year mention inside it."""
    feast = "tết" in text
    # _EVENT is tried only where one of its opening words stands (word_matches): a search
    # tried it at every position of each sentence that said "xã hội" or "giải pháp".
    events = matches_at_words(_EVENT, text, _EVENT_WORDS)
    if not feast and not events:
        return mentions  # most sentences name no feast and no event
    # "so với cùng kỳ Tết Kỷ Hợi 2019": a feast compared with dates no figure.
    feasts = [
        PeriodMention(m.start() + offset, m.end() + offset, int(m.group(1)), None, None,
                      "year_only", _compared(text, m.start()))
        for m in (_FEAST.finditer(text) if feast else ())
        if 1945 <= int(m.group(1)) <= 2100
        and not _FOR.search(text, max(0, m.start() - 14), m.start())
    ]  # fmt: skip
    feasts += [
        PeriodMention(m.start(2) + offset, m.end() + offset, int(m.group(2)), None, None,
                      "year_only", _compared(text, m.start()))
        for m in events
        if 1945 <= int(m.group(2)) <= 2100 and not _CLAUSE_WORDS.intersection(m.group(1).split())
    ]  # fmt: skip
    if not feasts:
        return mentions
    kept = [m for m in mentions if not any(f.start <= m.start < f.end for f in feasts)]
    return sorted([*kept, *feasts], key=lambda m: m.start)


def _compared(text: str, start: int) -> bool:
    """Whether the words before the feast make it a comparison's basis."""
    return _names_basis(_clause_tail(text[max(0, start - 40) : start]))
