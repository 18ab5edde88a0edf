from django.urls import path

from . import views

app_name = "qa"
urlpatterns = [
    path("", views.index, name="index"),
    path("topic/<slug:slug>/", views.topic, name="topic"),
    path("<int:number>/", views.question_by_number, name="question-by-number"),
    path("<int:number>/<slug:slug>/", views.question, name="question"),
]
