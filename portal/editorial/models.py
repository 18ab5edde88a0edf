from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from portal.core.models import Publishable, Rendered, State
from portal.languages import CODES


class UpdateQuerySet(models.QuerySet):
    def public(self):
        """Updates of items the public can see: the item still exists and, if it can be a draft, is published.

        Anything else would announce a draft or link to a page that answers 404.
        """
        condition = None
        content_types = self.order_by().values_list("content_type", flat=True).distinct()
        for content_type_id in content_types:
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            if model is None:  # the model was removed since
                continue
            items = model._default_manager.all()
            if issubclass(model, Publishable):
                items = items.filter(state=State.PUBLISHED)
            this = Q(content_type_id=content_type_id, object_id__in=items.values("pk"))
            condition = this if condition is None else condition | this
        if condition is None:
            return self.none()
        return self.filter(condition).prefetch_related("item")


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

    objects = UpdateQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("update")
        verbose_name_plural = _("updates")

    def __str__(self):
        return self.note

    def get_absolute_url(self):
        return self.item.get_absolute_url() if self.item is not None else "/"

    @property
    def local_date(self):
        """The day of the change where the portal is (TIME_ZONE, Asia/Tokyo), not in UTC."""
        return timezone.localdate(self.created_at) if self.created_at else None

    def page_title(self) -> str:
        """The changed item's name in the current language, as plain text."""
        return str(self.item) if self.item is not None else ""

    def page_title_html(self) -> SafeString:
        """The changed item's name in the current language, as display HTML (with furigana markup)."""
        item = self.item
        if item is None:
            return escape("")
        if getattr(item, "inline_fields", ()):
            return item.html(item.inline_fields[0])
        return escape(str(item))

    def notes_html(self) -> dict[str, str]:
        return {code: self.rendered.get(f"note:{code}", "") for code in CODES}


def refresh_last_major_change(content_type: ContentType, object_id) -> dict | None:
    """Copy the item's newest update (date and note HTML) onto the item, where its page reads it."""
    model = content_type.model_class()
    if model is None or not issubclass(model, Publishable):
        return None
    newest = Update.objects.filter(content_type=content_type, object_id=object_id).first()
    value = None
    if newest is not None:
        value = {"date": newest.local_date.isoformat(), "html": newest.notes_html()}
    # Derived data only: no new version, no revision bump, no translation marks.
    model._default_manager.filter(pk=object_id).update(last_major_change=value)
    return value
