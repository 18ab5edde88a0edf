from django.urls import path

from . import views

app_name = "editorial"
urlpatterns = [
    path("", views.updates, name="updates"),
    path("feed/", views.UpdatesFeed(), name="feed"),
]
