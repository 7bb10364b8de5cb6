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
rm -rf "$OUT" target/runtime target/jpackage-input target/deb-image
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
  --java-options '-Xshare:auto' --java-options '-Dfile.encoding=UTF-8' --java-options '-Xlog:cds=off,cds+dynamic=off'

# Class-data sharing: start the packaged app once (it exits after its first frame) and keep the classes
# it loaded in an archive beside its jar; every later start maps them instead of loading them again.
# An archive records the absolute path of the jar it was made with and is ignored anywhere else, so it
# is made from the app-image in the place it will run from.
train_cds() { # APP_DIR_AS_RUN
  local app="$1" cds="$1/lib/app/parley.jsa" home
  home="$(mktemp -d)"
  local train=(env PARLEY_HOME="$home" JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$cds -Dparley.exitAfterFirstPaint=true")
  if command -v xvfb-run >/dev/null 2>&1; then
    timeout 120 xvfb-run -a -s '-screen 0 1280x800x24' "${train[@]}" "$app/bin/Parley" >/dev/null 2>&1 || true
  fi
  [ -s "$cds" ] || timeout 120 "${train[@]}" "$app/bin/Parley" --help >/dev/null 2>&1 || true
  rm -rf "$home"
  if [ -s "$cds" ]; then
    echo 'java-options=-XX:SharedArchiveFile=$APPDIR/parley.jsa' >> "$app/lib/app/Parley.cfg"
    JAVA_TOOL_OPTIONS="-Xlog:class+load=info" "$app/bin/Parley" --version 2>&1 | grep -q 'org.parley.Main source: shared objects file (top)' \
      || { echo "installer: the class-data-sharing archive of $app does not load" >&2; exit 1; }
  else
    echo "installer: no class-data-sharing archive could be made for $app; it starts without one" >&2
  fi
  return 0
}
echo "installer: class-data-sharing archive"
APP="$OUT/Parley"
cp -a "$APP" target/deb-image   # a clean copy for the .deb, before the app-image gets its own archive
train_cds "$PWD/$APP"

if [ "$WITH_DEB" = yes ]; then
  # the .deb installs to /opt/parley-claims (Debian already has a "parley", a vocabulary trainer); its
  # archive is made there, in a private mount namespace, so nothing on this machine is touched
  if unshare -m true 2>/dev/null; then
    DEB_IMAGE="$PWD/target/deb-image" EMPTY_OPT="$(mktemp -d)"
    touch -d "@$(date +%s)" "$DEB_IMAGE/lib/app/parley.jar"   # whole seconds: a .deb keeps no finer times
    export -f train_cds
    unshare -m bash -c "mount --bind '$EMPTY_OPT' /opt && mkdir /opt/parley-claims && mount --bind '$DEB_IMAGE' /opt/parley-claims \
      && train_cds /opt/parley-claims"
    rm -rf "$EMPTY_OPT"
  else
    echo "installer: cannot make a private /opt (unshare -m needs root); the .deb starts without a class-data-sharing archive" >&2
  fi
  echo "installer: .deb"
  jpackage --type deb --app-image target/deb-image --name parley-claims --app-version "$VERSION" --vendor "Parley" \
    --description "Code claims in news and diplomatic statements and export labelled datasets." \
    --linux-package-name parley-claims --linux-deb-maintainer "parley@example.org" --linux-menu-group "Office;Education" \
    --linux-app-category science --linux-shortcut \
    --linux-package-deps "libgtk-3-0, libgl1, libxtst6, libxxf86vm1" \
    --file-associations installer/linux/parley-file.properties \
    --icon installer/linux/parley.png --dest "$OUT"

  # jpackage copies the files into the package with new times, and an archive only trusts a jar with the
  # time it was made with; its scripts also stop the install where no desktop menu exists (a server, a
  # container). So the package is opened, given the trained jar's time, its menu entry the file to open,
  # its desktop steps made non-fatal, then closed again.
  DEB="$(ls "$OUT"/parley-claims_*.deb)" PKG="$(mktemp -d)/pkg"
  dpkg-deb -R "$DEB" "$PKG"
  touch -r target/deb-image/lib/app/parley.jar "$PKG/opt/parley-claims/lib/app/parley.jar"
  # the menu entry passes a double-clicked corpus to Parley (jpackage leaves the file out of Exec)
  sed -i -E 's|^Exec=([^ ]+)$|Exec=\1 %f|' "$PKG"/opt/parley-claims/lib/*.desktop
  for script in postinst prerm; do
    sed -i -E 's/^((xdg-[a-z-]+|uninstall_default_mime_handler) [a-z-].*)$/\1 || echo "parley-claims: a desktop menu step was skipped" >\&2/' \
      "$PKG/DEBIAN/$script"
  done
  dpkg-deb --root-owner-group -Zxz -b "$PKG" "$DEB" >/dev/null
  rm -rf "$(dirname "$PKG")"
fi
ls -la "$OUT"
