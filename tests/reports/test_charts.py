from __future__ import annotations

from tests.reports.conftest import ROWS
from tiendo.reports.charts import percent_of_plan_chart

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def test_chart_of_percent_of_plan_is_a_png():
    image = percent_of_plan_chart(ROWS, "Tỷ lệ thực hiện so với kế hoạch")
    assert image is not None and image.startswith(PNG_SIGNATURE)


def test_no_chart_when_no_target_has_a_percentage():
    rows = [row for row in ROWS if row.percent_of_plan is None]
    assert percent_of_plan_chart(rows, "Không có gì") is None
