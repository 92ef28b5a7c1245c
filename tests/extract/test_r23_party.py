"""Probe sentences for the twenty-third round's Party and mass-organisation helper (party):
constructions met on real pages of Party committees, the Fatherland Front and the mass
organisations, restated in new wordings; each table has near misses that must not change."""

from __future__ import annotations

import pytest

from tests.extract.readings import name_read, period_read
from tiendo.extract import extract_figures

# Givers that open the clause before "đã" (organisations and people who donated) say who
# gave: the measure is named by the verb after the auxiliary.
_GIVERS = [
    ("Năm 2023, các tổ chức, cá nhân và doanh nghiệp đã ủng hộ quỹ được 962 triệu đồng.",
     962, "ủng hộ quỹ"),
    ("Năm 2024, nhiều tập thể, cá nhân đã ủng hộ quỹ hơn 350 triệu đồng.", 350, "ủng hộ quỹ"),
    ("Trong năm 2022, các nhà hảo tâm đã đóng góp xây dựng 12 căn nhà Đại đoàn kết.", 12,
     "đóng góp xây dựng căn nhà Đại đoàn kết"),
    ("Năm 2021, các mạnh thường quân đã trao tặng 1.500 phần quà cho hộ nghèo.", 1500,
     "trao tặng phần quà cho hộ nghèo"),
    ("Năm 2023, tập thể, cá nhân trong huyện đã ủng hộ quỹ 420 triệu đồng.", 420, "ủng hộ quỹ"),
    # money given with no object names the givers, as "nhân dân đóng góp" (funds.py)
    ("Năm 2023, nhiều tập thể, cá nhân đã ủng hộ 120 triệu đồng.", 120, "cá nhân ủng hộ"),
]  # fmt: skip
# Near misses: no auxiliary after them, or no person among them, and the words are the
# things counted or measured.
_NOT_GIVERS = [
    ("Năm 2023, tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ 45 tổ chức.", 45,
     "tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ"),
    ("Năm 2023, có 35 tập thể, 80 cá nhân được khen thưởng.", 35, "tập thể được khen thưởng"),
    ("Năm 2023, có 35 tập thể, 80 cá nhân được khen thưởng.", 80, "cá nhân được khen thưởng"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _GIVERS + _NOT_GIVERS)
def test_givers_before_an_auxiliary_are_the_actor_not_the_measure(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# "đạt, vượt" / "đạt và vượt" right before the number is the level's verb, as "đạt" alone.
_REACHING = [
    ("Năm 2020, Ban vận động huyện phấn đấu vận động đạt, vượt 800 triệu đồng.", 800,
     "vận động"),
    ("Năm 2024, huyện phấn đấu kết nạp đạt và vượt 120 đảng viên.", 120, "kết nạp đảng viên"),
    ("Năm 2025, phấn đấu thu ngân sách đạt, vượt 450 tỷ đồng.", 450, "thu ngân sách"),
    ("Năm 2024, xã phấn đấu trồng rừng đạt, vượt 300 ha.", 300, "diện tích trồng rừng"),
]  # fmt: skip
# Near misses: the pair after the count describes what is counted.
_NOT_REACHING = [
    ("Năm 2023, có 20 chỉ tiêu đạt và vượt kế hoạch.", 20, "chỉ tiêu đạt và vượt kế hoạch"),
    ("Năm 2024, phấn đấu giá trị sản xuất đạt 1.200 tỷ đồng.", 1200, "giá trị sản xuất"),
    # before a count of targets or criteria the pair says which were reached
    ("Huyện thực hiện đạt, vượt 15 chỉ tiêu kinh tế - xã hội chủ yếu.", 15,
     "thực hiện đạt, vượt chỉ tiêu kinh tế - xã hội chủ yếu"),
    ("Năm 2024, xã phấn đấu đạt, vượt 19 tiêu chí nông thôn mới.", 19,
     "đạt, vượt tiêu chí nông thôn mới"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _REACHING + _NOT_REACHING)
def test_a_pair_of_reaching_verbs_before_the_number_is_no_part_of_the_name(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# A sum of money joined by "với" to an act that counts things is the money of that act.
_MONEY_OF_ACT = [
    ("Năm 2023, huyện đã hỗ trợ xây 7 căn nhà cho hộ nghèo với tổng số tiền 350 triệu đồng.",
     350, "tổng số tiền hỗ trợ xây căn nhà cho hộ nghèo"),
    ("Dịp Tết, Ủy ban MTTQ huyện trao 776 phần quà, với tổng số tiền 388 triệu đồng.", 388,
     "tổng số tiền trao phần quà"),
    ("Năm 2024, Hội Nông dân hỗ trợ 45 hộ vay vốn với số tiền 900 triệu đồng.", 900,
     "số tiền hỗ trợ hộ vay vốn"),
    ("Năm 2022, xã đã trao 120 suất học bổng với tổng trị giá 60 triệu đồng.", 60,
     "tổng trị giá trao suất học bổng"),
    ("Năm 2023, đoàn kiểm tra đã xử phạt 57 cơ sở vi phạm với tổng số tiền 168,5 triệu đồng.",
     168.5, "tổng số tiền xử phạt cơ sở vi phạm"),
    ("Năm 2023, gần 3.000 hộ nghèo được vay vốn với tổng số tiền hơn 52 tỷ đồng.", 52,
     "tổng số tiền hộ nghèo được vay vốn"),
]  # fmt: skip
# Near misses: no count before the sum, a measure with its own words, another measure.
_NOT_MONEY_OF_ACT = [
    ("Năm 2023, Quỹ đã chi hỗ trợ với tổng số tiền 350 triệu đồng.", 350,
     "Quỹ đã chi hỗ trợ với tổng số tiền"),
    ("Tổng số tiền thu đảng phí năm 2023 là 520 triệu đồng.", 520, "Tổng số tiền thu đảng phí"),
    ("Năm 2023, xã giải ngân 12 dự án với tổng vốn 80 tỷ đồng.", 80, "tổng vốn dự án"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _MONEY_OF_ACT + _NOT_MONEY_OF_ACT)
def test_a_sum_joined_by_voi_to_a_counted_act_is_the_money_of_that_act(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# A fund named in capitals without quotes is what its money measures, as when quoted.
_FUNDS = [
    ("Năm 2023, Quỹ Cứu trợ vận động được 944 triệu đồng.", 944, "Quỹ Cứu trợ vận động"),
    ("Năm 2023, Quỹ Khuyến học huyện vận động được 500 triệu đồng.", 500,
     "Quỹ Khuyến học huyện vận động"),
    ("Năm 2022, Quỹ Đền ơn đáp nghĩa huyện vận động được 1,2 tỷ đồng.", 1.2,
     "Quỹ Đền ơn đáp nghĩa huyện vận động"),
    ("Năm 2024, Quỹ Vì người nghèo tỉnh đã chi 47 tỷ đồng.", 47, "Quỹ Vì người nghèo tỉnh đã chi"),
    # the board of a fund takes or spends the fund's money
    ('Năm 2023, Ban Vận động Quỹ "Vì người nghèo" huyện đã tiếp nhận hơn 31 tỷ đồng.', 31,
     'Quỹ "Vì người nghèo" huyện tiếp nhận'),
    ("Năm 2022, Ban Quản lý Quỹ Khuyến học huyện đã chi 200 triệu đồng.", 200,
     "Quỹ Khuyến học huyện chi"),
    ("Năm 2023, Ban Vận động Quỹ Vì người nghèo xã đã vận động được 150 triệu đồng.", 150,
     "Quỹ Vì người nghèo xã vận động"),
]  # fmt: skip
# Near misses: a quoted fund, a fund named in lower case, an organisation as the actor.
_NOT_FUNDS = [
    ('Năm 2024, Quỹ "Vì người nghèo" tỉnh đã chi 47 tỷ đồng.', 47,
     'Quỹ "Vì người nghèo" tỉnh đã chi'),
    ("Năm 2023, Quỹ hỗ trợ nông dân giải ngân 3 tỷ đồng.", 3, "Quỹ hỗ trợ nông dân giải ngân"),
    ("Năm 2023, Hội Nông dân huyện vận động được 300 triệu đồng.", 300, "vận động"),
    ("Năm 2023, Ban Chỉ đạo huyện đã chi 200 triệu đồng.", 200, "chi"),
    ('Năm 2023, Ban Vận động Quỹ "Vì người nghèo" huyện đã xây 20 căn nhà.', 20, "xây căn nhà"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _FUNDS + _NOT_FUNDS)
def test_a_fund_named_in_capitals_is_kept_whole_in_the_name(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# A feast named with its year dates what was done for it: that year, its months unsaid.
_FEASTS = [
    ("Dịp Tết Giáp Thìn 2024, Hội Cựu chiến binh huyện trồng được 5.970 cây xanh.", 5970,
     (2024, None, None)),
    ("Dịp Tết Nguyên đán 2024, Ủy ban MTTQ huyện trao 776 phần quà.", 776, (2024, None, None)),
    ("Tết Nguyên đán Ất Tỵ 2025, tỉnh trao 5.000 phần quà cho hộ nghèo.", 5000,
     (2025, None, None)),
    ("Trong dịp Tết Nguyên đán Quý Mão năm 2023, huyện đã tặng 1.200 suất quà.", 1200,
     (2023, None, None)),
]  # fmt: skip
# Near misses: a year of its own beside the feast, no year with the feast.
_NOT_FEASTS = [
    ("Sau Tết, năm 2024 xã trồng được 3.000 cây xanh.", 3000, (2024, 1, 12)),
    ("Năm 2023, nhân dịp Tết, huyện trao 500 phần quà.", 500, (2023, 1, 12)),
    # goods for the feast: the feast is what they are for, not when they were counted
    ("Năm 2025, hàng hóa dự trữ cho Tết Nguyên đán 2026 trị giá 1.000 tỷ đồng.", 1000,
     (2025, 1, 12)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "period"), _FEASTS + _NOT_FEASTS)
def test_a_feast_named_with_its_year_dates_the_figure_to_that_year(
    text: str, value: float, period: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, None) == period


# A size inside the noun phrase of the things a share is of says which things: no figure,
# and the share's name runs through it.
_SHARE_CLASSES = [
    ("Năm 2025, phấn đấu 100% doanh nghiệp có từ 25 lao động trở lên thành lập công đoàn.",
     [(100, "tỷ lệ doanh nghiệp có từ 25 lao động trở lên thành lập công đoàn")]),
    ("Năm 2024, 90% hộ gia đình có từ 2 lao động trở lên tham gia bảo hiểm xã hội.",
     [(90, "tỷ lệ hộ gia đình có từ 2 lao động trở lên tham gia bảo hiểm xã hội")]),
    ("Năm 2023, 30% hộ có thu nhập trên 100 triệu đồng/năm.",
     [(30, "tỷ lệ hộ có thu nhập trên 100 triệu đồng/năm")]),
    # near misses: a size after a verb of the clause is a figure of its own
    ("Năm 2024, 95% xã đạt từ 15 tiêu chí trở lên.", [(95, "tỷ lệ xã đạt từ"),
                                                      (15, "tiêu chí đạt")]),
    ("Năm 2023, tỷ lệ giải ngân đạt 85%, có 12 dự án từ 10 tỷ đồng trở lên.",
     [(85, "tỷ lệ giải ngân"), (12, "dự án từ 10 tỷ đồng trở lên")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "read"), _SHARE_CLASSES)
def test_a_size_that_sorts_the_things_a_share_is_of_is_no_figure(
    text: str, read: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.indicator) for f in extract_figures(text, year=2024)] == read
