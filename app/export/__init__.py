"""export (core, no Qt)."""
