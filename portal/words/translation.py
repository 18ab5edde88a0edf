from modeltranslation.translator import TranslationOptions, register

from .models import HardWord


@register(HardWord)
class HardWordTranslation(TranslationOptions):
    fields = ("meaning",)
