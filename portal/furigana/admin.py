from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .models import GlossaryEntry


@admin.register(GlossaryEntry)
class GlossaryEntryAdmin(admin.ModelAdmin):
    list_display = ("surface", "reading", "scope", "short_note", "updated_at")
    list_filter = ("scope", "updated_at")
    search_fields = ("surface", "reading", "note")
    ordering = ("surface",)
    readonly_fields = ("updated_at",)
    fields = ("surface", "reading", "scope", "note", "updated_at")

    @admin.display(description=_("note"))
    def short_note(self, entry):
        return entry.note if len(entry.note) <= 60 else entry.note[:59] + "…"
