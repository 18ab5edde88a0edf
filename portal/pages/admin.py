from django.contrib import admin

from portal.editorial.admin_base import ContentAdmin, PublishableListMixin

from .models import Section


@admin.register(Section)
class SectionAdmin(PublishableListMixin, ContentAdmin):
    list_display = ("key", "heading", "page", "order", "state", "certainty", "last_reviewed", "translations")
    list_filter = ("state", "page", "certainty")
    search_fields = ("key", "heading_ja", "heading_en", "body_ja", "body_en")
    filter_horizontal = ("sources",)
