# Running the Windows build under wine (8.0, 64-bit) and Xvfb: the client's test programs, and the
# MSI installed, checked and removed. Sourced by ./kikan windows and ./kikan test. docs/windows.md.

WIN_PREFIX=$WIN_CACHE/wineprefix

# wine with a scratch prefix, no Mono/Gecko download prompts, the staged DLLs and plugins found,
# at most WIN_TIMEOUT seconds (600).
win_wine() {
    WINEPREFIX=$WIN_PREFIX WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" \
        WINEPATH="$(winepath_of "$WIN_STAGE")" QT_PLUGIN_PATH="$(winepath_of "$WIN_STAGE")" \
        timeout "${WIN_TIMEOUT:-600}" wine "$@"
}
winepath_of() { printf 'Z:%s' "${1//\//\\}"; }

# Every test program of the Windows build (server-less ones: KIKAN_CLIENT_ONLY) under wine,
# offscreen; PC/SC under wine is a stub, so the no-service path is what runs (WINDOWS.md).
win_test() {
    local failed=0 t name
    mkdir -p "$WIN_PREFIX"
    while read -r t; do
        name=$(basename "$t" .exe)
        if QT_QPA_PLATFORM=offscreen KIKAN_SOURCE_DIR="$(winepath_of "$ROOT")" \
            win_wine "$t" >"$WIN_BUILD/$name.wine.log" 2>&1; then
            log "wine: $name passed"
        else
            log "wine: $name FAILED (log $WIN_BUILD/$name.wine.log)"; failed=1
        fi
    done < <(find "$WIN_BUILD/tests" -name '*.exe' | sort)
    return $failed
}

# Installs the MSI silently with a server URL, checks the registry values and files the client
# reads, then removes it and checks that nothing is left.
win_msi_check() {
    local msi=$WIN_BUILD/kikan-client.msi url=${1:-https://127.0.0.1:8443}
    local dir="$WIN_PREFIX/drive_c/Program Files/Kikan"
    win_wine msiexec /i "$(winepath_of "$msi")" /qn SERVERURL="$url"
    win_wine reg query 'HKLM\Software\Kikan\Client' /v ServerUrl | grep -q "$url" \
        || { log "MSI: ServerUrl not in HKLM\\Software\\Kikan\\Client"; return 1; }
    win_wine reg query 'HKLM\Software\Kikan\Client' /v CaFile | grep -q 'town-ca.crt' \
        || { log "MSI: CaFile not in HKLM\\Software\\Kikan\\Client"; return 1; }
    for f in kikan-client.exe Qt6Core.dll platforms/qwindows.dll fonts/ipamjm.ttf town-ca.crt; do
        [ -f "$dir/$f" ] || { log "MSI: $f not installed"; return 1; }
    done
    win_wine msiexec /x "$(winepath_of "$msi")" /qn
    [ ! -e "$dir/kikan-client.exe" ] || { log "MSI: files left after uninstall"; return 1; }
    log "MSI: installed with ServerUrl=$url, checked, removed"
}
