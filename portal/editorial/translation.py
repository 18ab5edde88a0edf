from modeltranslation.translator import TranslationOptions, register

from .models import Update


@register(Update)
class UpdateTranslation(TranslationOptions):
    fields = ("note",)
