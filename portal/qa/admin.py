from django.contrib import admin
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _

from portal.editorial.admin_base import ContentAdmin, PublishableListMixin

from .models import Question, Topic


@admin.register(Topic)
class TopicAdmin(PublishableListMixin, ContentAdmin):
    list_display = ("slug", "title", "order", "state", "translations")
    search_fields = ("slug", "title_ja", "title_en", "old_slugs__slug")
    readonly_fields = ("old_slug_list",)

    @admin.display(description=_("Old slugs (their addresses redirect here)"))
    def old_slug_list(self, obj):
        # Recorded automatically when the slug changes (portal/qa/models.py); nothing to edit by hand.
        old = list(obj.old_slugs.all()) if obj is not None and obj.pk else []
        if not old:
            return "-"
        return format_html_join(", ", "<code>{}</code>", ((item.slug,) for item in old))


@admin.register(Question)
class QuestionAdmin(PublishableListMixin, ContentAdmin):
    list_display = ("number", "question", "topic", "state", "certainty", "last_reviewed", "translations")
    list_display_links = ("number", "question")
    list_filter = ("state", "topic", "certainty")
    search_fields = ("=number", "slug", "question_ja", "question_en", "answer_ja", "answer_en")
    filter_horizontal = ("sources",)

    def get_readonly_fields(self, request, obj=None):
        # The number is the question's permanent address: set once, never changed.
        fields = super().get_readonly_fields(request, obj)
        return [*fields, "number"] if obj is not None else fields
