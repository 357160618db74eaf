"""Framework-neutral helpers: plain Python, no web framework imported, so each module is
unit-tested on its own (tests/unit/test_<module>.py)."""
