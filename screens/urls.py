"""Public URLs of the screens app, included at ``/screens/`` outside the language prefixes."""

from django.urls import path

from . import views

urlpatterns = [
    path("sw.js", views.service_worker, name="screens_service_worker"),
    path("<slug:key>/", views.player, name="screens_player"),
]
