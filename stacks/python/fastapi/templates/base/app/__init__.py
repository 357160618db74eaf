"""The task API: a FastAPI application (see app/main.py for how a request flows)."""
