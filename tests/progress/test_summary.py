from __future__ import annotations

import pytest

from tiendo.periods import Period
from tiendo.progress.status import Status
from tiendo.progress.summary import SummaryItem, count, summarize, summarize_tasks

YEAR = Period.year_of(2022)
Q1 = Period(2022, 1, 3)


def items(*pairs: tuple[str, Status]) -> list[SummaryItem]:
    return [SummaryItem(name, status) for name, status in pairs]


@pytest.mark.parametrize(
    ("n", "text"), [(0, "0"), (1, "1"), (9, "9"), (25, "25"), (126, "126"), (1234, "1.234")]
)
def test_counts_are_written_without_zero_padding(n: int, text: str) -> None:
    assert count(n) == text


@pytest.mark.parametrize(
    ("given", "period", "final", "expected"),
    [
        (
            [
                SummaryItem("Thu ngân sách", "not_met", "đạt 92,5% KH"),
                *items(*[(f"C{i}", "met") for i in range(20)]),
                *items(*[(f"V{i}", "exceeded") for i in range(5)]),
            ],
            YEAR,
            True,
            "Năm 2022, có 25/26 chỉ tiêu đạt và vượt (trong đó 5 chỉ tiêu vượt); "
            "1 chỉ tiêu chưa đạt: Thu ngân sách (đạt 92,5% KH).",
        ),
        (
            items(("A", "met"), ("B", "done_on_time"), ("C", "no_data"), ("D", "no_plan")),
            YEAR,
            True,
            "Năm 2022, có 2/4 chỉ tiêu đạt và vượt; 1 chỉ tiêu chưa có số liệu: C; "
            "1 chỉ tiêu chưa có kế hoạch để đánh giá: D.",
        ),
        (
            items(("A", "on_track"), ("B", "behind"), ("C", "at_risk"), ("D", "on_track")),
            Q1,
            False,
            "Đến hết quý I năm 2022, có 2/4 chỉ tiêu đúng tiến độ; "
            "1 chỉ tiêu chậm tiến độ: B; 1 chỉ tiêu có nguy cơ không đạt: C.",
        ),
        (
            items(("A", "on_track"), ("B", "overdue"), ("C", "open")),
            Period(2022, 1, 6),
            False,
            "Đến hết 6 tháng đầu năm 2022, có 1/3 chỉ tiêu đúng tiến độ; "
            "1 chỉ tiêu quá hạn: B; 1 chỉ tiêu đang thực hiện.",
        ),
        ([], YEAR, True, ""),
    ],
)
def test_summary_reads_like_a_party_report(
    given: list[SummaryItem], period: Period, final: bool, expected: str
) -> None:
    assert summarize(given, period, final=final) == expected


def test_task_summary_counts_done_on_time_late_and_names_the_overdue() -> None:
    given = items(("Quy hoạch", "done_on_time"), ("Sáp nhập thôn", "overdue"), ("Kè", "open"))
    assert summarize_tasks(given) == (
        "Về nhiệm vụ: 1/3 nhiệm vụ hoàn thành (1 đúng hạn); "
        "1 nhiệm vụ quá hạn: Sáp nhập thôn; 1 nhiệm vụ đang thực hiện."
    )


@pytest.mark.parametrize(
    ("given", "lead"),
    [
        (items(("A", "open"), ("B", "overdue")), "0/2 nhiệm vụ hoàn thành;"),
        (items(("A", "done_late"), ("B", "open")), "1/2 nhiệm vụ hoàn thành (1 muộn);"),
        (
            items(("A", "done_on_time"), ("B", "done_on_time"), ("C", "done_late")),
            "3/3 nhiệm vụ hoàn thành (2 đúng hạn, 1 muộn).",
        ),
    ],
)
def test_task_summary_has_no_zero_padding_and_no_empty_parts(
    given: list[SummaryItem], lead: str
) -> None:
    text = summarize_tasks(given)
    assert lead in text
    assert "00" not in text and "0 đúng hạn" not in text and "0 muộn" not in text
