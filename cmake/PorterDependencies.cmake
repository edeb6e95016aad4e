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
