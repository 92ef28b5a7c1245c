"""Sentences for the twenty-seventh round's helper on classes met on fresh pages (seen):
two bases fronted before a subject and its 'lần lượt' rises, money a body hands out, and
the things a means helps to do.

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read, kinds_read, name_read

# Two bases open the sentence, then a subject, its verb and 'lần lượt' with two rises
# ("So với tháng trước và cùng kỳ, X tăng lần lượt a% và b%"): one figure, compared with
# the first basis, then with the second; not the second basis read as a subject.
_FRONTED_RESPECTIVE = [
    ("So với tháng trước và cùng kỳ, chỉ số giá tiêu dùng tháng 8 tăng lần lượt 0,3% và 3,1%.",
     2021, (None, "%", [("previous", "change", 0.3), ("same_period", "change", 3.1)])),
    ("So với tháng trước và cùng kỳ năm trước, lượng khách lưu trú giảm lần lượt 2,5% và 4,2%.",
     2022, (None, "%", [("previous", "change", -2.5), ("same_period", "change", -4.2)])),
    ("Giá vàng tháng 6/2020 tăng mạnh. So với tháng trước và cùng kỳ, chỉ số giá vàng tăng lần "
     "lượt 1,9% và 24,6%.", 2020,
     (None, "%", [("previous", "change", 1.9), ("same_period", "change", 24.6)])),
]  # fmt: skip
# Near misses: bases after the verb of a list still go one to each; one fronted basis with
# two subjects gives each subject its rise; a fronted pair before a level and two bare
# rises still compares that level with each.
_ONE_EACH = [
    ("So với cùng kỳ, doanh thu và lợi nhuận tăng lần lượt 5% và 7%.", 2022,
     (None, "%", [("same_period", "change", 7)])),
    ("So với tháng trước và cùng kỳ, kim ngạch xuất khẩu lần lượt tăng 5,2% và 11,4%.", 2022,
     (None, "%", [("previous", "change", 5.2), ("same_period", "change", 11.4)])),
    ("So với tháng trước và cùng kỳ, doanh thu bán lẻ đạt 300 tỷ đồng, tăng 0,1% và tăng "
     "11,3%.", 2022,
     (300, "tỷ đồng", [("previous", "change", 0.1), ("same_period", "change", 11.3)])),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "row"), _FRONTED_RESPECTIVE + _ONE_EACH)
def test_two_fronted_bases_give_a_subjects_respective_rises_one_each(
    text: str, year: int, row: tuple[float | None, str, list[tuple[str, str, float]]]
) -> None:
    assert row in comparisons_read(text, year)


# Money a body hands out to those below it ("UBND tỉnh vừa giao cho các địa phương hơn
# 72 tỷ đồng vốn ..."): the amount they are to spend, a target, however recent the act.
_HANDED_OUT = [
    ("UBND tỉnh vừa giao cho các huyện hơn 64 tỷ đồng vốn sự nghiệp giảm nghèo năm 2023.",
     (64, "target")),
    ("Sở Tài chính đã giao cho các xã, phường tổng cộng 18,5 tỷ đồng kinh phí chỉnh trang đô "
     "thị.", (18.5, "target")),
    ("Năm nay huyện giao cho các trường khoảng 3,2 tỷ đồng để mua sắm thiết bị dạy học.",
     (3.2, "target")),
]  # fmt: skip
# Near misses: what was handed over ("bàn giao") and money spent out of what was assigned
# stay results, and so does what those given a collection reached ('giao cho ... đạt').
_NOT_HANDED_OUT = [
    ("Công ty đã bàn giao cho xã công trình nhà văn hóa trị giá 4 tỷ đồng.", (4, "actual")),
    ("Đến nay các huyện đã giải ngân 41 tỷ đồng vốn được giao cho các xã.", (41, "actual")),
    ("Huyện phân bổ hơn 10 tỷ đồng cho đề án phát triển kinh tế vườn.", (10, "actual")),
    ("Năm 2022, số thu ngân sách huyện giao cho các xã, thị trấn đạt 96 tỷ đồng.", (96, "actual")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reading"), _HANDED_OUT + _NOT_HANDED_OUT)
def test_money_a_body_hands_out_to_those_below_it_is_their_target(
    text: str, reading: tuple[float, str]
) -> None:
    assert reading in kinds_read(text)


# A means that helps the things counted do something ("Vốn chính sách đã giúp 1.250 hộ
# thoát nghèo"): what they were helped to do names the figure, not the means.
_HELPED = [
    ("Nguồn vốn ưu đãi đã giúp 2.340 hộ thoát nghèo trong năm 2020.", 2340,
     "hộ thoát nghèo"),
    ("Chương trình tín dụng cũng giúp cho gần 900 học sinh, sinh viên được vay vốn đi học.", 900,
     "học sinh sinh viên được vay vốn đi học"),
    ("Quỹ hỗ trợ nông dân của huyện còn giúp 410 lao động có việc làm ổn định.", 410,
     "lao động có việc làm ổn định"),
]  # fmt: skip
# Near misses: a cause that makes something happen keeps its reading; a rise a means
# helps bring about is named by what rises.
_NOT_HELPED = [
    ("Mưa lớn kéo dài khiến 1.250 ha lúa bị ngập úng.", 1250, "diện tích lúa bị ngập úng"),
    ("Dự án giúp tăng thu nhập thêm 15%.", 15, "tăng thu nhập"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _HELPED + _NOT_HELPED)
def test_the_things_a_means_helps_are_named_by_what_they_were_helped_to_do(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# The groups a price index's release lists after its move ("Trong các nhóm tăng mạnh, giáo
# dục tăng 2,1%", "có 4 nhóm tăng giá: A tăng x%"): each bare rise is the move of that
# group's price index, not of a sector of the economy.
_PRICE_GROUPS = [
    ("Chỉ số giá tiêu dùng tháng 10/2021 tăng 0,4% so với tháng trước. Trong các nhóm tăng "
     "mạnh, văn hóa, giải trí và du lịch tăng 1,7%, thuốc và dịch vụ y tế tăng 0,9%.", 1.7,
     "chỉ số giá nhóm văn hóa, giải trí và du lịch"),
    ("CPI tháng 4/2020 của tỉnh tăng 0,2% so với tháng trước; trong đó có 5 nhóm tăng giá: "
     "đồ uống và thuốc lá tăng 0,6%, giáo dục tăng 0,3%.", 0.3, "chỉ số giá nhóm giáo dục"),
    ("Tháng 7/2019, chỉ số giá tiêu dùng trên địa bàn tăng 0,3% so với tháng trước. Có 8 nhóm "
     "tăng giá, trong đó may mặc, mũ nón, giày dép tăng 0,8%.", 0.8,
     "chỉ số giá nhóm may mặc, mũ nón, giày dép"),
]  # fmt: skip
# Near misses: a price or an index of its own, and a measure in a later sentence that speaks
# of no group, keep their names.
_NOT_PRICE_GROUPS = [
    ("CPI tháng 3/2023 tăng 0,5% so với tháng trước, trong đó nhóm giáo dục tăng 2%. Giá vàng "
     "tăng 1,2%.", 1.2, "Giá vàng"),
    ("CPI tháng 3/2023 tăng 0,5% so với tháng trước, trong đó nhóm giáo dục tăng 2%. Lạm phát "
     "cơ bản tăng 0,3%.", 0.3, "Lạm phát cơ bản"),
    ("CPI tháng 3/2023 tăng 0,5% so với tháng trước, trong đó nhóm giáo dục tăng 2%. Sản xuất "
     "công nghiệp tăng 4%.", 4, "Sản xuất công nghiệp"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "percent", "name"), _PRICE_GROUPS + _NOT_PRICE_GROUPS)
def test_a_groups_bare_rise_after_a_price_index_is_the_groups_price_index(
    text: str, percent: float, name: str
) -> None:
    assert name_read(text, None, percent) == name
