"""URLs of the sharing feature.

``neutral_urlpatterns`` are included unprefixed at the root (they name no language);
``urlpatterns`` are included inside i18n_patterns at the language root (/<lang>/...).
"""
from django.urls import path, re_path

from portal.sharing import views

neutral_urlpatterns = [
    re_path(r"^q/(?P<number>[0-9]{1,9})/?$", views.short_question_any_language, name="sharing-short-question-any"),
    path("qr.svg", views.qr_code, name="sharing-qr"),
    path("robots.txt", views.robots_txt, name="sharing-robots"),
]

urlpatterns = [
    re_path(r"^q/(?P<number>[0-9]{1,9})/?$", views.short_question, name="sharing-short-question"),
    path("print/topic/<slug:slug>/", views.topic_sheet, name="sharing-topic-sheet"),
    path("counter/", views.counter_index, name="sharing-counter-index"),
    path("counter/procedure/<slug:key>/", views.counter_procedure, name="sharing-counter-procedure"),
    path("counter/item/<slug:key>/", views.counter_item, name="sharing-counter-item"),
    path("schedule.ics", views.schedule_ics, name="sharing-schedule-ics"),
]
