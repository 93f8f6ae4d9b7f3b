#!/bin/sh
# Take the editor at 1024×600, 1366×768 and 1920×1080, each in an Xvfb screen of that size.
set -e
cd "$(dirname "$0")/../.."
for size in 1024x600 1366x768 1920x1080; do
    xvfb-run -a -s "-screen 0 ${size}x24" uv run python docs/screenshots/take_screen_sizes.py
done
