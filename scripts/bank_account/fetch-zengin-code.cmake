# Installs the npm package zengin-code (the 全銀 bank and branch master, MIT) at the exact version
# server/bank_account/CMakeLists.txt pins, into the build tree, and writes it as one TSV with
# zengin-tsv.js. Run by the custom command there:
#   cmake -DNPM=<npm> -DNODE=<node> -DPREFIX=<dir> -DPACKAGE=<name@version> -DCONVERT=<js>
#         -DOUT=<tsv> -P this
# Fails the build with a clear message when npm cannot fetch the package (docs/bank-account.md).
foreach(var NPM NODE PREFIX PACKAGE CONVERT OUT)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "fetch-zengin-code.cmake: ${var} is not set")
    endif()
endforeach()

include("${CMAKE_CURRENT_LIST_DIR}/../npm-install.cmake")
kikan_npm_install("${NPM}" "${PREFIX}" "${PACKAGE}" "the 全銀 bank and branch master" "docs/bank-account.md")

execute_process(
    COMMAND "${NODE}" "${CONVERT}" "${PREFIX}/node_modules/zengin-code" "${OUT}"
    RESULT_VARIABLE node_result
    ERROR_VARIABLE node_output)
if(NOT node_result EQUAL 0)
    message(FATAL_ERROR "zengin-tsv.js failed (${node_result}): ${node_output}")
endif()
