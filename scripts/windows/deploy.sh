#!/usr/bin/env bash
# deploy.sh EXE STAGE TOWN_CA — stages a cross-built kikan-client.exe with everything it loads
# (windeployqt does not run on Linux): the DLLs it imports, found by walking objdump's import
# tables through the cache (Qt, zint, ICU, OpenSSL) and the mingw runtime; the Qt plugins the
# client needs (platforms, styles, tls, sqldrivers); the IPAmj明朝 font (fonts/, registered at
# start: client/widgets/namefont.h); Qt's Japanese translations; the town's CA as town-ca.crt.
set -euo pipefail
exe=$1; stage=$2; ca=$3
cache=${KIKAN_WINDOWS_CACHE:-$HOME/.cache/kikan-windows}
qt=$cache/qt-mingw
search=("$qt/bin" "$cache/zint-mingw/bin" "$cache/zint-mingw/lib" "$cache/icu-mingw/bin"
        "$cache/icu-mingw/lib" "$cache/openssl-mingw/bin" "$cache/openssl-mingw/lib"
        /usr/lib/gcc/x86_64-w64-mingw32/12-posix /usr/x86_64-w64-mingw32/lib)
rm -rf "$stage"; mkdir -p "$stage"/{platforms,styles,tls,sqldrivers,fonts,translations}
cp "$exe" "$stage/"
for p in platforms/qwindows.dll platforms/qoffscreen.dll styles/qwindowsvistastyle.dll \
         tls/qschannelbackend.dll sqldrivers/qsqlite.dll; do
    cp "$qt/plugins/$p" "$stage/$p"
done
# Imports of a PE file that are not Windows' own (those are found in the search folders).
imports() { x86_64-w64-mingw32-objdump -p "$1" | sed -n 's/^\s*DLL Name: //p'; }
queue=("$stage/kikan-client.exe" "$stage"/*/*.dll)
while [ ${#queue[@]} -gt 0 ]; do
    file=${queue[0]}; queue=("${queue[@]:1}")
    for dll in $(imports "$file"); do
        [ -f "$stage/$dll" ] && continue
        for dir in "${search[@]}"; do
            if [ -f "$dir/$dll" ]; then
                cp "$dir/$dll" "$stage/$dll"; queue+=("$stage/$dll"); break
            fi
        done
    done
done
cp /usr/share/fonts/truetype/ipamj/ipamjm.ttf "$stage/fonts/"
# The IPA Font License asks for its text to go with the font.
zcat /usr/share/doc/fonts-ipamj-mincho/IPA_Font_License_Agreement_v1.0.txt.gz \
    >"$stage/fonts/IPA_Font_License_Agreement_v1.0.txt"
for qm in /usr/share/qt6/translations/qtbase_ja.qm /usr/share/qt6/translations/qtbase_en.qm; do
    [ -f "$qm" ] && cp "$qm" "$stage/translations/"
done
cp "$ca" "$stage/town-ca.crt"
echo "staged $(find "$stage" -type f | wc -l) files in $stage"
