# Builds, once, the Windows (x86_64-w64-mingw32) libraries the client needs into the cache folder:
# Qt 6.4.2 qtbase from Debian's source package and zint. Sourced by ./kikan windows; the recipe and its
# pitfalls are in ../shared/reference/WINDOWS.md and docs/windows.md.
# KIKAN_WINDOWS_CACHE (default ~/.cache/kikan-windows) holds src/, build dirs, qt-mingw/ and zint-mingw/.

WIN_CACHE=${KIKAN_WINDOWS_CACHE:-$HOME/.cache/kikan-windows}
WIN_QT=$WIN_CACHE/qt-mingw
WIN_ZINT=$WIN_CACHE/zint-mingw
WIN_ICU=$WIN_CACHE/icu-mingw
WIN_OPENSSL=$WIN_CACHE/openssl-mingw
WIN_TOOLCHAIN=$ROOT/scripts/windows/mingw-toolchain.cmake
WIN_JOBS=${KIKAN_WINDOWS_JOBS:-2}
# The cache is complete when each part's stamp exists (written after its install step).
win_cache_ready() {
    local part
    for part in "$WIN_QT" "$WIN_ZINT" "$WIN_ICU" "$WIN_OPENSSL"; do
        [ -f "$part/.kikan-complete" ] || return 1
    done
}

# Adds the bookworm deb-src line apt-get source needs, once.
win_enable_sources() {
    if ! grep -rqs '^Types: deb-src\|^deb-src ' /etc/apt/sources.list /etc/apt/sources.list.d/; then
        log "adding deb-src for bookworm"
        as_root tee /etc/apt/sources.list.d/kikan-debian-src.sources >/dev/null <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
        as_root apt-get -o DPkg::Lock::Timeout=600 update -qq
    fi
}

# win_source <package> <folder glob>: fetches and unpacks a Debian source package's upstream tarball once.
win_source() {
    local pkg=$1 glob=$2
    mkdir -p "$WIN_CACHE/src"
    ( cd "$WIN_CACHE/src"
      compgen -G "${pkg}_*.orig.tar.*" >/dev/null || apt-get source --download-only "$pkg" >/dev/null
      if ! compgen -G "$glob" >/dev/null; then
          tar xf "$(ls ${pkg}_*.orig.tar.* | head -1)"
      fi )
    ls -d "$WIN_CACHE"/src/$glob/ | head -1 | sed "s:/$::"
}

# The +dfsg tarball lacks src/3rdparty/sqlite: generate the amalgamation from Debian's sqlite3 source.
win_sqlite_amalgamation() {
    local qtsrc=$1 sq
    [ -f "$qtsrc/src/3rdparty/sqlite/sqlite3.c" ] && return 0
    sq=$(win_source sqlite3 'sqlite3-*')
    if [ ! -f "$sq/sqlite3.c" ]; then
        ( cd "$sq" && ./configure --disable-tcl >/dev/null && make sqlite3.c >/dev/null )
    fi
    mkdir -p "$qtsrc/src/3rdparty/sqlite"
    cp "$sq/sqlite3.c" "$sq/sqlite3.h" "$qtsrc/src/3rdparty/sqlite/"
    # qtbase's qt_attribution.json for sqlite is missing too; the build only needs the sources.
}

win_build_qt() {
    [ -f "$WIN_QT/.kikan-complete" ] && { log "Qt for Windows: cached in $WIN_QT"; return 0; }
    local src build=$WIN_CACHE/qtbase-build
    src=$(win_source qt6-base 'qtbase-everywhere-src-*')
    win_sqlite_amalgamation "$src"
    if [ ! -f "$build/build.ninja" ]; then
        log "configuring qtbase for x86_64-w64-mingw32"
        cmake -G Ninja -S "$src" -B "$build" -DCMAKE_TOOLCHAIN_FILE="$WIN_TOOLCHAIN" \
            -DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
            -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
            -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$WIN_QT" -DBUILD_SHARED_LIBS=ON \
            -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DQT_BUILD_BENCHMARKS=OFF \
            -DQT_BUILD_TOOLS_WHEN_CROSSCOMPILING=OFF \
            -DFEATURE_sql_sqlite=ON -DFEATURE_system_sqlite=OFF -DFEATURE_sql_odbc=OFF -DFEATURE_sql_psql=OFF \
            -DFEATURE_sql_mysql=OFF -DFEATURE_sql_ibase=OFF -DFEATURE_sql_oci=OFF \
            -DFEATURE_openssl=OFF -DFEATURE_schannel=ON -DFEATURE_dbus=OFF \
            -DFEATURE_opengl=ON -DINPUT_opengl=desktop -DFEATURE_vulkan=OFF \
            -DFEATURE_tabletevent=OFF -DFEATURE_testlib=ON -DFEATURE_concurrent=ON -DFEATURE_xml=ON \
            -DFEATURE_icu=OFF -DFEATURE_system_zlib=OFF -DFEATURE_system_pcre2=OFF -DFEATURE_system_png=OFF \
            -DFEATURE_system_jpeg=OFF -DFEATURE_system_harfbuzz=OFF -DFEATURE_system_freetype=OFF \
            -DFEATURE_system_doubleconversion=OFF >"$WIN_CACHE/qtbase-configure.log" 2>&1
    fi
    log "building qtbase (ninja -j$WIN_JOBS, niced; about 30 min the first time; log $WIN_CACHE/qtbase-build.log)"
    nice -n 19 ninja -C "$build" -j"$WIN_JOBS" >"$WIN_CACHE/qtbase-build.log" 2>&1
    ninja -C "$build" install >"$WIN_CACHE/qtbase-install.log" 2>&1
    touch "$WIN_QT/.kikan-complete"
}

win_build_zint() {
    [ -f "$WIN_ZINT/.kikan-complete" ] && { log "zint for Windows: cached in $WIN_ZINT"; return 0; }
    local src build=$WIN_CACHE/zint-build
    src=$(win_source zint 'zint-*')
    log "building zint for x86_64-w64-mingw32"
    cmake -G Ninja -S "$src" -B "$build" -DCMAKE_TOOLCHAIN_FILE="$WIN_TOOLCHAIN" \
        -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$WIN_ZINT" \
        -DZINT_USE_QT=OFF -DZINT_USE_PNG=OFF -DZINT_FRONTEND=OFF -DZINT_STATIC=OFF \
        >"$WIN_CACHE/zint-configure.log" 2>&1
    nice -n 19 ninja -C "$build" -j"$WIN_JOBS" install >"$WIN_CACHE/zint-build.log" 2>&1
    touch "$WIN_ZINT/.kikan-complete"
}
