#!/usr/bin/env bash
# UNTESTED: written to the same plan as installer/linux/build.sh but not yet run on macOS.
# Builds Parley.app and a .dmg from target/parley.jar (jlinked runtime, class-data-sharing archive,
# jpackage). Needs a JDK 17+ with jlink/jpackage and Xcode's command-line tools (for hdiutil/codesign).
# Run by `mvn -Pinstaller package` on macOS, or by hand: installer/macos/build.sh [VERSION]
# Unsigned: Gatekeeper asks the user to confirm the first start (right-click > Open). To sign, add
# --mac-sign --mac-signing-key-user-name "Developer ID Application: ..." and notarise the .dmg.
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION="${1:-0.1.0}"
OUT=target/installer
[ -f target/parley.jar ] || { echo "installer: target/parley.jar is missing; run ./mvnw package first" >&2; exit 1; }
rm -rf "$OUT" target/runtime target/jpackage-input
mkdir -p "$OUT" target/jpackage-input
cp target/parley.jar target/jpackage-input/

MODULES=java.base,java.desktop,java.net.http,java.security.jgss,java.sql,java.xml.crypto,jdk.jfr,jdk.unsupported,\
jdk.charsets,jdk.localedata,java.naming,java.logging,java.management,jdk.crypto.ec,java.scripting,jdk.zipfs,\
jdk.xml.dom,java.prefs
jlink --add-modules "$MODULES" --generate-cds-archive --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output target/runtime

CDS=target/jpackage-input/parley.jsa
TRAIN_HOME="$(mktemp -d)"
PARLEY_HOME="$TRAIN_HOME" target/runtime/bin/java -XX:ArchiveClassesAtExit="$CDS" -Dparley.exitAfterFirstPaint=true \
  -jar target/parley.jar >/dev/null 2>&1 || true
rm -rf "$TRAIN_HOME"

JAVA_OPTS=(--java-options '-Xshare:auto' --java-options '-Dfile.encoding=UTF-8')
[ -s "$CDS" ] && JAVA_OPTS+=(--java-options '-XX:SharedArchiveFile=$APPDIR/parley.jsa')
# macOS version numbers must not start with 0: 0.1.0 is packaged as 1.0.0 until Parley reaches 1.0.
MAC_VERSION="$VERSION"; [[ "$MAC_VERSION" == 0.* ]] && MAC_VERSION="1.0.0"
jpackage --type app-image --name Parley --app-version "$MAC_VERSION" --vendor "Parley" \
  --input target/jpackage-input --main-jar parley.jar --main-class org.parley.Main \
  --runtime-image target/runtime --icon installer/macos/parley.icns \
  --mac-package-identifier org.parley.Parley --mac-package-name Parley --dest "$OUT" "${JAVA_OPTS[@]}"
jpackage --type dmg --app-image "$OUT/Parley.app" --name Parley --app-version "$MAC_VERSION" --vendor "Parley" \
  --file-associations installer/macos/parley-file.properties --dest "$OUT"
ls -la "$OUT"
