# UNTESTED: written to the same plan as installer/linux/build.sh but not yet run on Windows.
# Builds Parley's Windows app-image and .msi from target\parley.jar (jlinked runtime, class-data-sharing
# archive, jpackage). Needs a JDK 17+ with jlink/jpackage on PATH and the WiX Toolset 3.x (candle.exe,
# light.exe) on PATH for the .msi. Run by `mvn -Pinstaller package` on Windows, or by hand:
#   powershell -NoProfile -ExecutionPolicy Bypass -File installer\windows\build.ps1 [VERSION]
param([string]$Version = "0.1.0")
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
$out = "target\installer"
if (-not (Test-Path "target\parley.jar")) { throw "installer: target\parley.jar is missing; run mvnw package first" }
foreach ($d in @($out, "target\runtime", "target\jpackage-input")) { if (Test-Path $d) { Remove-Item -Recurse -Force $d } }
New-Item -ItemType Directory -Force -Path $out, "target\jpackage-input" | Out-Null
Copy-Item "target\parley.jar" "target\jpackage-input\"

$modules = "java.base,java.desktop,java.net.http,java.security.jgss,java.sql,java.xml.crypto,jdk.jfr,jdk.unsupported," +
           "jdk.charsets,jdk.localedata,java.naming,java.logging,java.management,jdk.crypto.ec,java.scripting,jdk.zipfs," +
           "jdk.xml.dom,java.prefs"
& jlink --add-modules $modules --generate-cds-archive --strip-debug --no-header-files --no-man-pages --compress=2 --output target\runtime
if ($LASTEXITCODE -ne 0) { throw "installer: jlink failed" }

# Class-data sharing: start the app once, let it exit after its first paint, and keep the classes it loaded.
$cds = "target\jpackage-input\parley.jsa"
$env:PARLEY_HOME = Join-Path $env:TEMP ("parley-cds-" + [guid]::NewGuid())
& target\runtime\bin\java.exe "-XX:ArchiveClassesAtExit=$cds" "-Dparley.exitAfterFirstPaint=true" -jar target\parley.jar | Out-Null
Remove-Item Env:\PARLEY_HOME

$javaOptions = @("--java-options", "-Xshare:auto", "--java-options", "-Dfile.encoding=UTF-8")
if (Test-Path $cds) { $javaOptions += @("--java-options", '-XX:SharedArchiveFile=$APPDIR\parley.jsa') }

& jpackage --type app-image --name Parley --app-version $Version --vendor Parley `
  --input target\jpackage-input --main-jar parley.jar --main-class org.parley.Main `
  --runtime-image target\runtime --icon installer\windows\parley.ico --dest $out @javaOptions
if ($LASTEXITCODE -ne 0) { throw "installer: jpackage app-image failed" }

# The .msi: per-user install (no administrator needed), Start-menu entry, desktop shortcut on request,
# *.parley files open in Parley. The upgrade UUID must never change between versions.
& jpackage --type msi --app-image "$out\Parley" --name Parley --app-version $Version --vendor Parley `
  --description "Code claims in news and diplomatic statements and export labelled datasets." `
  --win-per-user-install --win-menu --win-menu-group Parley --win-shortcut-prompt --win-dir-chooser `
  --win-upgrade-uuid "6f3c1c1e-4f0e-4d5e-9a57-6c7a1c0b9d21" `
  --file-associations installer\windows\parley-file.properties --dest $out
if ($LASTEXITCODE -ne 0) { throw "installer: jpackage msi failed (is the WiX Toolset 3.x on PATH?)" }
Get-ChildItem $out
