#!/usr/bin/env bash
# Validates the client MSI definition with msitools: builds installer/kikan-client.wxs from a staged
# folder and checks the package's tables (files, shortcut, registry, upgrade code, version).
# No Windows build exists on this machine, so the stage holds this build's kikan-client binary under
# the Windows name: the test proves the package definition, not a Windows executable.
set -euo pipefail
src=$1; bin=$2
stage=$(mktemp -d); trap 'rm -rf "$stage" "$stage.msi"' EXIT
cp "$bin/client/kikan-client" "$stage/kikan-client.exe" 2>/dev/null || echo "no client binary" > "$stage/kikan-client.exe"
mkdir -p "$stage/translations"
find "$bin" -name 'kikan_*.qm' -exec cp {} "$stage/translations/" \; 2>/dev/null || true
"$src/scripts/make-tls.sh" "$stage/tls" && cp "$stage/tls/ca.crt" "$stage/town-ca.crt" && rm -rf "$stage/tls"
"$src/installer/build-msi.sh" "$stage" "$stage.msi" 1.2.3 2>&1 | grep -v -e GLib -e '^$' || true
[ -s "$stage.msi" ] || { echo "FAIL: no MSI was built"; exit 1; }
fail=0
expect() { # table pattern what
    local table
    table=$(msiinfo export "$stage.msi" "$1" 2>/dev/null || true)
    if grep -qF -- "$2" <<<"$table"; then echo "PASS: $3"
    else echo "FAIL: $3"; printf '%s\n' "$table"; fail=1; fi
}
expect File $'\tkikan-client.exe\t' "the client executable is installed"
expect File $'\ttown-ca.crt\t' "the town's CA certificate is installed"
expect Shortcut "[INSTALLDIR]kikan-client.exe" "a Start-menu shortcut starts the client"
expect Registry $'ServerUrl\t[SERVERURL]' "the server URL is written to HKLM"
expect Property $'ProductVersion\t1.2.3' "the product version comes from the build"
expect Property $'UpgradeCode\t{6F1C2A52-8D0E-4A51-9D0B-4A7C3E5F2B11}' "the upgrade code is stable"
expect Upgrade '6F1C2A52' "a newer version replaces an older one (MajorUpgrade)"
expect Upgrade $'\t\t1.2.3\t\t513\t\tWIX_UPGRADE_DETECTED' "a rebuilt MSI of the same version replaces the installed one (VersionMaxInclusive)"
exit $fail
