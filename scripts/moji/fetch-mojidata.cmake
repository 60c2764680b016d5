# Installs the npm package @mandel59/mojidata (MJ文字情報一覧表, MJ縮退マップ as SQLite) into the build tree.
# Run by the custom command in shared/moji/CMakeLists.txt:
#   cmake -DNPM=<npm> -DPREFIX=<dir> -DPACKAGE=<name@version> -DDB=<moji.db> -DSTAMP=<file> -P this
# Fails the build with a clear message when npm cannot fetch the package (see docs/moji.md).
foreach(var NPM PREFIX PACKAGE DB STAMP)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "fetch-mojidata.cmake: ${var} is not set")
    endif()
endforeach()

include("${CMAKE_CURRENT_LIST_DIR}/../npm-install.cmake")
kikan_npm_install("${NPM}" "${PREFIX}" "${PACKAGE}" "the MJ character data, about 41 MB," "docs/moji.md")
if(NOT EXISTS "${DB}")
    message(FATAL_ERROR "npm installed ${PACKAGE} but ${DB} is missing. See docs/moji.md.")
endif()

file(TOUCH "${STAMP}")
