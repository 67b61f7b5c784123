#!/usr/bin/env bash
# Debian packages the tests use beyond PyPI: Qt's runtime libraries for the
# offscreen platform, poppler (pdftotext/pdftoppm) and GDAL's ogrinfo to read
# back exported files; Xvfb and Qt's xcb libraries, the X display the start-up
# benchmark's smoke run draws on (benchmarks/bench_startup.py, tests/gui/test_startup.py);
# strace to SIGKILL a writer at a chosen system call (issue 17).
# Idempotent: apt-get runs only when something is missing.
set -euo pipefail
packages=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 poppler-utils gdal-bin
          xvfb libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
          libxcb-shape0 strace)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing Debian packages: ${missing[*]}" >&2
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
