from django.contrib import admin

from portal.editorial.admin_base import ContentAdmin, PublishableListMixin

from .models import Question, Topic


@admin.register(Topic)
class TopicAdmin(PublishableListMixin, ContentAdmin):
    list_display = ("slug", "title", "order", "state", "translations")
    search_fields = ("slug", "title_ja", "title_en")


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
