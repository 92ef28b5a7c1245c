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
