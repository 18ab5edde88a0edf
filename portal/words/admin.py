from django.contrib import admin

from portal.editorial.admin_base import ContentAdmin, PublishableListMixin

from .models import HardWord


@admin.register(HardWord)
class HardWordAdmin(PublishableListMixin, ContentAdmin):
    list_display = ("word", "reading", "state", "translations")
    search_fields = ("word", "reading", "meaning_en")
