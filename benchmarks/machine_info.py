"""The machine a benchmark ran on, recorded beside every figure (benchmarks/README.md)."""
from __future__ import annotations

import os
import platform
from pathlib import Path


def cpu_model() -> str:
    """CPU model as /proc/cpuinfo names it (the platform's processor string elsewhere)."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def machine_info() -> dict:
    """Cores, CPU, OS and Python of this machine."""
    return {"cpus": os.cpu_count(), "cpu": cpu_model(), "platform": platform.platform(),
            "python": platform.python_version()}
