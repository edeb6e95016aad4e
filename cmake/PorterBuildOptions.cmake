# The project's compile policy lives on one INTERFACE target; every Porter target links it.
add_library(porter_build_options INTERFACE)
add_library(Porter::BuildOptions ALIAS porter_build_options)

target_compile_features(porter_build_options INTERFACE cxx_std_20)
target_compile_definitions(porter_build_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    PORTER_VERSION="${PROJECT_VERSION}")

if(WIN32)
    # <windows.h> (the console code page, the hidden password prompt) without its min/max macros, which
    # break std::min and std::numeric_limits<>::max, and without the rarely used APIs.
    target_compile_definitions(porter_build_options INTERFACE NOMINMAX WIN32_LEAN_AND_MEAN)
endif()

if(MSVC)
    target_compile_options(porter_build_options INTERFACE /W4 /permissive- /utf-8)
    if(PORTER_WERROR)
        target_compile_options(porter_build_options INTERFACE /WX)
    endif()
else()
    target_compile_options(porter_build_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
        -Wimplicit-fallthrough -Wformat=2 -Wundef)
    if(PORTER_WERROR)
        target_compile_options(porter_build_options INTERFACE -Werror)
    endif()
    if(PORTER_SANITIZE)
        target_compile_options(porter_build_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(porter_build_options INTERFACE -fsanitize=address,undefined)
    endif()
endif()
