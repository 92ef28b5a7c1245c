from __future__ import annotations

import pytest

from tiendo.periods import Period
from tiendo.workspace.matching import (
    Candidate,
    best_match,
    indicator_similarity,
    rank,
    syllables,
    unit_agreement,
    unit_mismatch,
)

YEAR = Period(2022, 1, 12)
Q1 = Period(2022, 1, 3)
DEMO_TARGETS = [
    Candidate(1, "Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp", "tỷ đồng", YEAR),
    Candidate(2, "Giá trị sản xuất ngành thương mại - dịch vụ", "tỷ đồng", YEAR),
    Candidate(3, "Tổng thu ngân sách nhà nước trên địa bàn", "tỷ đồng", YEAR),
    Candidate(4, "Kết nạp đảng viên mới", "đảng viên", YEAR),
    Candidate(5, "Tỷ lệ che phủ rừng", "%", YEAR),
    Candidate(6, "Số xã đạt chuẩn nông thôn mới", "xã", YEAR),
]


@pytest.mark.parametrize(
    ("indicator", "unit", "period", "expected"),
    [
        ("giá trị sản xuất công nghiệp, tiểu thủ công nghiệp trên địa bàn huyện",
         "tỷ đồng", Q1, 1),
        ("giá trị sản xuất ngành thương mại - dịch vụ", "tỷ đồng", Q1, 2),
        ("Tổng thu NSNN trên địa bàn", "tỷ đồng", Q1, 3),
        ("GTSX CN-TTCN", "tỷ đồng", Q1, 1),
        ("kết nạp đảng viên mới", "quần chúng", Q1, None),
        ("kết nạp đảng viên mới", "đảng viên", Q1, 4),
        ("tỷ lệ che phủ rừng", "%", YEAR, 5),
        ("Tỷ lệ che phủ rừng", "%", None, 5),
        ("số xã đạt chuẩn NTM", "xã", YEAR, 6),
        ("sản lượng lương thực có hạt", "tấn", YEAR, None),
        ("tổng thu ngân sách nhà nước", "%", Q1, None),
    ],
)  # fmt: skip
def test_figures_are_matched_to_the_target_they_report_on(indicator, unit, period, expected):
    match = best_match(indicator, unit, period, DEMO_TARGETS)
    assert (match.key if match else None) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Thủy lợi", "Thuỷ lợi"),
        ("hòa bình", "hoà bình"),
        ("NFC e\u0301", "NFC é"),
    ],
)
def test_old_and_new_tone_placement_are_the_same_syllables(a, b):
    assert syllables(a) == syllables(b)


@pytest.mark.parametrize(
    ("figure_unit", "target_unit", "agreement"),
    [
        ("tỷ đồng", "tỷ đồng", 1.0),
        ("tỉ đồng", "tỷ đồng", 1.0),
        ("triệu đồng", "tỷ đồng", 0.6),
        ("%", "tỷ đồng", 0.0),
        ("ha", "tấn", 0.0),
        ("quần chúng", "đảng viên", 0.0),
        ("km²", "ha", 0.6),
        ("hecta", "ha", 1.0),
        ("quần chúng ưu tú", "quần chúng", 1.0),
        ("", "tỷ đồng", 0.5),
    ],
)
def test_units_agree_fully_partly_or_not_at_all(figure_unit, target_unit, agreement):
    assert unit_agreement(figure_unit, target_unit) == agreement


def test_a_target_of_another_year_scores_below_the_same_one_this_year():
    this_year = Candidate("now", "Tỷ lệ che phủ rừng", "%", YEAR)
    last_year = Candidate("before", "Tỷ lệ che phủ rừng", "%", Period(2021, 1, 12))
    ranked = rank("tỷ lệ che phủ rừng", "%", Period(2022, 1, 6), [last_year, this_year])
    assert [m.key for m in ranked] == ["now", "before"]
    assert ranked[0].score > ranked[1].score


def test_a_short_indicator_is_rescued_by_the_clause_that_names_the_target():
    clause = "Tổng thu ngân sách nhà nước trên địa bàn quý I đạt 123,4 tỷ đồng"
    without = best_match("thu", "tỷ đồng", Q1, DEMO_TARGETS)
    with_clause = best_match("thu", "tỷ đồng", Q1, DEMO_TARGETS, context=clause)
    assert without is None or without.score < 0.6
    assert with_clause is not None and with_clause.key == 3


def test_indicator_similarity_is_one_for_the_same_words_and_zero_for_none():
    assert indicator_similarity("Kết nạp đảng viên mới", "kết nạp Đảng viên mới") == 1.0
    assert indicator_similarity("Tỷ lệ hộ nghèo", "Thu ngân sách") == 0.0


def test_a_figure_counted_in_another_noun_is_not_matched_and_the_reason_is_kept():
    # "kết nạp 80 quần chúng" against a target counted in đảng viên: the save would
    # refuse it, so the matcher does not propose it, and says which target it missed.
    args = ("kết nạp đảng viên mới", "quần chúng", Q1, DEMO_TARGETS)
    assert best_match(*args) is None
    missed = unit_mismatch(*args)
    assert missed is not None and missed.key == 4
