from django.contrib import admin

from portal.editorial.admin_base import ContentAdmin, PublishableListMixin

from .models import Source


@admin.register(Source)
class SourceAdmin(PublishableListMixin, ContentAdmin):
    list_display = ("key", "title", "kind", "official", "state", "translations")
    list_filter = ("state", "kind", "official")
    search_fields = ("key", "title_ja", "title_en", "url")
