"""Pages that list many things keep a small, constant number of queries (uncached)."""

from __future__ import annotations

import pytest

MAX_QUERIES = 30


@pytest.fixture
def many_articles(add_article):
    for number in range(15):
        add_article(f"Tin thứ {number} về Bảo Thắng (minh họa)")


@pytest.mark.parametrize(
    "url",
    ["/", "/tin-tuc/", "/nghi-quyet/", "/nghi-quyet/15-nq-hu-2022/", "/tim-kiem/?q=bao+thang"],
)
def test_listing_pages_use_few_queries(many_articles, client, django_assert_max_num_queries, url):
    with django_assert_max_num_queries(MAX_QUERIES):
        assert client.get(url).status_code == 200


def test_resolution_page_queries_do_not_grow_with_its_targets(
    portal_demo, client, django_assert_max_num_queries
):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tiendo.core.models import Target

    url = f"/nghi-quyet/{portal_demo.resolution.slug}/"
    with CaptureQueriesContext(connection) as before:
        client.get(url)
    for number in range(5, 15):
        Target.objects.create(
            resolution=portal_demo.resolution,
            ordinal=str(number),
            sort_order=number,
            indicator=f"Chỉ tiêu thêm {number} (minh họa)",
            period_year=2022,
        )
    cache.clear()
    with django_assert_max_num_queries(len(before.captured_queries)):
        client.get(url)


@pytest.mark.parametrize(
    ("template", "budget"),
    [
        ("/", 4),
        ("/nghi-quyet/{slug}/", 5),
        ("/nghi-quyet/{slug}/chi-tieu/{id}/", 6),
    ],
)
def test_a_warm_process_serves_the_progress_pages_in_a_few_queries(
    portal_demo, client, settings, django_assert_max_num_queries, template, budget
):
    """Uncached, once the process knows the site and the route: the page's own reads
    (news, resolutions, stored progress, tasks, results, articles), and the cache
    generation, read on every request here (read once a second in production)."""
    settings.TIENDO_PAGE_CACHE = False
    url = template.format(slug=portal_demo.resolution.slug, id=portal_demo.targets["3"].pk)
    assert client.get(url).status_code == 200
    with django_assert_max_num_queries(budget):
        assert client.get(url).status_code == 200
