"""The unit after a number: '%', 'tỷ đồng', 'tạ/ha', 'nghìn lượt khách', or a counted noun.

>>> read_unit("123,4 tỷ đồng, bằng", 5, "123,4 tỷ đồng, bằng")
UnitMatch(text='tỷ đồng', kind='money', end=13)
>>> read_unit("80 quần chúng ưu tú", 2, "80 quần chúng ưu tú").text
'quần chúng'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Final, Literal

from tiendo.extract.char_scans import (
    after_blanks,
    has_word_at,
    is_letter_at,
    is_space_code,
    letters_end,
)
from tiendo.extract.durations import duration_unit
from tiendo.extract.lexicon import (
    COUNTED_NOUNS,
    CURRENCIES,
    MEASURES,
    MULTIPLIERS,
    NOT_A_UNIT,
    NOT_COUNTED,
)
from tiendo.extract.quant_words import (
    is_word_char_at,
    list_end,
    word_table,
)

if TYPE_CHECKING:
    from mypy_extensions import i64  # compiled as a native 64-bit int; an int when run

UnitKind = Literal["percent", "money", "measure", "count", "scale"]


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    # Longest first; words of one length in their own order, so that the pattern is the
    # same text in every run, whatever the order of the set. Of two words of one length
    # only one can match at a place: their order changes no match.
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    return "|".join(re.escape(word) for word in ordered)


_END: Final = r"(?![^\W_])"  # the unit ends where the word does
_PERCENT: Final = re.compile(r"[ \t]*(?:%|phần trăm" + _END + ")")
_PER_MILLE: Final = re.compile(r"[ \t]*‰")
_MULTIPLIER: Final = re.compile(r"[ \t]*(?:" + _alternation(MULTIPLIERS) + ")" + _END)
_CURRENCY: Final = re.compile(r"[ \t]*(?:" + _alternation(CURRENCIES) + ")" + _END)
_MEASURE: Final = re.compile(r"[ \t]*(?:" + _alternation(MEASURES) + ")" + _END)
# (levels_after reads the same nouns after a percentage)
COUNTED_ALTERNATION: Final = _alternation(COUNTED_NOUNS)
_COUNTED: Final = re.compile(r"[ \t]*(?:" + COUNTED_ALTERNATION + ")" + _END)
_NOT_A_UNIT: Final = re.compile(r"[ \t]*(?:" + _alternation(NOT_A_UNIT) + ")" + _END)
# (not a plan's level after a slash: "38.198 tấn/KH 41.000 tấn" is in "tấn")
_PER: Final = re.compile(
    r"[ \t]*/[ \t]*(?!(?:kh|nq) )"
    r"(?:(?:vạn|nghìn|ngàn|triệu|trăm|mười|\d{1,3}(?:\.\d{3})*)[ \t]+"
    # a sex ratio counts one sex per hundred of the other: "109,4 bé trai/100 bé gái"
    r"(?:người dân|dân số|dân|người|bé gái|bé trai|trẻ gái|trẻ trai|nữ|nam)(?![^\W_])"
    r"|lao động|người dân|dân số|héc-ta|héc ta|[^\W\d_]+\d?)"
)
# A counted noun of two or three words before a rate's slash: "34,5 giường bệnh/vạn dân".
_NOUN_BEFORE_PER: Final = re.compile(r"(?:[ \t]+[^\W\d_]+){1,2}(?=[ \t]*/[ \t]*[^\W_])")
# A unit's words can only match where the letters that follow the number are the
# letters its first word starts with (the match must end at a word's end), so each
# list is tried only after that cheap look-up.
_FIRST_RUN: Final = re.compile(r"[ \t]*([^\W\d_]*)")


def _first_run(low: str, at: int) -> str:
    """The letters after the blanks from `at`: group 1 of _FIRST_RUN.match(low, at), read
    natively (the call cost more than the look, at every number)."""
    opened = after_blanks(low, at, len(low))
    return low[opened : letters_end(low, opened, len(low))]


def _word_after(low: str, at: int) -> tuple[int, int] | None:
    """Where the word after the blanks from `at` starts and ends: the span of group 1 of
    a match of r"[ \\t]+([^\\W\\d_]+)" at `at`, where the match ends too; None for none."""
    opened = after_blanks(low, at, len(low))
    if opened == at:
        return None
    stop = letters_end(low, opened, len(low))
    return (opened, stop) if stop > opened else None


def _slash_then_word(low: str, at: int) -> bool:
    """True where "(?=[ \\t]*/[ \\t]*[^\\W_])" holds at `at`."""
    opened = after_blanks(low, at, len(low))
    if opened >= len(low) or ord(low[opened]) != 0x2F:  # "/"
        return False
    return is_word_char_at(low, after_blanks(low, opened + 1, len(low)))


def _noun_before_per_end(low: str, at: int) -> int:
    """Where _NOUN_BEFORE_PER.match(low, at) ends, -1 for none: two words (blanks, then
    letters), else one, then a slash; a word cut short or blanks given back leave a letter
    or a blank where the slash or the next word must stand, so only whole words count."""
    word = _word_after(low, at)
    if word is None:
        return -1
    second = _word_after(low, word[1])
    if second is not None and _slash_then_word(low, second[1]):
        return second[1]
    return word[1] if _slash_then_word(low, word[1]) else -1


def _first_runs(words: tuple[str, ...] | list[str]) -> frozenset[str]:
    return frozenset(_FIRST_RUN.match(word).group(1) for word in words)  # type: ignore[union-attr]


def _table(words: tuple[str, ...] | list[str]) -> dict[str, tuple[str, ...]]:
    """The words of a list by their first run of letters, in the order its pattern tried
    them: the pattern's match at a place is the first of the run's words that stands
    there and ends a word (quant_words.list_end), looked up natively, without the call."""
    runs = {word: _FIRST_RUN.match(word).group(1) for word in words}  # type: ignore[union-attr]
    return word_table(words, runs)


def _list_end(low: str, at: int, first: str, table: dict[str, tuple[str, ...]]) -> int:
    """Where the match of a list's pattern ("[ \\t]*(?:word|...)(?![^\\W_])") at `at` ends,
    -1 for none; `first` is the run of letters after the blanks from `at` (_first_run)."""
    candidates = table.get(first)
    return -1 if candidates is None else list_end(low, after_blanks(low, at, len(low)), candidates)


_NOT_A_UNIT_FIRST: Final = _first_runs(NOT_A_UNIT)
_MULTIPLIER_FIRST: Final = _first_runs(MULTIPLIERS)
_READINGS: Final[tuple[tuple[re.Pattern[str], UnitKind, frozenset[str]], ...]] = (
    (_CURRENCY, "money", _first_runs(CURRENCIES)),
    (_MEASURE, "measure", _first_runs(MEASURES)),
    (_COUNTED, "count", _first_runs(COUNTED_NOUNS)),
)
# The lists as read_unit reads them: each pattern's words by their first run.
_NOT_A_UNIT_TABLE: Final = _table(NOT_A_UNIT)
_COUNTED_TABLE: Final = _table(COUNTED_NOUNS)
_MULTIPLIER_TABLE: Final = _table(MULTIPLIERS)
_READING_TABLES: Final[tuple[tuple[dict[str, tuple[str, ...]], UnitKind], ...]] = (
    (_table(CURRENCIES), "money"),
    (_table(MEASURES), "measure"),
    (_COUNTED_TABLE, "count"),
)


# A syllable that opens counted nouns of two syllables ("hội nghị", "hội viên") but is none
# alone is bound: a word the lists lack goes on to the next syllable ("2 hội thi", "15 công
# ty", "60 thị trường"), not cut after its first.
# Classifiers and containers count alone, and the noun after them may take two syllables
# ("7.339 viên ma túy", "3 căn biệt thự"): they stay one syllable.
_CLASSIFIERS: Final = frozenset({"viên", "căn", "ngôi", "lô", "trang", "hồ"})
_BOUND_FIRSTS: Final = (
    frozenset({noun.split()[0] for noun in COUNTED_NOUNS if " " in noun})
    - set(COUNTED_NOUNS)
    - NOT_COUNTED
    - _CLASSIFIERS
)


def _bound_end(low: str, original: str, cursor: int) -> int:
    """Where a counted noun opened by a bound syllable (ending at `cursor`) ends: past
    the next syllable when it is a lower-case word that can be counted, else `cursor`."""
    second = _word_after(low, cursor)
    if (
        second is not None
        and low[second[0] : second[1]] not in NOT_COUNTED
        and original[second[0]].islower()
    ):
        return second[1]
    return cursor


# "khóa" after a number is a term of office ("3 khóa liên tiếp"), but a course when what it
# teaches follows: "mở 2 khóa đào tạo nghề", "4 khóa tập huấn", "3 khóa học". So "kỳ" is a
# term ("2 kỳ liên tiếp") but counts events held, named whole, with one: "82 kỳ sát hạch".
_COURSE_FIRST: Final = frozenset({"khóa", "khoá", "kỳ", "kì"})
_COURSE: Final = re.compile(
    r"[ \t]*((?:khóa|khoá)(?=[ \t]+(?:học|đào tạo|tập huấn|bồi dưỡng|huấn luyện|tu nghiệp|"
    r"thực tập)" + _END + r")|(?:kỳ|kì)[ \t]+(?:thi|sát hạch|họp|kiểm tra)" + _END + ")"
)


# One is built for every number read. Not a named tuple: compiled, a named tuple is built
# by its __new__, interpreted Python (about 3.000 instructions), and each field is read
# through a descriptor; this class is native, its __init__ compiled, its fields read in
# place. Not frozen either: a frozen one sets each field through object.__setattr__.
# Nothing changes a unit once read; hashed and compared by its fields, as the tuple was.
@dataclass(unsafe_hash=True)
class UnitMatch:
    text: str
    kind: UnitKind
    end: int

    def __init__(self, text: str, kind: UnitKind, end: int) -> None:
        self.text = text
        self.kind = kind
        self.end = end


def _clean(text: str) -> str:
    """ " ".join(text.replace(" /", "/").replace("/ ", "/").split()); a unit read after a
    blank (" tỷ đồng") is most often clean but for that blank: it is cut off in place."""
    size: i64 = len(text)
    start: i64 = 0
    while start < size and ord(text[start]) == 0x20:
        start += 1
    index: i64 = start
    previous = 0x20
    while index < size:
        code = ord(text[index])
        if (
            code == 0x2F
            or (code == 0x20 and previous == 0x20)
            or (code != 0x20 and is_space_code(code))
        ):
            return " ".join(text.replace(" /", "/").replace("/ ", "/").split())
        previous = code
        index += 1
    if previous == 0x20:
        return " ".join(text.replace(" /", "/").replace("/ ", "/").split())
    return text[start:] if start else text


# Units of administration or organisation counted together: "6 huyện, thị xã, thành phố",
# "22 đảng bộ, chi bộ": one count of them all.
_BODY_WORDS: Final = (
    "tỉnh", "thành phố", "huyện", "thị xã", "quận", "xã", "phường", "thị trấn", "đảng bộ",
    "chi bộ", "cơ quan", "đơn vị", "thôn", "làng", "bản", "buôn", "ấp", "khu phố", "tổ dân phố",
)  # fmt: skip
_BODIES: Final = "(?:" + "|".join(_BODY_WORDS) + ")"
# The bodies alone, for mentions.py: a bare year before one dates its clause.
BODY_SET: Final = frozenset(_BODY_WORDS)
# "24 chi, Đảng bộ trong sạch vững mạnh": "chi" is "chi bộ" said short before the bodies
# that share its last word; alone it heads no list ("chi" is also spending).
_BODY: Final = re.compile(r"(?:" + _BODIES + r"|(?<![^\W\d_])chi)$")
_BODY_REACH: Final = 16  # more than the longest body and the newline "$" may stand before
_MORE_BODIES: Final = re.compile(r"(?:[ \t]*,[ \t]*" + _BODIES + r"(?![^\W\d_]))+")


def _ends_with_body(low: str, floor: int, end: int) -> bool:
    for word in _BODY_WORDS:
        if end - len(word) >= floor and has_word_at(low, end - len(word), word):
            return True
    at = end - 3  # "chi" with no letter before it
    return (
        at >= floor and has_word_at(low, at, "chi") and not (at > 0 and is_letter_at(low, at - 1))
    )


def _body_before(low: str, floor: int, end: int) -> bool:
    """_BODY.search(low, floor, end) found a match: a body ends at `end` ("$"), or right
    before a newline there, and starts after `floor`."""
    if _ends_with_body(low, floor, end):
        return True
    return end > floor and ord(low[end - 1]) == 0x0A and _ends_with_body(low, floor, end - 1)


def _coordinated_end(low: str, original: str, start: int, cursor: int) -> int:
    """Where a counted body ("huyện") and the bodies listed with it end."""
    # A body ends right at the cursor: the search starts a little before it (the longest
    # body, "tổ dân phố", is 10 characters; the look-behind still sees the text before the
    # window), not at every position of the words before the number.
    if not _body_before(low, max(start, cursor - _BODY_REACH), cursor):
        return cursor
    # _MORE_BODIES opens with blanks and a comma: asked only where one stands after them
    opened = after_blanks(low, cursor, len(low))
    if opened >= len(low) or ord(low[opened]) != 0x2C:
        return cursor
    more = _MORE_BODIES.match(low, cursor)
    if more is None:
        return cursor
    after = original[more.end() : more.end() + 2].strip()
    if after[:1].isupper():
        return cursor  # "12 huyện, xã Tân An ...": a name follows, not another body
    return more.end()


# Counted nouns that reports pair with a comma to count one group: "xử phạt 544 tổ chức, cá
# nhân", "60/63 tỉnh, thành", "12 băng, nhóm", "350 cán bộ, chiến sĩ", and science offices'
# "triển khai 71 đề tài, dự án". The pairs are closed: "12 xã, 3 phường", "20 đề tài, 1 dự
# án" or "5 hộ, trong đó …" go on to something else.
_PAIRED: Final[dict[str, tuple[str, ...]]] = {
    "tổ chức": ("cá nhân",),
    "tỉnh": ("thành",),
    "băng": ("nhóm",),
    "cán bộ": ("chiến sĩ", "chiến sỹ"),
    "đề tài": ("dự án",),
}


def _paired_end(low: str, position: int, cursor: int) -> int:
    """Where the second noun of a pair ends, when the counted noun read from `position`
    to `cursor` is the first of one and a comma and the second follow; else `cursor`."""
    partners = _PAIRED.get(low[after_blanks(low, position, cursor) : cursor])
    if partners is None:
        return cursor
    opened = after_blanks(low, cursor, len(low))
    if opened >= len(low) or ord(low[opened]) != 0x2C:  # ","
        return cursor
    second = after_blanks(low, opened + 1, len(low))
    for partner in partners:
        end = second + len(partner)
        if has_word_at(low, second, partner) and not is_word_char_at(low, end):
            # "3 tỉnh, thành phố Huế": the city is named, not counted with the provinces
            return cursor if has_word_at(low, after_blanks(low, end, len(low)), "phố") else end
    return cursor


def _floor_end(low: str, cursor: int) -> int:
    """Past "sàn" after square metres: housing reports measure floor area ("19,6 m2
    sàn/người", "79 triệu m2 sàn"), and the unit had ended at "m2", losing "/người"."""
    if cursor < 2 or low[cursor - 1] not in "2²" or low[cursor - 2] != "m":
        return cursor
    word = _word_after(low, cursor)
    return word[1] if word is not None and low[word[0] : word[1]] == "sàn" else cursor


def _splits_word(low: str, start: int, end: int) -> bool:
    """True when a counted noun read from `start` to `end` ends in "dân" and "tộc" follows:
    "người dân", "hộ dân" are counted nouns, but in "860 hộ dân tộc thiểu số" the
    households are of an ethnic group ("dân tộc"), and the noun is "hộ"."""
    if end - start < 7 or low[end - 4 : end] != " dân":
        return False
    return has_word_at(low, after_blanks(low, end, len(low)), "tộc")


# A unit of transport work is what is carried times the distance, written with a dot before
# "km": "245 triệu lượt khách.km", "1.520 triệu tấn.km", "145 triệu HK.km" (hành khách);
# the dot joins the two, it ends no sentence, and what follows ("tăng 12,4%") belongs to
# the same level. Only "km" takes the dot, and a blank after it only before a small "km":
# "3,5 tấn. Km 12 ..." ends a sentence.
_PRODUCT: Final = re.compile(r"[ \t]*\.([ \t]?)km(?![^\W_])")


def _product_end(low: str, original: str, cursor: int) -> int:
    """Where a unit of transport work ends, its ".km" read on to the unit before it; -1
    where none stands there."""
    product = _PRODUCT.match(low, cursor)
    if product is None or (product.group(1) and not original[product.end() - 2].islower()):
        return -1
    return product.end()


def _guest_nights_end(low: str, word: tuple[int, int]) -> int:
    """Where "ngày khách" (guest-nights, one counted noun) starting at `word` ends; -1 when
    the words there are not it."""
    end = word[1] + len(" khách")
    if low.startswith("ngày khách", word[0]) and not low[end : end + 1].isalpha():
        return end
    return -1


def read_unit(low: str, position: int, original: str, year_like: bool = False) -> UnitMatch | None:
    """The unit that starts at `position` of lower-case `low` (right after a number).

    `original` is the same text with its case, to tell counted nouns from proper
    names. Returns None for time spans, ages, multiples and numbers without a unit.
    """
    # The letters that follow the number, read once: each list below is tried only where
    # they are the letters one of its words starts with (a "%" or "‰" follows no letter).
    first = _first_run(low, position)
    if not first or first == "phần":
        # _PERCENT, then _PER_MILLE, read in place after the blanks
        opened = after_blanks(low, position, len(low))
        code = ord(low[opened]) if opened < len(low) else 0
        if code == 0x25:  # "%"
            return UnitMatch("%", "percent", opened + 1)
        if first and has_word_at(low, opened, "phần trăm") and not is_word_char_at(low, opened + 9):
            return UnitMatch("%", "percent", opened + 9)
        if not first and code == 0x2030:  # "‰"
            return UnitMatch("‰", "measure", opened + 1)  # a rate per thousand is a level
    if first in _COURSE_FIRST and (course := _COURSE.match(low, position)):
        return UnitMatch(course.group(1), "count", course.end(1))  # "2 khóa đào tạo"
    not_a_unit = _list_end(low, position, first, _NOT_A_UNIT_TABLE)  # _NOT_A_UNIT
    # A counted noun that opens with such a word and goes on is counted: "3 bậc học" are
    # levels of schooling where "tăng 2 bậc" moves on a ranking.
    if not_a_unit >= 0 and _list_end(low, position, first, _COUNTED_TABLE) <= not_a_unit:
        duration = duration_unit(low, position)  # "thời gian … giảm xuống còn 3 - 4 giờ"
        return UnitMatch(duration[0], "measure", duration[1]) if duration else None
    cursor = position
    scaled = False
    for _ in range(2):
        scale_end = _list_end(low, cursor, first, _MULTIPLIER_TABLE)  # _MULTIPLIER
        if scale_end < 0:
            break
        cursor = scale_end
        scaled = True
        first = _first_run(low, cursor)
    kind: UnitKind = "count"
    found = -1
    # The longest reading wins: "đồng chí" is a counted noun, not the currency.
    for table, reading in _READING_TABLES:  # _READINGS' patterns
        reading_end = _list_end(low, cursor, first, table)
        if reading_end > found:
            found, kind = reading_end, reading
    if found >= 0 and _splits_word(low, cursor, found):
        found -= 4  # "14 người dân tộc thiểu số": "dân tộc" is one word; "người" counts
    if found >= 0:
        cursor = found
    elif not scaled:
        if year_like:
            return None
        word = _word_after(low, cursor)
        guest_nights = _guest_nights_end(low, word) if word is not None else -1
        if guest_nights >= 0:
            return UnitMatch("ngày khách", "count", guest_nights)  # "5.200 ngày khách"
        if word is None or low[word[0] : word[1]] in NOT_COUNTED:
            return None
        if not original[word[0]].islower():
            return None
        cursor = word[1]
        kind = "count"
        if low[word[0] : word[1]] in _BOUND_FIRSTS:
            cursor = _bound_end(low, original, cursor)
    else:
        kind = "scale"
        word = _word_after(low, cursor)
        # "1.331,7 nghìn ngày": after a scale, "ngày" counts days (guest-nights), not a date.
        named = low[word[0] : word[1]] if word is not None else ""
        counted = word is not None and (named not in NOT_COUNTED or named == "ngày")
        if word is not None and counted and original[word[0]].islower():
            # "70,3 triệu quả", "11.527 triệu cành": a scale before a counted noun.
            cursor, kind = word[1], "count"
            guest_nights = _guest_nights_end(low, word)
            if guest_nights >= 0:
                cursor = guest_nights  # "146,9 ngàn ngày khách": guest-nights, the noun whole
            elif named in _BOUND_FIRSTS:
                # a scale changes nothing of the noun: "1,2 triệu tài khoản" counts
                # accounts as "15 tài khoản" does, not "tài" cut off its word
                cursor = _bound_end(low, original, cursor)
    if kind == "count":
        longer = _noun_before_per_end(low, cursor)  # _NOUN_BEFORE_PER
        if longer >= 0:
            cursor = longer
        cursor = _coordinated_end(low, original, position, cursor)
        cursor = _paired_end(low, position, cursor)
    if kind == "measure":
        cursor = _floor_end(low, cursor)
    product = _product_end(low, original, cursor) if cursor > position else -1
    if product >= 0:
        unit = _clean(low[position:cursor]) + ".km"  # "tấn. km" is "tấn.km"
        return UnitMatch(unit, "measure", product)
    while True:
        # _PER opens with blanks and "/": asked only where a slash stands after them.
        opened = after_blanks(low, cursor, len(low))
        slash = opened < len(low) and ord(low[opened]) == 0x2F
        per = _PER.match(low, cursor) if slash else None
        if not per:
            break
        cursor = per.end()
        kind = "measure" if kind != "money" else kind
    if kind == "count" and cursor - position < 8 and _decimal_before(low, position):
        # "PCI đạt 63,76 điểm", "(trung bình cả nước 6,75 điểm)": a score, no points
        # counted; as a count its noun had been put in the name ("PCI điểm").
        kind = "measure" if low[position:cursor].strip() == "điểm" else kind
    return UnitMatch(_clean(low[position:cursor]), kind, cursor)


def _decimal_before(low: str, end: int) -> bool:
    """True when the number that ends at `end` has a decimal comma ("63,76")."""
    at = end - 1
    while at >= 0 and low[at].isdigit():
        at -= 1
    return end - 1 > at >= 1 and low[at] == "," and low[at - 1].isdigit()


_AREA_UNITS: Final = ("ha", "héc", "hécta", "hecta", "km2", "km²", "m2", "m²")
_MASS_UNITS: Final = ("tấn", "tạ", "kg", "yến")


# A report uses a handful of units over and over: the nouns of each are found once.
@lru_cache(maxsize=256)
def measure_noun(unit: str) -> str:
    """The noun that names what a unit measures: 'ha' -> 'diện tích'."""
    words = unit.split()
    if len(words) > 1 and words[-1].split("/")[0] == "sàn":
        words = words[:-1]  # "m2 sàn/người" measures an area, as "m2" does
    last = words[-1] if words else ""
    if "/ha" in unit:
        return "năng suất"
    if last.split("/")[0] in _AREA_UNITS or unit.startswith("héc"):
        return "diện tích"
    if last.split("/")[0] in _MASS_UNITS:
        return "sản lượng"
    return ""


@lru_cache(maxsize=256)
def counted_noun(unit: str) -> str:
    words = unit.split()
    while words and words[0] in MULTIPLIERS:
        words = words[1:]
    return " ".join(words)
