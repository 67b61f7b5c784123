"""Text from users' files made safe to show: no control characters, bounded length.

A title or a building name read from a file may hold anything: terminal
escape sequences (``ESC [31m`` recolours a terminal, ``ESC ]`` can set its
title), characters XLSX cannot store (openpyxl refuses C0 controls), bidi
overrides that reorder what is shown, or a megabyte of text that no page can
hold. Qt-free.
"""
from __future__ import annotations

import re

#: C0 and C1 control characters (tab and newline kept by :func:`without_controls`) and invisible
#: direction overrides (U+202A-U+202E, U+2066-U+2069: "Trojan source").
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_CONTROLS_AND_BREAKS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def without_controls(text, keep_breaks: bool = True) -> str:
    """``text`` without control characters (each replaced by a space); tabs and newlines kept on request."""
    pattern = _CONTROLS if keep_breaks else _CONTROLS_AND_BREAKS
    return pattern.sub(" ", str(text))


def shortened(text, limit: int) -> str:
    """``text`` cut to ``limit`` characters, ending in "…" when cut."""
    text = str(text)
    return text if len(text) <= limit else text[: max(limit - 1, 0)] + "…"


def terminal_safe(text) -> str:
    """``text`` with every control character shown as an escape (``\\x1b``), for a terminal.

    Newlines are kept (messages may have several lines); everything that could
    move the cursor, change colours or reorder the line is made visible instead.
    """
    return _CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                         else f"\\u{ord(m.group()):04x}", str(text))


def display_title(text, limit: int = 200) -> str:
    """A title as reports, printed maps and window titles show it: one line, no controls, at most ``limit``."""
    return shortened(" ".join(without_controls(text, keep_breaks=False).split()), limit)


def display_width(text) -> int:
    """Columns ``text`` takes in a table or a spreadsheet: a CJK character counts two."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in str(text))


__all__ = ["display_width", "without_controls", "shortened", "terminal_safe", "display_title"]
