#!/usr/bin/env bash
# build-msi.sh STAGE_DIR OUTPUT.msi VERSION
# Packages a staged Windows client (kikan-client.exe + windeployqt output + translations) as an MSI
# with msitools' wixl. STAGE_DIR must contain kikan-client.exe at its top level.
set -euo pipefail
stage=$(cd "$1" && pwd); out=$2; version=$3
here=$(cd "$(dirname "$0")" && pwd)
for f in kikan-client.exe town-ca.crt; do
    [ -f "$stage/$f" ] || { echo "build-msi: $stage/$f がありません" >&2; exit 1; }
done
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
# Harvest every staged file into components under INSTALLDIR.
# Files of one folder must come together: top-level files first, then each subfolder's.
(cd "$stage" && find . -type f | sed 's|^\./||' | awk -F/ '{print NF "\t" $0}' | sort -k1,1n -k2 \
    | cut -f2) | sed "s|^|$stage/|" \
    | wixl-heat --directory-ref INSTALLDIR --component-group ClientFiles --var var.StageDir \
        -p "$stage/" --win64 > "$work/heat.wxs"
# wixl-heat wraps top-level files in a Directory named "."; put them straight under INSTALLDIR.
python3 - "$work/heat.wxs" "$work/client-files.wxs" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
text = re.sub(r'\s*<Directory Id="[^"]+" Name="\.">(.*?)\n      </Directory>', r'\1', text, flags=re.S)
open(sys.argv[2], "w", encoding="utf-8").write(text)
PY
# wixl resolves File sources against the current folder and rejects absolute paths: run it in STAGE.
out=$(cd "$(dirname "$out")" && pwd)/$(basename "$out")
cd "$stage"
wixl -a x64 -D StageDir=. -D Win64=yes -D Version="$version" -o "$out" \
    "$here/kikan-client.wxs" "$work/client-files.wxs"
# A rebuilt MSI of the same version (each build has its own ProductCode) must replace the installed
# one, not sit beside it: wixl 0.101 has no AllowSameVersionUpgrades, so the upgrade row gets
# msidbUpgradeAttributesVersionMaxInclusive (0x200) beside MigrateFeatures (1).
upgrade=$work/Upgrade.idt
msiinfo export "$out" Upgrade | tr -d '\r' \
    | awk -F'\t' 'BEGIN { OFS = "\t" } $7 == "WIX_UPGRADE_DETECTED" { $5 = 513 } { print $0 "\r" }' >"$upgrade"
grep -q $'\t513\t\tWIX_UPGRADE_DETECTED' "$upgrade" \
    || { echo "build-msi: the Upgrade table has no WIX_UPGRADE_DETECTED row" >&2; exit 1; }
(cd "$work" && msibuild "$out" -i Upgrade.idt)
