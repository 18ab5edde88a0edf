from django.contrib import admin
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from .models import Update


@admin.register(Update)
class UpdateAdmin(TabbedTranslationAdmin):
    """Change notes, fixed or deleted here; they are made by saving an item with "Major change" ticked.

    An update belongs to one item (the generic relation), so one cannot be added by hand. Editing a note
    re-renders it and refreshes the item's page, the updates list and the feeds (see apps.update_changed).
    """

    list_display = ("created_at", "note", "content_type", "created_by")
    fields = ("note", "changed_item", "content_type", "created_by", "created_at")
    readonly_fields = ("changed_item", "content_type", "created_by", "created_at")

    def has_add_permission(self, request):
        return False

    @admin.display(description=_("Changed item"))
    def changed_item(self, update):
        item = update.item
        if item is None:
            return "-"
        opts = item._meta
        try:
            url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[item.pk])
        except NoReverseMatch:
            return str(item)
        return format_html('<a href="{}">{}</a>', url, item)
