"""The table of passes over a sentence's finished figures is what read_sentence runs."""

from __future__ import annotations

import pytest

import tiendo.extract.prose as prose
from tiendo.extract import extract_figures
from tiendo.extract.sentence_steps import SENTENCE_STEPS

# A sentence each step changes, by the step's name.
EXAMPLES = {
    "paren_years": (
        "Tỷ lệ hộ nghèo giảm từ 22,5% (năm 2010) xuống 18,22% (năm 2011), 14,51% (năm 2012)."
    ),
    "shift_end_dates": (
        "Số hộ nghèo giảm từ 75.639 hộ (tỉ lệ 24,31%) năm 2010 xuống còn 28.200 hộ, "
        "tỉ lệ 8,88% năm 2015."
    ),
    "month_series_ends": (
        "Năm 2023, tháng 1 có 1.720 ca, tháng 2 còn 660 ca, tháng 3 có 352 ca và "
        "đến tháng 5 chỉ còn 165 ca."
    ),
    "count_references": (
        "Năm 2023 xảy ra 24 vụ tai nạn giao thông, làm chết 14 người; so với cùng "
        "kỳ, số vụ giảm 20%, số người chết giảm 26,32%."
    ),
    "shared_fields": "Năm 2023, cơ quan điều tra khởi tố 19 vụ, 36 bị can về kinh tế.",
    "handed_fields": (
        "Năm 2023, lực lượng công an phát hiện 120 vụ phạm tội về ma túy với 184 đối tượng."
    ),
    "heading_events": (
        "Năm 2016, phạm pháp hình sự trên địa bàn tiếp tục được kéo giảm: xảy ra 5.205 vụ."
    ),
    "shared_predicates": "Dịp Tết có 1.122 hộ với 4.351 khẩu có nguy cơ thiếu đói.",
    "timed_levels": ("Năm 2024, tỷ lệ hộ nghèo giảm 1,2% (từ 5,4% đầu năm xuống 4,2% cuối năm)."),
    "recalled_fields": (
        "Năm 2023 xảy ra 3.422 vụ phạm pháp về trật tự xã hội. Công an đã khám phá 3.061 vụ."
    ),
    "beneficiaries": (
        "Năm 2023, huyện mở 2 lớp bồi dưỡng lý luận chính trị cho 159 đảng viên dự bị."
    ),
    "planned_work_names": "Năm 2023, huyện hoàn thành 105% kế hoạch trồng rừng.",
    "growth_reached": "Năm 2023, tăng trưởng kinh tế của huyện đạt 6,2% so với năm 2022.",
    "respective_levels": (
        "Năm 2023, tỷ lệ hộ nghèo là 3,1%, tỷ lệ hộ cận nghèo là 4,5% (năm 2022 lần lượt là "
        "4,2% và 5,1%)."
    ),
    "parens_compared": (
        "So với năm trước, kinh tế tiếp tục phát triển. Năm 2023, GRDP tăng 7,1%, thấp hơn kế "
        "hoạch (8%)."
    ),
    "running_totals": "Tháng 7/2023, xuất khẩu đạt 150 triệu USD; lũy kế đạt 980 triệu USD.",
    "earlier_whens": (
        "Năm 2023, thu ngân sách đạt 5.000 tỷ đồng, cao hơn năm 2022, khi thu ngân sách chỉ "
        "đạt 4.200 tỷ đồng."
    ),
    "labelled_rises": (
        "Tháng 9, hành khách vận chuyển đạt 2.076 nghìn người, luân chuyển đạt 169 triệu "
        "người.km; so với tháng trước, vận chuyển tăng 0,8%, luân chuyển tăng 1,18%."
    ),
    "located_rises": (
        "Năm 2024, chỉ số sản xuất công nghiệp tăng 8% so với năm trước; tăng ở ngành chế biến "
        "(9,1%) và giảm ở ngành khai khoáng (3,5%)."
    ),
    "opened_bases": (
        "Chỉ số giá tiêu dùng tháng 9/2024 tăng 0,24% so với tháng trước (thành thị tăng "
        "0,27%), tăng 2,44% so với cùng kỳ."
    ),
    "risen_shifts": (
        "Năm 2023, doanh thu tăng 20% so với năm trước, từ 100 tỷ đồng lên 120 tỷ đồng."
    ),
    "parts_equal_to": (
        "Năm 2023, chỉ số sản xuất tăng 9,2% so với cùng kỳ, trong đó ngành khai khoáng bằng 97,6%."
    ),
    "passed_marks": "Năm 2023, xuất khẩu vượt mốc 2 tỷ USD, đạt 2,15 tỷ USD.",
    "hostless_quotes": "Năm 2023, tăng trưởng của huyện thấp hơn mức tăng 7,4% của năm 2022.",
    "result_shares": "Năm 2023, huyện trồng được 450 ha rừng; kết quả đạt 112% kế hoạch.",
    "restated_amounts": "Năm 2023, thu nội địa đạt 104% dự toán, tương đương 2.380 tỷ đồng.",
    "counts_of_all": "Năm 2023, tỉnh công nhận 3 xã. Cả 3 xã đều đạt 19 tiêu chí.",
    "trailing_bases": "Năm 2023, vốn tỉnh giải ngân 72%, vốn huyện đạt 40% kế hoạch.",
    "joint_shares": "Năm 2023, xã A thu 8 tỷ đồng và xã B thu 6 tỷ đồng, cùng đạt 104%.",
    "risen_places": "Năm 2023, chỉ số sản xuất công nghiệp tăng ở 60 địa phương.",
}
STEP_NAMES = [step.__name__ for step in SENTENCE_STEPS]


def _read(text: str) -> list[dict[str, object]]:
    return [figure.as_dict() for figure in extract_figures(text, year=2023)]


def test_every_step_of_the_table_is_there_once_with_a_sentence_it_changes() -> None:
    assert sorted(STEP_NAMES) == sorted(EXAMPLES)
    assert len(set(SENTENCE_STEPS)) == len(SENTENCE_STEPS)


@pytest.mark.skipif(
    not (prose.__file__ or "").endswith(".py"), reason="a compiled prose reads its own table"
)
@pytest.mark.parametrize("name", STEP_NAMES)
def test_read_sentence_runs_the_step_only_from_the_table(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Left out of the table, the step no longer runs: nothing else in read_sentence calls it.
    text = EXAMPLES[name]
    with_it = _read(text)
    others = tuple(step for step in SENTENCE_STEPS if step.__name__ != name)
    monkeypatch.setattr(prose, "SENTENCE_STEPS", others)
    assert _read(text) != with_it
