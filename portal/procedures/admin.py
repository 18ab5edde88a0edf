from django.contrib import admin

from portal.editorial.admin_base import ContentAdmin, PublishableListMixin

from .models import Procedure


@admin.register(Procedure)
class ProcedureAdmin(PublishableListMixin, ContentAdmin):
    list_display = ("key", "name", "place", "order", "state", "translations")
    list_filter = ("state", "place")
    filter_horizontal = ("sources",)
