from __future__ import annotations

import re

from tiendo.vietnamese import format_number


def test_resolution_page_lists_targets_with_status_and_tasks(portal_demo, client):
    from tiendo.core.progress import resolution_progress

    html = client.get(f"/nghi-quyet/{portal_demo.resolution.slug}/").content.decode()
    progress = resolution_progress(portal_demo.resolution).as_dict()
    for row in progress["targets"]:
        assert row["indicator"] in html
        assert row["status_label"] in html
    for task in portal_demo.resolution.tasks.all():
        assert task.text in html
    assert html.count('<svg class="bieu-do-thanh"') >= 1


def test_a_target_planned_by_budgets_shows_them_in_the_plan_column(portal_demo, client):
    html = client.get(f"/nghi-quyet/{portal_demo.resolution.slug}/").content.decode()
    # Budget revenue has no KH: 123,4 tỷ đồng at 18% and 16,0% give both dự toán.
    assert '685,56 <span class="nhac">(dự toán tỉnh giao, suy ra)</span>' in html
    assert '771,25 <span class="nhac">(dự toán huyện phấn đấu, suy ra)</span>' in html


def test_target_page_links_every_value_to_its_sentence(portal_demo, demo_article_page, client):
    for target in portal_demo.targets.values():
        url = f"/nghi-quyet/{portal_demo.resolution.slug}/chi-tieu/{target.pk}/"
        html = client.get(url).content.decode()
        for result in target.results.all():
            assert f'href="{demo_article_page.url}#so-lieu-{result.pk}"' in html
            assert f'href="/van-ban/{portal_demo.article.slug}/#so-lieu-{result.pk}"' in html


def test_document_page_anchors_the_span_each_result_came_from(portal_demo, client):
    html = client.get(f"/van-ban/{portal_demo.article.slug}/").content.decode()
    for result in portal_demo.results:
        start = f'<mark id="so-lieu-{result.pk}" class="so-lieu">'
        assert start + result.source_text + "</mark>" in html


def test_target_chart_is_an_svg_readable_without_javascript(portal_demo, client):
    target = portal_demo.targets["1"]
    response = client.get(f"/nghi-quyet/{portal_demo.resolution.slug}/chi-tieu/{target.pk}/")
    html = response.content.decode()
    svg = re.search(r'<svg class="bieu-do-chuoi".*?</svg>', html, re.S).group(0)
    assert 'role="img"' in svg and "<title" in svg and "<desc" in svg
    value = format_number(target.results.get().value)
    assert value in svg
    assert "<script" not in html
    # The same values as a table, for those who cannot see the chart.
    assert re.search(r"<table class=\"bang bang-the\">.*" + re.escape(value), html, re.S)


def test_private_resolutions_stay_off_the_portal(portal_demo, client):
    resolution = portal_demo.resolution
    resolution.is_public = False
    resolution.save()
    assert client.get(f"/nghi-quyet/{resolution.slug}/").status_code == 404
    assert resolution.number not in client.get("/nghi-quyet/").content.decode()


def test_a_target_planned_as_a_fall_shows_the_fall_and_the_level_it_means(portal_demo, client):
    from tiendo.core.models import Result, Target
    from tiendo.core.models.choices import ReviewState

    poverty = Target.objects.create(
        resolution=portal_demo.resolution, ordinal="5", sort_order=99,
        indicator="Tỷ lệ hộ nghèo (minh họa)", unit="%", direction="lower", aggregation="mean",
        plan_kind="fall", plan_value=1.0, plan_value_max=1.5, period_year=2022,
    )  # fmt: skip
    Result.objects.create(
        target=poverty, org_unit=portal_demo.district, period_year=2021, period_from_month=1,
        period_to_month=12, kind="actual", value=5.2, review_state=ReviewState.APPROVED,
    )  # fmt: skip
    html = client.get(f"/nghi-quyet/{portal_demo.resolution.slug}/").content.decode()
    assert "giảm từ 1% đến 1,5% so với năm trước (từ 5,2%)" in html
    assert "còn 3,7 – 4,2" in html


def test_a_target_read_from_a_resolution_links_its_plan_to_the_clause(portal_demo, client):
    from tiendo.core.models import Document, Target

    text = "Năm 2022 phấn đấu: tỷ lệ che phủ rừng đạt 57%; thu ngân sách đạt 700 tỷ đồng."
    resolution_text = Document.objects.create(
        kind="resolution", title="Nghị quyết (văn bản minh họa)", slug="nq-minh-hoa", text=text,
        is_public=True,
    )  # fmt: skip
    start = text.index("tỷ lệ che phủ")
    forest = Target.objects.create(
        resolution=portal_demo.resolution, ordinal="6", sort_order=100, unit="%",
        indicator="Tỷ lệ che phủ rừng (minh họa)", plan_value=57.0, period_year=2022,
        aggregation="mean", source_document=resolution_text, source_start=start,
        source_end=text.index(";"),
    )  # fmt: skip
    page = client.get(f"/nghi-quyet/{portal_demo.resolution.slug}/chi-tieu/{forest.pk}/")
    assert f'href="/van-ban/nq-minh-hoa/#chi-tieu-{forest.pk}"' in page.content.decode()
    document = client.get("/van-ban/nq-minh-hoa/").content.decode()
    assert f'<mark id="chi-tieu-{forest.pk}" class="so-lieu">tỷ lệ che phủ rừng đạt 57%</mark>' in (
        document
    )


def test_the_same_ratio_reads_the_same_in_the_narrative_and_the_table(portal_demo, client):
    html = client.get(f"/nghi-quyet/{portal_demo.resolution.slug}/").content.decode()
    # The article wrote "16,0%": the sentence and the table both keep its decimal.
    assert "bằng 16,0% dự toán huyện phấn đấu" in html
    assert '<span class="ti-le">16,0% dự toán huyện phấn đấu</span>' in html
    assert "16% dự toán huyện phấn đấu" not in html


def test_the_target_page_lists_the_sources_ratios_with_their_written_decimals(portal_demo, client):
    revenue = portal_demo.targets["3"]
    html = client.get(
        f"/nghi-quyet/{portal_demo.resolution.slug}/chi-tieu/{revenue.pk}/"
    ).content.decode()
    assert "18% dự toán tỉnh giao; 16,0% dự toán huyện phấn đấu" in html
    assert "16% dự toán huyện phấn đấu" not in html


def test_a_forecast_of_a_count_has_no_decimals(portal_demo, client):
    target = portal_demo.targets["4"]
    html = client.get(f"/nghi-quyet/{portal_demo.resolution.slug}/chi-tieu/{target.pk}/")
    text = html.content.decode()
    assert "khoảng 320 đảng viên" in text
    assert "320,0" not in text


def test_the_resolution_page_says_how_many_of_its_26_targets_are_tracked(portal_demo, client):
    html = client.get(f"/nghi-quyet/{portal_demo.resolution.slug}/").content.decode()
    assert "cổng đang theo dõi số liệu 4/26 chỉ tiêu" in html
    assert "1/4 chỉ tiêu đúng tiến độ" in html and "01/04" not in html
