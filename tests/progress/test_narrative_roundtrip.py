"""Every sentence the narrative writes reads back, through the figure extractor that
follows shared/spec/figures.md, as the value, unit, period and comparisons it says
(and as the estimate or result it is)."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.progress.test_evaluate import seed_progress
from tiendo.extract import extract_figures
from tiendo.extract.figure import Basis, Comparison, Measure
from tiendo.periods import Period
from tiendo.progress.model import ObservationKind
from tiendo.progress.narrative import Statement, write_sentence
from tiendo.vietnamese import normalize

# (indicator, unit, what its value is): "revenue" may be compared with budgets,
# "count" is a whole number, "rate" is a percentage level.
INDICATORS = [
    ("Giá trị sản xuất công nghiệp - TTCN", "tỷ đồng", "amount"),
    ("Giá trị sản xuất ngành thương mại - dịch vụ", "tỷ đồng", "amount"),
    ("Tổng thu NSNN trên địa bàn", "tỷ đồng", "revenue"),
    ("Thu ngân sách nhà nước", "triệu đồng", "revenue"),
    ("Thu ngân sách trên địa bàn huyện", "tỷ đồng", "revenue"),
    ("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "tỷ đồng", "amount"),
    ("Kim ngạch xuất khẩu", "triệu USD", "amount"),
    ("Diện tích gieo trồng cây hằng năm", "ha", "amount"),
    ("Diện tích trồng rừng mới", "ha", "amount"),
    ("Sản lượng lương thực có hạt", "tấn", "amount"),
    ("Vốn đầu tư công giải ngân", "tỷ đồng", "amount"),
    ("Thu nhập bình quân đầu người", "triệu đồng", "amount"),
    ("Đường giao thông nông thôn được cứng hóa", "km", "amount"),
    ("Lượng khách du lịch", "lượt khách", "count"),
    ("Kết nạp đảng viên mới", "đảng viên", "count"),
    ("Tỷ lệ che phủ rừng", "%", "rate"),
    ("Tỷ lệ hộ nghèo", "%", "rate"),
    ("Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "rate"),
]
BUDGET_WORDS = [
    "dự toán tỉnh giao",
    "dự toán huyện phấn đấu",
    "dự toán HĐND tỉnh giao",
    "dự toán Trung ương giao",
]


def numbers(max_integer: int, max_decimals: int) -> st.SearchStrategy[float]:
    """Numbers as reports print them: a few decimals at most."""
    return st.integers(0, max_decimals).flatmap(
        lambda d: st.integers(1, max_integer * 10**d).map(lambda n: round(n / 10**d, d))
    )


@st.composite
def periods(draw: st.DrawFn) -> Period:
    year = draw(st.integers(2012, 2030))
    start, end = draw(
        st.sampled_from(
            [(1, 12), (1, 3), (4, 6), (7, 9), (10, 12), (1, 6), (1, 9)]
            + [(1, n) for n in (2, 4, 5, 7, 8, 10, 11)]
            + [(m, m) for m in range(1, 13)]
        )
    )
    return Period(year, start, end)


@st.composite
def comparisons(draw: st.DrawFn, period: Period, nature: str) -> tuple[Comparison, ...]:
    found: list[Comparison] = []
    if draw(st.booleans()):
        found.append(Comparison("plan", "ratio", draw(numbers(300, 2)), "KH"))
    if nature == "revenue":
        for words in draw(st.lists(st.sampled_from(BUDGET_WORDS), max_size=2, unique=True)):
            found.append(Comparison("budget", "ratio", draw(numbers(300, 2)), words))
    if draw(st.booleans()):
        measure: Measure = draw(st.sampled_from(["ratio", "change"]))
        percent = draw(numbers(300 if measure == "ratio" else 99, 2))
        if measure == "change" and draw(st.booleans()):
            percent = -percent
        found.append(Comparison("same_period", measure, percent, "cùng kỳ"))
    if period.is_whole_year and draw(st.booleans()):
        found.append(Comparison("previous", "change", draw(numbers(50, 2)), "năm trước"))
    return tuple(found)


@st.composite
def statements(draw: st.DrawFn) -> Statement:
    indicator, unit, nature = draw(st.sampled_from(INDICATORS))
    if nature == "rate":
        value = draw(numbers(100, 2))
    elif nature == "count":
        value = float(draw(st.integers(1, 999_999)))
    else:
        value = draw(numbers(99_999, 3))
    period = draw(periods())
    kind: ObservationKind = draw(st.sampled_from(["estimate", "actual"]))
    return Statement(indicator, value, unit, period, kind, draw(comparisons(period, nature)))


def as_dict(figure: Any) -> dict[str, Any]:
    return figure.as_dict() if hasattr(figure, "as_dict") else dict(figure)


def triples(items: Any) -> list[tuple[Basis, Measure, float]]:
    return sorted((c["basis"], c["measure"], round(float(c["percent"]), 6)) for c in items)


@settings(max_examples=300, deadline=None)
@given(statements())
def test_every_narrative_sentence_reads_back_as_written(statement: Statement) -> None:
    sentence = write_sentence(statement)
    figures = [as_dict(f) for f in extract_figures(sentence)]
    assert len(figures) == 1, (sentence, figures)
    figure = figures[0]
    expected = {
        "kind": statement.kind,
        "value": statement.value,
        "unit": normalize(statement.unit).lower(),
        "period": statement.period.as_dict(),
        "comparisons": triples(c.as_dict() for c in statement.comparisons),
    }
    found = {
        "kind": figure["kind"],
        "value": figure["value"],
        "unit": normalize(figure["unit"]).lower(),
        "period": figure["period"],
        "comparisons": triples(figure["comparisons"]),
    }
    assert found == expected, sentence


def test_the_seed_resolution_narrative_reads_back_sentence_by_sentence() -> None:
    progress = seed_progress()
    statements_written = [row.statement() for row in progress.targets]
    figures = [as_dict(f) for f in extract_figures(progress.narrative)]
    assert len(figures) == len(statements_written)
    for statement, figure in zip(statements_written, figures, strict=True):
        assert statement is not None
        assert figure["value"] == statement.value
        assert figure["period"] == statement.period.as_dict()
        assert triples(figure["comparisons"]) == triples(c.as_dict() for c in statement.comparisons)
