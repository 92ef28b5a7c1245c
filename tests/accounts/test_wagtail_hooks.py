from __future__ import annotations

import json

import pytest
from django.contrib.auth import get_user_model

from tiendo.accounts.services import assign_staff_role

pytestmark = pytest.mark.django_db


def test_admin_lists_staff_profiles_with_their_units(client, district):
    admin = get_user_model().objects.create_superuser("quantri-test", password="x")
    reporter = get_user_model().objects.create_user("nhaplieu-test")
    assign_staff_role(reporter, "reporter", org_unit=district)
    client.force_login(admin)
    html = client.get("/quan-tri/ho-so-can-bo/").content.decode()
    assert "nhaplieu-test" in html
    assert district.name in html


def test_admin_menu_links_to_the_two_factor_page(client, staff_user):
    client.force_login(staff_user)
    html = client.get("/quan-tri/").content.decode()
    # The sidebar comes as JSON, so non-ASCII letters are escaped.
    assert f'"label": {json.dumps("Xác thực hai bước")}' in html
    assert '"url": "/tai-khoan/xac-thuc-hai-buoc/"' in html
