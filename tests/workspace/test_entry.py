"""Data entry by a commune reporter: the sheet, the checks, saving and sending."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tiendo.core.models import Result
from tiendo.core.models.choices import ReportBasis, ReviewState
from tiendo.periods import Period

URL = reverse("workspace:entry")
Q1_2022 = {"nam": 2022, "ky": "Q1", "loai": "actual"}


def _post(client, data, query=Q1_2022):
    url = f"{URL}?nam={query['nam']}&ky={query['ky']}&loai={query['loai']}"
    return client.post(url, data)


def test_commune_reporter_sees_their_targets_beside_last_years_value(
    reporter_client, commune_targets, last_year_budget
):
    response = reporter_client.get(URL, Q1_2022)
    assert response.status_code == 200
    sheet = response.context["sheet"]
    assert sheet.unit.name == "Xã Phú Nhuận (minh họa)"
    rows = {row.target.pk: row for row in sheet.rows}
    assert set(rows) == {t.pk for t in commune_targets.values()}
    assert rows[commune_targets["budget"].pk].last_year.value == 10.0
    html = response.content.decode()
    assert "Thu ngân sách nhà nước trên địa bàn xã" in html
    assert "Hạn nộp: <strong>20/03/2022</strong>" in html


def test_the_previous_period_value_is_shown_for_a_cumulative_report(
    reporter_client, commune_targets, commune
):
    Result.objects.create(
        target=commune_targets["budget"], org_unit=commune, period_year=2022,
        period_from_month=1, period_to_month=3, kind="actual", value=4.5,
        review_state=ReviewState.APPROVED,
    )  # fmt: skip
    response = reporter_client.get(URL, {"nam": 2022, "ky": "6M", "loai": "actual"})
    row = next(r for r in response.context["sheet"].rows if r.target == commune_targets["budget"])
    assert row.previous.value == 4.5


def test_a_reporter_cannot_enter_figures_for_another_unit(
    reporter_client, commune_targets, district
):
    response = reporter_client.get(URL, {**Q1_2022, "don_vi": district.pk})
    assert response.context["sheet"].unit.slug == "xa-phu-nhuan"


def test_vietnamese_numbers_are_saved_as_a_draft_by_the_reporter(
    reporter_client, commune_targets, commune_reporter
):
    budget = commune_targets["budget"]
    response = _post(reporter_client, {f"value_{budget.pk}": "1.234,5", "action": "save"})
    assert response.status_code == 302
    result = Result.objects.get(target=budget)
    assert result.value == 1234.5
    assert result.review_state == ReviewState.DRAFT
    assert result.entered_by == commune_reporter
    assert (result.period_year, result.period_from_month, result.period_to_month) == (2022, 1, 3)


@pytest.mark.parametrize(
    ("target_key", "text", "message"),
    [
        ("budget", "-3", "không được âm"),
        ("poverty", "120", "từ 0 đến 100"),
        ("budget", "12 tấn", "không đổi được"),
        ("budget", "mười hai", "không phải là số"),
    ],
)
def test_implausible_values_are_refused(
    reporter_client, commune_targets, target_key, text, message
):
    target = commune_targets[target_key]
    response = _post(reporter_client, {f"value_{target.pk}": text, "action": "save"})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Result.objects.exists()


def test_a_growth_rate_may_be_negative(reporter_client, commune_targets):
    growth = commune_targets["growth"]
    response = _post(reporter_client, {f"value_{growth.pk}": "-2,5", "action": "save"})
    assert response.status_code == 302
    assert Result.objects.get(target=growth).value == -2.5


def test_a_jump_from_last_year_needs_the_unusual_value_confirmation(
    reporter_client, commune_targets, last_year_budget
):
    budget = commune_targets["budget"]
    data = {f"value_{budget.pk}": "45", "action": "save"}
    first = _post(reporter_client, data)
    assert first.status_code == 200
    html = first.content.decode()
    assert "Xác nhận số liệu bất thường" in html
    assert "Chênh lệch lớn so với cùng kỳ năm trước" in html
    assert not Result.objects.filter(period_year=2022).exists()

    confirmed = _post(reporter_client, {**data, "confirm_unusual": "on"})
    assert confirmed.status_code == 302
    assert Result.objects.get(period_year=2022).value == 45.0


def test_a_value_within_the_factor_of_last_year_needs_no_confirmation(
    reporter_client, commune_targets, last_year_budget
):
    budget = commune_targets["budget"]
    response = _post(reporter_client, {f"value_{budget.pk}": "18", "action": "save"})
    assert response.status_code == 302


def test_save_and_send_submits_the_values_for_approval(reporter_client, commune_targets):
    budget, poverty = commune_targets["budget"], commune_targets["poverty"]
    response = _post(
        reporter_client,
        {f"value_{budget.pk}": "12", f"value_{poverty.pk}": "3,2", "action": "submit"},
    )
    assert response.status_code == 302
    states = set(Result.objects.values_list("review_state", flat=True))
    assert states == {ReviewState.SUBMITTED}
    assert Result.objects.count() == 2


def test_an_approved_value_is_shown_locked_and_cannot_be_overwritten(
    reporter_client, commune_targets, commune
):
    budget = commune_targets["budget"]
    approved = Result.objects.create(
        target=budget, org_unit=commune, period_year=2022, period_from_month=1,
        period_to_month=3, kind="actual", value=12.0, review_state=ReviewState.APPROVED,
    )  # fmt: skip
    page = reporter_client.get(URL, Q1_2022)
    assert f"value_{budget.pk}" not in page.context["form"].fields
    assert "Đã duyệt, đã khóa" in page.content.decode()
    _post(reporter_client, {f"value_{budget.pk}": "99", "action": "save"})
    approved.refresh_from_db()
    assert approved.value == 12.0


def test_the_entry_page_runs_a_fixed_number_of_queries(
    reporter_client, commune_targets, resolution, commune, django_assert_max_num_queries
):
    from tiendo.core.models import Target

    for n in range(4, 30):
        target = Target.objects.create(
            resolution=resolution, ordinal=str(n), sort_order=n,
            indicator=f"Chỉ tiêu minh họa {n}", unit="ha", period_year=2022,
        )  # fmt: skip
        target.responsible_units.set([commune])
    reporter_client.get(URL, Q1_2022)  # the site's settings rows are made on first use
    # 25 for the screen, 5 for the admin's frame (agency name, emblem, menu permissions).
    with django_assert_max_num_queries(30):
        response = reporter_client.get(URL, Q1_2022)
    assert len(response.context["sheet"].rows) == 29


def test_someone_without_entry_rights_is_refused(client, db):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Permission

    user = get_user_model().objects.create_user("khach", password="mat-khau-thu-nghiem")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get(URL)
    # Wagtail turns a refusal inside the admin into a redirect to the dashboard.
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")


def _q1_value(target, unit, value):
    return Result.objects.create(
        target=target, org_unit=unit, period_year=2022, period_from_month=1,
        period_to_month=3, kind="actual", value=value, review_state=ReviewState.APPROVED,
    )  # fmt: skip


Q2_2022 = {"nam": 2022, "ky": "Q2", "loai": "actual"}


def test_the_seed_jump_from_the_previous_quarter_needs_the_confirmation(
    reporter_client, commune_targets, commune
):
    budget = commune_targets["budget"]
    _q1_value(budget, commune, 80.0)
    data = {f"value_{budget.pk}": "1.650", "action": "save"}
    first = _post(reporter_client, data, query=Q2_2022)
    assert first.status_code == 200
    assert "Chênh lệch lớn so với kỳ trước (80 → 1.650" in first.content.decode()
    assert not Result.objects.filter(period_from_month=4).exists()
    assert _post(reporter_client, {**data, "confirm_unusual": "on"}, Q2_2022).status_code == 302


def test_each_value_says_whether_it_is_the_period_alone_or_cumulative(
    reporter_client, commune_targets
):
    budget, poverty = commune_targets["budget"], commune_targets["poverty"]
    budget.report_basis = ReportBasis.CUMULATIVE
    budget.save()
    html = reporter_client.get(URL, Q2_2022).content.decode()
    assert "Số lũy kế từ đầu năm (6 tháng đầu năm 2022)" in html
    assert "Số trong kỳ (quý II năm 2022)" in html
    form = reporter_client.get(URL, Q2_2022).context["form"]
    assert "lũy kế từ đầu năm" in form.fields[f"value_{budget.pk}"].label
    assert "trong kỳ" in form.fields[f"value_{poverty.pk}"].label


def test_a_cumulative_quarter_is_stored_from_january_and_not_added_to_quarter_one(
    reporter_client, commune_targets, commune
):
    budget = commune_targets["budget"]
    budget.report_basis = ReportBasis.CUMULATIVE
    budget.save()
    _q1_value(budget, commune, 220.0)
    response = _post(
        reporter_client, {f"value_{budget.pk}": "455,6", "action": "save"}, query=Q2_2022
    )
    assert response.status_code == 302
    saved = Result.objects.get(target=budget, period_to_month=6)
    assert (saved.period_from_month, saved.value) == (1, 455.6)
    page = reporter_client.get(URL, Q2_2022)
    row = next(r for r in page.context["sheet"].rows if r.target == budget)
    assert (row.current.value, row.previous.value) == (455.6, 220.0)


def test_a_note_saying_cumulative_is_not_ignored_on_a_value_for_the_quarter_alone(
    reporter_client, commune_targets
):
    budget = commune_targets["budget"]
    response = _post(
        reporter_client,
        {f"value_{budget.pk}": "455,6", f"note_{budget.pk}": "Lũy kế 6 tháng", "action": "save"},
        query=Q2_2022,
    )
    assert response.status_code == 200
    assert "Ghi chú nói đây là số lũy kế" in response.content.decode()
    assert not Result.objects.exists()


@pytest.mark.parametrize(
    ("unit", "typed", "shown", "stored"),
    [
        ("tỷ đồng", "58.300 triệu đồng", "58.300 triệu đồng = 58,3 tỷ đồng", 58.3),
        ("ha", "1,2 km²", "1,2 km² = 120 ha", 120.0),
        ("nghìn người", "1,5 triệu người", "1,5 triệu người = 1.500 nghìn người", 1500.0),
    ],
)
def test_a_value_typed_at_another_scale_is_converted_and_shown_before_saving(
    reporter_client, commune_targets, unit, typed, shown, stored
):
    budget = commune_targets["budget"]
    budget.unit = unit
    budget.save()
    data = {f"value_{budget.pk}": typed, "action": "save"}
    first = _post(reporter_client, data)
    assert first.status_code == 200
    html = first.content.decode()
    assert shown in html
    assert "Kiểm tra lại rồi bấm lưu một lần nữa" in html
    assert not Result.objects.exists()
    second = _post(reporter_client, {**data, f"seen_{budget.pk}": typed})
    assert second.status_code == 302
    assert Result.objects.get(target=budget).value == stored


def test_the_entry_screen_opens_on_the_latest_period_that_has_data(
    reporter_client, commune_targets, commune
):
    _q1_value(commune_targets["budget"], commune, 12.0)
    response = reporter_client.get(URL)
    assert response.context["sheet"].period == Period(2022, 1, 3)
    html = response.content.decode()
    assert '<option value="2022-Q1" selected>Quý I/2022</option>' in html
    assert '<option value="2022-9M">9 tháng/2022</option>' in html


def test_a_link_written_with_year_and_part_still_opens_its_period(reporter_client, commune_targets):
    response = reporter_client.get(URL, {"nam": 2022, "ky": "6M", "loai": "actual"})
    assert response.context["sheet"].period == Period(2022, 1, 6)


def test_a_value_far_from_the_plans_pace_needs_the_confirmation(reporter_client, commune_targets):
    from tiendo.core.models import Baseline

    budget = commune_targets["budget"]
    Baseline.objects.create(target=budget, kind=Baseline.Kind.PLAN, value=40.0, inferred=True)
    response = _post(reporter_client, {f"value_{budget.pk}": "45", "action": "save"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Chênh lệch lớn so với kế hoạch 40: theo nhịp này cả kỳ kế hoạch đạt khoảng 180" in html
