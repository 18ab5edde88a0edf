from modeltranslation.translator import TranslationOptions, register

from .models import Question, Topic


@register(Topic)
class TopicTranslation(TranslationOptions):
    fields = ("title", "summary")


@register(Question)
class QuestionTranslation(TranslationOptions):
    fields = ("question", "answer")
