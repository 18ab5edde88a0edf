from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    name = "portal.editorial"
    label = "editorial"
    verbose_name = _("Editing")

    def ready(self):
        from django.db.models.signals import post_delete, post_save, pre_save

        from portal.editorial import rerender
        from portal.furigana.models import GlossaryEntry

        # Connected after the furigana app's own receivers (INSTALLED_APPS order), so the glossary cache
        # is already invalidated when these re-render.
        pre_save.connect(rerender.remember_old_surface, sender=GlossaryEntry, dispatch_uid="rerender-pre")
        post_save.connect(rerender.glossary_entry_changed, sender=GlossaryEntry, dispatch_uid="rerender-save")
        post_delete.connect(rerender.glossary_entry_changed, sender=GlossaryEntry, dispatch_uid="rerender-delete")
