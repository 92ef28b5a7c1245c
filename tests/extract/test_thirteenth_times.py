"""Probe sentences for the thirteenth round's helper GP2: the period of a figure."""

from __future__ import annotations

import pytest

from tests.extract.readings import period_read


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        ("Năm 2015, huyện mới có 12 trường đạt chuẩn quốc gia. Đến nay, huyện có 25 trường đạt "
         "chuẩn. Tỷ lệ phòng học kiên cố đạt 90%.", 90, (2020, None, None)),
        ("Khi thành lập năm 2008, hợp tác xã có 30 thành viên. Hiện nay hợp tác xã có 120 thành "
         "viên. Vốn điều lệ của hợp tác xã là 5 tỷ đồng.", 5, (2020, None, None)),
        ("Cuối năm 2016, tỷ lệ hộ nghèo của xã là 18%. Hiện tại, tỷ lệ này còn 4,2%. Số hộ cận "
         "nghèo là 35 hộ.", 35, (2020, None, None)),
        ("Năm 2010 thị trấn mới có 3 km đường nhựa. Tới nay đã có 28 km đường được nhựa hóa. "
         "Toàn bộ 12 thôn có nhà văn hóa.", 12, (2020, None, None)),
        ("Năm 2017, toàn huyện có 40 ha rau an toàn. Đến thời điểm này, diện tích rau an toàn "
         "đã lên 160 ha. Toàn huyện có 9 hợp tác xã trồng rau.", 9, (2020, None, None)),
        # The year of writing itself: its months stay in force.
        ("Quý I năm 2020, thu ngân sách đạt 500 tỷ đồng. Hiện nay, vốn đầu tư công giải ngân "
         "được 30%. Chi ngân sách đạt 400 tỷ đồng.", 400, (2020, 1, 3)),
        # "hiện nay" inside a sentence is not its opening.
        ("Năm 2015, xã có 200 hộ nghèo. Số hộ nghèo hiện nay là 40 hộ, số hộ cận nghèo là 60 "
         "hộ. Xã có 15 trang trại.", 15, (2015, 1, 12)),
    ],
)  # fmt: skip
def test_a_sentence_opened_by_now_brings_a_passage_on_an_earlier_year_to_the_time_of_writing(
    text: str, value: float, period: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, 2020) == period
