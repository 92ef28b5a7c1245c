"""Native scans for the clause signs of confidence.py, each a loop over code points in
place of a pattern search or a chain of string calls: the numbers of a clause and how
crowded it is, in one pass; a number's value; the word before it; whether another number
follows it as in a list.

Compiled, `ord(text[index])` reads a code point without making a string and an `i64`
index is a machine integer, so a pass over a clause costs less than one call into the
regular-expression engine. Each function answers as the pattern or the string calls
named in its docstring (tests/extract/test_conf_scans.py).

>>> clause_counts("ngày 16/12/2014, đạt 1.234,5 tỷ (tăng 5%)")
(4, 1, 2, 6, True, True)
>>> next_digit("đạt 1.234,5 tỷ", 0), number_end("đạt 1.234,5 tỷ", 4)
(4, 11)
>>> number_value_at("đạt 1.234,5 tỷ", 4, 11)
1234.5
>>> last_word_before("sản lượng đạt  5", 15, 20), followed_in_list("5 ha, ngô 3", 1)
('đạt', True)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from tiendo.extract.char_scans import is_digit_at, is_space_at
from tiendo.extract.confidence_scans import grouped_in_thousands

if TYPE_CHECKING:
    from mypy_extensions import i64  # compiled as a native 64-bit int; an int when run

# "ngày " as dated() looks it up before a digit.
_DAY: Final = "ngày "


def digit_at(text: str, index: int) -> bool:
    """is_digit_at, with ASCII answered here (a call less for most characters)."""
    code: i64 = ord(text[index])
    if code < 0x660:
        return 0x30 <= code <= 0x39
    return is_digit_at(text, index)


def next_digit(text: str, start: int) -> int:
    """Where the first digit ("\\d") from `start` stands, len(text) if none."""
    size: i64 = len(text)
    index: i64 = start
    while index < size:
        code: i64 = ord(text[index])
        if 0x30 <= code <= 0x39 or (code >= 0x660 and is_digit_at(text, index)):
            return index
        index += 1
    return size


def number_end(text: str, start: int) -> int:
    r"""The end of the match of confidence._NUMBER (`\d\d*(?:[.,]\d+)*`) at `start`,
    where a digit stands: its digits, then each "." or "," with digits after it."""
    size: i64 = len(text)
    index: i64 = start + 1
    while index < size and digit_at(text, index):
        index += 1
    while index + 1 < size:
        code: i64 = ord(text[index])
        if (code != 0x2E and code != 0x2C) or not digit_at(text, index + 1):
            break
        index += 2
        while index < size and digit_at(text, index):
            index += 1
    return index


def _slashed_date_after(text: str, slash: int) -> bool:
    r"""True when r"\d{1,2}/\d{1,2}/\d{4}" matches with its first "/" at `slash`: a
    digit before it, and "\d{1,2}/\d{4}" after it."""
    size: i64 = len(text)
    at: i64 = slash
    if at < 1 or not is_digit_at(text, at - 1) or at + 1 >= size or not is_digit_at(text, at + 1):
        return False
    second: i64 = at + 2
    if second < size and is_digit_at(text, second):
        second += 1
    if second >= size or ord(text[second]) != 0x2F or second + 4 >= size + 0:
        return False
    index: i64 = second + 1
    while index < second + 5:
        if not is_digit_at(text, index):
            return False
        index += 1
    return True


def _day_before(text: str, start: int) -> bool:
    """True when "ngày " stands right before `start`."""
    at: i64 = start - 5
    if at < 0:
        return False
    index: i64 = 0
    while index < 5:
        if ord(text[at + index]) != ord(_DAY[index]):
            return False
        index += 1
    return True


def clause_counts(clause: str) -> tuple[int, int, int, int, bool, bool]:
    r"""What the clause signs count, in one pass: (numbers found by confidence._NUMBER
    that are not years, clause.count("%"), clause.count(","), clause.count(" "), "(" in
    clause, confidence_scans.dated(clause)). A year is four digits opening with "19" or
    "20" and nothing else.
    """
    size: i64 = len(clause)
    numbers = percents = commas = blanks = 0
    paren = dated = False
    start: i64 = -1  # where the number being read starts; -1 outside a number
    parted = False  # whether a "." or "," parts the number being read
    index: i64 = 0
    while index < size:
        code: i64 = ord(clause[index])
        if 0x30 <= code <= 0x39 or (code >= 0x660 and is_digit_at(clause, index)):
            if start < 0:
                start = index
                parted = False
                if not dated and _day_before(clause, index):
                    dated = True
            index += 1
            continue
        if start >= 0:
            if (code == 0x2E or code == 0x2C) and index + 1 < size and digit_at(clause, index + 1):
                # a separator between two digits: the number goes on
                parted = True
                if code == 0x2C:
                    commas += 1
                index += 1
                continue
            if parted or not _year(clause, start, index):
                numbers += 1
            start = -1
        if code == 0x20:
            blanks += 1
        elif code == 0x2C:
            commas += 1
        elif code == 0x25:
            percents += 1
        elif code == 0x28:
            paren = True
        elif code == 0x2F and not dated and _slashed_date_after(clause, index):
            dated = True
        index += 1
    if start >= 0 and (parted or not _year(clause, start, size)):
        numbers += 1
    return numbers, percents, commas, blanks, paren, dated


def _year(text: str, start: int, end: int) -> bool:
    """Whether the digits text[start:end] are a year: four, opening with "19" or "20"."""
    if end - start != 4:
        return False
    first: i64 = ord(text[start])
    second: i64 = ord(text[start + 1])
    return (first == 0x31 and second == 0x39) or (first == 0x32 and second == 0x30)


def number_value_at(text: str, start: int, end: int) -> float | None:
    """value_of_text(text[start:end]) for a number's text found by
    number_end: worked out from its ASCII digits where it has at most 15 (the whole
    number under 2**53, divided by an exact power of ten: the correctly rounded value of
    the decimal, as float() of its text is), else from its text. Its dots group
    thousands as confidence_scans.grouped_in_thousands reads them: one to three digits,
    groups of three after each dot, and no separator after a comma."""
    mantissa: i64 = 0
    digits: i64 = 0
    dots: i64 = 0
    commas: i64 = 0
    group: i64 = 0  # digits since the last separator
    first: i64 = -1  # digits before the first separator
    last: i64 = 0  # the last separator: 0 none, 1 a dot, 2 a comma
    threes = True  # every group after a dot has three digits
    dot_after_comma = False
    index: i64 = start
    stop: i64 = end
    while index < stop:
        code: i64 = ord(text[index])
        if 0x30 <= code <= 0x39:
            mantissa = mantissa * 10 + (code - 0x30)
            digits += 1
            group += 1
        elif (code == 0x2E or code == 0x2C) and group > 0:
            if first < 0:
                first = group
            elif last == 1 and group != 3:
                threes = False
            if code == 0x2E:
                dots += 1
                last = 1
                if commas:
                    dot_after_comma = True
            else:
                commas += 1
                last = 2
            group = 0
        else:
            return value_of_text(text[start:end])
        index += 1
    if digits > 15 or group == 0:
        return value_of_text(text[start:end])
    if last == 1 and group != 3:
        threes = False
    if dots + commas == 0:
        return float(mantissa)
    scale = 1.0
    if dots and commas <= 1 and not dot_after_comma and first <= 3 and threes:
        # the dots group thousands: the decimals are those after the comma, if any
        if not commas:
            return float(mantissa)
    elif dots + commas > 1:
        return None  # "1.2.3", "1,2,3": no float reads them
    while group > 0:  # exact: every power of ten up to 1e15 is a double
        scale *= 10.0
        group -= 1
    return float(mantissa) / scale


def value_of_text(token: str) -> float | None:
    """The value of a number written the Vietnamese way ("2.707.827", "99,6"), read from
    its text: number_value_at's answer where its digits do not give it."""
    if "." in token and grouped_in_thousands(token):
        token = token.replace(".", "")
    try:
        return float(token.replace(",", "."))
    except ValueError:
        return None


def space_at(text: str, index: int) -> bool:
    """is_space_at, with the ASCII letters, digits and signs answered here."""
    code: i64 = ord(text[index])
    if 0x20 < code < 0x80:
        return False
    return is_space_at(text, index)


def last_word_before(text: str, start: int, reach: int) -> str:
    """The last word of text[max(0, start - reach):start], "" if none: what
    `.rsplit(None, 1)[-1]` gives (words parted by str.isspace blanks)."""
    low: i64 = max(0, start - reach)
    end: i64 = start
    while end > low and space_at(text, end - 1):
        end -= 1
    begin: i64 = end
    while begin > low and not space_at(text, begin - 1):
        begin -= 1
    return text[begin:end]


def followed_in_list(text: str, end: int) -> bool:
    r"""`re.match(r"[^\d,;]{0,25}+[,;]\s*+[^\d,;]{0,25}+\d", text[:end + 40], end)`
    is not None: another number follows the one ending at `end`, as in a list."""
    stop: i64 = min(end + 40, len(text))
    index: i64 = end
    limit: i64 = min(index + 25, stop)
    code: i64 = 0
    while index < limit:
        code = ord(text[index])
        if code == 0x2C or code == 0x3B or 0x30 <= code <= 0x39:
            break
        if code >= 0x660 and is_digit_at(text, index):
            return False  # a digit before any separator
        index += 1
    if index >= stop:
        return False
    code = ord(text[index])
    if code != 0x2C and code != 0x3B:
        return False
    index += 1
    while index < stop and space_at(text, index):
        index += 1
    limit = min(index + 25, stop)
    while index < limit:
        code = ord(text[index])
        if code == 0x2C or code == 0x3B:
            return False
        if 0x30 <= code <= 0x39 or (code >= 0x660 and is_digit_at(text, index)):
            return True
        index += 1
    return index < stop and digit_at(text, index)
