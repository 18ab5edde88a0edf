from django.contrib import admin
from modeltranslation.admin import TranslationTabularInline

from portal.editorial.admin_base import ContentAdmin, PublishableListMixin

from .models import Card, CardCell, CardItem


@admin.register(Card)
class CardAdmin(PublishableListMixin, ContentAdmin):
    list_display = ("key", "name", "order", "state", "translations")
    filter_horizontal = ("sources",)


class CardCellInline(TranslationTabularInline):
    model = CardCell
    extra = 0
    fields = ("card", "presence", "side", "note")


@admin.register(CardItem)
class CardItemAdmin(PublishableListMixin, ContentAdmin):
    list_display = ("key", "label", "order", "state", "translations")
    inlines = [CardCellInline]
    filter_horizontal = ("sources",)
