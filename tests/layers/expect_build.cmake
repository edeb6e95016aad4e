# cmake -DBUILD_DIR=... -DTARGET=... -DHEADER=... -DEXPECT=refused|builds -P expect_build.cmake
execute_process(
    COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target ${TARGET}
    RESULT_VARIABLE rc
    OUTPUT_VARIABLE out
    ERROR_VARIABLE err)
set(log "${out}${err}")
if(EXPECT STREQUAL "builds")
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${TARGET}: a front end including ${HEADER} should build, but:\n${log}")
    endif()
    message(STATUS "${TARGET}: ${HEADER} is public and builds")
    return()
endif()
if(rc EQUAL 0)
    message(FATAL_ERROR "${TARGET}: a front end included ${HEADER} and it built; the layer is open")
endif()
# Refused for the right reason: the header is not on the include path (gcc, clang, MSVC wording).
string(REGEX MATCH "${HEADER}[^\n]*(No such file|file not found|Cannot open include file)" why "${log}")
if(NOT why)
    message(FATAL_ERROR "${TARGET}: the build failed, but not because ${HEADER} is off the path:\n${log}")
endif()
message(STATUS "${TARGET}: refused as it should be: ${why}")
