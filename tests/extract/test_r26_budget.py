"""Sentences for the twenty-sixth round's budget helper (budget): constructions of budget
estimates, allocations and settlements, and of reports on collection and spending, that
real pages, read once, showed the extractor misread.

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read, kinds_read, name_read, percent_row

# Nouns listed with commas after a plural word ("giao cho các ban, ngành, địa phương là")
# are who the estimate is given to: the subject goes on through them, so the estimate
# keeps its name and stays the plan's level.
_PLURAL_LISTS = [
    ("Năm 2020, dự toán thu ngân sách quận giao cho các ban, ngành, địa phương là 845 tỷ "
     "đồng, tăng 11% so với thực hiện năm 2019.", 845,
     "dự toán thu ngân sách quận giao cho các ban, ngành, địa phương", "target"),
    ("Năm 2024, dự toán chi thường xuyên giao cho các cơ quan, đơn vị là 1.320 tỷ đồng.", 1320,
     "dự toán chi thường xuyên giao cho các cơ quan, đơn vị", "target"),
    ("Năm 2025, kế hoạch vốn phân bổ cho các sở, ngành, huyện là 2.150 tỷ đồng.", 2150,
     "kế hoạch vốn phân bổ cho các sở, ngành, huyện", "target"),
    ("Năm 2023, kinh phí hỗ trợ các xã, phường, thị trấn là 96 tỷ đồng.", 96,
     "kinh phí hỗ trợ các xã, phường, thị trấn", "actual"),
]  # fmt: skip
# Near misses: a collection said of the listed bodies is still a result; a verb after the
# comma ("…, xây 30 nhà") opens its own clause; a measure after the list is its own subject.
_PLURAL_NEAR = [
    ("Năm 2020, tổng thu ngân sách quận giao cho các ban, ngành, địa phương đạt 845 tỷ đồng.",
     845, "tổng thu ngân sách quận giao cho các ban, ngành, địa phương", "actual"),
    ("Năm 2023, huyện hỗ trợ các hộ nghèo, xây 30 nhà.", 30, "hỗ trợ các hộ nghèo, xây nhà",
     "actual"),
    ("Năm 2023, tỉnh làm việc với các sở, ngành, tổng thu ngân sách đạt 500 tỷ đồng.", 500,
     "tổng thu ngân sách", "actual"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name", "kind"), _PLURAL_LISTS + _PLURAL_NEAR)
def test_nouns_listed_after_a_plural_word_stay_in_the_subject(
    text: str, value: float, name: str, kind: str
) -> None:
    assert name_read(text, value) == name
    assert (value, kind) in kinds_read(text)


# A budget's columns side by side: the amount right after "dự toán" is the estimate's (a
# target), the one after "quyết toán" the settlement's, and the one after ", thực hiện"
# beside an estimate's column the result's.
_COLUMNS = [
    ("Năm 2018, chi đầu tư phát triển dự toán trên 401.000 tỉ đồng, quyết toán trên 393.000 tỉ "
     "đồng.", [(401000, "target"), (393000, "actual")]),
    ("Năm 2022, chi thường xuyên dự toán 3.200 tỷ đồng, quyết toán 3.050 tỷ đồng; chi trả nợ "
     "lãi dự toán 112 tỷ đồng, quyết toán 106 tỷ đồng.",
     [(3200, "target"), (3050, "actual"), (112, "target"), (106, "actual")]),
    ("Năm 2021, tổng chi ngân sách địa phương dự toán 9.800 tỷ đồng, quyết toán 10.250 tỷ "
     "đồng, bằng 104,6% dự toán.", [(9800, "target"), (10250, "actual")]),
    ("Năm 2022, thu nội địa dự toán 5.000 tỷ đồng, thực hiện 5.600 tỷ đồng.",
     [(5000, "target"), (5600, "actual")]),
]  # fmt: skip
# Near misses: an estimate a result is measured against keeps the result's kind; a verb
# "thực hiện" under an aim is the aim's, after a comma too; an estimate's own forecast word
# wins.
_COLUMNS_NEAR = [
    ("Năm 2022, tổng thu ngân sách đạt 5.600 tỷ đồng, bằng 112% so với dự toán.",
     [(5600, "actual")]),
    ("Huyện phấn đấu thực hiện 500 ha lúa.", [(500, "target")]),
    ("Năm 2025, huyện phấn đấu thu ngân sách 500 tỷ đồng, thực hiện 120 km đường.",
     [(500, "target"), (120, "target")]),
    ("Năm 2024, thu ngân sách ước thực hiện 5.600 tỷ đồng.", [(5600, "estimate")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kinds"), _COLUMNS + _COLUMNS_NEAR)
def test_a_budgets_columns_give_the_estimate_and_the_settlement_their_kinds(
    text: str, kinds: list[tuple[float, str]]
) -> None:
    assert kinds_read(text) == kinds


# Shares of one estimate listed with semicolons: the first item names the estimate, the
# next ones only their share ("…; khu vực ngoài quốc doanh 15,5%; …"), each a share of it.
_SEMICOLON_SHARES = [
    ("Quý I/2018, thu từ doanh nghiệp nhà nước đạt 19% dự toán; khu vực ngoài quốc doanh 15,5%; "
     "thu phí, lệ phí 45,2%; thuế thu nhập cá nhân 26,2% dự toán.", 2018, 15.5,
     ("budget", "ratio", 15.5)),
    ("Năm 2023, diện tích lúa đạt 101% kế hoạch; ngô 97,5%; rau các loại 104%.", 2023, 97.5,
     ("plan", "ratio", 97.5)),
    ("6 tháng năm 2022, chi đầu tư phát triển đạt 42% dự toán; chi thường xuyên 51,3%.", 2022,
     51.3, ("budget", "ratio", 51.3)),
]  # fmt: skip
# Near misses: a growth rate or a rate of households after the semicolon is a level; an
# item after a result with an amount of its own keeps its level.
_SEMICOLON_LEVELS = [
    ("Năm 2023, thu ngân sách đạt 56% dự toán; tăng trưởng kinh tế 7,5%.", 2023, 7.5, None),
    ("Năm 2023, thu ngân sách đạt 56% dự toán; hộ nghèo còn 4,5%.", 2023, 4.5, None),
    ("Năm 2023, thu ngân sách đạt 5.600 tỷ đồng, bằng 56% dự toán; tỷ lệ hộ nghèo 4,5%.",
     2023, 4.5, None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "year", "number", "reading"), _SEMICOLON_SHARES + _SEMICOLON_LEVELS
)
def test_shares_of_one_estimate_listed_with_semicolons_share_its_basis(
    text: str, year: int, number: float, reading: tuple[str, str, float] | None
) -> None:
    assert percent_row(number, reading) in comparisons_read(text, year)


# Items named under a heading that sets them against a plan ("đạt dự toán là", "vượt dự
# toán gồm:", "không đạt kế hoạch là"), each with its share in parentheses: the share of
# that plan, named by the item, not a level.
_PAREN_SHARES = [
    ("Năm 2019, có 4/7 lĩnh vực thu đạt dự toán là thuế sử dụng đất phi nông nghiệp (109,9%), "
     "phí - lệ phí (107,7%) và thu tại xã (268,1%).", 2019, 107.7, ("budget", "ratio", 107.7),
     "phí - lệ phí"),
    ("Năm 2021, các khoản thu vượt dự toán gồm: thu tiền thuê đất (132,5%), thu khác ngân sách "
     "(118%).", 2021, 118, ("budget", "ratio", 118), "thu khác ngân sách"),
    ("Năm 2023, các khoản chi đạt kế hoạch là chi đầu tư phát triển (86,4%) và chi sự nghiệp "
     "kinh tế (91,2%).", 2023, 86.4, ("plan", "ratio", 86.4), "chi đầu tư phát triển"),
]  # fmt: skip
# Near misses: a rate's items keep their levels; a share in parentheses after an amount is
# no item of a heading; counts in parentheses stay counts.
_PAREN_LEVELS = [
    ("Năm 2022, tỷ lệ hộ nghèo đạt kế hoạch là huyện A (4,5%), huyện B (3,2%).", 2022, 3.2,
     None, None),
    ("Năm 2022, thu ngân sách đạt 5.000 tỷ đồng, trong đó thuế (20%).", 2022, 20, None, None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "year", "number", "reading", "name"), _PAREN_SHARES + _PAREN_LEVELS
)
def test_an_items_share_in_parentheses_under_a_plan_heading_is_a_share_of_the_plan(
    text: str, year: int, number: float, reading: tuple[str, str, float] | None, name: str | None
) -> None:
    assert percent_row(number, reading) in comparisons_read(text, year)
    if reading is not None:
        assert name_read(text, None, number) == name
        assert all(kind == "actual" for _, kind in kinds_read(text, year))


# A forecast word between an amount and its comparison ("823,7 tỷ đồng, ước đạt 48,2%, tăng
# 18,2%") adds no subject: the share and the rise are the amount's, as after "đạt" alone.
_FORECAST_BETWEEN = [
    ("Quý I/2023, tổng chi ngân sách địa phương ước đạt 1.690 tỷ đồng, bằng 22,9% dự toán năm; "
     "trong đó chi đầu tư phát triển 823,7 tỷ đồng, ước đạt 48,2%, tăng 18,2%.", 2023, 823.7,
     [("budget", "ratio", 48.2), ("same_period", "change", 18.2)]),
    ("6 tháng năm 2022, tổng thu ngân sách ước 2.000 tỷ đồng, bằng 52% dự toán; trong đó thu "
     "nội địa 1.500 tỷ đồng, ước đạt 55%.", 2022, 1500, [("budget", "ratio", 55)]),
    ("Năm 2024, tổng vốn đầu tư phát triển trên địa bàn 12.400 tỷ đồng, ước tăng 9,1% so với năm "
     "trước.", 2024, 12400, [("previous", "change", 9.1)]),
]  # fmt: skip
# Near misses: a new subject before the forecast word ("ngô ước tăng") keeps its own figure.
_FORECAST_APART = [
    ("Năm 2024, sản lượng lúa 823,7 tấn, ngô ước tăng 8,2%.", 2024, 823.7, []),
    ("Năm 2024, thu ngân sách 900 tỷ đồng, chi ngân sách ước đạt 95% dự toán.", 2024, 900, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "value", "readings"), _FORECAST_BETWEEN + _FORECAST_APART)
def test_a_forecast_word_before_a_comparison_leaves_it_to_the_amount(
    text: str, year: int, value: float, readings: list[tuple[str, str, float]]
) -> None:
    assert [row[2] for row in comparisons_read(text, year) if row[0] == value] == [readings]


# The collection or spending a body assigns ("HĐND thành phố giao tổng thu ngân sách
# 405.828 tỉ đồng", "số giao thu NSNN") is the budget's level, a target.
_ASSIGNED = [
    ("Năm 2020, Trung ương và HĐND thành phố giao tổng thu ngân sách 405.828 tỉ đồng, tăng "
     "1,68% so với dự toán năm 2019.", [(405828, "target")]),
    ("Năm 2024, UBND tỉnh giao thu ngân sách cho huyện 850 tỷ đồng.", [(850, "target")]),
    ("Năm 2024, số giao thu NSNN trên địa bàn tăng 23% so với dự toán trung ương giao.",
     [(None, "target")]),
    ("Năm 2025, tỉnh giao chi thường xuyên cho các sở 2.100 tỷ đồng.", [(2100, "target")]),
]  # fmt: skip
# Near misses: what was handed over ("bàn giao") or given ("giao đất") is done; a result
# measured against the estimate given stays a result.
_ASSIGNED_NEAR = [
    ("Năm 2023, huyện đã bàn giao 30 căn nhà.", [(30, "actual")]),
    ("Năm 2023, tỉnh giao đất cho 120 hộ.", [(120, "actual")]),
    ("Năm 2024, thu ngân sách đạt 105% dự toán giao, chi ngân sách 900 tỷ đồng.",
     [(None, "actual"), (900, "actual")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kinds"), _ASSIGNED + _ASSIGNED_NEAR)
def test_the_collection_or_spending_a_body_assigns_is_a_target(
    text: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert kinds_read(text) == kinds


# A share of the estimate or the plan said after an amount's share of a whole ("thu nội địa
# 2.310 tỷ đồng, chiếm 67,6% tổng thu, bằng 34,4% dự toán") is the amount's, as its rise is.
_OWNER_SHARES = [
    ("Quý I/2023, thu nội địa hơn 2.310 tỷ đồng, chiếm 67,6% tổng thu, bằng 34,4% dự toán.",
     2023, 2310, [("budget", "ratio", 34.4)]),
    ("6 tháng năm 2024, chi thường xuyên 1.200 tỷ đồng, chiếm 62% tổng chi, đạt 48% dự toán.",
     2024, 1200, [("budget", "ratio", 48)]),
    ("Năm 2023, giá trị sản xuất công nghiệp đạt 5.000 tỷ đồng, chiếm 40% tổng giá trị, bằng "
     "101% kế hoạch.", 2023, 5000, [("plan", "ratio", 101)]),
]  # fmt: skip
# Near misses: a rate's share of the estimate stays the rate's; a share said of a new
# subject ("giải ngân đạt 95% kế hoạch") is that subject's.
_OWNER_APART = [
    ("Năm 2023, tỷ trọng công nghiệp chiếm 40% GRDP, đạt 101% dự toán.", 2023, 40,
     [("budget", "ratio", 101)]),
    ("Năm 2023, vốn ngân sách tỉnh 800 tỷ đồng, chiếm 30% tổng vốn, giải ngân đạt 95% kế "
     "hoạch.", 2023, 800, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "value", "readings"), _OWNER_SHARES + _OWNER_APART)
def test_a_share_of_the_estimate_after_an_amounts_share_of_a_whole_is_the_amounts(
    text: str, year: int, value: float, readings: list[tuple[str, str, float]]
) -> None:
    assert [row[2] for row in comparisons_read(text, year) if row[0] == value] == [readings]


# Money with no subject before it, named only by its source after "từ" ("còn khoảng 23
# ngàn tỷ đồng từ khai thác đấu giá đất"), is measured by that source, not by the sentence
# before.
_SOURCED = [
    ("Vốn ngân sách trung ương hơn 11,2 ngàn tỷ đồng. Ngoài ra còn khoảng 23 ngàn tỷ đồng từ "
     "khai thác đấu giá đất trên địa bàn.", 23, "nguồn vốn từ khai thác đấu giá đất trên địa bàn"),
    ("Năm 2024, huyện có thêm 120 tỷ đồng từ nguồn thu tiền sử dụng đất.", 120,
     "nguồn thu tiền sử dụng đất"),
    ("Tổng vốn đầu tư công năm 2025 là 4.200 tỷ đồng. Bên cạnh đó còn 650 tỷ đồng từ nguồn "
     "vượt thu năm trước.", 650, "nguồn vượt thu năm trước"),
]  # fmt: skip
# Near misses: an amount with its own subject keeps it, the source joined to it.
_SOURCED_NEAR = [
    ("Năm 2024, tỉnh huy động được 500 tỷ đồng từ nguồn xã hội hóa.", 500, "vốn huy động"),
    ("Năm 2024, thu ngân sách đạt 900 tỷ đồng, trong đó thu nội địa 700 tỷ đồng từ các doanh "
     "nghiệp.", 700, "thu nội địa từ các doanh nghiệp"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _SOURCED + _SOURCED_NEAR)
def test_money_named_only_by_its_source_is_measured_by_it(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# A bound after a budget's column ("…, quyết toán trên 393.000 tỉ đồng") is the amount's:
# the column still names the item's measure, as it does with no bound.
_BOUNDED_COLUMNS = [
    ("Năm 2018, chi đầu tư phát triển dự toán trên 401.000 tỉ đồng, quyết toán trên 393.000 tỉ "
     "đồng.", 393000, "chi đầu tư phát triển quyết toán"),
    ("Năm 2021, chi thường xuyên dự toán 3.200 tỷ đồng, quyết toán khoảng 3.050 tỷ đồng.", 3050,
     "chi thường xuyên quyết toán"),
    ("Năm 2020, chi trả nợ lãi dự toán hơn 112 tỷ đồng, quyết toán gần 106 tỷ đồng.", 106,
     "chi trả nợ lãi quyết toán"),
]  # fmt: skip
# Near misses: a bound after an item that names a measure of its own keeps that measure.
_BOUNDED_ITEMS = [
    ("Năm 2023, xuất khẩu đạt 90 tỷ USD, nhập khẩu 75 tỷ USD, thặng dư thương mại khoảng 15 tỷ "
     "USD.", 15, "thặng dư thương mại"),
    ("Năm 2018, sản lượng lúa 401.000 tấn, ngô trên 393.000 tấn.", 393000, "sản lượng ngô"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _BOUNDED_COLUMNS + _BOUNDED_ITEMS)
def test_a_bound_after_a_budgets_column_leaves_the_column_its_name(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# Public investment capital foreseen for a term or a year ("Tổng nguồn vốn đầu tư công giai
# đoạn 2021-2025 của tỉnh dự kiến hơn 67,7 ngàn tỷ đồng", "dự kiến kế hoạch đầu tư công trung
# hạn … với tổng vốn …") is the plan's level, as "kinh phí dự kiến" is: a target.
_INVESTMENT_PLANS = [
    ("Tổng nguồn vốn đầu tư công giai đoạn 2021-2025 của tỉnh dự kiến hơn 67,7 ngàn tỷ đồng.",
     [(67.7, "target")]),
    ("UBND tỉnh trình HĐND tỉnh dự kiến kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025 "
     "với tổng vốn 29.729 tỷ đồng.", [(29729, "target")]),
    ("Kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030 dự kiến 41.500 tỷ đồng, trong đó vốn "
     "ngân sách địa phương 30.200 tỷ đồng.", [(41500, "target"), (30200, "target")]),
]  # fmt: skip
# Near misses: what is foreseen to be paid out of the capital is a forecast of a result.
_INVESTMENT_FORECASTS = [
    ("Giải ngân vốn đầu tư công năm 2024 dự kiến 3.500 tỷ đồng.", [(3500, "estimate")]),
    ("Vốn đầu tư công năm 2024 dự kiến giải ngân 3.500 tỷ đồng.", [(3500, "estimate")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kinds"), _INVESTMENT_PLANS + _INVESTMENT_FORECASTS)
def test_public_investment_capital_foreseen_for_a_term_is_the_plans_level(
    text: str, kinds: list[tuple[float, str]]
) -> None:
    assert kinds_read(text) == kinds
