from __future__ import annotations

import pytest

from tiendo.core.models import Baseline, Document, OrgUnit, Resolution, Result, Target, Task

pytestmark = pytest.mark.django_db

MODELS = [OrgUnit, Resolution, Target, Baseline, Result, Task, Document]


def counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in MODELS}


def test_demo_holds_bao_thang_and_resolution_15(demo):
    resolution = Resolution.objects.get(number="15-NQ/HU")
    assert resolution.issued_on.strftime("%d/%m/%Y") == "30/12/2021"
    assert resolution.theme.startswith("Đoàn kết - Kỷ cương")
    assert resolution.main_target_count == 26
    assert "01 chỉ tiêu chưa đạt" in resolution.previous_review
    assert OrgUnit.objects.get(slug="bao-thang").parent.name == "Tỉnh Lào Cai"


def test_running_the_demo_twice_gives_the_same_data(demo):
    from tiendo.core.demo import load_demo

    before = counts()
    load_demo()
    assert counts() == before


@pytest.mark.parametrize(
    ("ordinal", "kind", "expected"),
    [
        ("1", "plan", 953.2),
        ("2", "plan", 3467.15),
        ("3", "budget_assigned", 685.56),
        ("3", "budget_self", 771.25),
    ],
)
def test_plans_are_inferred_from_the_reported_percentages(demo, ordinal, kind, expected):
    baseline = Baseline.objects.get(target=demo.targets[ordinal], kind=kind)
    assert baseline.inferred
    assert baseline.value == pytest.approx(expected, abs=0.01)


def test_every_demo_result_points_at_its_sentence_in_the_article(demo):
    results = Result.objects.select_related("source_document")
    assert results.count() == 4
    for result in results:
        span = result.source_document.text[result.source_start : result.source_end]
        assert span == result.source_text
        assert str(result.value).rstrip("0").rstrip(".").replace(".", ",") in span


def test_the_q1_results_carry_the_comparisons_the_article_reported(demo):
    revenue = Result.objects.get(target=demo.targets["3"])
    assert [(c["basis"], c["percent"]) for c in revenue.comparisons] == [
        ("budget", 18.0),
        ("budget", 16.0),
        ("same_period", 168.4),
    ]
    assert revenue.period.code() == "2022-Q1"


def test_the_demo_administrator_works_for_the_district(demo, settings, tmp_path):
    from tiendo.core.commands import ensure_demo_admin

    settings.DATA_DIR = tmp_path
    from django.contrib.auth import get_user_model

    username, _ = ensure_demo_admin(demo.district)
    admin = get_user_model().objects.get(username=username)
    assert admin.staff_profile.org_unit == demo.district


def test_tiendo_demo_prints_a_usable_account_for_every_role(demo, settings, tmp_path):
    from django.contrib.auth import get_user_model

    from tiendo.accounts.roles import ROLES
    from tiendo.core.commands import ensure_demo_admin
    from tiendo.core.demo.accounts import demo_accounts

    settings.DATA_DIR = tmp_path
    accounts = demo_accounts(ensure_demo_admin(demo.district))
    assert {account.role for account in accounts} == {role.name for role in ROLES}
    for account in accounts:
        user = get_user_model().objects.get(username=account.username)
        assert user.is_active and user.check_password(account.password)
        assert account.username in account.line() and account.password in account.line()
    reporter = next(a for a in accounts if a.username == "nhaplieu")
    assert reporter.unit == demo.district.name
