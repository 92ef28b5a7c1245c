from __future__ import annotations

from typing import NamedTuple

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tiendo.extract import extract_figures
from tiendo.extract.units import UnitKind, UnitMatch, read_unit


@pytest.mark.parametrize(
    ("after", "unit", "kind"),
    [
        (" tỷ đồng, bằng", "tỷ đồng", "money"),
        (" nghìn tỷ đồng;", "nghìn tỷ đồng", "money"),
        (" triệu USD.", "triệu usd", "money"),
        (" triệu đồng/người/năm", "triệu đồng/người/năm", "money"),
        ("%", "%", "percent"),
        (" phần trăm", "%", "percent"),
        (" ha cây các loại", "ha", "measure"),
        (" tạ/ha,", "tạ/ha", "measure"),
        (" tạ/héc-ta, sản lượng", "tạ/héc-ta", "measure"),
        (" vạn tấn.", "vạn tấn", "measure"),
        (" m3 gỗ", "m3", "measure"),
        (" km2", "km2", "measure"),
        (" quần chúng ưu tú", "quần chúng", "count"),
        (" đồng chí là", "đồng chí", "count"),
        (" triệu lượt khách du lịch", "triệu lượt khách", "count"),
        (" hợp tác xã chăn nuôi", "hợp tác xã", "count"),
        (" liều vắc xin", "liều", "count"),
        # A syllable that only opens counted nouns goes on to the next one.
        (" hội thi cấp huyện", "hội thi", "count"),
        (" hội trường thôn", "hội trường", "count"),
        (" công ty lữ hành", "công ty", "count"),
        (" giấy tờ các loại", "giấy tờ", "count"),
        # A classifier counts alone: the noun after it is what it counts.
        (" viên ma túy tổng hợp", "viên", "count"),
        (" căn biệt thự", "căn", "count"),
        # "khóa" with what it teaches is a course.
        (" khóa đào tạo nghề", "khóa", "count"),
        (" khoá tập huấn", "khoá", "count"),
        (" khóa học", "khóa", "count"),
    ],
)
def test_the_unit_after_a_number_is_read_as_written(after: str, unit: str, kind: str) -> None:
    match = read_unit(after.lower(), 0, after)
    assert match is not None
    assert (match.text, match.kind) == (unit, kind)


@pytest.mark.parametrize(
    "after",
    [" tháng đầu năm", " lần so với", " năm qua", " tuổi", " của HĐND", " Ban Chấp hành", "",
     " khóa liên tiếp", " khóa trước"],
)  # fmt: skip
def test_time_spans_multiples_and_names_have_no_unit(after: str) -> None:
    assert read_unit(after.lower(), 0, after) is None


def test_a_year_needs_a_known_unit_to_count_anything() -> None:
    text = " tốc độ tăng trưởng"
    assert read_unit(text, 0, text, year_like=True) is None


def test_every_word_of_the_unit_lists_is_still_read_after_the_first_word_look_up() -> None:
    from tiendo.extract.lexicon import COUNTED_NOUNS, CURRENCIES, MEASURES

    for word in (*CURRENCIES, *MEASURES, *COUNTED_NOUNS):
        text = f"12 {word}, còn lại"
        unit = read_unit(text, 2, text)
        assert unit is not None and unit.text.startswith(word.replace(" /", "/")), word


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Hội Nông dân xã Tân Lập tổ chức 2 hội thi nhà nông đua tài.", 2.0, "hội thi"),
        ("Trung tâm Giáo dục nghề nghiệp mở 2 khóa đào tạo nghề cho lao động nông thôn.", 2.0,
         "khóa"),
        ("Huyện đoàn tổ chức 3 hội diễn văn nghệ.", 3.0, "hội diễn"),
        ("Năm 2024 thu hút thêm 15 công ty đầu tư vào khu công nghiệp.", 15.0, "công ty"),
        ("Sở Y tế cấp 300 chứng chỉ hành nghề khám bệnh, chữa bệnh.", 300.0, "chứng chỉ"),
        ("Trung tâm đã cấp 1.250 chứng chỉ nghề cho lao động nông thôn.", 1250.0, "chứng chỉ"),
    ],
)  # fmt: skip
def test_a_count_is_in_the_whole_noun_it_counts(text: str, value: float, unit: str) -> None:
    assert [f.unit for f in extract_figures(text, year=2024) if f.value == value] == [unit]


def test_a_term_of_office_is_no_count_of_courses() -> None:
    text = "Đồng chí đã 3 khóa liên tiếp là đại biểu HĐND tỉnh."
    assert [f.value for f in extract_figures(text, year=2024)] == []


class _TupleUnit(NamedTuple):
    """UnitMatch as it was, a named tuple, to hold the class to what the tuple did."""

    text: str
    kind: UnitKind
    end: int


_FIELDS = st.tuples(
    st.sampled_from(["%", "tỷ đồng", "ha", "tạ/ha", "hộ"]),
    st.sampled_from(["percent", "money", "measure", "count", "scale"]),
    st.integers(min_value=0, max_value=3),
)


@given(_FIELDS, _FIELDS)
def test_two_unit_matches_are_equal_and_hash_alike_as_their_named_tuples_were(
    first: tuple[str, UnitKind, int], second: tuple[str, UnitKind, int]
) -> None:
    one, other = UnitMatch(*first), UnitMatch(*second)
    assert (one == other) == (_TupleUnit(*first) == _TupleUnit(*second))
    assert (one != other) == (_TupleUnit(*first) != _TupleUnit(*second))
    if one == other:
        assert hash(one) == hash(other)
        assert len({one, other}) == 1


@given(_FIELDS)
def test_a_unit_match_shows_and_holds_its_fields_as_its_named_tuple_did(
    fields: tuple[str, UnitKind, int],
) -> None:
    unit, tupled = UnitMatch(*fields), _TupleUnit(*fields)
    assert repr(unit) == repr(tupled).replace("_TupleUnit", "UnitMatch")
    assert (unit.text, unit.kind, unit.end) == tuple(tupled)
    assert bool(unit)
