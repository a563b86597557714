from django.urls import path

from . import views

app_name = "signups"

urlpatterns = [
    path("<int:pk>/", views.signup, name="signup"),
    path("afmeld/<str:token>/", views.cancel, name="cancel"),
]
