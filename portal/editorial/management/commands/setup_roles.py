from django.contrib.auth.models import Group, Permission
from django.core.management.base import BaseCommand

from portal.editorial.rerender import rendered_models

EDITOR = "editor"
PUBLISHER = "publisher"


def content_permissions(actions):
    models = [model for model in rendered_models()] + [_glossary_model()]
    codenames = [f"{action}_{model._meta.model_name}" for model in models for action in actions]
    return Permission.objects.filter(
        content_type__app_label__in={model._meta.app_label for model in models}, codename__in=codenames
    )


def _glossary_model():
    from portal.furigana.models import GlossaryEntry

    return GlossaryEntry


class Command(BaseCommand):
    help = "Create or refresh the staff groups: editor (edits content) and publisher (also publishes, deletes)."

    def handle(self, *args, **options):
        editor, _ = Group.objects.get_or_create(name=EDITOR)
        editor.permissions.set(content_permissions(["view", "add", "change"]))
        publisher, _ = Group.objects.get_or_create(name=PUBLISHER)
        publisher.permissions.set([
            *content_permissions(["view", "add", "change", "delete"]),
            Permission.objects.get(content_type__app_label="core", codename="publish"),
        ])
        self.stdout.write(
            f"{EDITOR}: {editor.permissions.count()} permissions; {PUBLISHER}: {publisher.permissions.count()} permissions"
        )
