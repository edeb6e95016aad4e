# Third-party libraries that ship no CMake package on every platform get an imported target here.

# libphonenumber (Debian: libphonenumber-dev; vcpkg: libphonenumber; Homebrew: libphonenumber).
find_package(libphonenumber CONFIG QUIET)
if(TARGET libphonenumber::phonenumber-shared)
    add_library(Porter::PhoneNumber ALIAS libphonenumber::phonenumber-shared)
elseif(TARGET libphonenumber::phonenumber)
    add_library(Porter::PhoneNumber ALIAS libphonenumber::phonenumber)
else()
    find_path(PHONENUMBER_INCLUDE_DIR phonenumbers/phonenumberutil.h REQUIRED)
    find_library(PHONENUMBER_LIBRARY phonenumber REQUIRED)
    add_library(porter_phonenumber INTERFACE)
    target_include_directories(porter_phonenumber SYSTEM INTERFACE ${PHONENUMBER_INCLUDE_DIR})
    target_link_libraries(porter_phonenumber INTERFACE ${PHONENUMBER_LIBRARY})
    add_library(Porter::PhoneNumber ALIAS porter_phonenumber)
endif()

# libqrencode (Debian: libqrencode-dev; vcpkg: libqrencode; Homebrew: qrencode) ships no CMake package.
find_path(QRENCODE_INCLUDE_DIR qrencode.h REQUIRED)
find_library(QRENCODE_LIBRARY NAMES qrencode qrencoded REQUIRED)
add_library(porter_qrencode INTERFACE)
target_include_directories(porter_qrencode SYSTEM INTERFACE ${QRENCODE_INCLUDE_DIR})
target_link_libraries(porter_qrencode INTERFACE ${QRENCODE_LIBRARY})
add_library(Porter::QrEncode ALIAS porter_qrencode)

# zlib (Debian: zlib1g-dev; vcpkg: zlib; macOS: the SDK's) compresses the QR code's PNG.
find_package(ZLIB REQUIRED)
