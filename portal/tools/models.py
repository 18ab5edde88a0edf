from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    """One question or page section in one language, folded for search.

    Filled when content is saved (portal.tools.search.signals) and rebuilt by ``build_search_index``;
    pages only read it. The ``*_folded``, ``*_romaji`` and ``*_stems`` columns are matched with plain
    ``contains`` lookups (any database); ``layout`` holds what highlighting needs (origins of folded
    characters, ruby readings, word spans).
    """

    class Kind(models.TextChoices):
        QUESTION = "question", _("Question")
        SECTION = "section", _("Section")

    kind = models.CharField(max_length=10, choices=Kind.choices)
    object_id = models.PositiveBigIntegerField()
    language = models.CharField(max_length=10)
    order = models.PositiveIntegerField(default=0)
    url_name = models.CharField(max_length=60)
    url_kwargs = models.JSONField(default=dict, blank=True)
    anchor = models.CharField(max_length=100, blank=True)
    label = models.CharField(max_length=20, blank=True)

    title_text = models.TextField()
    title_folded = models.TextField()
    title_romaji = models.TextField(blank=True)
    title_stems = models.TextField(blank=True)
    body_text = models.TextField()
    body_folded = models.TextField()
    body_romaji = models.TextField(blank=True)
    body_stems = models.TextField(blank=True)
    layout = models.JSONField(default=dict)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id", "language"], name="one_search_entry_per_language")
        ]
        indexes = [models.Index(fields=["language", "kind", "order"])]
        ordering = ["kind", "order"]
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")

    def __str__(self):
        return f"{self.kind} {self.object_id} [{self.language}]"
