"""The signs of a figure's confidence that its indicator alone gives: does it open with a
named measure or a rate's head, how many words it has, does it hold a digit, a capital,
a comma or a verb of the clause. Indicators recur (the same measure for each period,
place or list member), so each is read once; `confidence.read_signs` places them among
the signs of the figure and its clause.

>>> indicator_signs("Sản lượng lúa")[:3]
('sản lượng lúa', 3, ('measure_head', 'strict_measure_head'))
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.lexicon import MEASURE_HEADS

_MEASURE_FIRST_WORDS: Final = frozenset(head.split()[0] for head in MEASURE_HEADS)
_DIGIT: Final = re.compile(r"\d")
_QUANTITY_HEAD: Final = re.compile(
    r"(?:tổng\s+)?(?:giá trị|sản lượng|diện tích|năng suất|doanh thu|kim ngạch|thu nhập|"
    r"thu ngân sách|tổng thu|chi ngân sách|vốn đầu tư|tỷ lệ|tỉ lệ|tốc độ|chỉ số|số vụ|số người|"
    r"tổng mức|lượng|lượt khách|khối lượng|giải ngân)\b"
)
_VERBISH: Final = re.compile(
    r"^(?:đạt|là|tăng|giảm|có|được|với|trong|và|ước|so|bằng|chiếm|thu|đón|xảy|bắt|phát|"
    r"xếp|phân|tạm|hỗ|đưa|kéo|giải|tuyển|để|cho|tiêm|kết|cộng|của|ở|tại|đã)\b"
)
_RATE_HEAD: Final = re.compile(
    r"(?:tổng\s+)?(?:tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng|tốc độ|chỉ số|cơ cấu|độ che phủ|tỷ suất|"
    r"mức|lãi suất|giá trị|tăng trưởng|grdp|gdp)"
)
# Measures that name no object on their own ("sản lượng" of what?).
_GENERIC: Final = frozenset(
    (
        "sản lượng", "diện tích", "năng suất", "tổng thu", "doanh thu", "giá trị", "xuất khẩu",
        "trị giá", "kim ngạch", "tổng", "thu", "chi", "vốn", "tổng số", "số", "nhập khẩu",
        "dịch vụ", "công nghiệp",
    )
)  # fmt: skip
# Verbs and frames that belong to the clause, not to a measure's name, inside an
# indicator ("đảo ước đón lượt du khách", "bình quân ..., mỗi năm kết nạp").
_VERB_INSIDE: Final = re.compile(
    r" (?:đạt|ước|đón|đưa|thu về|so|là|tăng|giảm|mỗi năm|kết nạp|có|được|bằng|chiếm)(?: |$)"
)

IndicatorSigns = tuple[str, int, tuple[str, ...], tuple[str, ...], bool, bool]
_INDICATORS: Final[dict[str, IndicatorSigns]] = {}
_INDICATORS_KEPT: Final = 256


def indicator_signs(indicator: str) -> IndicatorSigns:
    """_read_indicator, once for each indicator: a plain dict, emptied when full (compiled,
    a look-up in it costs a tenth of a call through lru_cache)."""
    signs = _INDICATORS.get(indicator)
    if signs is None:
        if len(_INDICATORS) >= _INDICATORS_KEPT:
            _INDICATORS.clear()
        signs = _INDICATORS[indicator] = _read_indicator(indicator)
    return signs


def _read_indicator(indicator: str) -> IndicatorSigns:
    """What the signs read from an indicator alone: its lower case, its words, the signs
    that come before and after those of its place in the clause, whether it opens with a
    rate's head and whether with a verb. Indicators recur (the same measure for each
    period, place or list member), so each is read once."""
    words = indicator.split()
    low = indicator.lower()
    count = len(words)
    before = (
        (
            "measure_head",
            count > 0
            and (
                words[0].lower() in _MEASURE_FIRST_WORDS
                or " ".join(words[:2]).lower() in MEASURE_HEADS
            ),
        ),
        ("strict_measure_head", _QUANTITY_HEAD.match(low) is not None),
        ("indicator_one_word", count == 1),
        ("indicator_two_words", count == 2),
        ("indicator_long", count > 8),
        ("indicator_very_long", count > 12),
        ("indicator_has_digit", _DIGIT.search(indicator) is not None),
        (
            "indicator_capitalised_inside",
            # Most indicators hold no capital after their first word: one test first.
            not " ".join(words[1:]).islower() and any(w[:1].isupper() for w in words[1:]),
        ),
    )
    after = (
        ("indicator_comma", "," in indicator),
        ("indicator_generic", low in _GENERIC),
        ("indicator_verb_inside", _VERB_INSIDE.search(low) is not None),
    )
    return (
        low,
        count,
        tuple([name for name, on in before if on]),
        tuple([name for name, on in after if on]),
        _RATE_HEAD.match(low) is not None,
        _VERBISH.match(low) is not None,
    )
