from modeltranslation.translator import TranslationOptions, register

from .models import Source


@register(Source)
class SourceTranslation(TranslationOptions):
    fields = ("title", "publisher", "note")
