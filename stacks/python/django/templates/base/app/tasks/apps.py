from django.apps import AppConfig


class TasksConfig(AppConfig):
    name = "app.tasks"
    label = "tasks"
