"""Cross-cutting pieces every app uses: configuration parsing, errors, logging, middleware."""
