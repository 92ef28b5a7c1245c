"""Ninth round (n9name): the indicator of a figure, from the grammar of its clause."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


def _names(sentence: str) -> list[tuple[float | None, str]]:
    return [(f.value, f.indicator) for f in extract_figures(sentence, year=2025)]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # The verb that set the body up is no part of the name: its members are counted.
        (
            "Hội nghị đã bầu Ban Chấp hành khóa mới gồm 21 đồng chí.",
            [(21, "ủy viên Ban Chấp hành khóa mới")],
        ),
        # The term and the passive that appointed it end the body's name.
        (
            "Ban Chấp hành Đảng bộ phường nhiệm kỳ 2025-2030 được chỉ định gồm 19 đồng chí.",
            [(19, "ủy viên Ban Chấp hành Đảng bộ phường")],
        ),
        # A body that is no committee has "thành viên", not "ủy viên".
        (
            "Đoàn Chủ tịch Hội nghị gồm 7 đồng chí.",
            [(7, "thành viên Đoàn Chủ tịch Hội nghị")],
        ),
        (
            "Ban Thường vụ Thị ủy khóa XV gồm 11 đồng chí.",
            [(11, "ủy viên Ban Thường vụ Thị ủy")],
        ),
    ],
)
def test_a_body_said_to_consist_of_people_counts_its_members(
    sentence: str, names: list[tuple[float | None, str]]
) -> None:
    assert _names(sentence) == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # A ranking of markets after the trade was reported: each amount is the trade
        # with the market its item names, not the ranking's verb.
        (
            "Kim ngạch xuất khẩu 9 tháng đạt 12 tỉ USD. Về thị trường, Nhật Bản dẫn đầu "
            "với 3,1 tỉ USD; Hàn Quốc đạt 2,4 tỉ USD.",
            [
                (12, "Kim ngạch xuất khẩu"),
                (3.1, "xuất khẩu sang thị trường Nhật Bản"),
                (2.4, "xuất khẩu sang thị trường Hàn Quốc"),
            ],
        ),
        (
            "Kim ngạch xuất khẩu ước 5 tỷ USD. Thị trường Nhật Bản chiếm tỷ trọng lớn nhất "
            "với 1,2 tỷ USD, kế đến Ấn Độ, Thái Lan hơn 0,9 tỷ USD.",
            [
                (5, "Kim ngạch xuất khẩu"),
                (1.2, "xuất khẩu sang thị trường Nhật Bản"),
                (0.9, "xuất khẩu sang thị trường Ấn Độ, Thái Lan"),
            ],
        ),
        # Imports are from a market.
        (
            "Kim ngạch nhập khẩu 6 tháng đạt 4 tỷ USD. Về thị trường, Hàn Quốc đạt 1,5 tỷ USD.",
            [(4, "Kim ngạch nhập khẩu"), (1.5, "nhập khẩu từ thị trường Hàn Quốc")],
        ),
    ],
)
def test_amounts_ranked_by_market_are_the_trade_with_each_market(
    sentence: str, names: list[tuple[float | None, str]]
) -> None:
    assert _names(sentence) == names


def _money_names(sentence: str) -> list[tuple[float | None, str]]:
    return [
        (f.value, f.indicator) for f in extract_figures(sentence, year=2025) if f.unit != "dự án"
    ]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # What each item did for the projects it counts says whose capital follows.
        (
            "Trong quý I, tỉnh thu hút 300 triệu USD vốn FDI: cấp mới cho 12 dự án với 210 "
            "triệu USD, điều chỉnh tăng vốn cho 8 dự án với 90 triệu USD.",
            [
                (300, "thu hút vốn FDI"),
                (210, "vốn dự án cấp mới"),
                (90, "vốn dự án điều chỉnh tăng vốn"),
            ],
        ),
        # Where the projects are, said before the count, says whose capital follows.
        (
            "Toàn tỉnh có 500 dự án FDI; trong đó khu kinh tế có 120 dự án, vốn 4.000 triệu "
            "USD, ngoài khu kinh tế 380 dự án, vốn 6.000 triệu USD.",
            [(4000, "vốn dự án khu kinh tế"), (6000, "vốn dự án ngoài khu kinh tế")],
        ),
        # The actor of the whole sentence is no part of what was counted.
        (
            "Năm 2024, tỉnh có 45 dự án, vốn 900 tỷ đồng.",
            [(900, "vốn dự án")],
        ),
    ],
)
def test_what_an_item_says_of_the_things_it_counts_names_their_capital(
    sentence: str, names: list[tuple[float | None, str]]
) -> None:
    assert _money_names(sentence) == names


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # A remark between the figure and the parenthesis is no name for the quoted level;
        # the months quoted are its period, not part of its name.
        (
            "Giá trị xuất khẩu ước tăng 12,4% so với cùng kỳ, mức tăng cao nhất trong 3 năm "
            "(9 tháng năm 2022 tăng 8%).",
            "Giá trị xuất khẩu",
        ),
        # A level of the same period last year is of the measure said before it.
        (
            "Doanh thu du lịch quý II đạt 1.250 tỷ đồng, tăng 15% so với cùng kỳ "
            "(cùng kỳ khoảng 1.087 tỷ đồng).",
            "Doanh thu du lịch cùng kỳ",
        ),
    ],
)
def test_a_level_quoted_in_parentheses_is_of_the_measure_before_it(
    sentence: str, name: str
) -> None:
    assert [f.indicator for f in extract_figures(sentence, year=2025)][-1] == name


@pytest.mark.parametrize(
    "sentence",
    [
        "Sáng 5/3/2025, Hội nghị đại biểu Hội Nông dân tỉnh lần thứ X khai mạc với 220 đại biểu.",
        "Theo Ban Tổ chức, Đại hội Đoàn thanh niên thành phố diễn ra trong 2 ngày với 310 "
        "đại biểu.",
    ],
)
def test_an_event_after_a_lead_of_time_or_source_counts_those_present(sentence: str) -> None:
    assert extract_figures(sentence, year=2025)[-1].indicator.startswith("đại biểu dự ")


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # The heading says the list is by place: each item is the measure said before, at
        # the place the item names.
        (
            "Trong quý I, toàn tỉnh xảy ra 12 vụ cháy. Theo địa bàn: Bảo Lộc 05 vụ, "
            "huyện Di Linh 04 vụ.",
            ["số vụ cháy Bảo Lộc", "số vụ cháy huyện Di Linh"],
        ),
        # An amount with no words of its own is at the place named just before it.
        (
            "Toàn huyện gieo cấy 8.000 ha lúa mùa; năng suất đạt 55 tạ/ha. Về diện tích và "
            "năng suất của từng xã: xã Tân Phú 900 ha, 57 tạ/ha.",
            ["năng suất lúa mùa xã Tân Phú"],
        ),
    ],
)
def test_a_list_under_a_heading_by_place_is_the_measure_said_before_at_each_place(
    sentence: str, names: list[str]
) -> None:
    found = [f.indicator for f in extract_figures(sentence, year=2025)]
    assert found[-len(names) :] == names


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # What is left not yet done is of the whole's measure, not of the part done.
        (
            "Năm 2024, kế hoạch vốn đầu tư công của huyện là 800 tỷ đồng. Huyện đã phân bổ "
            "650 tỷ đồng, còn 150 tỷ đồng chưa phân bổ.",
            "vốn đầu tư công chưa phân bổ",
        ),
        (
            "Tổng kinh phí sự nghiệp năm nay được giao 90 tỷ đồng, đã giải ngân 60 tỷ đồng, "
            "còn khoảng 30 tỷ đồng chưa giải ngân.",
            "kinh phí sự nghiệp chưa giải ngân",
        ),
    ],
)
def test_an_amount_left_not_yet_done_is_of_the_whole_measure(sentence: str, name: str) -> None:
    assert extract_figures(sentence, year=2025)[-1].indicator == name


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # A collection assigned to a body is the estimate of that collection, for it.
        (
            "Chi cục Thuế khu vực được giao thu 900 tỷ đồng từ thuế sử dụng đất.",
            "dự toán thu từ thuế sử dụng đất giao Chi cục Thuế khu vực",
        ),
        # An item that only changes who assigned is the plan the item before named.
        (
            "Dự toán thu ngân sách do Bộ Tài chính giao là 2.100 tỷ đồng, HĐND tỉnh giao "
            "2.600 tỷ đồng.",
            "Dự toán thu ngân sách HĐND tỉnh giao",
        ),
    ],
)
def test_an_amount_assigned_to_a_body_is_the_plan_of_that_body(sentence: str, name: str) -> None:
    assert extract_figures(sentence, year=2025)[-1].indicator == name


def test_markets_listed_after_a_heading_colon_are_the_trade_with_each_market() -> None:
    sentence = (
        "So với năm trước, kinh tế tiếp tục phát triển. "
        "Năm nay xuất khẩu nông sản của tỉnh đạt 900 triệu USD. Các thị trường lớn đều tăng: "
        "Hàn Quốc 25 ngàn tấn, tăng 12%; châu Âu tăng 8,5%."
    )
    names = [f.indicator for f in extract_figures(sentence, year=2025)]
    assert names[-2:] == [
        "xuất khẩu sang thị trường Hàn Quốc",
        "xuất khẩu sang thị trường châu Âu",
    ]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Năm qua, huyện thu hút 15 dự án mới và 9 dự án tăng vốn.", "dự án tăng vốn"),
        (
            "Trong đó 4 dự án cấp mới, 2 dự án điều chỉnh tăng vốn đầu tư.",
            "dự án điều chỉnh tăng vốn đầu tư",
        ),
    ],
)
def test_things_counted_by_what_was_raised_in_them_keep_that_act(sentence: str, name: str) -> None:
    assert extract_figures(sentence, year=2025)[-1].indicator == name


def test_things_seized_are_named_by_the_verb_that_governs_their_list() -> None:
    sentence = (
        "Đội kiểm tra thu giữ 12 bao thuốc lá lậu, 40 chai rượu và 3 thùng pháo tại xã Tân Lập."
    )
    names = [f.indicator for f in extract_figures(sentence, year=2025)]
    assert names == ["thu giữ bao thuốc lá lậu", "thu giữ chai rượu", "thu giữ thùng pháo"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # The thing carried out, subject of the passive, with its measure.
        (
            "Các lớp dạy nghề tại xã Hòa Bình được triển khai với tổng kinh phí 800 triệu đồng.",
            "tổng kinh phí lớp dạy nghề",
        ),
        # The object of the act, not the actor nor the act.
        (
            "Huyện triển khai Đề án phát triển du lịch cộng đồng với tổng kinh phí 12 tỷ đồng.",
            "tổng kinh phí Đề án phát triển du lịch cộng đồng",
        ),
        # The things counted before "với".
        (
            "Trong quý, có 6 dự án nhà ở xã hội với tổng vốn 3.400 tỷ đồng.",
            "tổng vốn dự án nhà ở xã hội",
        ),
    ],
)
def test_an_amount_said_with_a_measure_is_that_measure_of_what_the_clause_is_about(
    sentence: str, name: str
) -> None:
    assert extract_figures(sentence, year=2025)[-1].indicator == name


def test_documents_and_posts_a_session_acted_on_are_named_by_their_own_verb() -> None:
    sentence = (
        "Kỳ họp đã xem xét, quyết nghị 9 tờ trình và lấy phiếu tín nhiệm đối với 15 chức "
        "danh do HĐND thị xã bầu."
    )
    names = [f.indicator for f in extract_figures(sentence, year=2025)]
    assert names == ["quyết nghị tờ trình", "lấy phiếu tín nhiệm chức danh"]
