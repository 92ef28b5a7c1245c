"""The portal's screens in the Wagtail admin (the news categories), and its pages
offered to the page cache."""

from __future__ import annotations

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from tiendo.pagecache import mark_cacheable
from tiendo.portal.models import NewsCategory


class NewsCategoryViewSet(SnippetViewSet):
    model = NewsCategory
    icon = "tag"
    menu_label = "Chuyên mục tin"
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "slug"]
    search_fields = ["name"]


register_snippet(NewsCategoryViewSet)


@hooks.register("before_serve_page")
def offer_page_to_the_page_cache(page, request, serve_args, serve_kwargs):  # type: ignore[no-untyped-def]
    """Every published page is the same for all anonymous visitors, given the query
    parameters its type reads (`page_cache_params`). Wagtail's own restrictions still
    apply: a private page answers with a form or a redirect, which is never stored."""
    mark_cacheable(request, getattr(page, "page_cache_params", ()))
