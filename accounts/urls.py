"""Admin views of this app that take the place of Wagtail's own (included before them)."""

from django.urls import path

from .password_reset import ThrottledPasswordResetView

urlpatterns = [
    # Same address as Wagtail's view, which this one extends; listed first, so it answers.
    path("password_reset/", ThrottledPasswordResetView.as_view()),
]
