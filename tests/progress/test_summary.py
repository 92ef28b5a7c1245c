from __future__ import annotations

import pytest

from tiendo.periods import Period
from tiendo.progress.status import Status
from tiendo.progress.summary import SummaryItem, count, summarize, summarize_tasks

YEAR = Period.year_of(2022)
Q1 = Period(2022, 1, 3)


def items(*pairs: tuple[str, Status]) -> list[SummaryItem]:
    return [SummaryItem(name, status) for name, status in pairs]


@pytest.mark.parametrize(("n", "text"), [(1, "01"), (9, "09"), (25, "25"), (126, "126")])
def test_counts_are_written_with_two_digits(n: int, text: str) -> None:
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
            "Năm 2022, có 25/26 chỉ tiêu đạt và vượt (trong đó 05 chỉ tiêu vượt); "
            "01 chỉ tiêu chưa đạt: Thu ngân sách (đạt 92,5% KH).",
        ),
        (
            items(("A", "met"), ("B", "done_on_time"), ("C", "no_data"), ("D", "no_plan")),
            YEAR,
            True,
            "Năm 2022, có 02/04 chỉ tiêu đạt và vượt; 01 chỉ tiêu chưa có số liệu: C; "
            "01 chỉ tiêu chưa có kế hoạch để đánh giá: D.",
        ),
        (
            items(("A", "on_track"), ("B", "behind"), ("C", "at_risk"), ("D", "on_track")),
            Q1,
            False,
            "Đến hết quý I năm 2022, có 02/04 chỉ tiêu đúng tiến độ; "
            "01 chỉ tiêu chậm tiến độ: B; 01 chỉ tiêu có nguy cơ không đạt: C.",
        ),
        (
            items(("A", "on_track"), ("B", "overdue"), ("C", "open")),
            Period(2022, 1, 6),
            False,
            "Đến hết 6 tháng đầu năm 2022, có 01/03 chỉ tiêu đúng tiến độ; "
            "01 chỉ tiêu quá hạn: B; 01 chỉ tiêu đang thực hiện.",
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
        "Về nhiệm vụ: 01/03 nhiệm vụ hoàn thành (01 đúng hạn, 00 muộn); "
        "01 nhiệm vụ quá hạn: Sáp nhập thôn; 01 nhiệm vụ đang thực hiện."
    )
