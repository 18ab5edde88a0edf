from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def update_changed(sender, instance, raw=False, **kwargs):
    """An update was added, edited (its note, in the admin) or deleted: its item's page and the lists change."""
    from portal.core.pagecache import bump_content_version
    from portal.editorial.models import refresh_last_major_change

    if raw:
        return
    refresh_last_major_change(instance.content_type, instance.object_id)
    # editorial is not among core's CONTENT_APPS, and the item is changed with .update(): invalidate here.
    bump_content_version()


class EditorialConfig(AppConfig):
    name = "portal.editorial"
    label = "editorial"
    verbose_name = _("Editing")

    def ready(self):
        from django.db.models.signals import post_delete, post_save, pre_save

        from portal.editorial import rerender
        from portal.editorial.models import Update
        from portal.furigana.models import GlossaryEntry

        # Connected after the furigana app's own receivers (INSTALLED_APPS order), so the glossary cache
        # is already invalidated when these re-render.
        pre_save.connect(rerender.remember_old_surface, sender=GlossaryEntry, dispatch_uid="rerender-pre")
        post_save.connect(rerender.glossary_entry_changed, sender=GlossaryEntry, dispatch_uid="rerender-save")
        post_delete.connect(rerender.glossary_entry_changed, sender=GlossaryEntry, dispatch_uid="rerender-delete")
        post_save.connect(update_changed, sender=Update, dispatch_uid="editorial-update-save")
        post_delete.connect(update_changed, sender=Update, dispatch_uid="editorial-update-delete")
