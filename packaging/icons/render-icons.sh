#!/usr/bin/env bash
# Renders the app icon's PNG sizes, the Windows .ico and the macOS .icns from the SVG.
# Run once after editing resources/icons/io.callboard.Callboard.svg and commit the results;
# the build itself needs none of these tools.
#   apt-get install librsvg2-bin icoutils icnsutils
set -euo pipefail
cd "$(dirname "$0")/../../resources/icons"
svg=io.callboard.Callboard.svg
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" "$svg" -o "hicolor/${size}x${size}/apps/io.callboard.Callboard.png"
done
png() { echo "hicolor/$1x$1/apps/io.callboard.Callboard.png"; }
icotool -c -o callboard.ico "$(png 16)" "$(png 24)" "$(png 32)" "$(png 48)" "$(png 64)" \
    "$(png 128)" -r "$(png 256)"
png2icns callboard.icns "$(png 16)" "$(png 32)" "$(png 48)" "$(png 128)" "$(png 256)" "$(png 512)" >/dev/null
