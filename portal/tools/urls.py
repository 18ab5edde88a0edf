from django.urls import path

from . import views

app_name = "tools"
urlpatterns = [
    path("", views.index, name="index"),
    path("search/", views.search, name="search"),
    path("which-option/", views.chooser, name="chooser"),
    path("my-dates/", views.my_dates, name="dates"),
]
