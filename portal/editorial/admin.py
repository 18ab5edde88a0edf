from django.contrib import admin
from modeltranslation.admin import TabbedTranslationAdmin

from .models import Update


@admin.register(Update)
class UpdateAdmin(TabbedTranslationAdmin):
    list_display = ("created_at", "note", "content_type", "created_by")
    readonly_fields = ("content_type", "object_id", "created_by", "created_at")
