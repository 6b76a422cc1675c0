"""MkDocs hooks: pages generated at build time from what the code and openapi/ say (see mkdocs.yml)."""
