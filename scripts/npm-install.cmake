# kikan_npm_install(NPM PREFIX PACKAGE WHAT DOC): installs the npm package PACKAGE (name@version,
# exact) into PREFIX for a build step — the data packages the build embeds (MJ data:
# scripts/moji/fetch-mojidata.cmake; the 全銀 bank master: scripts/bank_account/fetch-zengin-code.cmake).
# WHAT names the data in the error message, DOC the page that explains it. Fails the build with a
# clear message when npm cannot fetch the package.
function(kikan_npm_install npm prefix package what doc)
    file(MAKE_DIRECTORY "${prefix}")
    # A package.json of our own keeps npm from walking up into the source tree looking for one.
    if(NOT EXISTS "${prefix}/package.json")
        file(WRITE "${prefix}/package.json" "{ \"name\": \"kikan-build-data\", \"private\": true }\n")
    endif()
    execute_process(
        COMMAND "${npm}" install --prefix "${prefix}" --no-audit --no-fund --save-exact
                --loglevel=error "${package}"
        WORKING_DIRECTORY "${prefix}"
        RESULT_VARIABLE npm_result
        OUTPUT_VARIABLE npm_output
        ERROR_VARIABLE npm_output)
    if(NOT npm_result EQUAL 0)
        message(FATAL_ERROR
            "\nCould not install the npm package ${package} (${what} the build needs).\n"
            "npm exit status: ${npm_result}\n${npm_output}\n"
            "The build downloads it once from the npm registry into ${prefix}.\n"
            "Check the network or proxy (npm config get registry / npm config set proxy …), "
            "then build again. See ${doc}.\n")
    endif()
endfunction()
