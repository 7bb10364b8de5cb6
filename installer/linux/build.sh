#!/usr/bin/env bash
# Builds Parley's Linux app-image and .deb from target/parley.jar: a jlinked runtime (only the modules
# Parley uses), a class-data-sharing archive for fast start-up, then jpackage. Run by
# `mvn -Pinstaller package`, or by hand after `mvn package`.
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION="${1:-0.1.0}"
OUT=target/installer
rm -rf "$OUT" target/runtime target/jpackage-input
mkdir -p "$OUT" target/jpackage-input
cp target/parley.jar target/jpackage-input/

MODULES=java.base,java.desktop,java.net.http,java.security.jgss,java.sql,java.xml.crypto,jdk.jfr,jdk.unsupported,\
jdk.charsets,jdk.localedata,java.naming,java.logging,java.management,jdk.crypto.ec,java.scripting,jdk.zipfs,\
jdk.xml.dom,java.prefs
jlink --add-modules "$MODULES" --generate-cds-archive --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output target/runtime

# Class-data sharing: record the classes a start loads (the CLI and the app's first screen) into an
# archive shipped beside the jar; the launcher maps it instead of parsing those classes again.
CDS=target/jpackage-input/parley.jsa
if command -v xvfb-run >/dev/null 2>&1; then
  PARLEY_HOME="$(mktemp -d)" xvfb-run -a -s '-screen 0 1280x800x24' target/runtime/bin/java \
    -XX:ArchiveClassesAtExit="$CDS" -Dparley.exitAfterFirstPaint=true -jar target/parley.jar >/dev/null 2>&1 || true
fi
if [ ! -s "$CDS" ]; then
  PARLEY_HOME="$(mktemp -d)" target/runtime/bin/java -XX:ArchiveClassesAtExit="$CDS" -jar target/parley.jar --help >/dev/null 2>&1 || true
fi

JAVA_OPTS=(--java-options '-Xshare:auto' --java-options '-XX:SharedArchiveFile=$APPDIR/parley.jsa'
           --java-options '-Dfile.encoding=UTF-8')
jpackage --type app-image --name Parley --app-version "$VERSION" --vendor "Parley" \
  --input target/jpackage-input --main-jar parley.jar --main-class org.parley.Main \
  --runtime-image target/runtime --icon installer/linux/parley.png --dest "$OUT" "${JAVA_OPTS[@]}"

jpackage --type deb --app-image "$OUT/Parley" --name parley --app-version "$VERSION" --vendor "Parley" \
  --description "Code claims in news and diplomatic statements and export labelled datasets." \
  --linux-package-name parley --linux-deb-maintainer "parley@example.org" --linux-menu-group "Office;Education" \
  --linux-app-category science --linux-shortcut \
  --linux-package-deps "libgtk-3-0, libgl1, libxtst6, libxxf86vm1" \
  --file-associations installer/linux/parley-file.properties \
  --icon installer/linux/parley.png --dest "$OUT"
ls -la "$OUT"
