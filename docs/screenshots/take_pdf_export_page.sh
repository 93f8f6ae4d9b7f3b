#!/bin/sh
# The first page of the PDF export of A/C.3/80/L.29 (corpus 05), as pdftoppm renders it.
set -eu
cd "$(dirname "$0")/../.."
folder=$(mktemp -d)
uv run draftdesk export tests/data/corpus/05_A_C.3_80_L.29.txt -o "$folder/l29.pdf"
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$folder/l29.pdf" docs/screenshots/pdf-export-page-1
rm -r "$folder"
