from __future__ import annotations

from django.urls import path, re_path

from tiendo.portal import feeds, page_views, views

app_name = "portal"

urlpatterns = [
    path("tim-kiem/", views.search, name="search"),
    path("tin-tuc/rss/", feeds.news_feed, name="news_feed"),
    path("gioi-thieu/", views.about, name="about"),
    path("chinh-sach-bao-mat/", views.privacy, name="privacy"),
    path(".well-known/security.txt", views.security_contact, name="security_txt"),
    # Last: every other page goes to Wagtail, through the page cache.
    re_path(page_views.PAGE_PATH_PATTERN, page_views.cached_page, name="page"),
]
