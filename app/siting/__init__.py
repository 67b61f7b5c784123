"""siting (core, no Qt)."""
