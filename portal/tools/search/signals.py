"""Index content when it is saved or deleted (admin, load_content, anything that calls save())."""
from django.db.models.signals import post_delete, post_save


def _saved(sender, instance, raw=False, **kwargs):
    if raw:  # loaddata: the rows may be half there; build_search_index catches up
        return
    from .indexing import index_object

    index_object(instance)


def _deleted(sender, instance, **kwargs):
    from .indexing import remove_object

    remove_object(instance)


def connect():
    from portal.pages.models import Section
    from portal.qa.models import Question

    for model in (Question, Section):
        post_save.connect(_saved, sender=model, dispatch_uid=f"tools-index-{model._meta.label}")
        post_delete.connect(_deleted, sender=model, dispatch_uid=f"tools-unindex-{model._meta.label}")
