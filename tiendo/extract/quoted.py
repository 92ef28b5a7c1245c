"""Earlier levels quoted beside a figure: "GDP 6 tháng năm 2013 tăng 7,67%, nhỉnh hơn mức
tăng 7,6% của cùng kỳ 2012 nhưng thấp hơn mức 9,3% của cùng kỳ 2011 và 10,1% của cùng kỳ
2010". Each quoted rate is a figure of its own, of the same measure, for the period named
after it.

>>> low = "tăng 7,67%, nhỉnh hơn mức tăng 7,6% của cùng kỳ 2012"
>>> compares_with_earlier(low, 11, low.index("7,6%"), low.index("7,6%") + 4)
True
>>> grows(low, low.index("7,6%"))
1
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from tiendo.extract.figure import Comparison
from tiendo.extract.period_cues import find_periods
from tiendo.periods import Period

if TYPE_CHECKING:  # clauses imports the modules that import this one
    from tiendo.extract.clauses import Draft

# "cao hơn mức 9,3%", "thấp hơn so với mức tăng 7,2%": a rate set against an earlier one.
# "vượt (xa) mức tăng 2,3% của năm ngoái" passes the earlier rate as "cao hơn" does.
_COMPARED: Final = re.compile(
    r"\b(?:(?:cao|thấp|nhỉnh|lớn|nhỏ|chậm|nhanh)\s+(?:hơn|xa)|vượt(?:\s+xa)?)\s+"
    r"(?:so\s+với\s+)?(?:mức|con số)"
    r"(?:\s+(?:tăng trưởng|tăng|giảm))?\s*$"
)
# "... của cùng kỳ 2012", "... của năm 2022", "... của 9 tháng/2018": whose the rate was.
_OF_PERIOD: Final = re.compile(r"[ \t]*(?:/năm[ \t]*)?của[ \t]+(?:cùng k[ỳì]|năm|quý|tháng|vụ|\d)")
# Between two quoted rates: the rest of the first one's period ("... 2011"), then "và".
_ANOTHER: Final = re.compile(r"^[^,;:()%]{0,30}?[\s,]*(?:và|,)[\s,]*$")
_OF_YEAR: Final = re.compile(
    r"[ \t]*(?:/năm[ \t]*)?của[ \t]+(?:cùng k[ỳì][ \t]+)?(?:năm[ \t]+)?(\d{4})\b"
)
_OF_LAST_YEAR: Final = re.compile(
    r"[ \t]*(?:/năm[ \t]*)?của[ \t]+(?:cùng k[ỳì][ \t]+)?năm[ \t]+(?:trước|ngoái)\b"
)
_GROWTH: Final = re.compile(r"\bmức\s+(?:tăng trưởng|tăng|giảm)\s*$")
# "(quý I năm 2014 tăng 6,8%, năm 2015 tăng 8%", "(9 tháng năm 2022 tăng 6,1%": an earlier
# period, then its rise or level
# ("(cùng kỳ 2012 là 3,31%)" is read with the bare levels after it: remark_year).
_EARLIER_ITEM: Final = re.compile(
    r"^[\s,;(]*(?:và\s+)?(?P<part>(?:quý|tháng)\s+[ivx\d]+|\d{1,2}\s+tháng(?:\s+đầu)?)?\s*"
    r"(?:năm\s+|/\s*)?(?P<year>\d{4})?\s*\(?\s*"
    r"(?::|là|đạt|chỉ|tăng|giảm)?\s*(?:tăng|giảm)?\s*$"
)
# "so với quý I/2018 (tăng 7,45%)", "cao hơn mức tăng của 9 tháng/2018 (tăng 16,20% ...)":
# a time the figure is compared with, right before parentheses that give its rate. A quarter
# or month may go without its year, the figure's own: "GRDP quý II tăng 8,1%, cao hơn quý I
# (tăng 6,6%)".
_TIME_BEFORE_PAREN: Final = re.compile(
    r"(?:\bso với|\bhơn|\bcủa)\s+(?:mức tăng\s+(?:của\s+)?)?(?:cùng kỳ\s+)?"
    r"(?P<time>(?:(?:quý|tháng)\s+[ivx\d]+|\d{1,2}\s+tháng(?:\s+đầu)?)?\s*(?:năm\s+|/\s*)?"
    r"\d{4}|(?:quý|tháng)\s+[ivx\d]+)\s*$"
)
_RISE: Final = re.compile(r"\b(tăng|giảm)\s*$")
_REACHED: Final = re.compile(r"\b(?:đạt|bằng)\s*$")


def _item(low: str, item_start: int, lead_start: int) -> re.Match[str] | None:
    match = _EARLIER_ITEM.match(low[item_start:lead_start])
    return match if match and (match.group("part") or match.group("year")) else None


def time_before_paren(low: str, clause_start: int, paren_start: int) -> int | None:
    """Where the time named right before parentheses, after "so với", "hơn" or "của",
    starts; None when no such time stands there.

    >>> low = "tăng 6,79%, chậm lại so với quý i/2018 (tăng 7,45%)"
    >>> low[time_before_paren(low, 0, low.index("(")):low.index("(")]
    'quý i/2018 '
    """
    found = _TIME_BEFORE_PAREN.search(low, max(clause_start, paren_start - 60), paren_start)
    return found.start("time") if found else None


# What may follow the rate in those parentheses: nothing, or the basis that time's own rise
# was stated on ("(tăng 16,20% so với cùng kỳ)").
_OWN_BASIS: Final = re.compile(
    r"[ \t]*(?:so(?:[ \t]+với)?[ \t]+cùng[ \t]+k[ỳì](?:[ \t]+năm[ \t]+trước)?)?[ \t)]*"
)


def only_basis_left(low: str, unit_end: int, paren_end: int) -> bool:
    """True when the parentheses hold nothing after a rate's unit but, at most, the basis of
    that rate.

    >>> low = "(tăng 16,20% so với cùng kỳ)"
    >>> only_basis_left(low, low.index("%") + 1, len(low))
    True
    >>> low = "(tăng 16,20% so với kế hoạch)"
    >>> only_basis_left(low, low.index("%") + 1, len(low))
    False
    """
    match = _OWN_BASIS.match(low, unit_end, paren_end)
    return match is not None and match.end() == paren_end


_YEAR_NAMED: Final = re.compile(r"(?:\bnăm\s+|(?:quý|tháng)\s+[ivx\d]+\s*/\s*)(\d{4})\b")
_SENTENCE_REACH: Final = 300


def _sentence_year(low: str, position: int) -> int | None:
    """The first year named by "năm" (or after a quarter or month, "quý I/2019") in the
    sentence before `position`, if any."""
    start = max(0, position - _SENTENCE_REACH)
    start = max(start, low.rfind(". ", start, position) + 1)
    match = _YEAR_NAMED.search(low, start, position)
    return int(match.group(1)) if match else None


def earlier_in_parens(low: str, item_start: int, lead_start: int, year: int | None) -> bool:
    """True when parentheses give, from `item_start`, the rate of another time: an earlier
    year ("(quý I năm 2014 tăng 6,8%, năm 2015 tăng 8%)") or a part of this one ("(quý I
    giảm 9,8%, quý II giảm 8,6%)").

    >>> low = "tăng 2,19% (quý i năm 2014 tăng 6,8%, năm 2015 tăng 8%)"
    >>> earlier_in_parens(low, low.index("("), low.index("6,8"), 2017)
    True
    """
    match = _item(low, item_start, lead_start)
    if match is None:
        return False
    if year is None:
        # The passage has named no year yet: the year its sentence opened with is the
        # figure's ("Chín tháng đầu năm 2018, ... (năm 2017 đạt 90,4%)").
        year = _sentence_year(low, item_start)
        if year is None:
            return False
    return match.group("year") is None or int(match.group("year")) < year


def earlier_period(low: str, item_start: int, lead_start: int, months: Period) -> Period | None:
    """The period a rate in parentheses is of: the year it names, or the figure's, with
    the quarter or month it names, or else the months of the figure it is set beside."""
    match = _item(low, item_start, lead_start)
    if match is None:
        return None
    year = int(match.group("year")) if match.group("year") else months.year
    part = match.group("part")
    named = find_periods(part) if part else []
    if named:
        period = named[0].resolve(Period(year))
        if (
            not match.group("year")
            and year is not None
            and months.to_month is not None
            and period.from_month is not None
            and period.from_month > months.to_month
        ):
            # "quý I/2024 tăng 5,7%, thấp hơn quý IV (tăng 6,2%)": a part named with no
            # year that comes later in the year than the figure's is of the year before.
            return named[0].resolve(Period(year - 1))
        return period
    return Period(year, months.from_month, months.to_month)


def finish_earlier_in_parens(low: str, draft: Draft, level_of: Draft) -> bool:
    """Make `draft` the earlier year's rate that parentheses quote beside `level_of`
    ("tăng 2,19% (quý I năm 2014 tăng 6,8%, ...)"): the same measure, that year with the
    figure's months, a rise on the basis the figure's rise was stated on. False when the
    draft is no such rate."""
    quantity = draft.quantity
    if quantity is None:
        return False
    period = earlier_period(low, draft.item_start, quantity.lead_start, level_of.period)
    if period is None:
        return False
    draft.period = period
    draft.indicator = level_of.indicator
    rises = [c for c in level_of.comparisons if c.measure == "change"]
    verb = _RISE.search(low, max(0, quantity.lead_start - 8), quantity.lead_start)
    if quantity.unit.kind == "percent" and (verb or (rises and level_of.quantity is None)):
        fall = verb is not None and verb.group(1) == "giảm"
        basis = rises[-1].basis if rises else "same_period"
        percent = -quantity.value if fall else quantity.value
        draft.comparisons = [Comparison(basis, "change", percent, "")]
        draft.quantity = None
    elif quantity.unit.kind == "percent" and _REACHED.search(
        low, max(0, quantity.lead_start - 8), quantity.lead_start
    ):
        # "87.096 lượt, đạt 115,7% kế hoạch (năm 2017 đạt 90,4%)": what an amount reaches
        # in percent is its share of the plan; the earlier year's is a share of its plan.
        shares = [
            c
            for c in level_of.comparisons
            if c.measure == "ratio" and c.basis in ("plan", "budget")
        ]
        if shares and level_of.quantity is not None and level_of.quantity.unit.kind != "percent":
            draft.comparisons = [Comparison(shares[-1].basis, "ratio", quantity.value, "")]
            draft.quantity = None
    return True


# "cao hơn so với cùng kỳ năm trước, khi chỉ tăng 5,1%": the earlier time, then its rate.
_WHEN_EARLIER: Final = re.compile(
    r"\b(?:cao|thấp|nhỉnh|lớn|nhỏ|chậm|nhanh)\s+hơn\s+(?:so\s+với\s+|so\s+)?(?:mức\s+)?"
    r"(?:của\s+)?(?:cùng k[ỳì]|năm trước|năm \d{4}|năm ngoái)[^,;:%()]{0,30},\s*khi\s+"
    r"(?:(?:chỉ|mới|cũng|đã)\s+)?(?:tăng|giảm|đạt|là|ở mức)\s*$"
)


# "trong khi mức tăng của cùng kỳ năm trước chỉ là 1,6%", "tốc độ tăng của năm 2022 là
# 10,2%": the rise of an earlier time named as the subject, then its rate.
_RISE_OF_EARLIER: Final = re.compile(
    r"\b(?:mức|tốc độ)\s+(?P<verb>tăng trưởng|tăng|giảm)\s+(?:bình quân\s+)?của\s+"
    r"(?:cùng k[ỳì](?:\s+(?:năm\s+)?(?P<same>\d{4}|trước|ngoái))?"
    r"|năm\s+(?P<year>\d{4}|trước|ngoái))"
    r"\s+(?:(?:chỉ|mới|cũng)\s+)?(?:là|đạt|ở mức|chỉ)\s*$"
)


_RATE_BEFORE: Final = re.compile(r"\d[\d.,]*\s*%$")


def earlier_rise(low: str, floor: int, lead_start: int) -> re.Match[str] | None:
    """The words before the rate at `lead_start` that make it the rise of an earlier time
    named as its subject ("mức tăng của cùng kỳ năm trước chỉ là 1,6%"), if any.

    >>> low = "tăng 12,4%, trong khi mức tăng của cùng kỳ năm trước chỉ là 1,6%"
    >>> earlier_rise(low, 0, low.index("1,6")).group("same")
    'trước'
    """
    if low.find("của", max(floor, lead_start - 60), lead_start) < 0:
        return None
    rise = _RISE_OF_EARLIER.search(low, max(floor, lead_start - 80), lead_start)
    named = rise.group("same") or rise.group("year") if rise is not None else None
    if named is not None and named.isdigit():
        year = _sentence_year(low, lead_start)
        if year is not None and int(named) >= year:
            return None  # "mức giảm của năm 2023 là 1,1%" in 2023: no earlier time
    return rise


def compares_with_earlier(low: str, floor: int, lead_start: int, unit_end: int) -> bool:
    """True when the rate at `lead_start` is an earlier period's, quoted in comparison."""
    if earlier_rise(low, floor, lead_start) is not None:
        return True
    if low.find("khi", max(floor, lead_start - 20), lead_start) >= 0 and _WHEN_EARLIER.search(
        low, max(floor, lead_start - 90), lead_start
    ):
        return True
    if not _OF_PERIOD.match(low, unit_end):
        return False
    return _COMPARED.search(low, max(floor, lead_start - 40), lead_start) is not None


def another_quoted(low: str, quoted_end: int, lead_start: int, unit_end: int) -> bool:
    """'... mức 9,3% của cùng kỳ 2011 và 10,1% của cùng kỳ 2010': the next one in a row."""
    return (
        quoted_end <= lead_start
        and _ANOTHER.match(low[quoted_end:lead_start]) is not None
        and _OF_PERIOD.match(low, unit_end) is not None
    )


def grows(low: str, lead_start: int) -> int:
    """1 when the quoted rate is a rise ("mức tăng 7,6%", "mức tăng của cùng kỳ năm trước
    là 1,6%"), -1 a fall ("mức giảm 3%"), 0 a level.

    >>> grows("mức giảm của cùng kỳ năm trước là 8,5%", 34)
    -1
    """
    growth = _GROWTH.search(low, max(0, lead_start - 30), lead_start)
    growth = growth or earlier_rise(low, 0, lead_start)
    if growth is None:
        return 0
    return -1 if "giảm" in growth.group() else 1


def quoted_year(low: str, unit_end: int, host_year: int | None = None) -> int | None:
    """The year a quoted rate is of: "7,6% của cùng kỳ 2012" gives 2012; "9,5% của cùng kỳ
    năm trước" the year before `host_year`, the year of the figure that quotes it.

    >>> quoted_year("mức 9,3% của cùng kỳ 2011 và", 8)
    2011
    >>> quoted_year("mức 9,5% của cùng kỳ năm trước", 8, 2020)
    2019
    """
    match = _OF_YEAR.match(low, unit_end)
    if match:
        return int(match.group(1))
    if host_year is not None and _OF_LAST_YEAR.match(low, unit_end):
        return host_year - 1
    number = _RATE_BEFORE.search(low, max(0, unit_end - 16), unit_end)
    rise = earlier_rise(low, 0, number.start()) if number is not None else None
    if rise is None:
        return None
    named = rise.group("same") or rise.group("year")  # "mức tăng của năm 2022 là 10,2%"
    if named is not None and named.isdigit():
        return int(named)
    return host_year - 1 if host_year is not None else None  # "của cùng kỳ (năm trước)"


_SHARE_ONLY_BEFORE: Final = re.compile(r"\(\s*(?:(?:cùng\s+)?(?:đạt|bằng)\s+)?$")


def bare_share(low: str, paren: tuple[int, int], lead_start: int, unit_end: int) -> bool:
    """True when parentheses hold a percentage and nothing else: "(82%)", "(cùng đạt 100%)".

    >>> low = "ước 360 tỷ đồng (82%), huyện"
    >>> bare_share(low, (16, 21), 17, 20)
    True
    """
    return (
        _SHARE_ONLY_BEFORE.search(low, paren[0], lead_start) is not None
        and not low[unit_end : paren[1] - 1].strip()
    )


# "(năm 2022: 1.875 tỷ đồng)", "(năm trước là 4,5%)": the year a remark's level is of, named
# before it inside the parentheses; "gấp đôi năm 2022 (750 tỷ đồng)": named right before them.
_YEAR_INSIDE: Final = re.compile(r"\(\s*(?:năm\s+)?(\d{4}|trước|ngoái)\s*:?\s*(?:là|đạt|chỉ)?\s*$")
_YEAR_BEFORE: Final = re.compile(r"\bnăm\s+(\d{4}|trước|ngoái)\s*\(\s*$")


def remark_year(low: str, floor: int, lead_start: int, year: int | None) -> int | None:
    """The earlier year whose level a remark in parentheses quotes, or None when the remark
    names none. `year` is the figure's own, for "năm trước".

    >>> low = "thu ngân sách năm 2023 đạt 2.100 tỷ đồng (năm 2022: 1.875 tỷ đồng)"
    >>> remark_year(low, 0, low.index("1.875"), 2023)
    2022
    >>> low = "doanh thu đạt 1.500 tỷ đồng, gấp đôi năm trước (750 tỷ đồng)"
    >>> remark_year(low, 0, low.index("750"), 2023)
    2022
    """
    window = low[max(floor, lead_start - 40) : lead_start]
    named = _YEAR_INSIDE.search(window) or _YEAR_BEFORE.search(window)
    if named is None:
        return None
    word = named.group(1)
    if word.isdigit():
        return int(word)
    return year - 1 if year is not None else None


# "..., so với 32.000 lượt của năm trước": an earlier level given as the basis, its own year
# named after it.
_SO_VOI_ONLY: Final = re.compile(r"^[\s,;]*so(?:\s+với)?\s*$")
_OF_EARLIER: Final = re.compile(
    r"[ \t]*(?:[^\W\d]+[ \t]+){0,2}?của[ \t]+(cùng k[ỳì][ \t]+)?(?:năm[ \t]+)?(trước|ngoái|\d{4})\b"
)


def basis_level_period(pre: str, low: str, tail_start: int, period: Period) -> Period | None:
    """The period of a level quoted as the basis of the figure before ("so với 1.875 tỷ
    đồng của năm 2022"), or None when `pre` is not "so với" alone or no time follows.

    >>> low = "so với 32.000 lượt của năm trước"
    >>> basis_level_period("so với ", low, low.index(" của"), Period(2023, 1, 12))
    Period(year=2022, from_month=1, to_month=12)
    """
    # The words end with "so" or "với" (an "o" or "i", either case): most do not, and
    # the look at their last letter spares lower-casing them for the pattern.
    if pre.rstrip()[-1:] not in "oOiI" or not _SO_VOI_ONLY.match(pre.lower()):
        return None
    named = _OF_EARLIER.match(low, tail_start)
    if named is None:
        return None
    word = named.group(2)
    if word.isdigit():
        year: int | None = int(word)
    else:
        year = period.year - 1 if period.year is not None else None
    if named.group(1) or period.to_month is not None:
        return Period(year, period.from_month, period.to_month)
    return Period(year)
