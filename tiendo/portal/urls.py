from __future__ import annotations

from django.urls import path

from tiendo.portal import feeds, views

app_name = "portal"

urlpatterns = [
    path("tim-kiem/", views.search, name="search"),
    path("tin-tuc/rss/", feeds.news_feed, name="news_feed"),
    path("gioi-thieu/", views.about, name="about"),
    path("chinh-sach-bao-mat/", views.privacy, name="privacy"),
]
