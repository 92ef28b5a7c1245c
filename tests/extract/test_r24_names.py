"""Names read from a clause's frame and a breakdown's labels (twenty-fourth round).

- A clause opened by where it happens ("Ở phía chi, ...", "Tại huyện X, ...") or by what
  it rests on ("Căn cứ kết quả rà soát, ...") is a frame: the indicator is what the clause
  after the comma names.
- A clause with its own auxiliary before a bare measure word lends it its subject.
- A share of counted nouns listed with commas keeps what they share.
- The parts of a count a breakdown names only by a label count the whole's people.
- "mới" after a verb is "new", not an adverb; "làm việc" is an act, not a causative.
"""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


def _named(text: str) -> list[tuple[float | None, str]]:
    return [(f.value, f.indicator) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ở phía chi, cả năm chi hơn 1,39 triệu tỷ đồng.", [(1.39, "chi")]),
        (
            "So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
            "Ở các ngành công nghiệp cấp II, sản xuất xe có động cơ tăng 8,78%.",
            [(None, "sản xuất xe có động cơ")],
        ),
        ("Ở chiều ngược lại, nhập khẩu đạt 2,1 tỷ USD.", [(2.1, "kim ngạch nhập khẩu")]),
        ("Tại huyện Mường Nhé, số hộ nghèo còn 1.200 hộ.", [(1200.0, "số hộ nghèo")]),
        ("Tại xã Tân Lập, diện tích lúa đạt 820 ha.", [(820.0, "diện tích lúa")]),
        ("Căn cứ kết quả rà soát, số hộ nghèo còn 1.230 hộ.", [(1230.0, "số hộ nghèo")]),
        (
            "Căn cứ số liệu của Cục Thống kê, GRDP 6 tháng đầu năm ước đạt 130.091 tỷ đồng.",
            [(130091.0, "GRDP")],
        ),
        ("Trên cơ sở kết quả điều tra, tỷ lệ hộ nghèo còn 3,1%.", [(3.1, "tỷ lệ hộ nghèo")]),
        ("Dựa trên số liệu rà soát, số hộ cận nghèo là 870 hộ.", [(870.0, "số hộ cận nghèo")]),
    ],
)
def test_a_frame_of_place_side_or_grounds_before_the_comma_is_not_in_the_name(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Near misses: "ở"/"tại" inside the subject, after its noun, stays in the name.
        (
            "Tỷ lệ hộ nghèo ở các huyện 30a còn 21,5%.",
            [(21.5, "Tỷ lệ hộ nghèo ở các huyện 30a")],
        ),
        (
            "Số doanh nghiệp tại khu công nghiệp đạt 120 doanh nghiệp.",
            [(120.0, "Số doanh nghiệp tại khu công nghiệp")],
        ),
    ],
)
def test_a_place_said_after_the_subject_stays_in_the_name(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A clause with its own auxiliary before a bare measure word: its subject is what
        # the measure is of...
        (
            "Lúa hè thu đã thu hoạch xong, năng suất ước đạt 68,3 tạ/ha.",
            [(68.3, "năng suất Lúa hè thu")],
        ),
        (
            "Ngô vụ đông đang cho thu hoạch, năng suất đạt 45 tạ/ha.",
            [(45.0, "năng suất Ngô vụ đông")],
        ),
        # ...unless it points back to a sentence before or names only a time: the measure
        # word stays bare rather than taking the clause's verb.
        (
            "Lúa hè thu gieo trồng được 24.550 ha. Vụ này đã thu hoạch xong, năng suất ước "
            "đạt 68,3 tạ/ha; sản lượng ước 167,5 ngàn tấn.",
            [
                (24550.0, "diện tích Lúa hè thu gieo trồng"),
                (68.3, "năng suất"),
                (167.5, "sản lượng"),
            ],
        ),
        (
            "Năm nay đã thu hoạch xong, năng suất ước đạt 68,3 tạ/ha; "
            "sản lượng ước 167,5 ngàn tấn.",
            [(68.3, "năng suất"), (167.5, "sản lượng")],
        ),
        (
            "Các xã trên đã hoàn thành thu hoạch, năng suất bình quân đạt 61 tạ/ha.",
            [(61.0, "năng suất bình quân")],
        ),
        # Near miss: the work named with "việc" is still the thing measured.
        (
            "Đến nay việc gieo cấy lúa đông xuân cơ bản hoàn thành, diện tích đạt 9.820 ha.",
            [(9820.0, "diện tích gieo cấy lúa đông xuân")],
        ),
    ],
)
def test_a_clause_before_a_bare_measure_lends_its_subject_not_its_verb(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Toàn tỉnh có 100% xã, phường, thị trấn vững mạnh về quốc phòng - an ninh.",
            [(100.0, "tỷ lệ xã, phường, thị trấn vững mạnh về quốc phòng - an ninh")],
        ),
        (
            "Có 98% doanh nghiệp, hợp tác xã tham gia bảo hiểm xã hội.",
            [(98.0, "tỷ lệ doanh nghiệp, hợp tác xã tham gia bảo hiểm xã hội")],
        ),
        (
            "Có 100% thôn, bản có đường ô tô đến trung tâm.",
            [(100.0, "tỷ lệ thôn, bản có đường ô tô đến trung tâm")],
        ),
        # Near miss: after a noun with words of its own, a long stretch is a clause apart.
        (
            "Có 90% hộ gia đình văn hóa, các thôn đều tổ chức ra quân làm đường giao thông.",
            [(90.0, "tỷ lệ hộ gia đình văn hóa")],
        ),
    ],
)
def test_a_share_of_counted_nouns_listed_with_commas_keeps_what_they_share(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sáu tháng đầu năm, toàn tỉnh tuyển mới đào tạo cho 7.600 người, trong đó trình độ "
            "cao đẳng 350 người, trung cấp 1.500 người.",
            [
                (7600.0, "tuyển mới đào tạo người"),
                (350.0, "tuyển mới đào tạo trình độ cao đẳng"),
                (1500.0, "tuyển mới đào tạo trung cấp"),
            ],
        ),
        (
            "Số người tham gia bảo hiểm xã hội là 318.011 người, trong đó bắt buộc 239.011 "
            "người, tự nguyện 79.000 người.",
            [
                (318011.0, "Số người tham gia bảo hiểm xã hội"),
                (239011.0, "Số người tham gia bảo hiểm xã hội bắt buộc"),
                (79000.0, "Số người tham gia bảo hiểm xã hội tự nguyện"),
            ],
        ),
        (
            "Cả năm có trên 31.039 lao động được giải quyết việc làm, gồm: làm việc trong tỉnh "
            "22.745 người; ngoài tỉnh 7.201 người.",
            [
                (31039.0, "lao động được giải quyết việc làm"),
                (22745.0, "lao động được giải quyết việc làm làm việc trong tỉnh"),
                (7201.0, "lao động được giải quyết việc làm ngoài tỉnh"),
            ],
        ),
        # Near misses: a part that names its noun first says what it counts by itself, and
        # after "trong đó" a clause past a semicolon is no part.
        (
            "Toàn huyện có 25 xã, trong đó xã đạt 19 tiêu chí 12 xã.",
            [(25.0, "xã"), (12.0, "xã 19 tiêu chí")],
        ),
        (
            "Tỉnh giải quyết việc làm cho 30.600 lao động, trong đó xuất khẩu lao động 3.700 "
            "người; các cơ sở giáo dục nghề nghiệp tuyển sinh 29.300 người.",
            [
                (30600.0, "giải quyết việc làm lao động"),
                (3700.0, "xuất khẩu lao động"),
                (29300.0, "các cơ sở giáo dục nghề nghiệp tuyển sinh người"),
            ],
        ),
    ],
)
def test_a_part_of_a_count_named_by_a_label_counts_the_wholes_people(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Xã đã trồng mới 50 ha rừng keo.", [(50.0, "diện tích trồng mới rừng keo")]),
        ("Năm 2024 thành lập mới 350 doanh nghiệp.", [(350.0, "thành lập mới doanh nghiệp")]),
        ("Huyện có thêm 5 xã nông thôn mới nâng cao.", [(5.0, "xã nông thôn mới nâng cao")]),
        # Near miss: before its verb "mới" is "only" and goes.
        ("Huyện mới giải ngân 120 tỷ đồng.", [(120.0, "giải ngân")]),
    ],
)
def test_new_after_a_verb_stays_in_the_name(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Toàn tỉnh: 8.112 hộ nghèo, tỷ lệ 1,60%.",
            [(8112.0, "hộ nghèo"), (1.6, "tỷ lệ hộ nghèo")],
        ),
        ("Huyện Mường Lát: 2.100 hộ nghèo.", [(2100.0, "hộ nghèo")]),
        ("TP. Lào Cai: 120 hộ cận nghèo.", [(120.0, "hộ cận nghèo")]),
        # Near miss: a label that names what is counted stays its name.
        (
            "Xã đạt chuẩn quốc gia về y tế: 87 xã, tỷ lệ 75,65%.",
            [
                (87.0, "Xã đạt chuẩn quốc gia về y tế"),
                (75.65, "tỷ lệ Xã đạt chuẩn quốc gia về y tế"),
            ],
        ),
    ],
)
def test_a_label_that_is_only_a_place_leaves_the_count_to_name_itself(text, expected):
    assert _named(text) == expected


def _periods(text: str) -> list[tuple[float | None, int | None, int | None, int | None]]:
    return [
        (f.value, f.period.year, f.period.from_month, f.period.to_month)
        for f in extract_figures(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2023, từ ngày 4 đến 6/8, mưa lớn làm 120 ha lúa bị ngập.", [(120.0, 2023, 8, 8)]),
        (
            "Năm 2022, trong tuần từ 28/7 đến 3/8, toàn tỉnh ghi nhận 109 ca mắc mới.",
            [(109.0, 2022, 7, 8)],
        ),
        (
            "Năm 2024, dịp nghỉ lễ 30/4 - 1/5, tỉnh đón 154.000 lượt khách.",
            [(154000.0, 2024, 4, 5)],
        ),
        # Near miss: the days of a meeting date the report, not the figures.
        (
            "Năm 2020, từ ngày 5 đến 7/8, đại hội đảng bộ huyện thông qua 12 chỉ tiêu.",
            [(12.0, 2020, 1, 12)],
        ),
    ],
)
def test_a_span_of_days_without_its_year_names_its_months(text, expected):
    assert _periods(text) == expected
