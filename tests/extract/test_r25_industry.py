"""Sentences for the twenty-fifth round's industry helper (industry): constructions of
industrial production, energy, construction, transport and port reports that real pages,
read once, showed the extractor misread.

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures

# Containers through a port are counted in TEU (twenty-foot units), written "TEU", "TEUs"
# or "Teu" after a scale or alone; the unit is the measure, as "tấn" is.
_TEU = [
    ("Hàng container thông qua cảng biển tháng 3/2022 ước đạt 2,3 triệu TEU, tăng 6% so "
     "với cùng kỳ.", 2.3, "triệu teu"),
    ("Trong đó, hàng nhập khẩu ước đạt 826 nghìn TEUs, tăng 12% so với cùng kỳ.", 826,
     "nghìn teus"),
    ("Năm 2023, sản lượng container qua cảng Cái Mép đạt 1.250.000 Teu.", 1250000, "teu"),
]  # fmt: skip
# Near misses: the letters named, not counted, and a count of ships that carry them.
_NOT_TEU = [
    ("Năm 2023, cảng đón 3 tàu TEU lớn.", 3, "tàu"),
    ("Năm 2023, cảng tiếp nhận 12 triệu tấn hàng hóa.", 12, "triệu tấn"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "unit"), _TEU + _NOT_TEU)
def test_containers_through_a_port_are_counted_in_teu(text: str, value: float, unit: str) -> None:
    units = [f.unit for f in extract_figures(text, year=2024) if f.value == value]
    assert units == [unit]


def test_a_rise_after_teu_is_the_level_s_not_a_figure_named_teu() -> None:
    figures = extract_figures(
        "Hàng container qua cảng ước đạt hơn 7,9 triệu TEU, tăng 18% so với cùng kỳ.",
        year=2021,
    )
    assert [(f.value, f.unit, [c.percent for c in f.comparisons]) for f in figures] == [
        (7.9, "triệu teu", [18.0])
    ]


# A rise labelled with a unit of transport ("về tấn", "về tấn.km", "về HK.km", "về
# người.km") is the subject's in that unit: the tonnage or people carried is the subject,
# the work done over the distance is it carried on ("luân chuyển").
_UNIT_ASPECTS = [
    ("Khối lượng hàng hóa vận chuyển tháng 7/2018 so với cùng kỳ năm trước tăng 8,51% về "
     "tấn và tăng 9,23% về tấn.km.", 9.23, "Khối lượng hàng hóa luân chuyển"),
    ("So với cùng kỳ, vận tải hành khách tháng 6 tăng 5,2% về lượt khách và tăng 6,1% về "
     "HK.km.", 6.1, "vận tải hành khách luân chuyển"),
    ("So với cùng tháng năm trước, hành khách vận chuyển giảm 6,33% về người và giảm 9,09% "
     "về người.km.", -9.09, "hành khách luân chuyển"),
    ("Khối lượng hàng hóa vận chuyển tháng 7/2018 so với cùng kỳ năm trước tăng 8,51% về "
     "tấn và tăng 9,23% về tấn.km.", 8.51, "Khối lượng hàng hóa vận chuyển"),
]  # fmt: skip
# Near misses: aspects that are not units keep their own readings.
_NOT_UNIT_ASPECTS = [
    ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
     "Xuất khẩu gạo đạt 125.000 tấn, tăng 12% về lượng và tăng 18% về giá trị.", 18,
     "giá trị Xuất khẩu gạo"),
    ("Khối lượng hàng hóa luân chuyển so với cùng kỳ tăng 3% về tấn.km và tăng 4% về "
     "tấn.", 4, "Khối lượng hàng hóa luân chuyển"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "percent", "name"), _UNIT_ASPECTS + _NOT_UNIT_ASPECTS)
def test_a_rise_labelled_with_a_unit_of_transport_is_the_subject_s(
    text: str, percent: float, name: str
) -> None:
    names = [
        f.indicator
        for f in extract_figures(text, year=2024)
        if f.value is None and [c.percent for c in f.comparisons] == [percent]
    ]
    assert names == [name]


# An amount in tonne- or passenger-kilometres of a subject named for carrying is the work
# done over the distance: "luân chuyển", where the tonnage beside it is "vận chuyển".
_WORK = [
    ("Vận tải hàng hóa tháng 9/2018 ước tính đạt 139,7 triệu tấn, tăng 12,1% so với cùng kỳ "
     "năm trước, và 26,4 tỷ tấn.km, tăng 9,4%.", 26.4, "Vận tải hàng hóa luân chuyển"),
    ("Năm 2023, đường sắt vận chuyển 5,2 triệu tấn hàng hóa và 3.100 triệu tấn.km.", 3100,
     "đường sắt luân chuyển"),
    ("Hàng hóa vận chuyển 6 tháng đạt 4.120 nghìn tấn và 512 triệu tấn.km, tăng 6,3%.", 512,
     "Hàng hóa luân chuyển"),
    ("Vận tải hành khách 5 tháng đạt 2.073,4 triệu lượt khách, tăng 10,6%, và 93,9 tỷ lượt "
     "khách.km, tăng 9,3%.", 93.9, "Vận tải hành khách luân chuyển"),
]  # fmt: skip
# Near misses: the tonnage keeps its name, a name that says "luân chuyển" is left, and a
# length in kilometres is no work.
_NOT_WORK = [
    ("Năm 2023, đường sắt vận chuyển 5,2 triệu tấn hàng hóa và 3.100 triệu tấn.km.", 5.2,
     "đường sắt vận chuyển"),
    ("Tính chung 7 tháng năm 2018, vận chuyển đạt 17.861 nghìn tấn, luân chuyển đạt 1.307 "
     "triệu tấn.km.", 1307, "luân chuyển"),
    ("Năm 2023, huyện nâng cấp 12 km đường vận chuyển nông sản.", 12,
     "nâng cấp đường vận chuyển nông sản"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _WORK + _NOT_WORK)
def test_an_amount_in_tonne_kilometres_is_the_work_of_carrying(
    text: str, value: float, name: str
) -> None:
    names = [f.indicator for f in extract_figures(text, year=2024) if f.value == value]
    assert names == [name]


# A group's rise said with its basis before "như" names the example after it, with its own
# verb: "một số sản phẩm tăng cao so với cùng kỳ như tivi tăng 36,6%" is the rise of tivi.
_EXAMPLE_AFTER_BASIS = [
    ("Trong 7 tháng năm 2017, một số sản phẩm công nghiệp chủ yếu tăng cao so với cùng kỳ "
     "năm trước như tivi tăng 36,6%; thép cán tăng 25,2%.", 36.6, "tivi"),
    ("Năm 2023, một số sản phẩm tăng khá so với năm trước như xi măng tăng 12,5%, gạch nung "
     "tăng 8,1%.", 12.5, "xi măng"),
    ("Quý I, nhiều mặt hàng giảm so với cùng kỳ như: quần áo may sẵn giảm mạnh 14,2%; giày "
     "da giảm 6%.", -14.2, "quần áo may sẵn"),
]  # fmt: skip
# Near misses: examples that share one rise leave the group its name, and a name that is
# no group keeps its own.
_NOT_EXAMPLE_AFTER_BASIS = [
    ("Năm 2023, một số sản phẩm tăng so với năm trước như tivi và tủ lạnh cùng tăng 12%.",
     12, "một số sản phẩm"),
    ("Năm 2023, giá trị sản xuất tăng so với năm trước như dự kiến tăng 8%.", 8,
     "giá trị sản xuất"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "percent", "name"), _EXAMPLE_AFTER_BASIS + _NOT_EXAMPLE_AFTER_BASIS
)
def test_a_group_s_rise_with_its_basis_before_nhu_is_the_example_s(
    text: str, percent: float, name: str
) -> None:
    names = [
        f.indicator
        for f in extract_figures(text, year=2024)
        if [c.percent for c in f.comparisons] == [percent]
    ]
    assert names == [name]


# A rise quoted beside the figure for a part of the same year ("cao hơn mức tăng 6,3% của 6
# tháng đầu năm", "… của quý I", "… của tháng 6") is over the months it names; a rise of an
# earlier year with no months of its own keeps the figure's months.
_QUOTED_PART = [
    ("Tính chung 7 tháng năm 2017, chỉ số sản xuất công nghiệp tăng 6,5% so với cùng kỳ, cao "
     "hơn mức tăng 6,3% của 6 tháng đầu năm.", 6.3, (2017, 1, 6)),
    ("Tính chung 9 tháng năm 2023, IIP tăng 8,1% so với cùng kỳ, thấp hơn mức tăng 9,2% của "
     "quý I.", 9.2, (2023, 1, 3)),
    ("Doanh thu vận tải quý III năm 2023 tăng 5% so với cùng kỳ, cao hơn mức tăng 3,2% của "
     "quý II.", 3.2, (2023, 4, 6)),
]  # fmt: skip
_NOT_QUOTED_PART = [
    ("Tính chung 7 tháng năm 2017, chỉ số sản xuất công nghiệp tăng 6,5% so với cùng kỳ, thấp "
     "hơn mức tăng 7,2% của cùng kỳ năm 2016.", 7.2, (2016, 1, 7)),
    ("GDP 6 tháng năm 2013 tăng 7,67%, nhỉnh hơn mức tăng 7,6% của cùng kỳ 2012.", 7.6,
     (2012, 1, 6)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "percent", "period"), _QUOTED_PART + _NOT_QUOTED_PART)
def test_a_rise_quoted_for_a_part_of_the_year_is_over_that_part(
    text: str, percent: float, period: tuple[int, int, int]
) -> None:
    periods = [
        (f.period.year, f.period.from_month, f.period.to_month)
        for f in extract_figures(text, year=2024)
        if [c.percent for c in f.comparisons] == [percent]
    ]
    assert periods == [period]


# In a sentence that breaks down an estimated whole, what a part's level came with ("…, với
# 10.052 nghìn lượt khách") is of that level's kind, and the parts after it stay parts.
_ALONG = [
    ("Tính chung 6 tháng, doanh thu vận tải ước đạt 3.017 tỷ đồng. Trong đó, vận tải hành "
     "khách đạt 610 tỷ đồng, với 10.052 nghìn lượt khách; vận tải hàng hóa đạt 2.285 tỷ "
     "đồng, với 17.293 nghìn tấn.",
     [(3017, "estimate"), (610, "estimate"), (10052, "estimate"), (2285, "estimate"),
      (17293, "estimate")]),
    ("Quý I, giá trị sản xuất công nghiệp ước đạt 12.500 tỷ đồng. Trong đó, xi măng đạt 900 "
     "tỷ đồng, với 1,2 triệu tấn; điện đạt 1.100 tỷ đồng.",
     [(12500, "estimate"), (900, "estimate"), (1.2, "estimate"), (1100, "estimate")]),
    ("Năm 2022, doanh thu vận tải ước đạt 3.017 tỷ đồng. Trong đó, vận tải hành khách đạt "
     "610 tỷ đồng, tăng 11,7%, với hơn 10.052 nghìn lượt khách, tăng 2,7%; vận tải hàng hóa "
     "đạt 2.285 tỷ đồng.",
     [(3017, "estimate"), (610, "estimate"), (10052, "estimate"), (2285, "estimate")]),
]  # fmt: skip
# Near misses: the parts of a result are results, and a verb of the part's own after a
# comma states a level anew.
_NOT_ALONG = [
    ("Vốn đầu tư thực hiện năm 2023 đạt 5.000 tỷ đồng. Trong đó, vốn ngân sách đạt 2.000 tỷ "
     "đồng, với 35 công trình.",
     [(5000, "actual"), (2000, "actual"), (35, "actual")]),
    ("Sản lượng thủy sản ước đạt 60.000 tấn. Trong đó, nuôi nước ngọt cho 57.024 tấn.",
     [(60000, "estimate"), (57024, "actual")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kinds"), _ALONG + _NOT_ALONG)
def test_what_a_part_s_level_came_with_is_of_its_kind(
    text: str, kinds: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.kind) for f in extract_figures(text, year=2024)] == kinds


# A rise stated before the two levels it ran between ("tăng 97% (từ A lên B)", "giảm 5% so
# với cùng kỳ, từ A xuống còn B") is the rise of B; A is where the measure stood at the
# time the rise is reckoned from.
_RISEN_SHIFTS = [
    ("9 tháng năm 2018, lượng hàng qua khu vực Hà Tĩnh tăng 97% so với cùng kỳ (từ gần 8,86 "
     "triệu tấn lên gần 17,5 triệu tấn).",
     [(8.86, (2017, 1, 9), []), (17.5, (2018, 1, 9), [97.0])]),
    ("Năm 2023, doanh thu vận tải tăng 20% so với năm trước, từ 100 tỷ đồng lên 120 tỷ "
     "đồng.",
     [(100, (2022, 1, 12), []), (120, (2023, 1, 12), [20.0])]),
    ("Quý I/2024, sản lượng điện giảm 5% so với cùng kỳ, từ 1.200 triệu kWh xuống còn 1.140 "
     "triệu kWh.",
     [(1200, (2023, 1, 3), []), (1140, (2024, 1, 3), [-5.0])]),
    ("Tháng 3/2024, doanh thu tăng 4% so với tháng trước, từ 50 tỷ đồng lên 52 tỷ đồng.",
     [(50, (2024, 2, 2), []), (52, (2024, 3, 3), [4.0])]),
]  # fmt: skip
# Near misses: a move with no rise, and a rise whose level is reached, not moved to.
_NOT_RISEN_SHIFTS = [
    ("Năm 2023, doanh thu vận tải tăng từ 100 tỷ đồng năm 2022 lên 120 tỷ đồng.",
     [(100, (2022, 1, 12), []), (120, (2023, 1, 12), [])]),
    ("Năm 2023, doanh thu vận tải tăng 20% so với năm trước, đạt 120 tỷ đồng, từ 85 dự án.",
     [(120, (2023, 1, 12), [20.0]), (85, (2023, 1, 12), [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "read"), _RISEN_SHIFTS + _NOT_RISEN_SHIFTS)
def test_a_rise_before_the_levels_it_ran_between_is_the_later_one_s(
    text: str, read: list[tuple[float, tuple[int, int, int], list[float]]]
) -> None:
    assert [
        (
            f.value,
            (f.period.year, f.period.from_month, f.period.to_month),
            [c.percent for c in f.comparisons],
        )
        for f in extract_figures(text, year=2024)
    ] == read


# Output counted in pieces after a scale ("320 triệu viên", "45 triệu đôi", "21,6 triệu sản
# phẩm") is named by the product before it; the measure word adds nothing to the name.
_PIECES = [
    ("Năm 2023, gạch nung đạt 320 triệu viên, tăng 4,1%.", 320, "gạch nung"),
    ("Năm 2023, giày dép đạt 45 triệu đôi.", 45, "giày dép"),
    ("Quý I, điện thoại thông minh ước đạt 21,6 triệu sản phẩm, tăng 9,4%.", 21.6,
     "điện thoại thông minh"),
    ("Năm 2023, quần áo may sẵn đạt 120 triệu cái.", 120, "quần áo may sẵn"),
]  # fmt: skip
# Near misses: products counted as such, and visitors counted by the visit.
_NOT_PIECES = [
    ("Năm 2023, toàn tỉnh có 45 sản phẩm OCOP.", 45, "sản phẩm OCOP"),
    ("Năm 2023, cảng hàng không đón 2,1 triệu lượt hành khách.", 2.1,
     "cảng hàng không đón lượt hành khách"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _PIECES + _NOT_PIECES)
def test_output_counted_in_pieces_is_named_by_the_product(
    text: str, value: float, name: str
) -> None:
    names = [f.indicator for f in extract_figures(text, year=2024) if f.value == value]
    assert names == [name]


# A bare "luân chuyển" in tonne- or passenger-kilometres right after the tonnage or people
# carried ("vận chuyển hành khách …, luân chuyển đạt 320 triệu HK.km") is the work of
# carrying the same.
_BARE_WORK = [
    ("Tháng 5, vận chuyển hành khách ước đạt 4,5 triệu HK, luân chuyển đạt 320 triệu HK.km.",
     320, "luân chuyển hành khách"),
    ("Tháng 5, vận chuyển hàng hóa đạt 6,2 triệu tấn, luân chuyển đạt 510 triệu tấn.km.", 510,
     "luân chuyển hàng hóa"),
    ("Khối lượng hành khách vận chuyển trong tháng dự kiến đạt 1.898 nghìn người, luân chuyển "
     "đạt 140.847 nghìn người.km.", 140847, "Khối lượng hành khách luân chuyển"),
]  # fmt: skip
# Near misses: nothing carried is named before, or something else is.
_NOT_BARE_WORK = [
    ("Tính chung 7 tháng năm 2018, vận chuyển đạt 17.861 nghìn tấn, luân chuyển đạt 1.307 "
     "triệu tấn.km.", 1307, "luân chuyển"),
    ("Năm 2023, doanh thu vận tải đạt 500 tỷ đồng, luân chuyển đạt 1.307 triệu tấn.km.", 1307,
     "luân chuyển"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _BARE_WORK + _NOT_BARE_WORK)
def test_a_bare_luan_chuyen_is_the_work_of_carrying_what_was_carried_before(
    text: str, value: float, name: str
) -> None:
    names = [f.indicator for f in extract_figures(text, year=2024) if f.value == value]
    assert names == [name]


# "đưa vào sử dụng / khai thác / vận hành / hoạt động" puts something to use and is part of
# its name; "đưa" alone governs what it brings somewhere ("đưa tỷ lệ … lên 45%").
_PUT_TO_USE = [
    ("Năm 2023, tổng chiều dài đường cao tốc đưa vào khai thác đạt 1.892 km.", 1892,
     "tổng chiều dài đường cao tốc đưa vào khai thác"),
    ("Năm 2023, diện tích nhà ở xây dựng mới đưa vào sử dụng đạt 1,2 triệu m2.", 1.2,
     "diện tích nhà ở xây dựng mới đưa vào sử dụng"),
    ("Năm 2023, tổng công suất nguồn điện đưa vào vận hành đạt 980 MW.", 980,
     "tổng công suất nguồn điện đưa vào vận hành"),
    ("Năm 2023, số công trình hoàn thành đưa vào sử dụng là 25 công trình.", 25,
     "số công trình hoàn thành đưa vào sử dụng"),
]  # fmt: skip
_NOT_PUT_TO_USE = [
    ("Năm 2023, huyện đưa tỷ lệ che phủ rừng lên 45%.", 45, "tỷ lệ che phủ rừng"),
    ("Năm 2023, giá trị sản xuất công nghiệp đạt 12.000 tỷ đồng, đưa tỉnh vào nhóm dẫn đầu.",
     12000, "giá trị sản xuất công nghiệp"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _PUT_TO_USE + _NOT_PUT_TO_USE)
def test_what_is_put_to_use_keeps_dua_vao_su_dung_in_its_name(
    text: str, value: float, name: str
) -> None:
    names = [f.indicator for f in extract_figures(text, year=2024) if f.value == value]
    assert names == [name]


# Solar capacity is given at peak, in "kWp", "MWp" or "GWp", and a transformer's in "kVA" or
# "MVA": measures like "MW".
_PEAK = [
    ("Năm 2023, ngành điện đóng điện 3 trạm biến áp với tổng dung lượng 750 MVA.", 750,
     "mva"),
    ("Năm 2023, hoàn thành 12 trạm biến áp phân phối, tổng công suất 3.200 kVA.", 3200,
     "kva"),
    ("Tính đến hết tháng 6/2024, tổng công suất điện mặt trời mái nhà đạt 120 MWp.", 120,
     "mwp"),
    ("Năm 2023, toàn tỉnh lắp đặt thêm 2.350 kWp điện mặt trời mái nhà.", 2350, "kwp"),
    ("Năm 2020, tổng công suất các công trình điện mặt trời trên mái nhà là 9,3 GWp.", 9.3,
     "gwp"),
]  # fmt: skip
_NOT_PEAK = [
    ("Năm 2023, nhà máy điện gió có công suất 50 MW.", 50, "mw"),
    ("Năm 2023, sản lượng điện đạt 120 MWh.", 120, "mwh"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "unit"), _PEAK + _NOT_PEAK)
def test_solar_and_transformer_capacity_are_measures(text: str, value: float, unit: str) -> None:
    units = [f.unit for f in extract_figures(text, year=2024) if f.value == value]
    assert units == [unit]


# A voltage ("110 kV") and a circuit's number ("mạch 3") name a power line or a substation:
# no figure, and the voltage after a count stays with what it counts.
_VOLTAGES = [
    ("Năm 2023, tỉnh khởi công đường dây 110 kV dài 25 km.", [(25, "km")]),
    ("Năm 2023, ngành điện đóng điện 3 trạm biến áp 220 kV với tổng dung lượng 750 MVA.",
     [(3, "trạm"), (750, "mva")]),
    ("Năm 2023, đầu tư 120 km đường dây trung áp 22 kV và 85 trạm biến áp.",
     [(120, "km"), (85, "trạm")]),
    ("Tuyến đường dây mạch 1 dài gần 1.500 km với 5 trạm biến áp.", [(1500, "km"), (5, "trạm")]),
]  # fmt: skip
_NOT_VOLTAGES = [
    ("Năm 2023, toàn tỉnh có 3 mạch điện tử tích hợp.", [(3, "mạch")]),
    ("Năm 2023, nhà máy điện gió có công suất 50 MW.", [(50, "mw")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figures"), _VOLTAGES + _NOT_VOLTAGES)
def test_a_voltage_or_a_circuit_names_a_power_line_and_is_no_figure(
    text: str, figures: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in extract_figures(text, year=2024)] == figures


def test_a_voltage_after_a_count_stays_with_what_it_counts() -> None:
    text = "Năm 2023, ngành điện đóng điện 3 trạm biến áp 220 kV với tổng dung lượng 750 MVA."
    assert [f.indicator for f in extract_figures(text, year=2024)][1] == "tổng dung lượng"
