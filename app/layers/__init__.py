"""layers (core, no Qt)."""
