from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


# Apps whose rows appear on public pages: any change to them invalidates the page cache.
CONTENT_APPS = {"sources", "pages", "qa", "cards", "schedule", "procedures", "words", "furigana"}


class CoreConfig(AppConfig):
    name = "portal.core"
    label = "core"
    verbose_name = _("Portal")

    def ready(self):
        # Without this entry get_language_info("ja-easy") silently answers with Japanese's entry.
        from django.conf import locale

        from portal.languages import EASY, EASY_LANG_INFO

        locale.LANG_INFO.setdefault(EASY, EASY_LANG_INFO)

        from django.db.models.signals import m2m_changed, post_delete, post_save

        from portal.core.pagecache import bump_content_version

        def content_changed(sender, **kwargs):
            if sender._meta.app_label in CONTENT_APPS:
                bump_content_version()

        for signal in (post_save, post_delete, m2m_changed):
            signal.connect(content_changed, weak=False, dispatch_uid=f"pagecache-{signal!r}")
