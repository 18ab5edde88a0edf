from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.core.models import Rendered


class Update(Rendered):
    """A major change to published content, announced on its page, in the updates list and the feeds."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    item = GenericForeignKey("content_type", "object_id")
    created_at = models.DateTimeField(_("date"), auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   verbose_name=_("by"))
    note = models.CharField(_("change note"), max_length=300)

    inline_fields = ("note",)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("update")
        verbose_name_plural = _("updates")

    def __str__(self):
        return self.note

    def get_absolute_url(self):
        return self.item.get_absolute_url() if self.item is not None else "/"
