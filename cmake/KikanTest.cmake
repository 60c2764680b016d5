# kikan_add_test(<name> SOURCES <files…> LIBS <targets…> [LABELS <labels…>] [RESOURCE_LOCK <lock>])
# One Qt Test executable = one CTest test. Tests run with the offscreen platform and a private runtime dir.
function(kikan_add_test name)
    cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBS;LABELS;RESOURCE_LOCK" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test kikan-test-support ${T_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;KIKAN_SOURCE_DIR=${PROJECT_SOURCE_DIR};KIKAN_BINARY_DIR=${PROJECT_BINARY_DIR}")
    if(T_RESOURCE_LOCK)
        set_tests_properties(${name} PROPERTIES RESOURCE_LOCK "${T_RESOURCE_LOCK}")
    endif()
endfunction()
