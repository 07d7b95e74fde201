#!/usr/bin/env bash
# Retakes the walkthrough's screenshots in docs/demo/ (the README shows two):
# runs the demo pages' browser tests (tests/web/test_demo_pages.py), which
# save one PNG per page where DEMO_SCREENSHOTS says, then shrinks them with
# pngquant (a 256-colour palette: a page of text loses nothing visible, and
# the files a third of their size). Needs scripts/setup-web.sh and pngquant.
set -euo pipefail
cd "$(dirname "$0")/.."

out=docs/demo
mkdir -p "$out"
DEMO_SCREENSHOTS="$PWD/$out" scripts/web-test.sh -k test_demo_pages
pngquant --force --skip-if-larger --strip --quality 70-95 --ext .png "$out"/*.png || {
    rc=$?
    # 98/99: a file would not get smaller, or not at that quality: it stays as taken
    [ "$rc" -eq 98 ] || [ "$rc" -eq 99 ] || exit "$rc"
}
du -ch "$out"/*.png | tail -1
