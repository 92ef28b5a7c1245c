"""Keep the search index and the page cache in step with the content.

Connected in PortalConfig.ready(). Search entries follow each saved item; the page
cache is invalidated as a whole whenever anything the portal shows changes.
"""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from tiendo.core.models import Document, Resolution, Target
from tiendo.portal import services
from tiendo.portal.cache import invalidate_portal_cache
from tiendo.portal.models import (
    DocumentIndexPage,
    NewsPage,
    PortalSettings,
    ResolutionIndexPage,
    SearchEntry,
)

# Apps whose rows appear on public pages: any save there makes cached pages stale.
CONTENT_APPS = frozenset({"core", "portal", "wagtailcore", "wagtailimages", "wagtaildocs"})


@receiver(post_save)
@receiver(post_delete)
def invalidate_cache_on_content_change(sender, **kwargs):  # type: ignore[no-untyped-def]
    if sender is SearchEntry or kwargs.get("raw"):
        return
    if sender._meta.app_label in CONTENT_APPS or sender is PortalSettings:
        invalidate_portal_cache()


@receiver(post_save, sender=NewsPage)
def index_saved_news_page(sender, instance, raw=False, update_fields=None, **kwargs):  # type: ignore[no-untyped-def]
    # Partial saves (a draft revision) leave the live content unchanged.
    if raw or update_fields is not None:
        return
    services.index_news_page(instance)


@receiver(page_published)
def index_published_page(sender, instance, **kwargs):  # type: ignore[no-untyped-def]
    invalidate_portal_cache()
    if isinstance(instance, NewsPage):
        services.index_news_page(instance)
    elif isinstance(instance, DocumentIndexPage | ResolutionIndexPage):
        # Their URLs prefix every document, resolution and target entry.
        services.rebuild_search_index()


@receiver(page_unpublished)
def unindex_unpublished_page(sender, instance, **kwargs):  # type: ignore[no-untyped-def]
    invalidate_portal_cache()
    if isinstance(instance, NewsPage):
        services.remove_entry(SearchEntry.Kind.NEWS, instance.pk)


@receiver(post_delete, sender=NewsPage)
def unindex_deleted_news_page(sender, instance, **kwargs):  # type: ignore[no-untyped-def]
    services.remove_entry(SearchEntry.Kind.NEWS, instance.pk)


@receiver(post_save, sender=Document)
def index_saved_document(sender, instance, raw=False, **kwargs):  # type: ignore[no-untyped-def]
    if not raw:
        services.index_document(instance)


@receiver(post_delete, sender=Document)
def unindex_deleted_document(sender, instance, **kwargs):  # type: ignore[no-untyped-def]
    services.remove_entry(SearchEntry.Kind.DOCUMENT, instance.pk)


@receiver(post_save, sender=Resolution)
def index_saved_resolution(sender, instance, raw=False, **kwargs):  # type: ignore[no-untyped-def]
    if not raw:
        services.index_resolution(instance)


@receiver(post_delete, sender=Resolution)
def unindex_deleted_resolution(sender, instance, **kwargs):  # type: ignore[no-untyped-def]
    services.remove_entry(SearchEntry.Kind.RESOLUTION, instance.pk)


@receiver(post_save, sender=Target)
def index_saved_target(sender, instance, raw=False, **kwargs):  # type: ignore[no-untyped-def]
    if not raw:
        services.index_target(instance)


@receiver(post_delete, sender=Target)
def unindex_deleted_target(sender, instance, **kwargs):  # type: ignore[no-untyped-def]
    services.remove_entry(SearchEntry.Kind.TARGET, instance.pk)
