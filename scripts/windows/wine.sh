# Running the Windows build under wine (8.0, 64-bit) and Xvfb: the client's test programs, and the
# MSI installed, checked and removed. Sourced by ./kikan windows and ./kikan test. docs/windows.md.

WIN_PREFIX=$WIN_CACHE/wineprefix

# wine with a scratch prefix, no Mono/Gecko download prompts, the staged DLLs and plugins found
# (and, for the test programs, Qt6Test.dll and ICU from the cache: the client itself imports no
# ICU), at most WIN_TIMEOUT seconds (600). Wine hides the Unix QT_* variables from Windows
# programs; WINEQT_X=… reaches them as QT_X=….
win_wine() {
    WINEPREFIX=$WIN_PREFIX WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" \
        WINEPATH="$(winepath_of "$WIN_STAGE");$(winepath_of "$WIN_QT/bin");$(winepath_of "$WIN_ICU/bin")" \
        WINEQT_PLUGIN_PATH="$(winepath_of "$WIN_STAGE")" \
        timeout "${WIN_TIMEOUT:-600}" wine "$@"
}
winepath_of() { printf 'Z:%s' "${1//\//\\}"; }

# kikan-test-host from the native build (tests/support/testhost.cpp): the real kikan-servers the
# Windows test programs use, on 127.0.0.1; KIKAN_TEST_HOST tells them where it listens.
win_start_test_host() {
    local hostbin=$ROOT/build/tests/support/kikan-test-host
    [ -x "$hostbin" ] || cmake --build "$ROOT/build" --target kikan-test-host >/dev/null
    coproc WIN_HOST { KIKAN_SOURCE_DIR=$ROOT exec "$hostbin" 2>"$WIN_BUILD/test-host.log"; }
    local line
    read -r line <&"${WIN_HOST[0]}"
    export KIKAN_TEST_HOST=${line##* }
    log "kikan-test-host on $KIKAN_TEST_HOST"
}

# An X display for wine (Xvfb, 1024×768): even offscreen, Qt's Windows event dispatcher makes a
# message window, which wine's nodrv refuses without one. Sets DISPLAY and WIN_XVFB_PID.
win_start_xvfb() {
    local fd line
    exec {fd}< <(Xvfb -displayfd 1 -screen 0 1024x768x24 -nolisten tcp 2>/dev/null & echo "pid $!")
    for _ in 1 2; do # the pid and the display number, in either order
        read -r line <&"$fd"
        case $line in pid\ *) WIN_XVFB_PID=${line#pid } ;; *) export DISPLAY=:$line ;; esac
    done
}

# Every test program of the Windows build under wine, offscreen, against servers started by
# kikan-test-host; PC/SC under wine is a stub, so the no-service path is what runs (WINDOWS.md).
# KIKAN_WINE_TESTS (a grep -E pattern on the programs' paths) runs some of them only.
win_test() {
    local failed=0 t name
    mkdir -p "$WIN_PREFIX"
    win_start_test_host
    win_start_xvfb
    # The offscreen platform's FreeType font database gets the fonts the Linux suite draws with
    # (fontconfig's DejaVu and IPAmj明朝), so layouts measure the same.
    local fonts=$WIN_BUILD/wine-fonts
    rm -rf "$fonts"; mkdir -p "$fonts"
    fc-list : file | sed 's/: *$//' | grep -E '\.(ttf|otf|ttc)$' | sort -u | while read -r f; do
        ln -sf "$(readlink -f "$f")" "$fonts/$(basename "$f")"
    done
    while read -r t; do
        name=$(basename "$t" .exe)
        # QtTest writes its report to a file: a wine console program's redirected stdout is lost.
        rm -f "$WIN_BUILD/$name.wine.log"
        if KIKAN_SOURCE_DIR="$(winepath_of "$ROOT")" KIKAN_BINARY_DIR="$(winepath_of "$WIN_BUILD")" \
            WINEQT_QPA_PLATFORM=offscreen WINEQT_QPA_FONTDIR="$(winepath_of "$fonts")" \
            win_wine "$t" -o "$(winepath_of "$WIN_BUILD/$name.wine.log"),txt" \
            >"$WIN_BUILD/$name.wine.err" 2>&1; then
            log "wine: $name passed"
        else
            log "wine: $name FAILED (log $WIN_BUILD/$name.wine.log)"; failed=1
        fi
    done < <(find "$WIN_BUILD/tests" -name '*.exe' | sort | grep -E "${KIKAN_WINE_TESTS:-.}")
    kill "$WIN_HOST_PID" "$WIN_XVFB_PID" 2>/dev/null; wait "$WIN_HOST_PID" 2>/dev/null || true
    return $failed
}

# The check server: a kikan-server of the native build on 127.0.0.1 with its own TLS material
# (scripts/make-tls.sh; its CA is the town CA the MSI carries unless KIKAN_TOWN_CA names the
# town's), password sign-in on and one staff member, wine01. Prints its URL.
WIN_CHECK=$ROOT/build-windows/check-server
win_check_server_start() {
    local conf=$WIN_CHECK/kikan-server.conf server=$ROOT/build/server/kikan-server port
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    mkdir -p "$WIN_CHECK/data"
    # A new store each time (the TLS material stays: the MSI carries its CA).
    find "$WIN_CHECK/data" -mindepth 1 -maxdepth 1 ! -name tls -exec rm -rf {} +
    cat >"$conf" <<CONF
[server]
data_dir = data
host = 127.0.0.1
port = $port
[store]
driver = sqlite
[auth]
password_sign_in = true
CONF
    "$ROOT/scripts/make-tls.sh" "$WIN_CHECK/data/tls" >/dev/null
    "$server" init --demo --config "$conf" >/dev/null
    if ! "$server" user list --config "$conf" | grep -q '^wine01\b'; then
        printf '%s\n' 'Wine-Check-2026' | "$server" user add --config "$conf" --login wine01 \
            --name 'ワイン 確認' --group 窓口職員 --password-stdin --own-password >/dev/null
    fi
    "$server" serve --config "$conf" >"$WIN_CHECK/server.log" 2>&1 &
    WIN_CHECK_PID=$!
    for _ in $(seq 1 50); do
        curl -fsS --cacert "$WIN_CHECK/data/tls/ca.crt" "https://127.0.0.1:$port/api/v1/health" \
            >/dev/null 2>&1 && break
        sleep 0.2
    done
    WIN_CHECK_URL=https://127.0.0.1:$port
}

# The town CA the staged client and the MSI carry: KIKAN_TOWN_CA, else the check server's CA.
win_town_ca() {
    if [ -n "${KIKAN_TOWN_CA:-}" ]; then
        printf '%s' "$KIKAN_TOWN_CA"
    else
        "$ROOT/scripts/make-tls.sh" "$WIN_CHECK/data/tls" >/dev/null
        printf '%s' "$WIN_CHECK/data/tls/ca.crt"
    fi
}

# Whether the check server's audit log has an entry matching the SQL condition.
win_check_log() {
    python3 - "$WIN_CHECK/data/kikan.db" "$1" <<'PY'
import sqlite3, sys
n = sqlite3.connect(sys.argv[1]).execute("SELECT COUNT(*) FROM audit_log WHERE " + sys.argv[2]).fetchone()[0]
sys.exit(0 if n > 0 else 1)
PY
}

# The ProductCodes of the Kikan Clients installed in the prefix, one a line.
win_kikan_products() {
    local key
    while read -r key; do
        win_wine reg query "$key" /v DisplayName 2>/dev/null | grep -q 'Kikan Client' && printf '%s\n' "${key##*\\}"
    done < <(win_wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall' 2>/dev/null \
             | tr -d '\r' | grep '{')
    return 0
}

# A Kikan Client an earlier check left installed (cut off before its msiexec /x) is removed
# first: otherwise its components keep the files after this check's uninstall.
win_msi_remove_stale() {
    local code
    for code in $(win_kikan_products); do
        log "MSI: removing a Kikan Client an earlier check left installed ($code)"
        win_wine msiexec /x "$code" /qn || true
    done
}

# The administrator deploys a rebuilt MSI of the same version (its own ProductCode): it must
# replace the installed client, leaving one Kikan Client registered, the new one.
win_msi_redeploy() {
    local again=$WIN_BUILD/kikan-client-again.msi code products
    "$ROOT/installer/build-msi.sh" "$WIN_STAGE" "$again" "$(win_version)"
    code=$(msiinfo export "$again" Property | tr -d '\r' | awk -F'\t' '$1 == "ProductCode" { print $2 }')
    win_wine msiexec /i "$(winepath_of "$again")" /qn SERVERURL="$1"
    products=$(win_kikan_products)
    [ "$products" = "$code" ] || { log "MSI: after a redeploy of the same version the installed clients are '$products', not $code alone"; return 1; }
    log "MSI: a rebuilt MSI of the same version replaced the installed client"
}

# Installs the MSI silently with the check server's URL, checks the registry values and files
# the client reads, starts the installed client in Xvfb and signs in with a password as a user
# would (signin-check.sh; screenshots in $KIKAN_SCREENSHOT_DIR, else build-windows/screenshots),
# checks the server logged that sign-in, installs a rebuilt MSI of the same version over it
# (win_msi_redeploy), then removes that and checks that nothing is left.
win_msi_check() {
    local msi=$WIN_BUILD/kikan-client.msi
    local dir="$WIN_PREFIX/drive_c/Program Files/Kikan"
    local shots=${KIKAN_SCREENSHOT_DIR:-$WIN_BUILD/screenshots} url ok=0
    win_check_server_start
    url=$WIN_CHECK_URL
    # One display for the whole check: a wineserver keeps the display it started with.
    WINEPREFIX=$WIN_PREFIX wineserver -k 2>/dev/null || true
    win_start_xvfb
    win_msi_remove_stale
    win_wine msiexec /i "$(winepath_of "$msi")" /qn SERVERURL="$url"
    win_wine reg query 'HKLM\Software\Kikan\Client' /v ServerUrl | grep -q "$url" \
        || { log "MSI: ServerUrl not in HKLM\\Software\\Kikan\\Client"; ok=1; }
    win_wine reg query 'HKLM\Software\Kikan\Client' /v CaFile | grep -q 'town-ca.crt' \
        || { log "MSI: CaFile not in HKLM\\Software\\Kikan\\Client"; ok=1; }
    for f in kikan-client.exe Qt6Core.dll platforms/qwindows.dll fonts/ipamjm.ttf town-ca.crt; do
        [ -f "$dir/$f" ] || { log "MSI: $f not installed"; ok=1; }
    done
    mkdir -p "$shots"
    local rc=0
    WINEPREFIX=$WIN_PREFIX WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" \
        "$ROOT/scripts/windows/signin-check.sh" \
        'C:\Program Files\Kikan\kikan-client.exe' "$WIN_BUILD/signin" wine01 Wine-Check-2026 || rc=$?
    [ -f "$WIN_BUILD/signin/sign-in.png" ] && cp "$WIN_BUILD/signin/sign-in.png" "$shots/windows-sign-in.png"
    # The installed client reached the check server with the URL and CA the MSI wrote: its
    # request for the sign-in options is in the server's communication log.
    win_check_log "event = 'http.request' AND detail LIKE '%/api/v1/auth/options%'" \
        && log "MSI: the installed client reached $url over TLS with the town CA" \
        || { log "MSI: the installed client did not reach the server"; ok=1; }
    case $rc in
        0) cp "$WIN_BUILD/signin/signed-in.png" "$shots/windows-signed-in.png"
           win_check_log "event = 'auth.sign_in' AND login_id = 'wine01' AND success = 1" \
               || { log "MSI: no successful sign-in of wine01 logged"; ok=1; } ;;
        2) log "MSI: the installed client did not sign in with the typed ID and password (screens in $WIN_BUILD/signin)"; ok=1 ;;
        *) log "MSI: the installed client showed no sign-in window (screens in $WIN_BUILD/signin)"; ok=1 ;;
    esac
    kill "$WIN_CHECK_PID" 2>/dev/null; wait "$WIN_CHECK_PID" 2>/dev/null || true
    win_msi_redeploy "$url" || ok=1
    win_wine msiexec /x "$(winepath_of "$WIN_BUILD/kikan-client-again.msi")" /qn
    [ -z "$(win_kikan_products)" ] || { log "MSI: still registered after uninstall"; ok=1; }
    WINEPREFIX=$WIN_PREFIX wineserver -k 2>/dev/null || true
    kill "$WIN_XVFB_PID" 2>/dev/null
    [ ! -e "$dir/kikan-client.exe" ] || { log "MSI: files left after uninstall"; ok=1; }
    [ $ok -eq 0 ] && log "MSI: installed with ServerUrl=$url, started, checked, removed"
    return $ok
}
