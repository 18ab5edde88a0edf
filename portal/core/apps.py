from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "portal.core"
    label = "core"
    verbose_name = _("Portal")

    def ready(self):
        # Without this entry get_language_info("ja-easy") silently answers with Japanese's entry.
        from django.conf import locale

        from portal.languages import EASY, EASY_LANG_INFO

        locale.LANG_INFO.setdefault(EASY, EASY_LANG_INFO)
