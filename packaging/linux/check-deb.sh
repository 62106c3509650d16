#!/usr/bin/env bash
# Builds the .deb in a configured build directory and checks it: the files it must hold,
# lintian (errors fail; warnings are printed), and the desktop entry and AppStream
# metadata validators on the sources.
#   packaging/linux/check-deb.sh [BUILD_DIR]      (default: build)
set -euo pipefail
src="$(cd "$(dirname "$0")/../.." && pwd)"
build="$(cd "${1:-build}" && pwd)"

desktop-file-validate "$src/packaging/linux/io.callboard.Callboard.desktop" \
                      "$src/packaging/linux/callboard-kiosk.desktop"
appstreamcli validate --no-net --explain "$src/packaging/linux/io.callboard.Callboard.metainfo.xml"

(cd "$build" && cpack -G DEB) >"$build/cpack-deb.log" 2>&1 || { cat "$build/cpack-deb.log"; exit 1; }
deb="$(ls -t "$build"/callboard_*.deb | head -n1)"
echo "check-deb: $deb ($(du -k "$deb" | cut -f1) kB)"

contents="$(dpkg-deb -c "$deb" | awk '{print $6}')"
missing=0
for path in ./usr/bin/callboard ./usr/bin/callboard-sim \
            ./usr/share/applications/io.callboard.Callboard.desktop \
            ./usr/share/metainfo/io.callboard.Callboard.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/io.callboard.Callboard.svg \
            ./usr/share/icons/hicolor/16x16/apps/io.callboard.Callboard.png \
            ./usr/share/icons/hicolor/512x512/apps/io.callboard.Callboard.png \
            ./usr/share/man/man1/callboard.1.gz ./usr/share/man/man1/callboard-sim.1.gz \
            ./usr/share/doc/callboard/copyright ./usr/share/doc/callboard/changelog.Debian.gz \
            ./usr/share/doc/callboard/examples/callboard-kiosk.ini \
            ./usr/share/doc/callboard/examples/callboard-proxy.conf; do
    if ! grep -qxF "$path" <<<"$contents"; then
        echo "check-deb: missing $path" >&2
        missing=1
    fi
done
# Nothing from the build tree: no test or benchmark executables.
if grep -E '/(tst_|bench_)' <<<"$contents"; then
    echo "check-deb: test or benchmark files in the package" >&2
    missing=1
fi
depends="$(dpkg-deb -f "$deb" Depends)"
echo "check-deb: Depends: $depends"
for dep in qt6-qpa-plugins libqt6sql6-sqlite libqt6keychain1 libqt6core6 qt6-translations-l10n; do
    grep -q "$dep" <<<"$depends" || { echo "check-deb: Depends lacks $dep" >&2; missing=1; }
done
[ "$missing" = 0 ]

# lintian exits non-zero on errors only (--fail-on error).
lintian --fail-on error --display-info --tag-display-limit 0 "$deb"
echo "check-deb: OK"
