from __future__ import annotations

import datetime as dt

import pytest

from tiendo.core.progress import resolution_progress
from tiendo.periods import Period
from tiendo.reports.gather import gather_report, header_fields

Q1 = Period.parse("2022-Q1")


def test_header_fields_name_the_district_committee_and_its_province(core_demo):
    fields = header_fields(core_demo.resolution, Q1, "party", "15-BC/HU", dt.date(2022, 4, 5))
    assert fields["parent_upper"] == "TỈNH LÀO CAI"
    assert fields["committee_upper"] == "HUYỆN ỦY"
    assert fields["locality_upper"] == "BẢO THẮNG"
    assert (fields["day"], fields["month"], fields["year"]) == ("05", "4", "2022")
    assert fields["resolution_title_lower"].startswith("về lãnh đạo")


def test_report_content_is_what_the_progress_adapter_says(core_demo):
    content = gather_report(core_demo.resolution, Q1, number="15-BC/HU")
    progress = resolution_progress(core_demo.resolution, Q1).as_dict()
    assert content.summary == progress["summary"]
    assert [row.assessment for row in content.rows] == [
        t["status_label"] for t in progress["targets"]
    ]
    assert [row.value for row in content.rows] == [t["value"] for t in progress["targets"]]


def test_without_a_number_the_format_leaves_room_to_write_it(core_demo):
    content = gather_report(core_demo.resolution, Q1, style="state")
    assert content.fields["number"].endswith("/BC-UBND")


@pytest.mark.parametrize(
    ("code", "today", "expected"),
    [
        ("2022-Q1", dt.date(2026, 12, 4), dt.date(2022, 3, 31)),
        ("2022-H1", dt.date(2026, 12, 4), dt.date(2022, 6, 30)),
        ("2022", dt.date(2022, 5, 2), dt.date(2022, 5, 2)),
    ],
)
def test_a_report_without_a_date_is_dated_by_its_period_end_not_the_export_day(
    code, today, expected
):
    from tiendo.periods import Period
    from tiendo.reports.gather import default_report_date

    assert default_report_date(Period.parse(code), today) == expected
