"""Sentences for the twenty-seventh round's tidy-up (tidy): the vocabularies and the readings
that now stand once and are shared keep the readings of each caller.

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tiendo.extract.after_years import years_after
from tiendo.extract.counted_parts import parts_counted
from tiendo.extract.period_cues import find_periods
from tiendo.extract.plural_lists import without_predicate

# Counts written in words (lexicon.NUMBER_WORDS): a span of months up to "mười hai", the
# years counted on after a starting year, the kinds of part a sentence counts.
_MONTHS_IN_WORDS = [
    ("mười một tháng năm 2023, thu ngân sách đạt", (1, 11, 2023)),
    ("chín tháng đầu năm 2024, kim ngạch xuất khẩu", (1, 9, 2024)),
    ("ba tháng cuối năm 2022, sản lượng điện", (10, 12, 2022)),
]
_YEARS_AFTER = [
    ("từ một xã nghèo năm 2010, sau mười năm, xã đạt chuẩn", [2020]),
    ("từ chỗ chỉ có 2 xã năm 2012, sau bảy năm, toàn huyện có", [2019]),
    ("từ năm 2015, qua ba năm, huyện đã", [2018]),
    # near miss: a single year is no count of years after a start
    ("từ năm 2015, sau một năm, huyện đã", []),
]
_PARTS_COUNTED = [
    ("có mười hai nhóm hàng tăng giá", ["nhóm"]),
    ("chín ngành có chỉ số giảm", ["ngành"]),
    ("mười lăm mặt hàng xuất khẩu chủ lực", ["mặt hàng"]),
    # near miss: a kind of part named with no count
    ("nhóm hàng ăn tăng 2%", []),
]


@pytest.mark.parametrize(("text", "span"), _MONTHS_IN_WORDS)
def test_a_span_of_months_counted_in_words_is_read_as_in_digits(
    text: str, span: tuple[int, int, int]
) -> None:
    found = [(p.from_month, p.to_month, p.year) for p in find_periods(text)]
    assert found[:1] == [span]


@pytest.mark.parametrize(("text", "years"), _YEARS_AFTER)
def test_years_counted_in_words_after_a_starting_year_give_the_year_reached(
    text: str, years: list[int]
) -> None:
    assert [m.year for m in years_after(text)] == years


@pytest.mark.parametrize(("text", "parts"), _PARTS_COUNTED)
def test_a_count_in_words_before_a_kind_of_part_names_that_kind(
    text: str, parts: list[str]
) -> None:
    assert sorted(parts_counted(text)) == parts


# The predicate words that close a stretch (closing_words.closing_size), read alike by
# indicator._strip and plural_lists.without_predicate; near misses end in words of a name.
_CLOSING = [
    ("địa phương là", "địa phương"),
    ("các ngành ước đạt", "các ngành"),
    ("Các Sở, ngành đã", "Các Sở, ngành"),
    ("kết nạp đảng viên mới", "kết nạp đảng viên mới"),
    ("lao động có trình độ đại học trở lên", "lao động có trình độ đại học trở lên"),
    ("cấp chứng chỉ", "cấp chứng chỉ"),
    ("vốn thực hiện", "vốn thực hiện"),
]


@pytest.mark.parametrize(("stretch", "named"), _CLOSING)
def test_the_predicate_words_that_close_a_stretch_go_and_words_of_a_name_stay(
    stretch: str, named: str
) -> None:
    assert without_predicate(stretch) == named
