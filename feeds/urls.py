"""Feeds under the language prefix: Danish at /feeds/…, English at /en/feeds/…."""

from django.urls import path

from core.page_cache import reads_query

from . import hearings, news, views

app_name = "feeds"

urlpatterns = [
    path("nyheder/", reads_query()(news.NewsFeed()), name="news"),
    path("nyheder/<slug:topic>/", reads_query()(news.TopicNewsFeed()), name="news_topic"),
    path("hoeringer/", reads_query()(hearings.HearingsFeed()), name="hearings"),
    path("aktiviteter.ics", views.activities_ics, name="activities"),
    path("aktiviteter/<int:pk>.ics", views.activity_ics, name="activity"),
]
