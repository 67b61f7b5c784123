"""Output of CLI commands: one JSON document on stdout, progress on stderr.

Kept apart from :mod:`app.cli` (which opens the Qt GUI when called bare) so
that the core's command modules import no GUI code, even indirectly.
"""
from __future__ import annotations

import json
import math
import sys


def _json_default(value):
    # numpy scalars and paths are common in results
    if hasattr(value, "item"):
        return value.item()
    return str(value)


def _finite(value):
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    return value


def emit_json(document) -> None:
    """Print one JSON document on stdout (and nothing else there)."""
    json.dump(_finite(document), sys.stdout, ensure_ascii=False, default=_json_default)
    sys.stdout.write("\n")
    sys.stdout.flush()


def progress(message: str) -> None:
    """Progress goes to stderr so that ``--json`` output stays clean."""
    print(message, file=sys.stderr, flush=True)
