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

# libcsv (Debian: libcsv-dev; vcpkg: libcsv; Homebrew: libcsv) parses the spreadsheets people are imported
# from (core/util/csvreader.cpp); it ships no CMake package.
find_path(CSV_INCLUDE_DIR csv.h REQUIRED)
find_library(CSV_LIBRARY NAMES csv REQUIRED)
add_library(porter_csv INTERFACE)
target_include_directories(porter_csv SYSTEM INTERFACE ${CSV_INCLUDE_DIR})
target_link_libraries(porter_csv INTERFACE ${CSV_LIBRARY})
add_library(Porter::Csv ALIAS porter_csv)

# libxlsxwriter (Debian: libxlsxwriter-dev; vcpkg: libxlsxwriter; Homebrew: libxlsxwriter) writes the
# .xlsx workbooks people and activity are exported to (core/util/tablefile.cpp). Its CMake package is
# not in every distribution's build; the header and library are.
find_path(XLSXWRITER_INCLUDE_DIR xlsxwriter.h REQUIRED)
find_library(XLSXWRITER_LIBRARY NAMES xlsxwriter REQUIRED)
add_library(porter_xlsxwriter INTERFACE)
target_include_directories(porter_xlsxwriter SYSTEM INTERFACE ${XLSXWRITER_INCLUDE_DIR})
target_link_libraries(porter_xlsxwriter INTERFACE ${XLSXWRITER_LIBRARY})
add_library(Porter::XlsxWriter ALIAS porter_xlsxwriter)

# ICU (Debian: libicu-dev; vcpkg: icu; Homebrew: icu4c): country names in the window's language (uc), and
# the code page of a spreadsheet saved without Unicode (i18n's charset detector, uc's converters).
find_package(ICU REQUIRED COMPONENTS uc i18n)

# zlib (Debian: zlib1g-dev; vcpkg: zlib; macOS: the SDK's) compresses the QR code's PNG.
find_package(ZLIB REQUIRED)
