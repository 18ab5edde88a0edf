from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FuriganaConfig(AppConfig):
    name = "portal.furigana"
    label = "furigana"
    verbose_name = _("Furigana")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from .glossary import bump_glossary_version
        from .models import GlossaryEntry

        # Any change to the staff glossary invalidates current_glossary() (and lets the
        # lead's re-rendering hook notice a new glossary_version()).
        post_save.connect(bump_glossary_version, sender=GlossaryEntry, dispatch_uid="furigana-glossary-save")
        post_delete.connect(bump_glossary_version, sender=GlossaryEntry, dispatch_uid="furigana-glossary-delete")
