from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WordsConfig(AppConfig):
    name = "portal.words"
    label = "words"
    verbose_name = _("Hard words")
