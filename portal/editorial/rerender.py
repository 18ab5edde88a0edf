"""Re-rendering stored display HTML when the furigana glossary changes."""
from django.apps import apps
from django.db.models import Q

from portal.core.models import Rendered
from portal.core.pagecache import bump_content_version
from portal.languages import JAPANESE_CODES, column_suffix


def rendered_models():
    return [model for model in apps.get_models() if issubclass(model, Rendered)]


def rerender_texts_containing(*surfaces: str) -> int:
    """Render again every item whose Japanese or easy-Japanese text contains one of the surfaces."""
    surfaces = [surface for surface in surfaces if surface]
    count = 0
    for model in rendered_models():
        condition = Q()
        for field in model.text_fields():
            for code in JAPANESE_CODES:
                for surface in surfaces:
                    condition |= Q(**{f"{field}_{column_suffix(code)}__contains": surface})
        if not condition:
            continue
        for item in model.objects.filter(condition):
            item.render()
            # Derived HTML only: no new version, no revision bump, no translation marks.
            model.objects.filter(pk=item.pk).update(rendered=item.rendered, uncertain_readings=item.uncertain_readings)
            count += 1
    if count:
        bump_content_version()
    return count


def remember_old_surface(sender, instance, **kwargs):
    instance._old_surface = sender.objects.filter(pk=instance.pk).values_list("surface", flat=True).first()


def glossary_entry_changed(sender, instance, **kwargs):
    rerender_texts_containing(instance.surface, getattr(instance, "_old_surface", None) or "")
