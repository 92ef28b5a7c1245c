"""Sentences for the twenty-ninth round's kind helper (kind): how far "hiện" dates a
sentence, which clause it makes a result, and a season named by its crop.

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import kinds_read, name_read, period_read

# "X hiện có N, Y đạt M": "hiện" after the subject dates its own predicate (a stock as it
# stands now); the clause after the break, with a subject and a verb of its own, is of the
# months the report is on.
_PAST_A_CLAUSE_DATED_NOW = [
    ("Sáu tháng đầu năm 2024, đàn bò của huyện hiện có 12.300 con, sản lượng sữa tươi đạt "
     "3.540 tấn.", 3540, (2024, 1, 6)),
    ("Chín tháng năm 2023, tỉnh hiện có khoảng 210 hợp tác xã nông nghiệp; doanh thu du lịch "
     "đạt 1.870 tỷ đồng.", 1870, (2023, 1, 9)),
    ("Quý I/2024, đàn gia cầm hiện có 1,2 triệu con, sản lượng trứng thu được 18,5 triệu "
     "quả.", 18.5, (2024, 1, 3)),
]  # fmt: skip
# Near misses: what goes on with the same subject ("chiếm"), a bare count after the comma,
# a sentence "hiện" opens, and a clause itself in the present keep the time of writing.
_STILL_NOW = [
    ("Sáu tháng đầu năm 2024, toàn tỉnh hiện có 141 xã đạt chuẩn, chiếm 87,5%.", 87.5),
    ("Sáu tháng đầu năm 2024, huyện hiện có 25 doanh nghiệp, 3.200 lao động.", 3200),
    ("Sáu tháng đầu năm 2024, hiện toàn tỉnh có 45 hợp tác xã; doanh thu bình quân đạt 2,1 "
     "tỷ đồng.", 2.1),
    ("Sáu tháng đầu năm 2024, tỉnh hiện có 120 hợp tác xã; 17 sản phẩm đang được xuất "
     "khẩu.", 17),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "period"), _PAST_A_CLAUSE_DATED_NOW)
def test_a_clause_of_its_own_after_one_dated_now_keeps_the_months_of_the_report(
    text: str, value: float, period: tuple[int, int, int]
) -> None:
    assert period_read(text, value, 2024) == period


@pytest.mark.parametrize(("text", "value"), _STILL_NOW)
def test_what_goes_on_with_the_subject_dated_now_stays_of_now(text: str, value: float) -> None:
    assert period_read(text, value, 2024) == (2024, None, None)


# A clause whose level is dated "hiện" states where things stand, a result, though the
# clause before it forecast.
_DATED_NOW_AFTER_A_FORECAST = [
    ("Nếu mưa thuận gió hòa, sản lượng lúa năm nay có khả năng vượt 92.000 tấn, trong khi giá "
     "lúa tươi hiện ở mức 7.800 đồng/kg.", 7800),
    ("Kim ngạch xuất khẩu cả năm dự kiến đạt 1,5 tỷ USD, giá tiêu xuất khẩu hiện ở mức "
     "6.100 USD/tấn.", 6100),
    ("Doanh thu du lịch cả năm dự kiến đạt 2.400 tỷ đồng, trong khi công suất phòng bình quân "
     "hiện khoảng 64%.", 64),
]  # fmt: skip
# Near misses: a clause with a forecast of its own, a level aimed at after "hiện nay lên",
# and a forecast with no "hiện" keep their kinds.
_NOT_NOW = [
    ("Sản lượng điều năm 2025 ước đạt 41.000 tấn, giá điều thô hiện dự kiến 32.000 đồng/kg.",
     32000, "estimate"),
    ("Mục tiêu của tỉnh là nâng tỷ lệ đô thị hóa từ 32% hiện nay lên 45%.", 45, "target"),
    ("Sản lượng lúa năm nay ước đạt 92.000 tấn, giá lúa tươi khoảng 7.800 đồng/kg.", 7800,
     "estimate"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), _DATED_NOW_AFTER_A_FORECAST)
def test_a_level_its_clause_dates_now_is_a_result_after_a_forecast(text: str, value: float) -> None:
    assert (value, "actual") in kinds_read(text)


@pytest.mark.parametrize(("text", "value", "kind"), _NOT_NOW)
def test_a_forecast_or_aim_of_its_own_is_kept_beside_now(
    text: str, value: float, kind: str
) -> None:
    assert (value, kind) in kinds_read(text)


# "lúa hè thu 2012": the rice of a season named by its crop, as "vụ hè thu 2012" is.
_CROP_SEASONS = [
    ("Lúa hè thu 2012: toàn vùng đã thu hoạch 1,68 triệu ha. Năng suất bình quân đạt 5,5 "
     "tấn/ha.", 5.5, (2012, None, None)),
    ("Các tỉnh phía Bắc gieo cấy lúa đông xuân 2023-2024 được 1,09 triệu ha.", 1.09,
     (2024, None, None)),
    ("Năng suất lúa mùa 2019 của tỉnh đạt 52,3 tạ/ha.", 52.3, (2019, None, None)),
]  # fmt: skip
# Near misses: a season with "năm" before its year, and a year that closes no season,
# read as before.
_SEASONS_AS_BEFORE = [
    ("Diện tích lúa hè thu năm 2023 của huyện đạt 3.150 ha.", 3150, (2023, 1, 12)),
    ("Năm 2021, giá lúa tươi bình quân 6.200 đồng/kg.", 6200, (2021, 1, 12)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "period"), _CROP_SEASONS)
def test_a_season_named_by_its_crop_gives_its_year(
    text: str, value: float, period: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, None) == period


@pytest.mark.parametrize(("text", "value", "period"), _SEASONS_AS_BEFORE)
def test_a_season_with_nam_or_no_season_reads_as_before(
    text: str, value: float, period: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, None) == period


_SEASONS_IN_THE_NAME = [
    ("Các tỉnh đã thu hoạch xong lúa hè thu 2012 trên diện tích 1,684 triệu ha.", 1.684,
     "lúa hè thu"),
    ("Diện tích gieo trồng lúa đông xuân 2023 đạt 5.200 ha.", 5200, "lúa đông xuân"),
    ("Năng suất lúa mùa 2019 của tỉnh đạt 52,3 tạ/ha.", 52.3, "lúa mùa"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "crop"), _SEASONS_IN_THE_NAME)
def test_the_crop_and_its_season_stay_in_the_name(text: str, value: float, crop: str) -> None:
    name = name_read(text, value)
    assert crop in name and "20" not in name


def test_a_season_after_vu_lua_keeps_its_name() -> None:
    text = "Vụ lúa đông xuân 2022-2023, tỉnh xuống giống được 190.174 ha."
    assert name_read(text, 190174) == "diện tích xuống giống lúa đông xuân"


# Among targets, "Để triển khai/thực hiện Chương trình ..., X huy động N": the means put
# into carrying a programme out are reported, a result; an aim still to reach ("Để đạt
# mục tiêu, ...") or a verb of aiming of its own lays down means still to come.
_MEANS_OF_A_PROGRAMME = [
    ("Năm 2025, huyện phấn đấu giảm tỷ lệ hộ nghèo xuống còn 3,1%. Để triển khai Chương "
     "trình giảm nghèo bền vững, huyện huy động 58 tỷ đồng.", 58),
    ("Năm 2024, tỉnh đặt mục tiêu có thêm 12 xã đạt chuẩn nông thôn mới. Để thực hiện "
     "Chương trình xây dựng nông thôn mới, tỉnh huy động 420 tỷ đồng.", 420),
    ("Giai đoạn 2021 - 2025, thành phố phấn đấu trồng mới 5.000 ha rừng. Để thực hiện Đề án "
     "trồng rừng, thành phố hỗ trợ người dân 2,3 triệu cây giống.", 2.3),
]  # fmt: skip
_MEANS_STILL_AIMED = [
    ("Năm 2025, huyện phấn đấu giảm tỷ lệ hộ nghèo xuống còn 3,1%. Để đạt mục tiêu, huyện "
     "huy động ít nhất 60 tỷ đồng.", 60),
    ("Năm 2025, huyện phấn đấu giảm tỷ lệ hộ nghèo xuống còn 3,1%. Để thực hiện mục tiêu "
     "này, huyện huy động 60 tỷ đồng.", 60),
    ("Năm 2025, huyện phấn đấu giảm tỷ lệ hộ nghèo xuống còn 3,1%. Để triển khai Chương "
     "trình, huyện phấn đấu huy động 60 tỷ đồng.", 60),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), _MEANS_OF_A_PROGRAMME)
def test_the_means_put_into_a_programme_are_reported_among_targets(text: str, value: float) -> None:
    assert (value, "actual") in kinds_read(text)


@pytest.mark.parametrize(("text", "value"), _MEANS_STILL_AIMED)
def test_means_for_an_aim_still_to_reach_stay_targets(text: str, value: float) -> None:
    assert (value, "target") in kinds_read(text)
