"""Output of CLI commands: one JSON document on stdout, progress on stderr.

Kept apart from :mod:`app.cli` (which opens the Qt GUI when called bare) so
that the core's command modules import no GUI code, even indirectly.
"""
from __future__ import annotations

import json
import math
import re
import sys

from app.core.text import terminal_safe

#: Characters json.dump leaves raw with ensure_ascii=False that a terminal may act on (C1 controls such as
#: U+009B, a one-character CSI) or that reorder a line (bidi overrides); escaped as \\uXXXX, still valid JSON.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


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
    text = json.dumps(_finite(document), ensure_ascii=False, default=_json_default)
    sys.stdout.write(_JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text))
    sys.stdout.write("\n")
    sys.stdout.flush()


def progress(message: str) -> None:
    """Progress goes to stderr so that ``--json`` output stays clean (control characters escaped)."""
    print(terminal_safe(message), file=sys.stderr, flush=True)


def say(message: str) -> None:
    """A line of plain (not ``--json``) output on stdout; control characters from titles or file
    names are shown escaped (``\\x1b``), never sent to the terminal raw."""
    print(terminal_safe(message))


def warn(message: str) -> None:
    """``lygsite: warning: ...`` on stderr, one line per line of ``message``."""
    for line in str(message).splitlines():
        if line.strip():
            print(f"lygsite: warning: {terminal_safe(line)}", file=sys.stderr, flush=True)


def progress_bar(label: str, width: int = 30):
    """An ``update(fraction)`` that draws a bar on stderr for a long step.

    On a terminal the bar is redrawn in place; otherwise (a log file, a pipe)
    one line is printed per tenth of the work, so logs stay short.
    """
    state = {"tenth": -1, "open": False}
    interactive = sys.stderr.isatty()

    def update(fraction: float) -> None:
        fraction = min(1.0, max(0.0, float(fraction)))
        filled = int(round(width * fraction))
        text = f"{label} [{'#' * filled}{'.' * (width - filled)}] {100 * fraction:3.0f}%"
        if interactive:
            sys.stderr.write("\r" + text + ("\n" if fraction >= 1.0 else ""))
            sys.stderr.flush()
        elif int(fraction * 10) > state["tenth"]:
            state["tenth"] = int(fraction * 10)
            print(text, file=sys.stderr, flush=True)

    return update
