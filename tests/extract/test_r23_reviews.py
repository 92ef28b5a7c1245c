"""Probe sentences for the twenty-third round's helper on real district and commune
reports (reviews): constructions met in reports the extractor had not read, each with
wordings of the helper's own and near misses that must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read, kinds_read, name_read
from tiendo.extract import extract_figures

# A plan's noun closing a comparison ("đạt kế hoạch", "vượt dự toán"), then "và" and a
# count with a predicate of its own: "và" opens the next statement. The count is a figure
# (no gap by which the plan was passed), named by its own words, and a part of a tally of
# targets met is a result like the parts before it, even under the targets' whole.
_JOINED_KINDS = [
    ("Trong 28 chỉ tiêu chủ yếu theo Nghị quyết HĐND huyện, có 17 chỉ tiêu vượt kế hoạch, "
     "10 chỉ tiêu đạt kế hoạch và 1 chỉ tiêu đúng hướng.",
     [(28, "target"), (17, "actual"), (10, "actual"), (1, "actual")]),
    ("Năm 2024, trong 25 chỉ tiêu Nghị quyết HĐND xã đề ra, có 20 chỉ tiêu vượt kế hoạch và "
     "5 chỉ tiêu đúng hướng.", [(25, "target"), (20, "actual"), (5, "actual")]),
    ("Trong 30 chỉ tiêu do HĐND huyện giao năm 2024, có 22 chỉ tiêu đạt, 6 chỉ tiêu vượt và "
     "2 chỉ tiêu tiệm cận kế hoạch.",
     [(30, "target"), (22, "actual"), (6, "actual"), (2, "actual")]),
    ("Năm 2023, trong 20 chỉ tiêu Nghị quyết HĐND huyện giao, có 15 chỉ tiêu đạt và vượt kế "
     "hoạch và 5 chỉ tiêu không đạt.", [(20, "target"), (15, "actual"), (5, "actual")]),
]  # fmt: skip
# Near misses: the set a resolution lays down, split by field, stays targets; so do counts
# that must still be met.
_NOT_JOINED_KINDS = [
    ("Nghị quyết năm 2025 đề ra 20 chỉ tiêu, 12 chỉ tiêu kinh tế và 8 chỉ tiêu xã hội.",
     [(20, "target"), (12, "target"), (8, "target")]),
    ("Năm 2022, theo Nghị quyết có 11 chỉ tiêu vượt, 3 chỉ tiêu phải phấn đấu thêm.",
     [(11, "actual"), (3, "target")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kinds"), _JOINED_KINDS + _NOT_JOINED_KINDS)
def test_a_count_after_and_closing_a_plan_is_a_part_of_the_tally(
    text: str, kinds: list[tuple[float, str]]
) -> None:
    assert kinds_read(text) == kinds


_JOINED_NAMES = [
    ("Theo Nghị quyết, năm 2022 sản lượng lúa vượt kế hoạch và 3 xã được công nhận đạt chuẩn "
     "nông thôn mới.", 3, "xã được công nhận đạt chuẩn nông thôn mới"),
    ("Năm 2022, thu ngân sách vượt dự toán và 12 doanh nghiệp đã được thành lập mới.", 12,
     "doanh nghiệp đã được thành lập mới"),
    ("Năm 2023, trong 20 chỉ tiêu Nghị quyết HĐND huyện giao, có 15 chỉ tiêu đạt và vượt kế "
     "hoạch và 5 chỉ tiêu không đạt.", 5, "chỉ tiêu không đạt"),
    # near misses: counts joined with no statement before "và" keep their own names
    ("Năm 2023 huyện có 120 hộ thoát nghèo và 35 hộ thoát cận nghèo.", 35, "hộ thoát cận nghèo"),
    ("Sản lượng lương thực đạt 42.000 tấn, vượt kế hoạch 300 tấn.", 42000, "Sản lượng lương thực"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _JOINED_NAMES)
def test_a_count_after_and_closing_a_plan_is_named_by_its_own_words(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


def test_a_gap_by_which_a_plan_was_passed_is_still_no_figure() -> None:
    assert kinds_read("Thu ngân sách vượt dự toán 12 tỷ đồng.") == []
    assert [v for v, _ in kinds_read("Sản lượng đạt 42.000 tấn, vượt kế hoạch 300 tấn.")] == [42000]


# A count out of a total with the things counted named before it by "số" and nothing
# after the total: "số chỉ tiêu đạt 44/57" counts 44 targets.
_COUNTED_FRACTIONS = [
    ("Đến nay, xã tự đánh giá đạt 12/19 tiêu chí nông thôn mới, số chỉ tiêu đạt 44/57.",
     [(12, "tiêu chí"), (44, "chỉ tiêu")]),
    ("Năm 2024, số xã đạt chuẩn nông thôn mới là 10/15.", [(10, "xã")]),
    ("Đến nay số thôn đạt chuẩn văn hóa 25/30, tăng 3 thôn.", [(25, "thôn")]),
    ("Số trường đạt chuẩn quốc gia: 18/22.", [(18, "trường")]),
    # near misses: a document's number, a ratio, a date, and "số liệu" before a time
    ("Theo Nghị định số 15/20, tỷ số 3/5.", []),
    ("Ngày 15/10, số hộ được hỗ trợ là 120 hộ.", [(120, "hộ")]),
    ("Cục Thống kê công bố số liệu 6 tháng đầu năm 2020.", []),
    ("Số liệu tính đến 30/6.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "counts"), _COUNTED_FRACTIONS)
def test_a_fraction_counts_the_noun_named_after_so_before_it(
    text: str, counts: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in extract_figures(text, year=2024)] == counts


# A bare measure ("tổng diện tích gieo trồng", "tổng sản lượng") is of the thing the
# clause before named; the words that open examples or parts after a comma ("..., như:",
# "điển hình như:", "nổi bật là:", "chẳng hạn:") name no such thing.
_EXAMPLES_OPENED = [
    ("Năm 2024 có 20 chỉ tiêu đạt và vượt kế hoạch, như: tổng diện tích gieo trồng đạt "
     "12.000 ha.", 12000, "tổng diện tích gieo trồng"),
    ("Năm 2023 nhiều chỉ tiêu tăng khá, điển hình như: tổng sản lượng đạt 42.000 tấn.", 42000,
     "tổng sản lượng"),
    ("Năm 2022 kinh tế tăng trưởng khá, nổi bật là: diện tích gieo trồng đạt 5.000 ha.", 5000,
     "diện tích gieo trồng"),
    ("Năm 2024 huyện có nhiều chỉ tiêu vượt, chẳng hạn: tổng sản lượng đạt 30.000 tấn.", 30000,
     "tổng sản lượng"),
    # near miss: the crop named in the clause before is what the area is of
    ("Toàn tỉnh gieo trồng lúa, diện tích dự ước 9.820 ha.", 9820, "diện tích gieo trồng lúa"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _EXAMPLES_OPENED)
def test_words_that_open_examples_name_no_thing_measured(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# A part labelled before a colon inside parentheses or after a breakdown marker ("(trong
# đó thuế, phí: 492 triệu đồng)", ", trong đó thu thuế, phí: 492 triệu đồng") is named by
# its label, not by the sentence's subject; a figure after the parentheses goes on with
# the subject, not with the part.
_PART_LABELS = [
    ("Năm 2024, tổng thu ngân sách đạt 545 triệu đồng (trong đó thuế, phí: 492 triệu đồng).",
     492, "thuế, phí"),
    ("Năm 2024, tổng vốn đầu tư đạt 1.200 tỷ đồng (trong đó vốn ngân sách: 800 tỷ đồng).",
     800, "vốn ngân sách"),
    ("Năm 2024, tổng thu ngân sách đạt 545 triệu đồng, trong đó thu thuế, phí: 492 triệu "
     "đồng.", 492, "thu thuế, phí"),
    # near misses: a plain label, and a topic word before it
    ("Thu ngân sách: 500 tỷ đồng.", 500, "Thu ngân sách"),
    ("- Về thu ngân sách: ước thực hiện 2.350 tỷ đồng.", 2350, "thu ngân sách"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _PART_LABELS)
def test_a_part_labelled_in_parentheses_is_named_by_its_label(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


def test_a_figure_after_the_parentheses_goes_on_with_the_subject() -> None:
    text = (
        "Năm 2024, tổng thu ngân sách nhà nước đạt 545 triệu đồng, đạt 53,45% kế hoạch (trong "
        "đó thuế, phí: 492 triệu đồng), phấn đấu đến hết tháng 6 đạt trên 60% kế hoạch."
    )
    assert name_read(text, None, 60) == "tổng thu ngân sách nhà nước"


# The whole quota (100% of it, with no level of its own) as an item of a list whose label
# heads targets sets the aim of filling it, a target; the same words in a report, or
# under a label of results, report how the plan went.
_FULL_QUOTAS = [
    ("Mục tiêu năm 2025: tỷ lệ tham gia bảo hiểm y tế đạt 95%; tuyển quân đạt 100% chỉ tiêu.",
     [(95, "target"), (None, "target")]),
    ("Các chỉ tiêu chủ yếu năm 2026: thu ngân sách 600 tỷ đồng; tuyển quân đạt 100% chỉ tiêu.",
     [(600, "target"), (None, "target")]),
    ("Đại hội thông qua các chỉ tiêu nhiệm kỳ 2025-2030: thu nhập bình quân 90 triệu đồng; "
     "giao quân hằng năm đạt 100% chỉ tiêu.", [(90, "target"), (None, "target")]),
    # near misses
    ("Năm 2024, công tác tuyển quân đạt 100% chỉ tiêu.", [(None, "actual")]),
    ("Các chỉ tiêu được giao đều đạt và vượt: tuyển quân đạt 100% chỉ tiêu; thu ngân sách đạt "
     "120% dự toán.", [(None, "actual"), (None, "actual")]),
    ("Tỉnh đề ra 12 chỉ tiêu; thu ngân sách đạt 5.200 tỷ đồng, bằng 105% dự toán.",
     [(12, "target"), (5200, "actual")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kinds"), _FULL_QUOTAS)
def test_the_whole_quota_in_a_list_of_targets_is_a_target(
    text: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert kinds_read(text) == kinds


# After a sentence that tallies the targets a plan set, a sentence opening on its
# particulars ("Cụ thể:", "Điển hình như:", "Trong đó:") lists how far each was met: a
# bare share of an amount is of the plan; rates stay levels, and without the tally a bare
# share is read as before.
_TALLIED_SHARES = [
    ("Trong 24 chỉ tiêu chủ yếu năm 2024 do Nghị quyết HĐND huyện đề ra, có 20 chỉ tiêu đạt "
     "và vượt. Cụ thể: tổng diện tích gieo trồng đạt 101,6%; sản lượng lương thực ước đạt "
     "101,6%; tốc độ tăng giá trị sản xuất đạt 8,07%.",
     [(24, "chỉ tiêu", []), (20, "chỉ tiêu", []), (None, "%", [("plan", "ratio", 101.6)]),
      (None, "%", [("plan", "ratio", 101.6)]), (8.07, "%", [])]),
    ("Năm 2023 huyện hoàn thành 18/20 chỉ tiêu Nghị quyết. Điển hình như: giá trị sản xuất "
     "nông nghiệp đạt 104%, thu ngân sách đạt 120%, tỷ lệ che phủ rừng đạt 62%.",
     [(18, "chỉ tiêu", []), (None, "%", [("plan", "ratio", 104)]),
      (None, "%", [("plan", "ratio", 120)]), (62, "%", [])]),
    ("Năm 2023 có 15 chỉ tiêu vượt kế hoạch. Trong đó: sản lượng thủy sản đạt 112%.",
     [(15, "chỉ tiêu", []), (None, "%", [("plan", "ratio", 112)])]),
    # near miss: no tally before
    ("Năm 2023 thu ngân sách tăng khá. Cụ thể: tổng diện tích gieo trồng đạt 101,6%.",
     [(101.6, "%", [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rows"), _TALLIED_SHARES)
def test_a_bare_share_after_a_tally_of_targets_is_of_the_plan(
    text: str, rows: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(text, 2024) == rows


# A rate of growth after a comma with no subject of its own, its manner after the verb
# ("tăng bình quân hằng năm 15,6%", "tăng trung bình mỗi năm 9%"), grows the measure its
# clause named, as "bình quân mỗi năm tăng 12%" does; "trung bình" is "bình quân".
_YEARLY_GROWTH = [
    ("Nhiệm kỳ qua, tổng giá trị sản xuất đạt 759 tỷ đồng, tăng bình quân hằng năm 15,6%.",
     15.6, "tốc độ tăng tổng giá trị sản xuất bình quân"),
    ("Giai đoạn 2016-2020, thu ngân sách trên địa bàn đạt 2.300 tỷ đồng, tăng trung bình mỗi "
     "năm 9%.", 9, "tốc độ tăng thu ngân sách trên địa bàn bình quân"),
    ("Năm 2020, kim ngạch xuất khẩu đạt 150 triệu USD, tăng bình quân mỗi năm 12%.", 12,
     "tốc độ tăng kim ngạch xuất khẩu bình quân"),
    ("Tổng thu ngân sách tăng trung bình 8,2%.", 8.2, "tốc độ tăng tổng thu ngân sách bình quân"),
    # near miss: the manner before the number, as read before
    ("Năm 2022, tổng giá trị sản xuất đạt 1.200 tỷ đồng, tăng bình quân 12,5%/năm.", 12.5,
     "tốc độ tăng tổng giá trị sản xuất bình quân"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _YEARLY_GROWTH)
def test_a_yearly_growth_after_a_level_grows_the_measure_of_its_clause(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# A count listed after another, with a predicate of its own right after its noun ("1 chỉ
# tiêu chưa hoàn thành", "5 đảng viên được chuyển sinh hoạt"), is no object of the verb
# before the first count: it is named by its own words. Counts with no predicate of their
# own still share the verb ("giảm 248 đơn vị ..., 2.304 người hoạt động không chuyên trách").
_OWN_PREDICATES = [
    ("Năm 2018, huyện hoàn thành 12/14 chỉ tiêu, 1 chỉ tiêu cơ bản hoàn thành, 1 chỉ tiêu "
     "chưa hoàn thành.", [(12, "hoàn thành chỉ tiêu"), (1, "chỉ tiêu cơ bản hoàn thành"),
                          (1, "chỉ tiêu chưa hoàn thành")]),
    ("Năm 2023, tỉnh vượt 10 chỉ tiêu, 3 chỉ tiêu đạt, 2 chỉ tiêu chưa đạt.",
     [(10, "vượt chỉ tiêu"), (3, "chỉ tiêu đạt"), (2, "chỉ tiêu chưa đạt")]),
    ("Năm 2022 kết nạp 30 đảng viên, 5 đảng viên được chuyển sinh hoạt.",
     [(30, "kết nạp đảng viên"), (5, "đảng viên được chuyển sinh hoạt")]),
    ("Cùng với đó, tỉnh giảm 248 đơn vị sự nghiệp công lập, 2.304 người hoạt động không "
     "chuyên trách.", [(248, "giảm đơn vị sự nghiệp công lập"),
                       (2304, "giảm người hoạt động không chuyên trách")]),
    ("Lực lượng công an bắt 25 vụ, 40 đối tượng.", [(25, "bắt vụ"), (40, "bắt đối tượng")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), _OWN_PREDICATES)
def test_a_listed_count_with_its_own_predicate_keeps_its_own_name(
    text: str, names: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.indicator) for f in extract_figures(text, year=2024)] == names


# An act with no actor before it ("Năm 2020 trồng mới 565 ha rừng tập trung", "...; thu
# hoạch 5.000 ha lúa") is named with what it works on, as an act with an actor is; words
# after the unit that open no object ("cho sản lượng") and items named by a crop stay.
_ACTED_OBJECTS = [
    ("Năm 2020 trồng mới hơn 565 ha rừng tập trung, đạt 113,2% kế hoạch.", 565,
     "diện tích trồng mới rừng tập trung"),
    ("Năm 2020 đã gieo trồng 25.271,9 ha cây các loại.", 25271.9,
     "diện tích gieo trồng cây các loại"),
    ("Năm 2024, sản lượng lương thực đạt 42.000 tấn; thu hoạch 5.000 ha lúa.", 5000,
     "diện tích thu hoạch lúa"),
    # near misses
    ("Năm 2022, lúa 2.875 ha, ngô 300 ha.", 300, "diện tích ngô"),
    ("Huyện trồng mới 565 ha rừng tập trung.", 565, "diện tích trồng mới rừng tập trung"),
    ("Năm 2024 thu hoạch 1.000 ha cho sản lượng 6.000 tấn.", 1000, "diện tích thu hoạch"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _ACTED_OBJECTS)
def test_an_act_with_no_actor_is_named_with_what_it_works_on(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# The level of a standard after the counted noun ("mức độ 2", "cấp độ 3") is part of
# what is counted, not a number that ends its words.
_STANDARD_LEVELS = [
    ("Năm 2024 có 25 trường đạt chuẩn quốc gia mức độ 2.", 25,
     "trường đạt chuẩn quốc gia mức độ 2"),
    ("Toàn huyện có 12 trường đạt chuẩn quốc gia mức độ 1, đạt tỷ lệ 60%.", 60,
     "tỷ lệ trường đạt chuẩn quốc gia mức độ 1"),
    ("Năm 2023 có 3 đơn vị đạt chuẩn an toàn cấp độ 2.", 3, "đơn vị đạt chuẩn an toàn cấp độ 2"),
    # near miss: a later count still ends the words
    ("Năm 2024 có 15 trường đạt chuẩn mức độ 2 và 3 trường mới.", 3, "trường mới"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _STANDARD_LEVELS)
def test_the_level_of_a_standard_is_part_of_what_is_counted(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name
