"""Pydantic models for request bodies, query strings and JSON responses."""
