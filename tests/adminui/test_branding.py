from __future__ import annotations

import json
import re

import pytest
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Site

TAGLINE = "tiendo: theo dõi tiến độ thực hiện nghị quyết và chỉ tiêu"


@pytest.fixture
def agency(db):
    from tiendo.portal.models import PortalSettings

    settings = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    settings.agency_name = "Ủy ban nhân dân xã Xuân Quang"
    settings.save()
    return settings


def sidebar(response) -> dict:
    found = re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>',
        response.content.decode(),
        re.DOTALL,
    )
    return json.loads(found.group(1))


def test_dashboard_shows_the_agency_name_its_emblem_and_what_tiendo_is(
    client, province_admin, agency
):
    client.force_login(province_admin)
    page = client.get("/quan-tri/").content.decode()
    assert "<title>" in page and "Ủy ban nhân dân xã Xuân Quang</title>" in page
    assert '<h1 class="w-h1 w-mt-0 w-mb-0">Ủy ban nhân dân xã Xuân Quang</h1>' in page
    assert TAGLINE in page
    logo = re.search(
        r"<template data-wagtail-sidebar-branding-logo>(.*?)</template>", page, re.DOTALL
    )
    assert "adminui/emblem.svg" in logo.group(1)


def test_the_emblem_chosen_in_the_site_settings_replaces_the_built_in_one(
    client, province_admin, agency
):
    from wagtail.images.models import Image

    from tiendo.adminui.models import AdminBranding

    emblem = Image.objects.create(title="Quốc huy", file=get_test_image_file())
    branding = AdminBranding.for_site(agency.site)
    branding.emblem = emblem
    branding.save()
    client.force_login(province_admin)
    page = client.get("/quan-tri/").content.decode()
    logo = re.search(
        r"<template data-wagtail-sidebar-branding-logo>(.*?)</template>", page, re.DOTALL
    )
    assert "/images/" in logo.group(1) and "adminui/emblem.svg" not in logo.group(1)


def test_login_page_says_what_tiendo_is(client, db):
    assert TAGLINE in client.get("/dang-nhap/").content.decode()


def test_help_menu_leads_to_tiendos_guide_not_to_wagtails_website(client, province_admin):
    client.force_login(province_admin)
    menu = json.dumps(sidebar(client.get("/quan-tri/")), ensure_ascii=False)
    assert "Hướng dẫn sử dụng" in menu and "/quan-tri/huong-dan/" in menu
    assert "wagtail.org" not in menu
    guide = client.get("/quan-tri/huong-dan/")
    assert guide.status_code == 200 and "docs/huong-dan/" in guide.content.decode()


def test_english_stays_available_as_a_users_interface_language(client, province_admin):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(province_admin)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(province_admin)
    page = client.get("/quan-tri/")
    labels = json.dumps(sidebar(page))
    assert 'lang="en"' in page.content.decode()
    assert '"Reports"' in labels and '"Help"' in labels
