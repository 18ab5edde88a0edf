from modeltranslation.translator import TranslationOptions, register

from .models import Card, CardCell, CardItem


@register(Card)
class CardTranslation(TranslationOptions):
    fields = ("name", "description")


@register(CardItem)
class CardItemTranslation(TranslationOptions):
    fields = ("label",)


@register(CardCell)
class CardCellTranslation(TranslationOptions):
    fields = ("note",)
