from modeltranslation.translator import TranslationOptions, register

from .models import Procedure


@register(Procedure)
class ProcedureTranslation(TranslationOptions):
    fields = ("name", "description")
