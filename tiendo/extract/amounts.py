"""Amounts written in two scales: "153 tỷ 900 triệu đồng" is 153,9 tỷ đồng.

Vietnamese writes an amount as it is said: the larger scale with its number, then the
rest in the next scale down, the currency only once at the end. Read number by
number, it would be two figures ("153 tỷ" and "900 triệu đồng"); it is one.

>>> low = "đạt 131 tỷ 43 triệu đồng, tăng 5%"
>>> compound_amount(low, low, read_unit(low, 7, low), 131.0, len(low))
(131.043, UnitMatch(text='tỷ đồng', kind='money', end=24))
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.lexicon import SCALES
from tiendo.extract.numbers import NUMBER_TOKEN, is_year, parse_number
from tiendo.extract.units import UnitMatch, read_unit

# The number of the smaller scale: at most three digits, a whole number ("900", "43").
_REST: Final = re.compile(r"[ \t]+(\d{1,3})(?![\d.,/])")


def compound_amount(
    low: str, norm: str, unit: UnitMatch, value: float, end: int
) -> tuple[float, UnitMatch] | None:
    """The whole amount when a number in a bare scale (`unit`, "tỷ") is followed by a
    number in a smaller one ("900 triệu đồng"): its value in the larger scale and the
    larger scale with the unit written after the second number; None otherwise."""
    larger = SCALES.get(unit.text)
    if larger is None:
        return None
    rest = _REST.match(low, unit.end, end)
    if rest is None:
        return None
    after = read_unit(low, rest.end(), norm)
    if after is None or after.kind not in ("money", "scale"):
        return None
    first, _, currency = after.text.partition(" ")
    smaller = SCALES.get(first)
    if smaller is not None and smaller > larger == 1e3 and value == int(value) < 1000:
        # "41 ngàn 480 tỷ đồng": thousands of the scale written last, 41.480 tỷ đồng.
        return value * 1000 + int(rest.group(1)), after
    if smaller is None or smaller >= larger:
        return None
    # Rounded to the places the two parts give, not to float noise.
    total = round(value + int(rest.group(1)) * smaller / larger, 9)
    return total, UnitMatch(f"{unit.text} {currency}".strip(), after.kind, after.end)


_FRACTION: Final = re.compile(r"/(\d+(?:\.\d{3})*)(?![\d/,-])")
_PLAN: Final = re.compile(r"[ \t]*/[ \t]*(?=\d)")


def fraction_end(low: str, norm: str, last: int, end: int, value: float) -> int | None:
    """'15/18 xã đạt chuẩn': a count out of a total; where the unit after the total starts.

    Dates (21/12), document numbers (30/2020/NĐ-CP) and ratios without a counted noun
    from the lexicon are not fractions (the caller sets aside numbers after a date word).
    """
    match = _FRACTION.match(low, last, end)
    if not match:
        return None
    total = parse_number(match.group(1))
    if total is None or total < value or total < 2:
        return None
    if is_year(match.group(1)) and value <= 12:  # "12/2022" is a month
        return None
    unit = read_unit(low, match.end(), norm, year_like=True)
    if unit is None and total > _LAST_MONTH and not is_year(match.group(1)):
        # "Có 16/24 ngành có chỉ số giảm": no date has a 24th month, so any counted noun,
        # listed or not, may follow the total.
        unit = read_unit(low, match.end(), norm)
    if unit is None or unit.kind != "count":
        return None
    return match.end()


_LAST_MONTH: Final = 12


def plan_after(
    low: str, norm: str, position: int, end: int, value: float, *, percent: bool = False
) -> tuple[int, int, float] | None:
    """A result written over its plan: "thu ngân sách 45.799/36.875 tỷ đồng", "phát triển
    đảng viên mới 8.793/6.500 đảng viên", "tỷ lệ xã đạt chuẩn 83,2%/50%". Returns where the
    plan's number starts and ends and its value, or None. A count over a larger total is
    a fraction ("15/18 xã"), not a plan.

    >>> low = "thu 45.799/36.875 tỷ đồng"
    >>> plan_after(low, low, 10, len(low), 45799.0)
    (11, 17, 36875.0)
    """
    slash = _PLAN.match(low, position, end)
    number = NUMBER_TOKEN.match(low, slash.end(), end) if slash else None
    planned = parse_number(number.group()) if number else None
    if number is None or planned is None or low[number.end() : number.end() + 1] == "/":
        return None
    unit = read_unit(low, number.end(), norm)
    if unit is None or (unit.kind == "percent") != percent:
        return None
    if unit.kind == "count" and planned >= value:
        return None
    if unit.kind not in ("money", "measure", "count", "percent"):
        return None
    return number.start(), number.end(), planned


# "nâng tổng số đảng viên toàn tỉnh lên hơn 41.900": the things counted, named before the
# total they are brought to, and no unit after it. A bare "số" opening its clause or its
# sentence counts alike ("; số trường đạt mức độ 1 là 16", "Số hộ nghèo giảm còn 1.200",
# "… 84,95%. Số băng, nhóm bị triệt phá là 633"); after a word
# it is part of one ("chỉ số", "dân số", "Nghị quyết số"). A sum of money ("số vốn")
# wants its currency, and the words between hold no number but a level's ("mức độ 1").
_TOTAL_NAMED: Final = re.compile(
    r"(?:\b(?:tổng số|số lượng)|(?:^|(?<=[,;:(])|(?<=[,;:(.] ))số)\s+"
    r"(?!(?:vốn|tiền|kinh phí|thu|chi|nợ)\b)"  # an amount of money wants its currency
    # "Số băng, nhóm bị triệt phá là 633": two nouns of one count, a comma between.
    r"(?P<noun>[^\W\d_]+(?:\s+[^\W\d_]+)?(?:,\s+[^\W\d_]+(?=\s+[^\W\d_]))?)"
    r"(?:[^,;.:\d]|(?<=mức độ )\d){0,40}?\s+"
    r"(?:lên|là|đạt|còn)(?:\s+(?:hơn|trên|gần|khoảng))?\s*$"
)


def named_before(low: str, norm: str, floor: int, first: int, end: int) -> UnitMatch | None:
    """The unit of a total whose things counted were named before it ("tổng số đảng viên
    ... lên hơn 41.900": đảng viên), when no unit follows the number; or None."""
    if "số" not in low[floor:first]:
        return None
    match = _TOTAL_NAMED.search(low, floor, first)
    if match is None:
        return None
    noun = read_unit(
        " " + low[match.start("noun") : match.end("noun")],
        0,
        " " + norm[match.start("noun") : match.end("noun")],
    )
    if noun is None or noun.kind != "count":
        return None
    return UnitMatch(noun.text, "count", end)


# A result and its plan each written with its scale, the currency once at the end:
# "(634,5 tỷ/900 tỷ đồng)". The scale right after the first number, then the slash.
_SCALE_SLASH: Final = re.compile(r"[ \t]+(tỷ|tỉ|triệu|nghìn|ngàn)(?=[ \t]*/[ \t]*\d)")


def scaled_pair(
    low: str, norm: str, last: int, end: int, value: float
) -> tuple[int, int, float] | None:
    """The plan after a result written "634,5 tỷ/900 tỷ đồng", the result's number
    ending at `last`, as plan_after gives it for "634,5/900 tỷ đồng"; or None. The plan's
    unit must open with the same scale: its currency is the result's.

    >>> low = "(634,5 tỷ/900 tỷ đồng)"
    >>> scaled_pair(low, low, 6, len(low), 634.5)
    (10, 13, 900.0)
    >>> scaled_pair("(634,5 tỷ/900 ha)", "", 6, 17, 634.5) is None
    True
    """
    # The slash first: the pattern's look-ahead needs one before `end`, and few texts
    # after a number hold one.
    scale = _SCALE_SLASH.match(low, last, end) if low.find("/", last, end) >= 0 else None
    if scale is None:
        return None
    pair = plan_after(low, norm, scale.end(), end, value)
    if pair is None:
        return None
    unit = read_unit(low, pair[1], norm)
    if unit is None or unit.text.split()[0] != scale.group(1) or unit.kind != "money":
        return None
    return pair
