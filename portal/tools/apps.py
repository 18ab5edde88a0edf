from django.apps import AppConfig


class ToolsConfig(AppConfig):
    name = "portal.tools"
    label = "tools"
    verbose_name = "Resident tools"

    def ready(self):
        # Keeps the search index in step with content saved from the admin or by load_content.
        from portal.tools.search import signals

        signals.connect()
