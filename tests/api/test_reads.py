from __future__ import annotations

import pytest
from django.test import Client

from tests.api.conftest import RESOLUTION_SLUG
from tiendo.core.models import Resolution, Target
from tiendo.core.progress import resolution_progress
from tiendo.periods import Period

# Every anonymous GET first asks the page cache, which reads its generation (tests read
# it on every request; production at most once a second per process).
GENERATION_READ = 1


@pytest.fixture
def client() -> Client:
    return Client()


def _extra_resolutions(core_demo, count: int) -> None:
    for n in range(count):
        resolution = Resolution.objects.create(
            number=f"{20 + n}-NQ/HU",
            slug=f"nq-them-{n}",
            issuer=core_demo.party_committee,
            title=f"Nghị quyết thêm {n} (minh họa)",
            year_from=2023,
            year_to=2023,
        )
        for ordinal in range(1, 4):
            Target.objects.create(
                resolution=resolution,
                ordinal=str(ordinal),
                indicator=f"Chỉ tiêu {ordinal}",
                period_year=2023,
            )


def test_resolution_list_shows_public_resolutions_with_their_target_counts(client, core_demo):
    Resolution.objects.create(
        number="99-NQ/HU",
        slug="noi-bo",
        issuer=core_demo.party_committee,
        title="Nội bộ",
        year_from=2022,
        year_to=2022,
        is_public=False,
    )
    response = client.get("/api/resolutions")
    assert response.status_code == 200
    listed = {item["slug"]: item for item in response.json()}
    assert set(listed) == {RESOLUTION_SLUG}
    assert listed[RESOLUTION_SLUG]["number"] == "15-NQ/HU"
    assert listed[RESOLUTION_SLUG]["target_count"] == len(core_demo.targets)


def test_resolution_list_costs_the_same_queries_however_many_resolutions(
    client, core_demo, django_assert_max_num_queries
):
    _extra_resolutions(core_demo, 12)
    with django_assert_max_num_queries(2 + GENERATION_READ):
        response = client.get("/api/resolutions")
    assert len(response.json()) == 13


def test_resolution_detail_names_its_theme_and_source_document(client, core_demo):
    body = client.get(f"/api/resolutions/{RESOLUTION_SLUG}").json()
    assert body["theme"] == core_demo.resolution.theme
    assert body["source_document"] == core_demo.resolution_document.slug
    assert body["issued_on"] == "2021-12-30"


def test_targets_come_in_order_with_their_baselines(
    client, core_demo, django_assert_max_num_queries
):
    with django_assert_max_num_queries(4 + GENERATION_READ):
        body = client.get(f"/api/resolutions/{RESOLUTION_SLUG}/targets").json()
    assert [t["ordinal"] for t in body] == sorted(core_demo.targets)
    revenue = next(t for t in body if t["id"] == core_demo.targets["3"].pk)
    assert {b["kind"] for b in revenue["baselines"]} == {"budget_assigned", "budget_self"}
    assert all(b["inferred"] for b in revenue["baselines"])


def test_progress_is_what_the_progress_adapter_says(client, core_demo):
    period = Period.parse("2022-Q1")
    expected = resolution_progress(core_demo.resolution, period).as_dict()
    body = client.get(f"/api/resolutions/{RESOLUTION_SLUG}/progress?period=2022-Q1").json()
    assert body["resolution"] == RESOLUTION_SLUG
    assert body["summary"] == expected["summary"]
    assert [t["status"] for t in body["targets"]] == [t["status"] for t in expected["targets"]]
    assert body["period"]["code"] == "2022-Q1"


def test_progress_without_a_period_uses_the_latest_reported_one(client, core_demo):
    body = client.get(f"/api/resolutions/{RESOLUTION_SLUG}/progress").json()
    assert body["period"]["code"] == "2022-Q1"


def test_results_of_a_target_carry_their_source_span(client, core_demo):
    target = core_demo.targets["1"]
    body = client.get(f"/api/targets/{target.pk}/results?period=2022-Q1").json()
    assert len(body) == 1
    result = body[0]
    article = core_demo.article
    assert result["value"] == 220.0
    assert result["source"]["document"] == article.slug
    span = article.text[result["source"]["start"] : result["source"]["end"]]
    assert span == result["source"]["text"]


@pytest.mark.parametrize(
    ("query", "expected_count"),
    [("period=2022-Q1", 1), ("period=2022-H1", 0), ("unit=bao-thang", 1), ("unit=lao-cai", 0)],
)
def test_results_filter_by_period_and_unit(client, core_demo, query, expected_count):
    target = core_demo.targets["3"]
    body = client.get(f"/api/targets/{target.pk}/results?{query}").json()
    assert len(body) == expected_count


def test_draft_results_are_not_published(client, core_demo):
    target = core_demo.targets["4"]
    draft = core_demo.results[3]
    draft.review_state = "draft"
    draft.save()
    assert client.get(f"/api/targets/{target.pk}/results").json() == []


def test_result_list_costs_the_same_queries_however_many_results(
    client, core_demo, django_assert_max_num_queries
):
    from tiendo.core.models import Result

    target = core_demo.targets["1"]
    for month in range(1, 13):
        Result.objects.create(
            target=target,
            org_unit=core_demo.district,
            period_year=2021,
            period_from_month=1,
            period_to_month=month,
            kind="actual",
            value=float(month),
            review_state="approved",
        )
    with django_assert_max_num_queries(2 + GENERATION_READ):
        body = client.get(f"/api/targets/{target.pk}/results").json()
    assert len(body) == 13


def test_results_of_a_target_of_a_private_resolution_are_hidden(client, core_demo):
    Resolution.objects.filter(pk=core_demo.resolution.pk).update(is_public=False)
    response = client.get(f"/api/targets/{core_demo.targets['1'].pk}/results")
    assert response.status_code == 404
    assert response.json()["message"] == "Không tìm thấy chỉ tiêu."


def test_progress_and_csv_cost_a_bounded_number_of_queries(
    client, core_demo, django_assert_max_num_queries
):
    # The first read computes the progress and stores it; the next ones read it stored.
    with django_assert_max_num_queries(14 + GENERATION_READ):
        assert client.get(f"/api/resolutions/{RESOLUTION_SLUG}/progress").status_code == 200
    with django_assert_max_num_queries(3 + GENERATION_READ):
        assert client.get(f"/api/resolutions/{RESOLUTION_SLUG}/progress").status_code == 200
    # The CSV reads the stored snapshot with its objects (two queries) beside its own rows.
    with django_assert_max_num_queries(14 + GENERATION_READ):
        assert client.get(f"/api/resolutions/{RESOLUTION_SLUG}/targets.csv").status_code == 200
