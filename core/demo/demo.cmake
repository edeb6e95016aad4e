# The demo portfolio generator (porterctl demo, scripts/run --demo). Included from core/CMakeLists.txt.
target_sources(porter_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/demo.h
    ${CMAKE_CURRENT_LIST_DIR}/demo.cpp
    ${CMAKE_CURRENT_LIST_DIR}/simulatedradio.h
    ${CMAKE_CURRENT_LIST_DIR}/simulatedradio.cpp
)
