"""The Django project: settings, URLs and WSGI entry point, plus one package per app."""
