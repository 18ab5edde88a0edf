from modeltranslation.translator import TranslationOptions, register

from .models import Section


@register(Section)
class SectionTranslation(TranslationOptions):
    fields = ("heading", "body")
