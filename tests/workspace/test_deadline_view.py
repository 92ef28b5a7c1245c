"""What is due, late or missing, per unit."""

from __future__ import annotations

import datetime as dt

from django.urls import reverse

from tiendo.core.models import OrgUnit, Result
from tiendo.core.models.choices import ReviewState
from tiendo.periods import Period
from tiendo.workspace.submissions import period_overview

Q1 = Period(2022, 1, 3)


def _result(target, unit, state):
    return Result.objects.create(
        target=target, org_unit=unit, period_year=2022, period_from_month=1,
        period_to_month=3, kind="actual", value=1.0, review_state=state,
    )  # fmt: skip


def test_before_the_deadline_every_missing_value_is_due(commune_targets, commune):
    overview = period_overview(Q1, dt.date(2022, 3, 10))
    (row,) = overview.units
    assert overview.due == dt.date(2022, 3, 20)
    assert row.counts == {"done": 0, "due": 3, "late": 0, "missing": 0}


def test_after_the_deadline_drafts_are_late_and_nothing_is_missing(commune_targets, commune):
    _result(commune_targets["budget"], commune, ReviewState.SUBMITTED)
    _result(commune_targets["poverty"], commune, ReviewState.DRAFT)
    overview = period_overview(Q1, dt.date(2022, 3, 25))
    (row,) = overview.units
    assert row.counts == {"done": 1, "due": 0, "late": 1, "missing": 1}
    assert row.worst == "missing"


def test_each_unit_is_listed_with_its_own_targets(commune_targets, commune, district):
    other = OrgUnit.objects.create(
        name="Xã Sơn Hải (minh họa)", kind="commune", slug="xa-son-hai", parent=district
    )
    commune_targets["budget"].responsible_units.add(other)
    _result(commune_targets["budget"], other, ReviewState.APPROVED)
    overview = period_overview(Q1, dt.date(2022, 4, 1))
    by_name = {row.unit.name: row for row in overview.units}
    assert by_name["Xã Sơn Hải (minh họa)"].counts["done"] == 1
    assert by_name["Xã Phú Nhuận (minh họa)"].counts["missing"] == 3


def test_the_deadline_page_explains_the_rules_and_lists_units_in_few_queries(
    approver_client, commune_targets, district, django_assert_max_num_queries
):
    for n in range(20):
        other = OrgUnit.objects.create(
            name=f"Xã minh họa {n}", kind="commune", slug=f"xa-minh-hoa-{n}", parent=district
        )
        for target in commune_targets.values():
            target.responsible_units.add(other)
        _result(commune_targets["budget"], other, ReviewState.SUBMITTED)
    approver_client.get(reverse("workspace:deadlines"))  # the site's settings rows, made once
    # 25 for the screen, 5 for the admin's frame (agency name, emblem, menu permissions).
    with django_assert_max_num_queries(30):
        response = approver_client.get(reverse("workspace:deadlines"), {"nam": 2022, "ky": "Q1"})
    assert len(response.context["overview"].units) == 21
    html = response.content.decode()
    assert "ngày 20 hằng tháng" in html
    assert "hạn nộp 20/03/2022" in html
    assert "Xã Phú Nhuận (minh họa)" in html
    assert "Quá hạn, chưa có số liệu" in html
