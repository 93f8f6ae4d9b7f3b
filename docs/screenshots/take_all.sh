#!/bin/sh
# Take every screenshot in this folder, each script in its own Xvfb server and private profile.
set -e
cd "$(dirname "$0")/../.."
for script in take_screenshots take_wizard_screenshots take_preview_screenshot take_library_screenshot \
        take_rollover_screenshot take_compare_screenshots take_annex_screenshot \
        take_parts_screenshot; do
    xvfb-run -a -s "-screen 0 1400x900x24" uv run python "docs/screenshots/$script.py"
done
for locale in es_ES.UTF-8 fr_FR.UTF-8; do
    LANG=$locale xvfb-run -a -s "-screen 0 1400x900x24" \
        uv run python docs/screenshots/take_interface_language_screenshots.py
done
LANG=es_ES.UTF-8 xvfb-run -a -s "-screen 0 1400x900x24" \
    uv run python docs/screenshots/take_import_notes_language_screenshot.py
