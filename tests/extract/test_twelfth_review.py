"""Probe sentences for the twelfth round's review (R): this round's rules read in the
wording of other offices, and the look-alikes where they must not fire."""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read, kinds_read, name_read, period_read
from tiendo.extract import extract_figures


def _kind_of(text: str, value: float | None, percent: float | None = None) -> str:
    for figure in extract_figures(text, year=2024):
        rise = [c.percent for c in figure.comparisons]
        if figure.value == value and (percent is None or percent in rise):
            return figure.kind
    raise AssertionError(f"no figure {value} {percent} in {text!r}")


def _values(text: str) -> list[tuple[float | None, str]]:
    return [(f.value, f.unit) for f in extract_figures(text, year=2024)]


# superlatives (mended): the one ranked is named when the figure follows "..., đạt".
@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Dệt may là nhóm hàng có kim ngạch xuất khẩu cao nhất, đạt 800 triệu USD.", 800,
         "kim ngạch xuất khẩu Dệt may"),
        ("Thuỷ sản là mặt hàng có giá trị xuất khẩu lớn nhất với 500 triệu USD.", 500,
         "giá trị xuất khẩu Thủy sản"),
        ("Trong các thị trường, Hoa Kỳ là thị trường có kim ngạch nhập khẩu lớn nhất, đạt 1,2 "
         "tỷ USD.", 1.2, "kim ngạch nhập khẩu Hoa Kỳ"),
        ("Hoa Kỳ là thị trường xuất khẩu lớn nhất, đạt 1,2 tỷ USD.", 1.2,
         "thị trường xuất khẩu Hoa Kỳ"),
        ("Điện thoại và linh kiện là nhóm hàng có kim ngạch xuất khẩu lớn nhất, ước đạt 3 tỷ "
         "USD.", 3, "kim ngạch xuất khẩu Điện thoại và linh kiện"),
    ],
)  # fmt: skip
def test_the_one_ranked_first_is_named_when_its_figure_follows_a_comma_and_a_verb(
    text: str, value: float, expected: str
) -> None:
    assert name_read(text, value) == expected


# branch_sentences (mended): "các ngành, địa phương", "ngành chức năng" are bodies of the
# administration, not the branches of the index estimated before.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Chỉ số sản xuất công nghiệp ước tăng 6%. Các ngành, địa phương đã giải ngân 1.200 tỷ "
         "đồng.", 1200),
        ("Chỉ số sản xuất công nghiệp ước tăng 6%. Các ngành chức năng đã kiểm tra 120 cơ sở.",
         120),
        ("Chỉ số sản xuất công nghiệp ước tăng 6%. 12 ngành, lĩnh vực đã hoàn thành 85% kế "
         "hoạch.", 12),
        ("Chỉ số IIP quý I ước tăng 5,5%. Nhiều ngành, địa phương đã cấp 300 giấy phép.", 300),
    ],
)  # fmt: skip
def test_the_offices_called_branches_after_an_estimated_index_keep_their_own_kind(
    text: str, value: float
) -> None:
    assert _kind_of(text, value) == "actual"


@pytest.mark.parametrize(
    ("text", "percent"),
    [
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "Chỉ số sản xuất công nghiệp quý II ước tăng 7%. Hầu hết các ngành đều tăng: dệt tăng "
         "10%.", 10),
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "Chỉ số IIP ước tăng 7%. Đa số ngành công nghiệp cấp II có chỉ số tăng, như đồ uống "
         "tăng 9%.", 9),
        ("Chỉ số sản xuất công nghiệp (IIP) quý I ước tăng 6,2% so với cùng kỳ. Nhiều ngành cấp "
         "II tăng khá: dệt tăng 9%, sản xuất đồ uống tăng 7,5%.", 7.5),
        ("Chỉ số sản xuất công nghiệp ước tăng 6%. Một số ngành có chỉ số tăng cao như dệt tăng "
         "15%. Tuy vậy, 5 ngành giảm, như khai khoáng giảm 3%.", -3),
    ],
)  # fmt: skip
def test_the_branches_said_to_rise_or_fall_after_an_estimated_index_are_estimated(
    text: str, percent: float
) -> None:
    assert _kind_of(text, None, percent) == "estimate"


# industry_branches (mended): a list of goods sold after the index is no list of branches.
@pytest.mark.parametrize(
    ("text", "percent", "expected"),
    [
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "Chỉ số sản xuất công nghiệp tăng 9,3%. Kim ngạch xuất khẩu đạt 2 tỷ USD, trong đó da "
         "giày đạt 500 triệu USD, dệt tăng 4%.", 4, "dệt"),
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "Chỉ số sản xuất công nghiệp tăng 8%. Doanh thu bán lẻ đạt 9.000 tỷ đồng; may mặc tăng "
         "5%.", 5, "may mặc"),
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "Chỉ số sản xuất công nghiệp tăng 9,3%; khai khoáng giảm 1,5%, dệt tăng 8,7%, may mặc "
         "tăng 6%.", 8.7, "chỉ số sản xuất ngành dệt"),
        ("Chỉ số sản xuất công nghiệp tăng 9,3%; Khai khoáng giảm 1,5%.", -1.5,
         "chỉ số sản xuất ngành khai khoáng"),
    ],
)  # fmt: skip
def test_a_bare_branch_is_a_branch_of_industry_only_under_a_head_of_production(
    text: str, percent: float, expected: str
) -> None:
    assert name_read(text, None, percent) == expected


# thresholds (mended): "đạt tỷ lệ ... dưới 30%" names which units are counted, as "có" does.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Có 7 đơn vị đạt tỷ lệ giải ngân dưới 30%.", [(7, "đơn vị")]),
        ("Có 3 đơn vị giải ngân trên 50% kế hoạch vốn.", [(3, "đơn vị")]),
        ("Toàn tỉnh còn 4/124 xã có tỷ lệ hộ nghèo trên 20%.", [(4, "xã")]),
        ("Có 9 huyện có tỷ lệ che phủ rừng từ 45% trở lên.", [(9, "huyện")]),
        ("Có 5 xã đạt tỉ lệ tham gia bảo hiểm y tế trên 95%.", [(5, "xã")]),
        ("Có 12 xã, chiếm trên 50% tổng số xã.", [(12, "xã"), (50, "%")]),
        ("Huyện có 18 xã và trên 60% số thôn đạt chuẩn.", [(18, "xã"), (60, "%")]),
    ],
)  # fmt: skip
def test_a_share_right_after_a_count_is_a_threshold_unless_joined_or_compared(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert _values(text) == expected


def test_a_share_of_the_plan_reached_after_a_count_stays_a_ratio() -> None:
    rows = comparisons_read("Kết nạp 1.500 đảng viên, đạt trên 90% kế hoạch.", 2024)
    assert rows == [(1500, "đảng viên", [("plan", "ratio", 90)])]


# count_phrases: a raised total with no total named, and counts of all in other words.
@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Trong năm có thêm 4 xã đạt chuẩn nông thôn mới, nâng lên 32 xã.", 32,
         "tổng số xã đạt chuẩn nông thôn mới"),
        ("Năm 2024 công nhận thêm 6 trường đạt chuẩn quốc gia, nâng lên 120 trường.", 120,
         "tổng số trường đạt chuẩn quốc gia"),
        ("Có 12 thôn được công nhận thôn văn hóa, nâng lên 85 thôn.", 85,
         "tổng số thôn được công nhận thôn văn hóa"),
        ("Toàn bộ 20 xã và 150 thôn đều có đường ô tô đến trung tâm.", 20,
         "Toàn bộ xã đều có đường ô tô đến trung tâm"),
        ("Cả 9/9 huyện và 120 xã đã hoàn thành phổ cập giáo dục.", 9,
         "Cả huyện đã hoàn thành phổ cập giáo dục"),
        ("Tổng số 25 hợp tác xã và 300 tổ hợp tác đang hoạt động hiệu quả.", 25,
         "tổng số hợp tác xã đang hoạt động hiệu quả"),
    ],
)  # fmt: skip
def test_a_raised_or_whole_count_in_other_words_shares_what_is_counted(
    text: str, value: float, expected: str
) -> None:
    assert name_read(text, value) == expected


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Có 12 thôn được công nhận thôn văn hóa, nâng lên 85%.", 85, "nâng"),
        ("Đã có 10 chợ được nâng cấp; giá bán nâng lên 32 nghìn đồng.", 32, "giá bán nâng"),
    ],
)  # fmt: skip
def test_a_raise_in_another_unit_is_no_raised_total_of_the_count(
    text: str, value: float, expected: str
) -> None:
    assert name_read(text, value) == expected


# amounts: "ngàn"/"nghìn" before a number in a larger scale.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tổng vốn đầu tư toàn xã hội đạt 41 ngàn 480 tỷ đồng.", [(41480, "tỷ đồng")]),
        ("Tổng vốn đầu tư toàn xã hội đạt 41 nghìn 480 tỷ đồng.", [(41480, "tỷ đồng")]),
        ("Giá trị sản xuất đạt 12 nghìn tỷ đồng.", [(12, "nghìn tỷ đồng")]),
        ("Thu ngân sách đạt 3 ngàn 50 tỷ đồng.", [(3050, "tỷ đồng")]),
    ],
)  # fmt: skip
def test_thousands_of_a_larger_scale_are_one_amount(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert _values(text) == expected


# durations: the mean length of a stay is a figure in days; other days are spans.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Khách lưu trú bình quân 3,5 ngày/lượt.", 3.5),
        ("Mỗi du khách ở lại trung bình khoảng 2 ngày.", 2),
        ("Du khách lưu lại trung bình hơn 3 ngày.", 3),
        ("Khách quốc tế lưu trú bình quân 4 ngày, khách nội địa 2 ngày.", 4),
        ("Thời gian lưu trú bình quân của khách quốc tế đạt 2,8 ngày.", 2.8),
    ],
)  # fmt: skip
def test_the_mean_length_of_a_stay_in_other_words_is_a_figure_in_days(
    text: str, value: float
) -> None:
    # A stay per guest keeps what it is reckoned on in its unit ("ngày/lượt", as the
    # tenth part's readers write it; round 31).
    assert any(v == value and unit.split("/")[0] == "ngày" for v, unit in _values(text))


def test_days_that_bound_a_count_of_guests_are_no_stay() -> None:
    text = "Khách lưu trú bình quân tăng 12%, đạt 150.000 lượt, trong 5 ngày lễ."
    assert all(unit != "ngày" for _, unit in _values(text))


# criteria: the criteria naming a group of communes are no figure.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nhóm đạt 15-18 tiêu chí có 14 xã; nhóm đạt 10 - 14 tiêu chí có 6 xã.",
         [(14, "xã"), (6, "xã")]),
        ("Có 5 xã thuộc nhóm đạt 05-09 tiêu chí.", [(5, "xã")]),
        ("Có 7 xã nằm trong nhóm đạt từ 10 đến 14 tiêu chí.", [(7, "xã")]),
        ("Bình quân mỗi xã đạt 16,5 tiêu chí.", [(16.5, "tiêu chí")]),
        ("Xã Tân Hòa đạt 19/19 tiêu chí.", [(19, "tiêu chí")]),
    ],
)  # fmt: skip
def test_criteria_that_name_a_group_are_no_figure_but_a_mean_or_a_commune_s_are(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert _values(text) == expected


# own_counts: a rise of capital named again is of the amount of money.
@pytest.mark.parametrize(
    ("text", "value", "percent"),
    [
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "Thu hút 25 dự án với tổng vốn đăng ký 7.744 tỷ đồng (vốn tăng 3,2%, số dự án tăng "
         "20%).", 7744, 3.2),
        ("Cấp phép 14 dự án, tổng vốn đăng ký 2.300 tỷ đồng; so với cùng kỳ, số vốn tăng 18%.",
         2300, 18),
    ],
)  # fmt: skip
def test_a_rise_of_capital_named_again_is_of_the_amount(
    text: str, value: float, percent: float
) -> None:
    rows = comparisons_read(text, 2024)
    assert any(v == value and any(c[2] == percent for c in comps) for v, _, comps in rows)


# points: a gain set for each thing counted is a count; a time is no such subject.
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Phấn đấu mỗi xã tăng thêm từ 2 tiêu chí trở lên.", 2, "tiêu chí"),
        ("Mỗi thôn tăng ít nhất 1 tiêu chí.", 1, "tiêu chí"),
        ("Mỗi hộ tăng 2 con bò.", 2, "con"),
        ("Mỗi xã đều tăng thêm 3 tiêu chí.", 3, "tiêu chí"),
    ],
)  # fmt: skip
def test_a_gain_set_for_each_thing_counted_is_a_count_of_its_own(
    text: str, value: float, unit: str
) -> None:
    assert (value, unit) in _values(text)


# target_counts: a count of targets is named from "chỉ tiêu" on, whoever set them.
@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("NQ HĐND tỉnh giao 22 chỉ tiêu, có 20 chỉ tiêu đạt và vượt.", 22, "chỉ tiêu"),
        ("Kế hoạch năm 2025 có 25 chỉ tiêu kinh tế - xã hội.", 25,
         "chỉ tiêu kinh tế - xã hội"),
        ("NQ HĐND tỉnh giao 22 chỉ tiêu, có 20 chỉ tiêu đạt và vượt.", 20,
         "chỉ tiêu đạt và vượt"),
        ("Khối kinh tế hoàn thành 10 chỉ tiêu.", 10, "Khối kinh tế hoàn thành chỉ tiêu"),
    ],
)  # fmt: skip
def test_a_count_of_targets_is_named_by_the_targets_and_what_is_said_of_them(
    text: str, value: float, expected: str
) -> None:
    assert name_read(text, value) == expected


# planned_counts: a bare plan in parentheses after its result.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thành lập mới 8 hợp tác xã (kế hoạch 6).", [(8, "actual"), (6, "target")]),
        ("Kết nạp 180 đảng viên (chỉ tiêu 150).", [(180, "actual"), (150, "target")]),
        ("Xây dựng 35 nhà đại đoàn kết (KH: 30).", [(35, "actual"), (30, "target")]),
        ("Thu ngân sách 520 tỷ đồng (dự toán 480).", [(520, "actual"), (480, "target")]),
        ("Giải quyết việc làm cho 3.200 lao động (KH năm 2024: 3.000).",
         [(3200, "actual"), (3000, "target")]),
        ("Có 8 hợp tác xã (kế hoạch 6 tháng đầu năm).", [(8, "actual")]),
        ("Thành lập 8 hợp tác xã (tăng 2 so với năm trước).", [(8, "actual")]),
    ],
)  # fmt: skip
def test_a_bare_plan_in_parentheses_takes_its_result_s_unit(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert kinds_read(text) == expected


# time_labels: a label naming only a time gives no measure to the item after it.
@pytest.mark.parametrize(
    ("text", "value", "percent", "expected"),
    [
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "Quý I/2024: GRDP tăng 6,1%; thu ngân sách 800 tỷ đồng.", None, 6.1, "GRDP"),
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "Quý I/2024: GRDP tăng 6,1%; thu ngân sách 800 tỷ đồng.", 800, None, "thu ngân sách"),
        ("Tháng 10/2024: số doanh nghiệp thành lập mới 120 doanh nghiệp.", 120, None,
         "số doanh nghiệp thành lập mới"),
        ("Năng suất lúa năm 2024: đạt 62 tạ/ha.", 62, None, "Năng suất lúa năm 2024"),
    ],
)  # fmt: skip
def test_a_label_of_a_time_alone_names_no_measure(
    text: str, value: float | None, percent: float | None, expected: str
) -> None:
    assert name_read(text, value, percent) == expected


# passage: a year after the last level of a shift closing its clause dates that level only.
@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Tỷ lệ hộ nghèo giảm từ 8% năm 2020 xuống 3,5% năm 2023. Thu nhập bình quân đạt 60 "
         "triệu đồng.", 60, (2024, None, None)),
        ("Độ che phủ rừng tăng từ 40% lên 45% năm 2020. Tỷ lệ hộ nghèo còn 2%.", 2,
         (2024, None, None)),
        ("Độ che phủ rừng tăng từ 40% lên 45% năm 2020. Tỷ lệ hộ nghèo còn 2%.", 45,
         (2020, 1, 12)),
        ("Tỷ lệ đô thị hóa tăng từ 30% năm 2015 lên 36% năm 2020, năm 2024 đạt 40%.", 40,
         (2024, 1, 12)),
        ("Năm 2020, tỷ lệ trường chuẩn tăng lên 75%. Thu ngân sách đạt 900 tỷ đồng.", 900,
         (2020, 1, 12)),
    ],
)  # fmt: skip
def test_the_year_of_a_shift_s_last_level_does_not_date_the_next_sentence(
    text: str, value: float, expected: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, 2024) == expected


# paren_remarks: what a bare acronym leaves out stays in its name; other remarks go.
@pytest.mark.parametrize(
    ("text", "percent", "value", "expected"),
    [
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "GRDP (không kể dầu khí) của tỉnh ước tăng 5,5%.", 5.5, None,
         "GRDP (không kể dầu khí) của tỉnh"),
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "GDP (trừ dầu thô) tăng 6%.", 6, None, "GDP (trừ dầu thô)"),
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "GRDP (theo giá so sánh 2010) ước tăng 7%.", 7, None, "GRDP"),
        ("Thu ngân sách (không kể thu tiền sử dụng đất) đạt 1.500 tỷ đồng.", None, 1500,
         "Thu ngân sách"),
        ("Giá trị sản xuất (không tính khai khoáng) đạt 3.000 tỷ đồng.", None, 3000,
         "Giá trị sản xuất"),
    ],
)  # fmt: skip
def test_only_an_acronym_keeps_what_it_leaves_out_in_its_name(
    text: str, percent: float | None, value: float | None, expected: str
) -> None:
    assert name_read(text, value, percent) == expected


# economy_sectors: a bare sector under GRDP/GDP named by its letters.
@pytest.mark.parametrize(
    ("text", "value", "percent", "expected"),
    [
        ("Tốc độ tăng GRDP công nghiệp - xây dựng đạt 9%.", 9, None,
         "khu vực công nghiệp - xây dựng"),
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "GRDP trừ dầu khí nông, lâm nghiệp và thuỷ sản tăng 3%.", None, 3,
         "khu vực nông, lâm nghiệp và thủy sản"),
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "GDP dịch vụ tăng 7%.", None, 7, "khu vực dịch vụ"),
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "GRDP du lịch tăng 7%.", None, 7, "GRDP du lịch"),
    ],
)  # fmt: skip
def test_a_sector_under_the_letters_of_the_gross_product_is_that_sector(
    text: str, value: float | None, percent: float | None, expected: str
) -> None:
    assert name_read(text, value, percent) == expected


# breakdown_kinds: a sector after a fronted basis shares the estimate; a past total does not.
@pytest.mark.parametrize(
    ("text", "percent", "kind"),
    [
        ("GRDP quý III ước tăng 6,5%. So sánh với cùng kỳ năm 2023, khu vực nông, lâm nghiệp "
         "và thủy sản tăng 3,1%.", 3.1, "estimate"),
        ("GRDP ước tăng 5,02% so với cùng kỳ. So với cùng kỳ, khu vực dịch vụ tăng 6,1%; khu "
         "vực công nghiệp và xây dựng tăng 4,8%.", 4.8, "estimate"),
        ("GRDP năm 2023 tăng 6,5%. So với cùng kỳ, khu vực dịch vụ tăng 6,1%.", 6.1, "actual"),
    ],
)  # fmt: skip
def test_a_sector_after_a_fronted_basis_shares_the_estimate_of_the_total_before(
    text: str, percent: float, kind: str
) -> None:
    assert _kind_of(text, None, percent) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("GRDP ước tăng 5,02%; trong đó dịch vụ tăng 6,14%. Khu vực dịch vụ chiếm tỷ trọng "
         "43,81%.", "estimate"),
        ("Thu ngân sách ước đạt 2.000 tỷ đồng. Khu vực dịch vụ chiếm tỷ trọng 43,81%.",
         "actual"),
    ],
)  # fmt: skip
def test_a_sector_opening_a_sentence_is_estimated_only_after_the_economy_s_estimate(
    text: str, kind: str
) -> None:
    assert _kind_of(text, 43.81) == kind


# place_scopes: the places a ranking picks out frame the clause.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trong 10 địa phương giảm nghèo nhanh nhất, huyện đứng thứ 3.", []),
        ("Trong số 7 huyện có tỷ lệ hộ nghèo cao nhất, có 3 huyện giảm trên 5%.", [(3, "huyện")]),
        ("Trong 12 xã, có 8 xã đạt chuẩn nông thôn mới.", [(12, "xã"), (8, "xã")]),
    ],
)  # fmt: skip
def test_places_picked_out_by_a_ranking_are_a_frame_not_a_count(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(v, u) for v, u in _values(text) if u != "%"] == expected


# aims: a plan quoted as the level a result is measured by.
@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Tăng trưởng kinh tế ước đạt 6,2%, cao hơn mức 5,5% mà kế hoạch đặt ra. Thu ngân sách "
         "ước đạt 2.100 tỷ đồng.", 2100, "estimate"),
        ("GRDP ước tăng 5,1%, chưa tới mức kế hoạch 6 - 6,5%. Thu ngân sách ước đạt 2.100 tỷ "
         "đồng.", 2100, "estimate"),
        ("Năm 2025, Nghị quyết đề ra các chỉ tiêu: tăng trưởng kinh tế đạt 7%; thu ngân sách "
         "2.500 tỷ đồng.", 2500, "target"),
    ],
)  # fmt: skip
def test_a_plan_quoted_as_a_yardstick_opens_no_list_of_targets(
    text: str, value: float, kind: str
) -> None:
    assert _kind_of(text, value) == kind


# kinds: "với định hướng" is a plan's orientation as often as a comparison; only "so với"
# and "hơn" make the orientation what a result is measured by.
@pytest.mark.parametrize(
    "text",
    [
        "Kế hoạch năm 2024 với định hướng tăng trưởng kinh tế đạt 7%.",
        "Kế hoạch phát triển năm 2024 với định hướng thu ngân sách đạt 2.000 tỷ đồng.",
    ],
)
def test_a_plan_stated_with_its_orientation_is_a_target(text: str) -> None:
    assert [kind for _, kind in kinds_read(text)] == ["target"]


@pytest.mark.parametrize(
    "text",
    [
        "Cơ cấu kinh tế chuyển dịch chậm hơn định hướng: nông nghiệp chiếm 25%.",
        "So với định hướng, tỷ trọng dịch vụ đạt 40%.",
    ],
)
def test_a_result_compared_with_the_orientation_is_no_target(text: str) -> None:
    assert [kind for _, kind in kinds_read(text)] == ["actual"]
