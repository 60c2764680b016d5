# Builds, once, the two C libraries the client's shared code needs on Windows into the cache:
# ICU (Debian's icu source, cross-built: the code uses ICU's C++ API — icu::Transliterator,
# icu::Normalizer2 — which Windows' own icu.dll does not export) and OpenSSL's libcrypto
# (Debian's openssl source: the verification dialog checks signatures offline). Sourced by
# ./kikan windows after qtcache.sh (WIN_CACHE, WIN_JOBS, win_source). docs/windows.md.

win_build_icu() {
    [ -f "$WIN_ICU/.kikan-complete" ] && { log "ICU for Windows: cached in $WIN_ICU"; return 0; }
    local src native=$WIN_CACHE/icu-native cross=$WIN_CACHE/icu-build
    src=$(win_source icu 'icu')
    # ICU's cross build runs the tools of a native build of the same version on its data.
    if [ ! -f "$native/.kikan-complete" ]; then
        log "building ICU natively (its data tools, for the cross build)"
        mkdir -p "$native"
        ( cd "$native" && "$src/source/runConfigureICU" Linux --disable-tests --disable-samples \
              >"$WIN_CACHE/icu-native.log" 2>&1 \
          && nice -n 19 make -j"$WIN_JOBS" >>"$WIN_CACHE/icu-native.log" 2>&1 )
        touch "$native/.kikan-complete"
    fi
    log "building ICU for x86_64-w64-mingw32"
    mkdir -p "$cross"
    ( cd "$cross" && "$src/source/configure" --host=x86_64-w64-mingw32 --with-cross-build="$native" \
          --prefix="$WIN_ICU" --disable-tests --disable-samples --disable-extras \
          CC=x86_64-w64-mingw32-gcc-posix CXX=x86_64-w64-mingw32-g++-posix \
          >"$WIN_CACHE/icu-build.log" 2>&1 \
      && nice -n 19 make -j"$WIN_JOBS" >>"$WIN_CACHE/icu-build.log" 2>&1 \
      && make install >>"$WIN_CACHE/icu-build.log" 2>&1 )
    touch "$WIN_ICU/.kikan-complete"
}

win_build_openssl() {
    [ -f "$WIN_OPENSSL/.kikan-complete" ] && { log "OpenSSL for Windows: cached in $WIN_OPENSSL"; return 0; }
    local src
    src=$(win_source openssl 'openssl-*')
    log "building OpenSSL libcrypto for x86_64-w64-mingw32"
    ( cd "$src" && ./Configure mingw64 --cross-compile-prefix=x86_64-w64-mingw32- shared no-tests \
          --prefix="$WIN_OPENSSL" --libdir=lib >"$WIN_CACHE/openssl-build.log" 2>&1 \
      && nice -n 19 make -j"$WIN_JOBS" build_libs >>"$WIN_CACHE/openssl-build.log" 2>&1 \
      && make install_dev install_runtime_libs >>"$WIN_CACHE/openssl-build.log" 2>&1 )
    touch "$WIN_OPENSSL/.kikan-complete"
}
