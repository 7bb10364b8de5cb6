#!/usr/bin/env bash
# Builds Parley's Linux app-image and .deb from target/parley.jar: a jlinked runtime (only the modules
# Parley uses), a class-data-sharing archive for fast start-up, then jpackage. Run by
# `mvn -Pinstaller package`, or by hand after `mvn package`:
#   installer/linux/build.sh [VERSION] [--app-image-only]
# --app-image-only skips the .deb (CI uses it: the app-image is what the .deb installs).
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION="${1:-0.1.0}"
WITH_DEB=yes
[ "${2:-}" = "--app-image-only" ] && WITH_DEB=no
OUT=target/installer
[ -f target/parley.jar ] || { echo "installer: target/parley.jar is missing; run ./mvnw package first" >&2; exit 1; }
rm -rf "$OUT" target/runtime target/jpackage-input
mkdir -p "$OUT" target/jpackage-input
cp target/parley.jar target/jpackage-input/

# The modules Parley and its libraries load (found with jdeps over the shaded jar, plus the charsets and
# locale data the importers need for windows-1251, KOI8-R and Russian dates).
MODULES=java.base,java.desktop,java.net.http,java.security.jgss,java.sql,java.xml.crypto,jdk.jfr,jdk.unsupported,\
jdk.charsets,jdk.localedata,java.naming,java.logging,java.management,jdk.crypto.ec,java.scripting,jdk.zipfs,\
jdk.xml.dom,java.prefs
echo "installer: jlink runtime"
jlink --add-modules "$MODULES" --generate-cds-archive --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output target/runtime

echo "installer: app-image"
jpackage --type app-image --name Parley --app-version "$VERSION" --vendor "Parley" \
  --input target/jpackage-input --main-jar parley.jar --main-class org.parley.Main \
  --runtime-image target/runtime --icon installer/linux/parley.png --dest "$OUT" \
  --java-options '-Xshare:auto' --java-options '-Dfile.encoding=UTF-8'

# Class-data sharing: start the packaged app once (it exits after its first frame) and keep the classes
# it loaded in an archive beside its jar; every later start maps them instead of loading them again.
# The archive is made from the app-image itself because it records the jar it was made with.
echo "installer: class-data-sharing archive"
APP="$OUT/Parley"
CDS="$PWD/$APP/lib/app/parley.jsa"
TRAIN_HOME="$(mktemp -d)"
TRAIN=(env PARLEY_HOME="$TRAIN_HOME" JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$CDS -Dparley.exitAfterFirstPaint=true")
if command -v xvfb-run >/dev/null 2>&1; then
  timeout 120 xvfb-run -a -s '-screen 0 1280x800x24' "${TRAIN[@]}" "$APP/bin/Parley" >/dev/null 2>&1 || true
fi
[ -s "$CDS" ] || timeout 120 "${TRAIN[@]}" "$APP/bin/Parley" --help >/dev/null 2>&1 || true
rm -rf "$TRAIN_HOME"
if [ -s "$CDS" ]; then
  echo 'java-options=-XX:SharedArchiveFile=$APPDIR/parley.jsa' >> "$APP/lib/app/Parley.cfg"
  "$APP/bin/Parley" --version 2>&1 | grep -q 'Unable to use shared archive' \
    && { echo "installer: the class-data-sharing archive does not load" >&2; exit 1; }
else
  echo "installer: no class-data-sharing archive could be made; the app starts without one" >&2
fi

if [ "$WITH_DEB" = yes ]; then
  echo "installer: .deb"
  jpackage --type deb --app-image "$OUT/Parley" --name parley --app-version "$VERSION" --vendor "Parley" \
    --description "Code claims in news and diplomatic statements and export labelled datasets." \
    --linux-package-name parley --linux-deb-maintainer "parley@example.org" --linux-menu-group "Office;Education" \
    --linux-app-category science --linux-shortcut \
    --linux-package-deps "libgtk-3-0, libgl1, libxtst6, libxxf86vm1" \
    --file-associations installer/linux/parley-file.properties \
    --icon installer/linux/parley.png --dest "$OUT"
fi
ls -la "$OUT"
