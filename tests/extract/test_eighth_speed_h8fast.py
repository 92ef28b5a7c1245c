"""h8fast's speed guards: each fast path gives what the slower original gave, on random
input (as tests/extract/test_speed_guards.py does for the earlier rounds)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract.examples import examples
from tiendo.extract import units
from tiendo.extract.durations import duration_unit
from tiendo.extract.lexicon import NOT_COUNTED
from tiendo.extract.units import UnitKind, UnitMatch, read_unit

# The pattern read_unit read a word with (units._word_after reads it natively now).
_WORD = re.compile(r"[ \t]+([^\W\d_]+)")

_PIECES = st.sampled_from(
    [
        " ", "  ", "\t", "%", "‰", "phần trăm", "phần", "trăm", "nghìn", "ngàn", "triệu", "tỷ",
        "tỉ", "vạn", "đồng", "usd", "ha", "tấn", "tạ/ha", "km2", "m²", "năm", "tháng", "giờ",
        "ngày", "điểm", "%", "khóa", "kỳ", "nhiệm kỳ", "thế kỷ", "lần", "hộ", "xã", "huyện",
        ",", "/", "dân", "Xã", "người", "2", "x", "thời gian giảm còn 3",
    ]
)  # fmt: skip
_TEXTS = st.lists(_PIECES, max_size=8).map("".join)


def _read_unit_before(
    low: str, position: int, original: str, year_like: bool = False
) -> UnitMatch | None:
    """read_unit before h8fast: every list tried at the number, whatever letters stand."""
    match = units._PERCENT.match(low, position)
    if match:
        return UnitMatch("%", "percent", match.end())
    match = units._PER_MILLE.match(low, position)
    if match:
        return UnitMatch("‰", "measure", match.end())
    course = units._COURSE.match(low, position)  # the fifteenth round's "2 khóa đào tạo"
    if course:
        return UnitMatch(course.group(1), "count", course.end(1))
    if units._NOT_A_UNIT.match(low, position):
        duration = duration_unit(low, position)
        return UnitMatch(duration[0], "measure", duration[1]) if duration else None
    cursor = position
    scaled = False
    for _ in range(2):
        match = units._MULTIPLIER.match(low, cursor)
        if not match:
            break
        cursor = match.end()
        scaled = True
    kind: UnitKind = "count"
    match = None
    first = units._FIRST_RUN.match(low, cursor).group(1)  # type: ignore[union-attr]
    for pattern, reading, firsts in units._READINGS:
        if first not in firsts:
            continue
        candidate = pattern.match(low, cursor)
        if candidate and (match is None or candidate.end() > match.end()):
            match, kind = candidate, reading
    if match:
        cursor = match.end()
    elif not scaled:
        if year_like:
            return None
        word = _WORD.match(low, cursor)
        # The twenty-seventh round's "5.200 ngày khách": guest-nights, one counted noun.
        if word and _GUEST_NIGHTS.match(low, word.start(1)):
            return UnitMatch("ngày khách", "count", word.start(1) + len("ngày khách"))
        if not word or word.group(1) in NOT_COUNTED:
            return None
        if not original[word.start(1)].islower():
            return None
        cursor = word.end()
        kind = "count"
        # The fifteenth round's "2 hội thi": a syllable that only opens counted nouns.
        if word.group(1) in units._BOUND_FIRSTS:
            cursor = _second_syllable_end(low, original, cursor)
    else:
        kind = "scale"
        word = _WORD.match(low, cursor)
        # The ninth round's "1.331,7 nghìn ngày": after a scale, "ngày" counts days too.
        counted = word and (word.group(1) not in NOT_COUNTED or word.group(1) == "ngày")
        if word and counted and original[word.start(1)].islower():
            cursor, kind = word.end(), "count"
            # The twenty-seventh round: after a scale, guest-nights are one noun too
            # ("146,9 ngàn ngày khách"), and so is a noun a bound syllable opens ("1,2
            # triệu tài khoản").
            if _GUEST_NIGHTS.match(low, word.start(1)):
                cursor = word.start(1) + len("ngày khách")
            elif word.group(1) in units._BOUND_FIRSTS:
                cursor = _second_syllable_end(low, original, cursor)
    if kind == "count":
        longer = units._NOUN_BEFORE_PER.match(low, cursor)
        if longer:
            cursor = longer.end()
        cursor = units._coordinated_end(low, original, position, cursor)
    while True:
        per = units._PER.match(low, cursor)
        if not per:
            break
        cursor = per.end()
        kind = "measure" if kind != "money" else kind
    return UnitMatch(units._clean(low[position:cursor]), kind, cursor)


_GUEST_NIGHTS = re.compile(r"ngày khách(?![^\W\d_])")


def _second_syllable_end(low: str, original: str, cursor: int) -> int:
    """Past the next syllable when it is a lower-case word that can be counted."""
    second = _WORD.match(low, cursor)
    if second and second.group(1) not in NOT_COUNTED and original[second.start(1)].islower():
        return second.end()
    return cursor


@settings(max_examples=examples(2000), deadline=None)
@given(_TEXTS, st.booleans())
def test_read_unit_tries_each_list_only_where_its_first_letters_stand(
    after: str, year_like: bool
) -> None:
    original = "12" + after
    low = original.lower()
    assert read_unit(low, 2, original, year_like) == _read_unit_before(low, 2, original, year_like)


@settings(max_examples=examples(2000), deadline=None)
@given(_TEXTS)
def test_each_list_matches_only_after_its_first_letters(after: str) -> None:
    # The gates of read_unit: a list that matches at a place starts with the letters
    # that stand there.
    low = ("12" + after).lower()
    for position in range(len(low) + 1):
        first = units._FIRST_RUN.match(low, position).group(1)  # type: ignore[union-attr]
        if units._PERCENT.match(low, position):
            assert first in ("", "phần")
        if units._PER_MILLE.match(low, position):
            assert first == ""
        if units._NOT_A_UNIT.match(low, position):
            assert first in units._NOT_A_UNIT_FIRST
        if units._MULTIPLIER.match(low, position):
            assert first in units._MULTIPLIER_FIRST


_TIME_PIECES = st.sampled_from(
    [
        " ", ", ", "năm", "2023", "tháng", "6", "quý", "I", "đến", "nay", "hiện", "ngày",
        "30/6", "vụ", "đông xuân", "trong", "cả", "từ", "đầu năm", "so với", "cùng kỳ", "x",
    ]
)  # fmt: skip


@settings(max_examples=examples(1000), deadline=None)
@given(st.lists(_TIME_PIECES, max_size=10).map(" ".join))
def test_find_periods_returns_its_mentions_ordered_without_overlaps(text: str) -> None:
    # find_periods skips the sort and the overlap check when it found one time or none;
    # what it returns is always what they would leave.
    from tiendo.extract.period_cues import find_periods

    found = find_periods(text)
    ordered = sorted(found, key=lambda m: (m.start, -(m.end - m.start)))
    kept: list = []
    for mention in ordered:
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    assert found == kept
