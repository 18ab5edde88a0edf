from django.db import models


class LoadRecord(models.Model):
    """What the content files said about an item when it was last loaded.

    Comparing it with the file and with the database tells a file change from an admin edit, so that
    loading again never overwrites what staff wrote.
    """

    model = models.CharField(max_length=100)
    key = models.CharField(max_length=200)
    digest = models.CharField(max_length=64)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["model", "key"], name="one_record_per_item")]

    def __str__(self):
        return f"{self.model} {self.key}"
