# Functions shared by ./kikan subcommands. Sourced, not run.

log() { printf '\033[1m[kikan]\033[0m %s\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs the Debian packages listed in scripts/packages.txt (or the list file given) that are not
# installed yet. Idempotent: a second run finds nothing missing and does nothing.
ensure_packages() {
    local wanted missing=()
    wanted=$(grep -v '^#' "${1:-$ROOT/scripts/packages.txt}" | tr -s ' \n' ' ')
    for p in $wanted; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    # Node.js and npm (the build installs the npm data packages: @mandel59/mojidata, zengin-code; see
    # docs/moji.md, docs/bank-account.md) may come from outside Debian; take Debian's only if absent.
    command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    log "installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get -o DPkg::Lock::Timeout=600 update -qq
    as_root apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# build_tree <dir> <Debug|Release>: configures (first time) and builds with Ninja.
build_tree() {
    local dir=$1 type=$2
    if [ ! -f "$ROOT/$dir/build.ninja" ]; then
        log "configuring $dir ($type)"
        cmake -S "$ROOT" -B "$ROOT/$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" >/dev/null
    fi
    log "building $dir"
    cmake --build "$ROOT/$dir" -- -j"$(nproc)"
}

# run_tests <dir> [ctest args…]: the whole suite through CTest.
run_tests() {
    local dir=$1; shift
    log "running tests"
    ctest --test-dir "$ROOT/$dir" --output-on-failure -j"$(nproc)" "$@"
}
