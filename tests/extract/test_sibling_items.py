"""sibling_items: a part of goods traded, named before the trade verb, is traded too."""

from __future__ import annotations

import pytest

from tests.extract.readings import name_read


@pytest.mark.parametrize(
    ("text", "value", "wanted"),
    [
        ("Hàng hóa nhập khẩu đạt 3,5 tỷ USD; trong đó máy móc thiết bị 1,1 tỷ USD.", 1.1,
         "kim ngạch nhập khẩu máy móc thiết bị"),
        ("Nông sản xuất khẩu ước đạt 900 triệu USD, trong đó cà phê 410 triệu USD.", 410.0,
         "kim ngạch xuất khẩu cà phê"),
        ("Kim ngạch hàng hóa xuất khẩu năm 2024 đạt 2,1 tỷ USD, trong đó hàng dệt may 700 "
         "triệu USD.", 700.0, "kim ngạch xuất khẩu hàng dệt may"),
    ],
)  # fmt: skip
def test_a_part_of_goods_named_before_the_trade_verb_is_named_with_the_verb(
    text: str, value: float, wanted: str
) -> None:
    assert name_read(text, value).lower() == wanted


@pytest.mark.parametrize(
    ("text", "value", "unwanted"),
    [
        # a whole of both trades: its parts are the trades, not goods
        ("Kim ngạch xuất, nhập khẩu ước đạt 129,3 tỷ USD, trong đó xuất khẩu 65,7 tỷ USD, "
         "tăng 26,4%.", 65.7, "nhập khẩu"),
        ("Hàng hóa xuất nhập khẩu đạt 3,5 tỷ USD; trong đó máy móc thiết bị 1,1 tỷ USD.", 1.1,
         "xuất nhập khẩu máy"),
        # a part that names its own measure keeps it
        ("Hàng hóa nhập khẩu đạt 3,5 tỷ USD; trong đó giá trị máy móc 1,1 tỷ USD.", 1.1,
         "nhập khẩu"),
    ],
)  # fmt: skip
def test_a_part_of_a_whole_of_both_trades_or_with_a_measure_of_its_own_is_left(
    text: str, value: float, unwanted: str
) -> None:
    assert unwanted not in name_read(text, value).lower()


@pytest.mark.parametrize(
    ("text", "value", "wanted"),
    [
        # each later item takes the head the item before it was given, whatever its length
        ("Kim ngạch xuất khẩu nông sản đạt 13 tỷ USD, cà phê 2,9 tỷ USD (+44,1%), gạo 2,65 "
         "tỷ USD (+38,2%).", 2.65, "kim ngạch xuất khẩu gạo"),
        ("Kim ngạch xuất khẩu hàng dệt may đạt 320 triệu USD, giày dép 150 triệu USD, gỗ 95 "
         "triệu USD.", 95.0, "kim ngạch xuất khẩu hàng gỗ"),
        # two words a dash joins are one item
        ("Dệt may, da giày xuất khẩu đạt 680 triệu USD; túi xách 154 triệu USD; điện tử - "
         "linh kiện 207 triệu USD.", 207.0, "kim ngạch xuất khẩu điện tử - linh kiện"),
        ("Kim ngạch xuất khẩu hàng dệt may đạt 320 triệu USD, giày dép 150 triệu USD, máy "
         "móc - thiết bị 95 triệu USD.", 95.0, "kim ngạch xuất khẩu hàng máy móc - thiết bị"),
    ],
)  # fmt: skip
def test_an_item_after_one_the_list_named_takes_that_items_head(
    text: str, value: float, wanted: str
) -> None:
    assert name_read(text, value).lower() == wanted


@pytest.mark.parametrize(
    ("text", "value", "unwanted"),
    [
        # near-miss: the item before names itself in full, so it lends no head of its own
        ("Huyện trồng mới 120 ha rừng, trong năm chăm sóc 300 ha, điện tử - linh kiện 5 ha.",
         5.0, "chăm sóc"),
        ("Doanh thu du lịch đạt 320 tỷ đồng, lữ hành - vận tải 150 tỷ đồng.", 150.0, "du lịch"),
    ],
)  # fmt: skip
def test_an_item_after_one_named_in_full_takes_no_head_from_its_words(
    text: str, value: float, unwanted: str
) -> None:
    assert unwanted not in name_read(text, value).lower()
