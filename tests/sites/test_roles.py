"""Editors and moderators of one commune's site work on that site only."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied
from wagtail.documents import get_document_model
from wagtail.models import Page
from wagtail.permissions import policy_registry

from tiendo.feedback import services as feedback_services
from tiendo.sites.models import SiteCollection


def test_an_editor_of_commune_a_cannot_see_or_edit_commune_bs_pages(client, communes, site_staff):
    editor = site_staff("editor", "A")
    home_a = communes.sites["A"].root_page
    home_b = communes.sites["B"].root_page
    assert home_a.permissions_for_user(editor).can_edit()
    news_a = Page.objects.child_of(home_a).get(slug="tin-tuc")
    assert news_a.permissions_for_user(editor).can_add_subpage()
    assert not home_b.permissions_for_user(editor).can_edit()
    client.force_login(editor)
    assert client.get(f"/quan-tri/pages/{home_a.pk}/edit/").status_code == 200
    assert client.get(f"/quan-tri/pages/{home_b.pk}/edit/").status_code in (302, 403)
    news_b = Page.objects.child_of(home_b).get(slug="tin-tuc")
    add_url = f"/quan-tri/pages/add/portal/newspage/{news_b.pk}/"
    assert client.get(add_url).status_code in (302, 403)
    explorer = client.get(f"/quan-tri/pages/{home_b.pk}/")
    assert explorer.status_code in (302, 403) or "Xã B" not in explorer.content.decode()


def test_an_editor_files_documents_only_in_their_sites_collection(communes, site_staff):
    editor = site_staff("editor", "A")
    document_policy = policy_registry.get_by_type(get_document_model())
    collections = document_policy.collections_user_has_permission_for(editor, "add")
    mine = SiteCollection.objects.get(site=communes.sites["A"]).collection
    theirs = SiteCollection.objects.get(site=communes.sites["B"]).collection
    assert mine in collections and theirs not in collections
    document = get_document_model().objects.create(title="Báo cáo xã B", collection=theirs)
    assert not document_policy.user_has_permission_for_instance(editor, "change", document)


def test_a_moderator_of_a_does_not_see_bs_feedback(client, communes, site_staff):
    moderator = site_staff("moderator", "A")
    client.force_login(moderator)
    listing = client.get("/quan-tri/gop-y/").content.decode()
    assert communes.feedback["A"].reference in listing
    assert communes.feedback["B"].reference not in listing
    assert client.get(f"/quan-tri/gop-y/edit/{communes.feedback['A'].pk}/").status_code == 200
    assert client.get(f"/quan-tri/gop-y/edit/{communes.feedback['B'].pk}/").status_code == 404
    assert client.get(f"/quan-tri/gop-y/delete/{communes.feedback['B'].pk}/").status_code == 404


def test_a_moderator_of_a_cannot_act_on_bs_feedback_by_any_path(communes, site_staff):
    moderator = site_staff("moderator", "A")
    with pytest.raises(PermissionDenied):
        feedback_services.assign_feedback(
            communes.feedback["B"], communes.communes["B"], by=moderator
        )
    done = feedback_services.assign_feedback(
        communes.feedback["A"], communes.communes["A"], by=moderator
    )
    assert done.status == "assigned"


def test_staff_with_the_installation_wide_moderator_role_see_every_sites_feedback(
    client, communes, django_user_model
):
    from django.contrib.auth.models import Group

    from tiendo.accounts.role_sync import sync_roles

    sync_roles()
    user = django_user_model.objects.create_user(username="kiemduyet-tinh", is_staff=True)
    user.groups.add(Group.objects.get(name="Kiểm duyệt góp ý"))
    client.force_login(user)
    listing = client.get("/quan-tri/gop-y/").content.decode()
    assert all(item.reference in listing for item in communes.feedback.values())


def test_the_demo_gives_each_commune_an_editor_and_a_moderator_of_its_own(communes):
    from django.contrib.auth import get_user_model

    from tiendo.sites.access import may_handle_feedback
    from tiendo.sites.demo import add_accounts

    lines = add_accounts(communes, "mat-khau-minh-hoa")
    assert len(lines) == 6
    moderator = get_user_model().objects.get(username="kiemduyet-xa-b")
    assert moderator.check_password("mat-khau-minh-hoa")
    assert may_handle_feedback(moderator, communes.feedback["B"])
    assert not may_handle_feedback(moderator, communes.feedback["A"])


def test_a_moderators_dashboard_lists_only_their_sites_waiting_messages(communes, site_staff):
    from tiendo.adminui.panels import feedback_items

    shown = " ".join(item.text for item in feedback_items(site_staff("moderator", "A")))
    assert communes.feedback["A"].reference in shown
    assert communes.feedback["B"].reference not in shown
