from __future__ import annotations

import csv
import io

from django.test import Client

from tests.api.conftest import RESOLUTION_SLUG
from tiendo.api.csv_export import BOM, COLUMNS
from tiendo.core.progress import resolution_progress
from tiendo.periods import Period


def _rows(response) -> list[dict[str, str]]:
    text = response.content.decode("utf-8")
    assert text.startswith(BOM)
    return list(csv.DictReader(io.StringIO(text[len(BOM) :])))


def test_targets_csv_starts_with_a_bom_and_has_every_target(core_demo):
    response = Client().get(f"/api/resolutions/{RESOLUTION_SLUG}/targets.csv?period=2022-Q1")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = _rows(response)
    assert list(rows[0]) == [title for _, title in COLUMNS]
    assert [row["Chỉ tiêu"] for row in rows] == [t.indicator for t in core_demo.targets.values()]


def test_targets_csv_progress_columns_come_from_the_progress_adapter(core_demo):
    expected = resolution_progress(core_demo.resolution, Period.parse("2022-Q1")).as_dict()
    rows = _rows(Client().get(f"/api/resolutions/{RESOLUTION_SLUG}/targets.csv?period=2022-Q1"))
    for row, target in zip(rows, expected["targets"], strict=True):
        assert row["Đánh giá"] == target["status_label"]
        judged = target["judged_against"] or "plan"
        ratio = target["ratios"].get(judged)
        assert (float(row["% KH"]) if row["% KH"] else None) == (
            None if ratio is None else round(ratio, 4)
        )
    industry = rows[0]
    assert industry["Thực hiện"] == "220"
    assert industry["Loại số liệu"] == "Ước thực hiện"


def test_targets_csv_of_an_unknown_resolution_is_a_json_404(db):
    response = Client().get("/api/resolutions/khong-co/targets.csv")
    assert response.status_code == 404
    assert response.json()["detail"] == "Resolution not found."
