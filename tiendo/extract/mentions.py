"""Quantities in a sentence: a number (or a range) with its unit, bound and trailing words.

Dates, document numbers, ordinals, years, time spans, multiples and absolute
differences are left out here, so that everything returned is a candidate figure
or comparison.

>>> text = "Ngày 30/12/2021, huyện kết nạp 80 quần chúng ưu tú, gấp 2,6 lần."
>>> [(m.value, m.unit.text, m.tail) for m in find_quantities(text, text.lower(), 0, len(text))]
[(80.0, 'quần chúng', 'ưu tú')]
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.amounts import compound_amount, fraction_end, plan_after, scaled_pair
from tiendo.extract.char_scans import after_blanks, has_word_at, is_digit_at
from tiendo.extract.class_shares import names_class
from tiendo.extract.counted_fractions import bare_fraction_end, fraction_noun
from tiendo.extract.criteria import no_count_of_its_own
from tiendo.extract.crop_seasons import crop_seasons_at
from tiendo.extract.differences import DIFFERENCE, difference_start, parallel_difference
from tiendo.extract.elliptic_counts import item_unit
from tiendo.extract.facility_names import names_facility
from tiendo.extract.index_values import index_value
from tiendo.extract.lexicon import BOUND_AFTER
from tiendo.extract.map_scales import scale_end
from tiendo.extract.name_quantities import DATE_WORD_LIST, quantity_after_name
from tiendo.extract.numbers import NUMBER_TOKEN, is_year, number_spans, parse_number
from tiendo.extract.out_of import whole_of_count
from tiendo.extract.owner_counts import owner_count
from tiendo.extract.parts_of_totals import part_of_total
from tiendo.extract.passed_aims import aimed_object
from tiendo.extract.passed_gaps import passed_gap
from tiendo.extract.passed_levels import passed_level, passed_margin
from tiendo.extract.place_scopes import place_scope
from tiendo.extract.planned_counts import planned_unit
from tiendo.extract.points import (
    actors_change,
    added_over,
    contribution,
    from_level,
    negative_contribution,
    pulled_down,
    purpose_end,
    signed_restatement,
)
from tiendo.extract.quant_before import (
    attached_left,
    bound_before,
    ends_with_total,
    named_before,
    per_lead,
    rough_before,
)
from tiendo.extract.quant_words import ends_with_any
from tiendo.extract.quantities import Quantity
from tiendo.extract.restated_counts import restates_own_change
from tiendo.extract.shared_bounds import share_rough_bounds
from tiendo.extract.tails import gap_end, read_tail
from tiendo.extract.thresholds import count_threshold, size_threshold
from tiendo.extract.units import BODY_SET, UnitMatch, read_unit

# A percentage and a dash right before a number: it is the next item of a dashed list.
_DASHED_BEFORE: Final = re.compile(r"%\s*[-–]\s*$")
# "đạt 10 - 14 tiêu chí 28 xã": a count right before another count (through "là" at most)
# says what the things counted next have met; it is part of their name, not a figure.
_COUNT_NEXT: Final = re.compile(r"[ \t]*(?:là[ \t]+)?(\d[\d.,]*)[ \t]+[^\W\d_]")


def _count_next_opens(low: str, at: int) -> bool:
    """True where _COUNT_NEXT can match at `at`: a digit or "là" after the blanks (most
    counts are followed by words)."""
    opened = after_blanks(low, at, len(low))
    return opened < len(low) and (is_digit_at(low, opened) or has_word_at(low, opened, "là"))


_ATTAINED: Final = re.compile(r"(?:^|\s)(?:đạt|có)(?:\s+(?:từ|trên|dưới))?\s*$")
# Nothing but "và" or a comma between two quantities: the second is listed with the first.
_LISTED_AFTER: Final = re.compile(r"[ \t,]*(?:và)?[ \t]*$")
# "từ 86% đến trên 99%", "từ 60 đến gần 70 tạ/ha": a bound word may open the range's top.
_RANGE_JOIN: Final = re.compile(
    r"[ \t]*(?:%[ \t]*)?(?:-|–|—|(?:đến|tới)(?:[ \t]+(?:trên|hơn|gần))?)[ \t]*(?=\d)"
)
_WORD_JOINS: Final = ("đến", "tới")  # the joins of _RANGE_JOIN written as words


def _range_join(low: str, at: int, end: int) -> re.Match[str] | None:
    """_RANGE_JOIN.match(low, at, end), asked only where what follows the blanks (and a
    "%") opens a join: after most numbers a unit's word stands, and the call costs more
    than the look."""
    index = after_blanks(low, at, end)
    if index < end and ord(low[index]) == 0x25:  # "%"
        index = after_blanks(low, index + 1, end)
    if index >= end:
        return None
    code = ord(low[index])
    dash = code == 0x2D or code == 0x2013 or code == 0x2014  # "-", "–", "—"
    # (a word's first letter is read first: "đ", "t" open the words of _WORD_JOINS, which
    # are compared in place; str.startswith with a start is a method call compiled)
    if not dash and not (
        (code == 0x111 or code == 0x74)
        and (has_word_at(low, index, _WORD_JOINS[0]) or has_word_at(low, index, _WORD_JOINS[1]))
    ):
        return None
    return _RANGE_JOIN.match(low, at, end)


# "10%/năm trở lên", "10% mỗi năm trở lên": a rate per year still takes the bound
# written after it, whichever way its time is said.
_AFTER_BOUND: Final = re.compile(
    r"(?:[ \t]*(?:/[ \t]*|mỗi[ \t]+|hằng[ \t]+|hàng[ \t]+)(?:năm|tháng|quý))?[ \t]*("
    + "|".join(re.escape(w) for w, _ in BOUND_AFTER)
    + r")(?![^\W_])"
)
_PER_TIME: Final = re.compile(
    r"[ \t]*(?:/[ \t]*|mỗi[ \t]+|hằng[ \t]+|hàng[ \t]+)(?:năm|tháng|quý)(?![^\W_])"
    r"(?![ \t]*(?:trở|tối))"
)  # "3,3%/năm", "5,02% mỗi năm": the rate's time
# What _PER_TIME and _AFTER_BOUND can open with after the blanks: the words of a rate's
# time, and for _AFTER_BOUND the first word of the bounds written after a number ("trở").
_PER_OPENINGS: Final = ("/", "mỗi", "hằng", "hàng")
# "thành lập từ 4 hợp tác xã trở lên và giải quyết việc làm": a second act, not the
# counted words.
_JOINS_NEXT: Final = re.compile(r"(?:và|hoặc|cùng|đồng thời|nhưng|song)\b")
_AFTER_OPENINGS: Final = (*_PER_OPENINGS, *dict.fromkeys(w.split()[0] for w, _ in BOUND_AFTER))


def _opens(low: str, at: int, openings: tuple[str, ...]) -> bool:
    """True when one of `openings` stands after the blanks from `at`: a pattern that opens
    with "[ \\t]*" and one of them is asked only then (a call costs more than the look).
    The first letter is read first (every opening here starts with "/", "%", "m", "h" or
    "t"), then the openings are compared in place: compiled, str.startswith with a start
    is a method call."""
    index = after_blanks(low, at, len(low))
    if index >= len(low) or ord(low[index]) not in (0x2F, 0x25, 0x6D, 0x68, 0x74):
        return False
    return any(has_word_at(low, index, opening) for opening in openings)


_POINTS: Final = re.compile(r"[ \t]*(?:điểm phần trăm(?![^\W_])|điểm[ \t]*%)")
# "giảm 1,2 điểm phần trăm so với năm 2022, còn 3,4%": the basis is the gap's, set aside
# with it, not a basis of the rate after it; so inside parentheses ("(chiếm 3,45%, giảm
# 1,2 điểm phần trăm so với đầu năm) và 1.560 hộ cận nghèo": no words of the next name).
_GAP_BASIS: Final = re.compile(r"[ \t]+so[ \t]+(?:với[ \t]+)?[^,;.()%\n]{2,60}(?=[ \t]*[,)])")
_RANKED: Final = re.compile(r"[ \t]+trong\s+(?:số\s+)?(?:tổng\s+số\s+)?\d")


def _ranked_after(low: str, at: int) -> bool:
    """_RANKED.match(low, at), asked only where blanks and "trong" follow the number."""
    opened = after_blanks(low, at, len(low))
    if opened == at or opened >= len(low) or ord(low[opened]) != 0x74:  # "t"
        return False
    return has_word_at(low, opened, "trong") and bool(_RANKED.match(low, at))


_RANKED_AMONG: Final = re.compile(r"\d[ \t]+trong\s+(?:số\s+)?(?:tổng\s+số\s+)?$")
_SCALED: Final = re.compile(r"(?:nghìn|ngàn|vạn|triệu|tỷ|tỉ|trăm)\b")
_DENOMINATOR: Final = re.compile(r"^(?:vạn|nghìn|ngàn|triệu|trăm)?\s*(?:dân|người dân|dân số)\b")


def _attached_right(low: str, index: int, ceiling: int) -> bool:
    if index >= ceiling:
        return False
    after = low[index]
    if after == "/":
        return index + 1 < ceiling and low[index + 1].isalnum()
    if after in "-–":
        return index + 1 < ceiling and low[index + 1].isalpha()
    return False


# A class opened by "từ" with words, or a grade in numerals ("loại III", "mức độ 2", "cấp
# IV"), bounds the class: "492 vụ từ ít nghiêm trọng trở lên", "100% đô thị loại III trở lên".
_RATING_END: Final = re.compile(
    r"(?:^|\s)(?:tốt|khá|giỏi|xuất sắc|trung bình|nhiệm vụ|loại (?:[a-d]|[ivx]{1,4}|\d)"
    r"|hạng (?:\d|[ivx]{1,4})|mức(?: độ)? \d|cấp (?:[ivx]{1,4}|\d)|từ(?:\s+[^\W\d_]+){1,4})$"
)
# A grade or size of its own inside the counted noun's words bounds it, not the count: "81
# xã đạt từ 5 tiêu chí trở xuống", "4.847 sản phẩm được công nhận đạt 3 sao trở lên".
_INNER_FROM: Final = re.compile(r"\b(?:từ|đạt|hạng|có)\s+\d[\d.,]*(?:\s+[^\W\d_]+){1,3}$")
_LEVELS: Final = ("money", "measure")
_PER_ONE: Final = re.compile(r"(?:trên|mỗi|/)\s*$")
# "Thu nhập bình quân 1 nhân khẩu 1 tháng ... 3.535 ngàn đồng": what the average is
# reckoned on, when the amount averaged follows in the clause ("trung bình 1 trạm y tế"
# alone is a count). Not the next item of a list ("trung bình 1 trạm y tế, 3 bác sĩ"),
# nor what the one is reckoned per ("bình quân 1 bác sĩ trên 1.000 dân"): it is the level.
_AVERAGE_ONE: Final = re.compile(r"(?:bình quân|trung bình)\s*$")
_AVERAGED_AFTER: Final = re.compile(r"[^;.,\n]{0,60}?(?<!trên )(?<!mỗi )(?<![\d/])\d")


def _year_span_end(low: str, token: str, last: int, end: int) -> int:
    """Where a span of years ends when the named `token` is its first year, else `last`:
    the second year of "nhiệm kỳ 2021 - 2026 tổ chức" is no count of "tổ chức"."""
    join = _range_join(low, last, end) if is_year(token) else None
    upper = NUMBER_TOKEN.match(low, join.end(), end) if join else None
    return upper.end() if upper and is_year(upper.group()) else last


def _past_bound(
    low: str,
    norm: str,
    tail: str,
    inner: re.Match[str] | None,
    end: int,
    unit: UnitMatch,
    at: int = -1,
) -> tuple[str, int]:
    """A count's words and their end, run on past the "trở lên" that closes the count
    (`at`) or a threshold inside its words (`inner`: "2.480 người từ 60 tuổi trở lên được
    khám sức khỏe định kỳ", whose bound words stay in the name)."""
    at = inner.end() if inner is not None else at
    more, more_end = read_tail(low, norm, at, end, unit)
    if not more or _JOINS_NEXT.match(more.lower()):
        return tail, at  # "thành lập từ 4 hợp tác xã trở lên và giải quyết việc làm"
    bound = "" if inner is None else norm[inner.start(1) : inner.end(1)]
    return " ".join(f"{tail} {bound} {more}".split()), more_end


def find_quantities(
    norm: str, low: str, start: int, end: int, differences: list[tuple[int, int]] | None = None
) -> list[Quantity]:
    """Candidate quantities in `low[start:end]` (one sentence), in order.

    Absolute differences ("nhiều hơn năm 2018 là 816 ha") are left out; when `differences`
    is given, the span of each (its words and its number) is added to it.
    """
    found: list[Quantity] = []
    skip_until = start
    difference_end = -1  # where the last absolute difference's unit ends
    for first, last in number_spans(low, start, end):
        if first < skip_until:
            continue
        token = low[first:last]
        if token == "1" and (scale := scale_end(low, first, start)) is not None:
            skip_until = scale
            continue  # "quy hoạch chi tiết 1/500": a map's scale, no quantity (map_scales.py)
        if low.startswith(" vụ", last) and crop_seasons_at(low, first):
            continue  # "120 ha đất 1 vụ": which land, not a count of cases (crop_seasons.py)
        glued = attached_left(low, first, start)
        negative = glued and negative_contribution(low, start, first, last)
        if glued and not negative and not signed_restatement(low, start, first, last):
            continue
        parsed = parse_number(token)
        if parsed is None:
            continue
        # "đóng góp -0,19 điểm phần trăm": the sign is the figure's
        value = -parsed if negative else parsed
        floor = max(start, first - 40)  # the words before the number that are read
        named = named_before(low, floor, first) and not ends_with_total(low, floor, first)
        if (
            named
            and not _opens(low, last, ("%",))  # no "%" after the blanks
            and not quantity_after_name(low, norm, first, last, parsed)
        ):
            skip_until = _year_span_end(low, token, last, end)  # "giai đoạn 2016 - 2020"
            continue
        value_max: float | None = None
        unit_start = last
        join = _range_join(low, last, end)
        if join and _DASHED_BEFORE.search(low, max(start, first - 8), first):
            join = None  # "75,36% - 17,36% - 3,29% - 3,99%": a list, not a range at its end
        if join:
            upper = NUMBER_TOKEN.match(low, join.end(), end)
            if upper:
                upper_value = parse_number(upper.group())
                if _attached_right(low, upper.end(), end):
                    skip_until = upper.end()
                    continue
                first_unit = read_unit(low, last, norm)
                if upper_value is not None and upper_value > value:
                    if is_year(token) and is_year(upper.group()):
                        skip_until = upper.end()
                        continue
                    upper_unit = read_unit(low, upper.end(), norm)
                    if upper_unit is not None and (
                        first_unit is None or first_unit.text == upper_unit.text
                    ):
                        value_max = upper_value
                        unit_start = upper.end()
                        skip_until = upper.end()
        if value_max is None and (among := part_of_total(low, norm, first, last, end, value)):
            unit_start = skip_until = among  # "9 trong 11 nhóm hàng": the part, as "9/11"
        pair: tuple[int, int, float] | None = None  # "45.799/36.875 tỷ đồng": result/plan
        counted: UnitMatch | None = None  # the noun of "số chỉ tiêu đạt 44/57"
        if value_max is None and (pair := scaled_pair(low, norm, last, end, value)):
            unit_start = skip_until = pair[1]  # "634,5 tỷ/900 tỷ đồng": the same pair
        if value_max is None and pair is None and _attached_right(low, last, end):
            dated = ends_with_any(low, floor, first, DATE_WORD_LIST)
            fraction = None if dated else fraction_end(low, norm, last, end, value)
            pair = None if dated or fraction else plan_after(low, norm, last, end, value)
            if fraction is None and pair is None and not dated:
                # "số chỉ tiêu đạt 44/57": the things counted named before, by "số".
                bare = bare_fraction_end(low, last, end, value)
                counted = fraction_noun(low, norm, start, first, bare) if bare else None
                fraction = bare if counted else None
            if fraction is None and pair is None:
                continue
            unit_start = skip_until = fraction or pair[1]  # type: ignore[index]
        year_like = is_year(token)
        unit = read_unit(low, unit_start, norm, year_like=year_like)
        if year_like and unit is not None and unit.kind == "count" and unit.text in BODY_SET:
            # "dịp Tết Bính Thân 2016 thành phố đón …": a bare year before the place that
            # is its clause's subject dates the clause; no report counts places in
            # thousands written without a dot.
            continue
        if unit is None:
            unit = (
                contribution(low, start, first, unit_start)
                or item_unit(low, norm, start, first, unit_start, found)
                or planned_unit(low, start, first, unit_start, found)  # "(kế hoạch 6)"
                or counted  # "số xã đạt chuẩn ... là 10/15"
                or index_value(low, start, first, unit_start, value)  # "DTI đạt 0,7955"
            )
        if unit is None:
            points = _POINTS.match(low, unit_start)
            if points and differences is not None:
                # "giảm 2,1 điểm phần trăm": a gap between two rates, set aside whole.
                verb = DIFFERENCE.search(low, max(start, first - 20), first)
                basis = _GAP_BASIS.match(low, points.end())
                differences.append(
                    (verb.start() if verb else first, basis.end() if basis else points.end())
                )
            continue
        if unit.kind == "scale" and value_max is None:
            whole = compound_amount(low, norm, unit, value, end)  # "153 tỷ 900 triệu đồng"
            if whole is not None:
                value, unit = whole
                skip_until = unit.end
        if value_max is None and unit.kind != "percent":
            # "từ 50 tỷ đồng đến 60 tỷ đồng": the unit written at both ends; "từ 350 nghìn
            # tỷ đến 400 nghìn tỷ đồng": the scale at both, the currency at the end only.
            join = _range_join(low, unit.end, end)
            upper = NUMBER_TOKEN.match(low, join.end(), end) if join else None
            upper_value = parse_number(upper.group()) if upper else None
            if upper and upper_value is not None and upper_value > value:
                upper_unit = read_unit(low, upper.end(), norm)
                if upper_unit is not None and (
                    upper_unit.text == unit.text
                    or (unit.kind == "scale" and upper_unit.text.startswith(unit.text + " "))
                ):
                    value_max, unit = upper_value, upper_unit
                    unit_start = skip_until = upper.end()
        bound, lead_start, from_word = bound_before(low, first, start)
        rough = rough_before(low, lead_start, start) if lead_start < first else None
        if rough is not None and bound != "about":
            # "khoảng từ 7,5 - 8,5%", "khoảng trên 5 ngàn thẻ": put roughly
            bound, lead_start, from_word = "about", rough, False
        passed = passed_level(low, start, first, unit.end) if unit.kind in _LEVELS else None
        if bound is None and passed is not None:
            bound, lead_start = "at_least", passed  # "vượt 12.000 tỷ đồng": above it
        near = max(start, first - 14)  # _RANKED_AMONG needs "trong": looked up plainly first
        if (unit_start == last and _ranked_after(low, last)) or (
            low.find("trong", near, first) >= 0 and _RANKED_AMONG.search(low, near, first)
        ):
            continue  # "1 trong 5 địa phương có tỷ lệ cao nhất": a rank, not a quantity
        if unit.kind == "count" and place_scope(low, start, first, unit.text):
            continue  # "trên địa bàn 8 tỉnh xảy ra …": where, not how many (place_scopes.py)
        if unit.kind == "count" and names_facility(low, norm, first):
            continue  # "Nhà máy Nhiệt điện Vũng Áng 1 gặp sự cố": the plant's name
        if unit.kind == "count" and owner_count(low, lead_start, unit.end):
            continue  # "chỉ số sản xuất của 4 ngành … tăng 11,6%": whose (owner_counts.py)
        per_one = value == 1 and (
            _PER_ONE.search(low[max(start, first - 8) : first])
            or (
                _AVERAGE_ONE.search(low[max(start, first - 12) : first])
                and "/" not in unit.text
                and _AVERAGED_AFTER.match(low, unit.end)
            )
        )
        if per_one and unit.kind != "percent" and not _SCALED.match(unit.text):
            continue  # "trên 1 ha", "mỗi 1 người": a denominator ("trên 1%" is a bound)
        if per_lead(low, lead_start, first, value) and _DENOMINATOR.match(
            low[unit_start : unit_start + 20].strip()
        ):
            continue
        if whole_of_count(low, first, lead_start, unit, found):
            # "1.234 hộ trên 2.000 hộ tham gia …": no figure, and its words name the part;
            # so does what its unit read on ("hộ dân" in "15.000 hộ dân tộc thiểu số").
            extra = norm[unit.end - len(unit.text) + len(found[-1].unit.text) : unit.end]
            found[-1].tail = f"{extra} {read_tail(low, norm, unit.end, end, unit)[0]}".strip()
            continue
        if count_threshold(norm, low, first, lead_start, unit, found):
            continue  # "3 đơn vị giải ngân trên 50%": which units are counted (thresholds.py)
        if size_threshold(norm, low, start, lead_start, unit, found):
            continue  # "trang trại có doanh thu trên 2 tỷ đồng/năm": which ones are counted
        if unit.kind == "percent" and names_class(low, lead_start, unit.end):
            continue  # "diện tích thiệt hại dưới 30% là 1.590 ha": which land (class_shares)
        if unit.kind != "percent":
            cue = (
                difference_start(low, start, first, lead_start, unit.end)
                or added_over(low, start, lead_start, unit.end)
                or (passed_margin(low, start, first) if passed is not None else None)
                or passed_gap(low, start, first, unit.end)
            )
            if cue is not None and pulled_down(low, start, first, unit.end):
                cue = None  # "làm giảm 0,24 điểm phần trăm" of growth: a contribution (points)
            if (
                cue is not None
                and unit.kind == "count"
                and actors_change(low, start, first, unit.end)
                and not restates_own_change(
                    low, start, first, unit.text, [(q.start, q.unit.text) for q in found]
                )
            ):
                cue = None  # "toàn tỉnh giảm 1.500 hộ nghèo": what was cut, a count
            if cue is not None and aimed_object(
                low, start, lead_start, unit.end, unit.kind == "count"
            ):
                cue = None  # "vượt mục tiêu đưa 110.000 lao động": the aim's level (passed_aims)
            if cue is not None and from_level(low, start, first, unit.end):
                cue = None  # "tăng từ 25.055 tỷ đồng năm 2019 lên ...": the level before
            listed = 0 <= difference_end <= lead_start
            if cue is None and listed and _LISTED_AFTER.match(low, difference_end, lead_start):
                cue = lead_start  # "nhiều hơn năm trước lần lượt 374 vụ và 467 đối tượng"
            if (
                cue is None
                and listed
                and parallel_difference(low, difference_end, lead_start, unit)
            ):
                cue = (
                    lead_start  # "nhiều hơn 2,63 tiêu chí so với 2014 và 5,76 tiêu chí so với 2011"
                )
            if cue is not None:
                if differences is not None:
                    differences.append((cue, gap_end(low, norm, unit, end)))
                difference_end = unit.end
                continue
        tail, extent_end = read_tail(low, norm, unit.end, end, unit)
        extent_end = purpose_end(low, max(extent_end, unit.end), end, unit.kind)
        per_time = (
            _PER_TIME.match(low, extent_end)
            if unit.kind == "percent" and _opens(low, extent_end, _PER_OPENINGS)
            else None
        )
        if per_time:
            extent_end = per_time.end()  # "3,3%/năm": the rate's time belongs to it
        after = (
            _AFTER_BOUND.match(low, extent_end)
            if _opens(low, extent_end, _AFTER_OPENINGS)
            else None
        )
        if (
            after
            and tail
            and not from_word
            and (_RATING_END.search(tail.lower()) or _INNER_FROM.search(tail.lower()))
        ):
            # "88,7% đảng viên hoàn thành tốt nhiệm vụ trở lên": "good or better" bounds
            # the rating, the share is exact; "từ 80% … trở lên" bounds the share.
            extent_end = after.end()
            if unit.kind == "count":
                tail, extent_end = _past_bound(low, norm, tail, after, end, unit)
        elif after:
            bound = dict(BOUND_AFTER)[after.group(1)]  # type: ignore[assignment]
            extent_end = after.end()
            runs_on = unit.kind == "count" or (unit.kind == "percent" and not tail)
            if runs_on and after.group(1) != "trở lại":
                # "có từ 10 xã trở lên đạt chuẩn nông thôn mới": the counted words run on
                # past the bound that closes the count; so does the part a share is of,
                # "90% trở lên tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ".
                tail, extent_end = _past_bound(low, norm, tail, None, end, unit, extent_end)
        elif from_word and value_max is None:
            bound = None
        if value_max is not None and not after:
            # "từ 7 - 8%" is the range itself; "từ 7 - 8% trở lên" bounds it from below.
            bound = bound if bound == "about" else None
        if (
            unit.kind == "count"
            and _count_next_opens(low, unit.end)
            and (count_next := _COUNT_NEXT.match(low, unit.end))
            and _ATTAINED.search(low, max(start, lead_start - 12), lead_start)
            # a grade with no unit names the things counted: "có 2 khách sạn 4 sao"
            and read_unit(low, count_next.end(1), norm) is not None
        ):
            continue  # "số xã đạt từ 15 - 18 tiêu chí là 29 xã": what the communes counted met
        if unit.kind == "count" and no_count_of_its_own(low, start, lead_start, unit):
            continue  # "17 xã đạt 10 tiêu chí", "giảm cả 3 tiêu chí", "tại 6 xã này"
        found.append(
            Quantity(first, unit_start, value, value_max, unit, bound, lead_start, extent_end, tail)
        )
        if unit.kind == "percent" and "/" in low[unit.end : unit.end + 3]:
            pair = plan_after(low, norm, unit.end, end, value, percent=True)  # "83,2%/50%"
        if pair is not None:
            found[-1].over_plan = True
            plan_unit = unit if unit.kind != "percent" else read_unit(low, pair[1], norm) or unit
            found.append(Quantity(pair[0], pair[1], pair[2], None, plan_unit, None, pair[0],
                                  max(extent_end, plan_unit.end), tail, planned=True))  # fmt: skip
            skip_until = max(skip_until, plan_unit.end)
        if unit_start > last:
            skip_until = unit_start
    if low.find("khoảng", start, end) >= 0 or low.find("lần lượt", start, end) >= 0:
        # "khoảng 6 triệu lượt nội địa và 3 triệu lượt quốc tế", "lần lượt đạt trên 377 tỷ
        # đồng, 2.664 tỷ đồng và 707 tỷ đồng"
        share_rough_bounds(low, found)
    return found
