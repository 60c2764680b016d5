# The certificate sources and data, shared by this folder's CMakeLists.txt (into kikan-server-lib)
# and the tests' stand-in library until server/resident/CMakeLists.txt adds this folder.
set(_cert "${CMAKE_CURRENT_LIST_DIR}")
set(KIKAN_CERTIFICATE_SOURCES
    ${_cert}/certificaterequest.h ${_cert}/towndata.cpp
    ${_cert}/certificatefields_p.h ${_cert}/certificatefields.cpp
    ${_cert}/certificaterenderer.h ${_cert}/certificaterenderer.cpp
    ${_cert}/certificatelog.h ${_cert}/certificatelog.cpp
)
file(GLOB KIKAN_CERTIFICATE_FORMS "${PROJECT_SOURCE_DIR}/resources/forms/*.json")
set(KIKAN_CERTIFICATE_TOWN "${PROJECT_SOURCE_DIR}/resources/town/town.json")

# kikan_certificate_resources(<target>): layouts as :/kikan/forms/*, town data as :/kikan/town/*.
function(kikan_certificate_resources target)
    qt_add_resources(${target} kikan_forms PREFIX /kikan/forms
        BASE "${PROJECT_SOURCE_DIR}/resources/forms" FILES ${KIKAN_CERTIFICATE_FORMS})
    qt_add_resources(${target} kikan_town PREFIX /kikan/town
        BASE "${PROJECT_SOURCE_DIR}/resources/town" FILES ${KIKAN_CERTIFICATE_TOWN})
endfunction()
