"""resource (core, no Qt)."""
