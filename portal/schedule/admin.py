from django.contrib import admin

from portal.editorial.admin_base import ContentAdmin, PublishableListMixin

from .models import Event


@admin.register(Event)
class EventAdmin(PublishableListMixin, ContentAdmin):
    list_display = ("key", "title", "date", "precision", "status", "state", "translations")
    list_filter = ("state", "status", "certainty")
    date_hierarchy = "date"
    filter_horizontal = ("sources",)
