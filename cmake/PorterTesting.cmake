# porter_add_test(NAME name SOURCES ... LIBS ... [LABELS ...] [ENV ...] [TIMEOUT s])
# One executable per test; every test runs with the offscreen platform, a fixed locale and its
# own XDG folders so it never touches the user's data.
function(porter_add_test)
    cmake_parse_arguments(T "PG" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ENV" ${ARGN})
    qt_add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE ${T_LIBS} Qt6::Test porter_build_options)
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    if(NOT T_LABELS)
        set(T_LABELS unit)
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES
        LABELS "${T_LABELS}"
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;TZ=UTC;PORTER_KEYCHAIN=0;PORTER_BIN_DIR=$<TARGET_FILE_DIR:porterctl>;PORTER_SOURCE_DIR=${PROJECT_SOURCE_DIR};${T_ENV}")
    # PG: the same suite again, its portfolios on a PostgreSQL server of its own (tests/support/fixture.h,
    # onPostgreSql), as <name>_pg with the label pg.
    if(T_PG)
        add_test(NAME ${T_NAME}_pg COMMAND ${T_NAME})
        set_tests_properties(${T_NAME}_pg PROPERTIES
            LABELS "pg"
            TIMEOUT ${T_TIMEOUT}
            ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;TZ=UTC;PORTER_KEYCHAIN=0;PORTER_BIN_DIR=$<TARGET_FILE_DIR:porterctl>;PORTER_SOURCE_DIR=${PROJECT_SOURCE_DIR};PORTER_TEST_DB=postgresql;${T_ENV}")
    endif()
endfunction()
