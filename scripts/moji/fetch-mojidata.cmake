# Installs the npm package @mandel59/mojidata (MJ文字情報一覧表, MJ縮退マップ as SQLite) into the build tree.
# Run by the custom command in shared/moji/CMakeLists.txt:
#   cmake -DNPM=<npm> -DPREFIX=<dir> -DPACKAGE=<name@version> -DDB=<moji.db> -DSTAMP=<file> -P this
# Fails the build with a clear message when npm cannot fetch the package (see docs/moji.md).
foreach(var NPM PREFIX PACKAGE DB STAMP)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "fetch-mojidata.cmake: ${var} is not set")
    endif()
endforeach()

file(MAKE_DIRECTORY "${PREFIX}")
# A package.json of our own keeps npm from walking up into the source tree looking for one.
if(NOT EXISTS "${PREFIX}/package.json")
    file(WRITE "${PREFIX}/package.json" "{ \"name\": \"kikan-build-data\", \"private\": true }\n")
endif()

execute_process(
    COMMAND "${NPM}" install --prefix "${PREFIX}" --no-audit --no-fund --save-exact
            --loglevel=error "${PACKAGE}"
    WORKING_DIRECTORY "${PREFIX}"
    RESULT_VARIABLE npm_result
    OUTPUT_VARIABLE npm_output
    ERROR_VARIABLE npm_output)

if(NOT npm_result EQUAL 0 OR NOT EXISTS "${DB}")
    message(FATAL_ERROR
        "\nCould not install the npm package ${PACKAGE} (the MJ character data the build needs).\n"
        "npm exit status: ${npm_result}\n${npm_output}\n"
        "The build downloads it once (about 41 MB) from the npm registry into ${PREFIX}.\n"
        "Check the network or proxy (npm config get registry / npm config set proxy …), "
        "then build again. See docs/moji.md.\n")
endif()

file(TOUCH "${STAMP}")
