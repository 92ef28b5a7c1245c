"""Period expressions of Vietnamese reports: quý I/2022, 6 tháng đầu năm, lũy kế 10 tháng.

Each expression is found in lower-case text and resolved against the period the
passage has established so far (a heading's year, an earlier sentence's quarter).

>>> [(m.year, m.from_month, m.to_month) for m in find_periods("trong quý i năm 2022 là")]
[(2022, 1, 3)]
>>> [(m.year, m.from_month, m.to_month) for m in find_periods("lũy kế 10 tháng ước")]
[(None, 1, 10)]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final, Literal

from tiendo.extract.after_years import years_after
from tiendo.extract.aimed_spans import aimed_spans
from tiendo.extract.bounded_spans import bounded_span
from tiendo.extract.carried_years import carried_years
from tiendo.extract.cause_times import outside_causes
from tiendo.extract.day_spans import (
    CLOCK,
    DATE_WORDS,
    DATES_SPAN,
    EVENT_DATE,
    dates_span,
    day_spans,
    spent_months,
)
from tiendo.extract.lexicon import NUMBER_VALUES, number_words
from tiendo.extract.month_names import MONTH_NAME, month_named
from tiendo.extract.rice_seasons import rice_seasons
from tiendo.extract.series_years import series_parts
from tiendo.extract.since_times import since_times
from tiendo.extract.task_periods import tasks_named
from tiendo.extract.theme_years import theme_years
from tiendo.extract.time_points import own_time_point
from tiendo.extract.until_years import reached_in_year
from tiendo.extract.word_matches import matches_at_words, matches_near_words
from tiendo.extract.year_ends import year_ends
from tiendo.extract.years_to_now import years_to_now
from tiendo.periods import Period

Scope = Literal[
    "span",
    "year_only",
    "this_month",
    "this_year",
    "this_quarter",
    "date",
    "since_year_start",
    "year_to_date",
    "season",
    "tasks",  # the time of tasks a meeting set, a basis (task_periods)
]

_ROMAN: Final = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
# (the counts above ten before "mười", the word they open with)
_COUNT: Final = rf"(\d{{1,2}}|mười một|mười hai|{number_words(1, 10)})"
_YEAR_TAIL: Final = r"(?:\s*(?:/|-|–|năm)\s*(\d{4}))?"

# Patterns that would open with a word boundary open with their word instead, the
# boundary checked behind it ("năm(?<=\bnăm)"): the same matches, but the engine can
# skip to each occurrence of the word instead of trying every position of the text.
_QUARTER: Final = re.compile(r"quý(?<=\bquý)\s+(iv|i{1,3}|[1-4])\b" + _YEAR_TAIL)
_MONTHS: Final = re.compile(
    # "10 tháng 5" may be a date; "lũy kế 10 tháng 234,5 nghìn tấn" is an amount after it.
    r"\b(?:"
    + _COUNT
    + r"\s+tháng(?!\s*\d{1,2}\b(?![.,]\d))(?:\s+(đầu|cuối))?(?:\s+(?:của\s+)?năm)?"
    r"|nửa\s+(đầu|cuối)\s+năm)(?:\s+(\d{4}))?"
)
# (a month, not the first digits of a number: "dưới 3 tháng 12.300 người")
_MONTH: Final = re.compile(r"tháng(?<=\btháng)\s+(\d{1,2})\b(?!\.\d{3}\b)" + _YEAR_TAIL)
_YEAR: Final = re.compile(r"năm(?<=\bnăm)\s+(\d{4})\b(?!\s*[-–]\s*\d{4})")
_BARE_YEAR: Final = re.compile(
    r"(?:đến(?<=\bđến)|tới(?<=\btới)|vào(?<=\bvào))\s+(?:cuối\s+|hết\s+)?(\d{4})\b"
    r"(?!\s*[-–/]\s*\d)"
)
_BARE_YEAR_WORDS: Final = ("đến", "tới", "vào")  # its matches open with one (word_matches)
_SEASON: Final = re.compile(
    r"vụ(?<=\bvụ)\s+(?:đông\s+xuân|hè\s+thu|thu\s+đông|mùa|chiêm|xuân|đông|hè)(?:\s+năm)?"
    r"\s+(\d{4})(?:\s*[-–/]\s*(\d{4}))?"
)
_UNTIL_DATE: Final = re.compile(
    r"(?:tính(?<=\btính)\s+(?:đến|tới)|đến(?<=\bđến)|tới(?<=\btới))"
    r"\s+(?:hết\s+)?" + CLOCK + r"(?:ngày\s+)?(\d{1,2})\s*[/-]\s*(\d{1,2})(?:\s*[/-]\s*(\d{4}))?"
)
_UNTIL_DATE_WORDS: Final = ("tính", "đến", "tới")
_NOW: Final = re.compile(
    # "(?:^|(?<=[\s,;:(]))" before each word, written as a look-behind after it.
    "("
    + "|".join(
        rf"{words}(?<![^\s,;:(]{words})"
        for words in (
            # "đến thời điểm hiện tại": now, where "hiện tại" alone may be an adjective.
            "thời điểm hiện tại",
            "thời điểm hiện nay",
            "thời điểm này",
            "hiện nay",
            "hiện",
            "đến nay",
            "tới nay",
            "từ đầu năm đến nay",
        )
    )
    + r")\b"
    r"(?!\s+(?:hành|tại|đại|trạng|tượng|diện|thực|vật|hữu))"
)
_NOW_WORDS: Final = ("thời điểm", "hiện", "đến nay", "tới nay", "từ đầu năm")
_SINCE_YEAR_START: Final = re.compile(
    r"(?:\b(?:lũy kế|luỹ kế|cộng dồn)\s+(?:từ\s+)?|\btừ\s+)đầu\s+năm\b(?!\s+(?:\d|đến|tới|nay))"
)
_THIS: Final = re.compile(
    r"(?:trong(?<=\btrong)|cả(?<=\bcả)|riêng(?<=\briêng))\s+(tháng|năm|quý)\b"
    r"(?!\s+(?:\d|i|v|qua|trước|tới|sau|tháng"
    r"|(?:đầu|cuối)(?:\s+(?:tiên|cùng))?(?:\s+của)?\s+năm\b))"  # "trong quý đầu năm": year_ends
    r"|(?<![\divx] )(?<!đầu )(?<!cuối )(?<!giữa )(?<!hết )năm(?<=\bnăm) n[aà]y\b"  # "năm nay"
)
_THIS_WORDS: Final = ("trong", "cả", "riêng", "năm nay", "năm này")

# Words that turn the period that follows into a comparison basis ("so với năm 2021",
# "tương đương vụ năm 2013"); "giá so sánh 2010" (constant prices) compares nothing.
# (each word before its boundary, checked behind it: a search skips to the first letters)
_BASIS_BEFORE: Final = re.compile(
    r"(?:so(?<=\bso) với|so(?<=\bso)(?!\s+sánh)|cùng(?<=\bcùng) k[ỳì]|hơn(?<=\bhơn)"
    r"|ngang(?<=\bngang)(?: mức)?|vượt(?<=\bvượt)|gấp(?<=\bgấp)|bằng(?<=\bbằng)(?<!cao bằng)"
    r"|tương(?<=\btương) đương|thời(?<=\bthời) điểm|kể(?<=\bkể) từ"
    r"|kế(?<=\bkế) hoạch\s+đầu(?=\s*$)"
    # "cao nhất từ năm 2021 đến nay": the years a record is set against, not a time stated
    r"|nhất(?<=\bnhất)(?:\s+(?:kể|tính))?(?:\s+từ)?(?=\s*$)"
    # "đạt 11,1% dự toán cả năm": the time of the plan a share is of
    r"|%\s*(?:dự toán|kế hoạch))"
    r"(?:\s+(?:[^\s,;:()]|,(?=\d))+){0,3}\s*$"
)


def _names_basis(before: str) -> bool:
    """True when the words before a period (in its clause) make it a comparison's basis."""
    # The first words of the pattern's cues looked up plainly first: most periods follow
    # none, and the pattern, which opens with word boundaries, is tried at each position.
    return (
        "so" in before
        or "%" in before
        or "hơn" in before
        or "bằng" in before
        or "vượt" in before
        or "gấp" in before
        or "cùng k" in before
        or "ngang" in before
        or "tương đương" in before
        or "thời điểm" in before
        or "kể từ" in before
        or "kế hoạch" in before
        or "nhất" in before
    ) and _BASIS_BEFORE.search(before) is not None


# A comma that separates clauses; the one in "29,14%" is a decimal mark.
_CLAUSE_COMMA: Final = re.compile(r",(?!\d)")


def _clause_tail(text: str) -> str:
    """`_CLAUSE_COMMA.split(text)[-1]`: what follows the last comma no digit follows, or
    all of `text` (str.rfind, not a pattern: it runs for every period mention)."""
    comma = text.rfind(",")
    while comma >= 0 and text[comma + 1 : comma + 2].isdecimal():  # "\d" is isdecimal
        comma = text.rfind(",", 0, comma)
    return text[comma + 1 :]


_CUMULATIVE_BEFORE: Final = re.compile(
    r"(?:đến|tới|lũy kế|luỹ kế|cộng dồn)\s+(?:hết\s+|cuối\s+)?$|(?:lũy kế|luỹ kế|cộng dồn)\s*$"
    r"|(?:^|(?<=[\s,(]))(?:sau|hết)\s+$"
)
_UNTIL_BEFORE: Final = re.compile(r"\b(?:đến|tới|vào)\s+(?:cuối\s+|hết\s+)?$")
_DATE_BEFORE: Final = re.compile(r"ngày\s+\d{1,2}\s+$")
_MONTH_DAY_BEFORE: Final = re.compile(r"tháng\s+\d{1,2}\s+$")  # "tháng 8 năm 2023": a date's year
_PRICE_BASE_BEFORE: Final = re.compile(r"\bgiá\s+(?:so sánh|cố định|gốc)\s+$")
# Words after which "năm" is the noun "year" ("hằng năm", "mỗi năm"), never the number 5.
_YEAR_WORD_BEFORE: Final = re.compile(
    r"(?:^|(?<!\w))(?:hằng|hàng|mỗi|từng|các|nhiều|những|vài|qua|trước|sau|cả)\s+$"
)
_NOT_A_PERIOD_WORD: Final = frozenset(
    {"thực", "xuất", "phát", "thể", "biểu", "trình", "thi", "phục"}
)


@dataclass(frozen=True)
class PeriodMention:
    start: int
    end: int
    year: int | None
    from_month: int | None
    to_month: int | None
    scope: Scope = "span"
    basis: bool = False  # part of a comparison basis, not the figure's period

    # Spelt out so that mypyc compiles it: the __init__ @dataclass generates stays
    # interpreted Python (clauses.Draft). Frozen, each field is set past __setattr__ by
    # `object.__setattr__(self, "name", ...)` written out: mypyc stores it natively.
    def __init__(
        self,
        start: int,
        end: int,
        year: int | None,
        from_month: int | None,
        to_month: int | None,
        scope: Scope = "span",
        basis: bool = False,
    ) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "year", year)
        object.__setattr__(self, "from_month", from_month)
        object.__setattr__(self, "to_month", to_month)
        object.__setattr__(self, "scope", scope)
        object.__setattr__(self, "basis", basis)

    def resolve(self, context: Period) -> Period:
        """The period meant, filling what the expression leaves out from `context`."""
        year = self.year if self.year is not None else context.year
        if self.scope == "date":
            return context
        if self.scope == "year_only":
            if self.to_month is not None and _closes(context, self.year, self.to_month):
                # "Sáu tháng đầu năm 2023: ... Đến ngày 30-6, thu ngân sách ...": the day
                # that ends the months the passage reports on.
                return context
            return Period(year)
        if self.scope == "season":
            # "Sáu tháng đầu năm 2018, ... vụ Đông Xuân 2018 ...": a season of the year the
            # report covers is reported within the report's months.
            if context.year == year and context.to_month is not None and context.months < 12:
                return context
            return Period(year)
        if self.scope == "since_year_start":
            # "cộng dồn từ đầu năm": January to the month the passage is at.
            return Period(year, 1, context.to_month) if context.to_month else Period(year)
        if self.scope == "year_to_date":
            # "từ đầu năm đến nay": up to the month in force; in a year named whole, now
            # is some month of it that the text does not give.
            if context.to_month and context.months < 12:
                return Period(year, 1, context.to_month)
            return Period(year)
        if self.scope == "this_year":
            return Period(year, 1, 12)
        if self.scope == "this_month":
            month = context.to_month
            return Period(year, month, month) if month else Period(year)
        if self.scope == "this_quarter":
            if context.to_month:
                quarter_end = ((context.to_month + 2) // 3) * 3
                return Period(year, quarter_end - 2, quarter_end)
            return Period(year)
        return Period(year, self.from_month, self.to_month)


_EARLIEST_MONTH_END: Final = 28  # the earliest day that may end a month (February's)


def _closes(context: Period, year: int | None, month: int) -> bool:
    """True when a date in `month` ends `context`, a sum of months from January."""
    return (
        context.from_month == 1
        and context.to_month == month
        and (year is None or year == context.year)
    )


def _closes_the_year(text: str, start: int, before: str) -> bool:
    """ "vào cuối năm 2020", "đến cuối năm 2023 đạt ...": the year's close, so the whole
    year's result; "từ năm 2016 đến cuối năm 2019" is the end of a span of years."""
    if not before.endswith("cuối "):
        return False
    clause = _clause_tail(text[max(0, start - 40) : start])
    return _SPAN_OPENS.search(clause) is None


_SPAN_OPENS: Final = re.compile(r"(?:^|(?<=\s))từ\b")


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return NUMBER_VALUES.get(word)


# The longest count _MONTHS reads before "tháng" ("mười một", "mười hai").
_LONGEST_COUNT: Final = 8


def _months_of(text: str) -> Iterator[re.Match[str]]:
    """`_MONTHS.finditer(text)`, the same matches, searched from near each "tháng" or "nửa".

    _MONTHS opens with a word boundary, so a plain scan tries it at every position of
    the sentence. Every match holds "tháng" (after its count and blanks) or opens with
    "nửa", so none starts before the next of those words less the blanks before it and
    the longest count: the search starts there, and stops once no such word is left.
    """
    return matches_near_words(_MONTHS, text, ("tháng", "nửa"), _LONGEST_COUNT)


def _marked(text: str, mentions: list[PeriodMention], offset: int) -> list[PeriodMention]:
    """`mentions` with the times that date no figure marked so."""
    mentions = outside_causes(text, mentions, offset)  # "Do nắng hạn trong tháng 5, ..."
    mentions = since_times(text, mentions, offset)  # "kể từ khi ... năm 2010", "từ năm 2015"
    return carried_years(text, mentions, offset)  # "2 dự án chuyển tiếp từ năm 2023"


def find_periods(
    text: str, offset: int = 0, *, digits: bool = True, now: int | None = None
) -> list[PeriodMention]:
    """Period expressions in lower-case `text`, in order, without overlaps; their spans
    are moved by `offset` (where `text` starts in the passage), so that a sentence's
    mentions are built once, already in passage offsets.

    `digits=False` says that `text` holds no digit ("\\d"), as the caller already knows:
    the patterns every match of which holds one (a year, a month's number, a date) are
    then not run at all; only quarters, counts of months in words and words of time are
    looked for. `now` is the year the text was written in, when known."""
    found: list[PeriodMention] = []

    def add(
        match: re.Match[str], *values: int | None, scope: Scope = "span", group: int = 0
    ) -> None:
        year, from_month, to_month = values
        start = match.start(group)
        tail = _clause_tail(text[max(0, start - 40) : start])
        # "Hơn 9 tháng qua", "Tại thời điểm tháng 6/2021": the figure's own time, no basis
        basis = _names_basis(tail) and not bounded_span(tail) and not own_time_point(tail)
        end = match.end() + offset
        found.append(PeriodMention(start + offset, end, year, from_month, to_month, scope, basis))

    # Each pattern is run only where a word all its matches hold stands; the plain "in"
    # tests cost less than calls to a bound text.__contains__. A word several patterns
    # need is looked up once: each test reads the whole sentence.
    month_word, year_word, now_word = "tháng" in text, "năm" in text, "nay" in text
    years = digits and year_word
    since = digits and "từ" in text
    slash = digits and "/" in text
    reaching = digits and "đến" in text
    for match in _QUARTER.finditer(text) if "quý" in text else ():
        quarter = _ROMAN.get(match.group(1)) or int(match.group(1))
        year = int(match.group(2)) if match.group(2) else None
        before = text[max(0, match.start() - 25) : match.start()]
        first = 1 if _CUMULATIVE_BEFORE.search(before) else 3 * quarter - 2
        add(match, year, first, 3 * quarter)
    for match in _months_of(text) if month_word or "nửa" in text else ():
        year = int(match.group(4)) if match.group(4) else None
        if match.group(3):  # nửa đầu / nửa cuối năm
            span = (1, 6) if match.group(3) == "đầu" else (7, 12)
        else:
            count = _count(match.group(1))
            if count is None or not 1 <= count <= 12 or spent_months(text, *match.span()):
                continue
            if match.group(1) == "năm" and _YEAR_WORD_BEFORE.search(
                text, max(0, match.start() - 20), match.start()
            ):
                continue  # "diện tích cây hằng năm tháng ..." is the yearly crop, not 5 months
            span = (13 - count, 12) if match.group(2) == "cuối" else (1, count)
        add(match, year, *span)
    for match, part_year, first_month, last_month in year_ends(text) if year_word else ():
        # "quý đầu năm 2024"; "những tháng đầu năm 2024" names its year only (year_ends)
        add(match, part_year, first_month, last_month, scope="span" if first_month else "year_only")
    for match in _MONTH.finditer(text) if digits and month_word else ():
        month = int(match.group(1))
        if not 1 <= month <= 12:
            continue
        before = text[max(0, match.start() - 25) : match.start()]
        if "ngày" in before and _DATE_BEFORE.search(before):
            continue
        year = int(match.group(2)) if match.group(2) else None
        first = 1 if _CUMULATIVE_BEFORE.search(before) else month
        add(match, year, first, month)
    for match in MONTH_NAME.finditer(text) if month_word else ():
        named = month_named(text, match)  # "tháng Một", "tháng Mười Hai" (month_names.py)
        if named is not None:
            add(match, int(match.group(2)) if match.group(2) else None, named, named)
    for match in _YEAR.finditer(text) if years else ():
        before = text[max(0, match.start() - 25) : match.start()]
        # Each pattern is asked only where its first word stands: most years follow none.
        if ("ngày" in before and _DATE_BEFORE.search(before)) or (
            "tháng" in before and _MONTH_DAY_BEFORE.search(before)
        ):
            continue
        if "giá" in before and _PRICE_BASE_BEFORE.search(before):
            continue  # "theo giá so sánh năm 2010": the year prices are reckoned in
        year = int(match.group(1))
        if (
            ("đến" in before or "tới" in before or "vào" in before)
            and _UNTIL_BEFORE.search(before)
            and not _closes_the_year(text, match.start(), before)
            and not reached_in_year(text, match.start(), match.end(), before, now)
        ):
            add(match, year, None, None, scope="year_only")
        else:
            add(match, year, 1, 12)
    for match in aimed_spans(text) if digits else ():  # "Mục tiêu giai đoạn 2021 - 2025:"
        add(match, int(match.group(2)), None, None, scope="year_only")
    themes = theme_years(text, year_word) if digits else []
    for first, last, year in themes:
        # "Năm An toàn giao thông 2012": the whole year (theme_years)
        basis = _names_basis(_clause_tail(text[max(0, first - 40) : first]))
        found.append(PeriodMention(first + offset, last + offset, year, 1, 12, "span", basis))
    for match in _SEASON.finditer(text) if digits and "vụ" in text else ():
        # "vụ đông xuân 2013 - 2014": a crop season, of the year it ends in.
        add(match, int(match.group(2) or match.group(1)), None, None, scope="season")
    for match in rice_seasons(text) if digits and "lúa " in text else ():
        # Only the year is the time: the season stays in the name ("lúa hè thu").
        add(match, int(match.group(2) or match.group(1)), None, None, scope="season", group=1)
    # Words several patterns need are looked up once; each date holds a slash or a dash.
    dashed = slash or (digits and ("-" in text or "–" in text))
    until = reaching or (digits and "tới" in text)
    bare = until or (digits and "vào" in text)
    for match in matches_at_words(_BARE_YEAR, text, _BARE_YEAR_WORDS) if bare else []:
        add(match, int(match.group(1)), None, None, scope="year_only")
    for match in matches_at_words(_UNTIL_DATE, text, _UNTIL_DATE_WORDS) if until and dashed else []:
        year = int(match.group(3)) if match.group(3) else None
        # The month of a month's last days is kept: they may close the months in force.
        month = int(match.group(2))
        last_days = int(match.group(1)) >= _EARLIEST_MONTH_END and 1 <= month <= 12
        add(match, year, None, month if last_days else None, scope="year_only")
    for match in DATES_SPAN.finditer(text) if since and slash else ():
        days = dates_span(*(int(group or 0) for group in match.groups()))
        if days is not None:
            add(match, *days)
    counted = years and ("sau" in text or "qua" in text)
    for after in years_after(text) if counted else ():  # "sau 10 năm (2010 - 2019), ..."
        found.append(PeriodMention(after.start + offset, after.end + offset, after.year,
                                   None, None, "year_only", False))  # fmt: skip
    spans = slash and ("-" in text or "–" in text or reaching or "và" in text)
    for few in day_spans(text) if spans else ():  # "từ ngày 3 đến 8/9/2013": its month
        before = _clause_tail(text[max(0, few.start - 40) : few.start])
        months = (few.year, few.from_month, few.to_month)
        found.append(PeriodMention(few.start + offset, few.end + offset, *months, "span",
                                   _names_basis(before)))  # fmt: skip
    for match in matches_at_words(EVENT_DATE, text, DATE_WORDS) if dashed else []:
        # The date's year is kept: a passage that gives no other year is about that one.
        dated_year = int(match.group(1)) if match.group(1) else None
        found.append(
            PeriodMention(
                match.start() + offset, match.end() + offset, dated_year, None, None, "date", True
            )
        )
    present = now_word or "hiện" in text or "thời điểm" in text
    for match in matches_at_words(_NOW, text, _NOW_WORDS) if present else []:
        words = text[max(0, match.start() - 12) : match.start()].split()
        if match.group(1) == "hiện" and words and words[-1] in _NOT_A_PERIOD_WORD:
            continue
        if words[-2:] == ["từ", "trước"] and match.group(1) in ("đến nay", "tới nay"):
            continue  # "cao nhất từ trước đến nay": ever, not a time of the figure
        if match.group(1).startswith("từ đầu năm"):
            # "Tháng 5-2018, ... Từ đầu năm đến nay ...": January to the month in force.
            add(match, None, None, None, scope="year_to_date")
            continue
        add(match, None, None, None, scope="year_only")
    for match in _SINCE_YEAR_START.finditer(text) if year_word and "đầu năm" in text else ():
        add(match, None, None, None, scope="since_year_start")
    for first, last, year in years_to_now(text) if since and now_word else ():
        # "Từ năm 2021 đến nay": years ending now, not the year 2021 (years_to_now)
        # "từ đầu năm 2019 đến nay" in 2019: that year so far; of a text of no known year,
        # the one year named is all that is known of now.
        reach: Scope = "year_to_date" if year == now else "year_only"
        end_year = year if now is None else now
        record = _names_basis(_clause_tail(text[max(0, first - 40) : first]))  # "cao nhất từ"
        found.append(
            PeriodMention(first + offset, last + offset, end_year, None, None, reach, record)
        )
    this = month_word or year_word or "quý" in text  # one of them is in each match of _THIS
    for match in matches_at_words(_THIS, text, _THIS_WORDS) if this else []:
        unit = match.group(1) or "năm"  # "năm nay": the year the passage is in, all of it
        if themes and any(first == match.start(1) for first, _, _ in themes):
            continue  # "trong Năm Du lịch quốc gia 2023": the year named
        scope: Scope = (
            "this_month" if unit == "tháng" else "this_quarter" if unit == "quý" else "this_year"
        )
        add(match, None, None, None, scope=scope)

    if not found:
        return found  # none to mark: _marked would look for causes and carried years
    if len(found) == 1:
        return _marked(text, found, offset)  # most sentences name one time or none
    # Keep the longest expression where two overlap; ties go to the earlier kind.
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[PeriodMention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    kept = _marked(text, kept, offset)
    kept = series_parts(text, kept, offset)  # "(6 tháng năm 2013 ..., năm 2012 ...)"
    return tasks_named(text, kept, offset)  # "... và bàn nhiệm vụ 6 tháng cuối năm"
