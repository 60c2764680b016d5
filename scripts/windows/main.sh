# ./kikan windows: the whole Windows client from a Debian 12 machine, each step timed. Sourced by
# ./kikan after scripts/lib.sh. docs/windows.md says what each step builds and how long it took.
source "$ROOT/scripts/windows/qtcache.sh"
source "$ROOT/scripts/windows/libs.sh"
source "$ROOT/scripts/windows/client.sh"
source "$ROOT/scripts/windows/wine.sh"

win_step() {
    local name=$1 start
    shift
    start=$(date +%s)
    "$@"
    log "$name: $(( $(date +%s) - start )) s"
}

win_packages() {
    ensure_packages "$ROOT/scripts/windows/packages.txt"
}

# ./kikan windows [tests|msi-check]: everything, or (with the cache built) only the client and its
# tests under wine, or only the MSI and its install/sign-in/uninstall check.
windows_main() {
    case "${1:-}" in
        tests) windows_tests_if_cached; return ;;
        msi-check) win_step "staging (deploy.sh)" win_stage; win_step "MSI" win_msi; win_step "MSI install/uninstall under wine" win_msi_check; return ;;
        "") ;;
        *) log "./kikan windows: unknown step '$1' (tests, msi-check)"; return 2 ;;
    esac
    win_step "toolchain (mingw-w64, wine, wixl)" win_packages
    win_step "sources (deb-src)" win_enable_sources
    win_step "zint for Windows" win_build_zint
    win_step "OpenSSL libcrypto for Windows" win_build_openssl
    win_step "ICU for Windows" win_build_icu
    win_step "Qt 6.4.2 qtbase for Windows" win_build_qt
    win_step "client and tests for Windows" win_build_client
    win_step "staging (deploy.sh)" win_stage
    win_step "MSI" win_msi
    win_step "client tests under wine" win_test
    win_step "MSI install/uninstall under wine" win_msi_check
}

# ./kikan test: the Windows part only when the cache is there (CI without it keeps its time).
windows_tests_if_cached() {
    if ! win_cache_ready; then
        log "Windows part skipped: no library cache in $WIN_CACHE (build it once with ./kikan windows)"
        return 0
    fi
    win_step "client and tests for Windows" win_build_client
    win_step "staging (deploy.sh)" win_stage
    win_step "client tests under wine" win_test
}
