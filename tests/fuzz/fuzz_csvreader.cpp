// libFuzzer over the spreadsheet reader (core/util/csvreader.cpp, issue 11): any bytes a manager could
// pick as "the people list" give a table or a clear error, never a crash, and a table keeps its promises.

#include "util/csvreader.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto table = porter::CsvReader::read(bytes);
    if (!table.ok()) {
        if (table.error().message.isEmpty())
            std::abort();
        return 0;
    }
    if (table->rows.isEmpty() || table->rows.size() > porter::CsvReader::kMaxRows)
        std::abort();
    int last = 1; // the header is row 1 or later
    for (const porter::CsvReader::Row &row : table->rows) {
        if (row.number <= last || row.cells.isEmpty())
            std::abort();
        last = row.number;
    }
    return 0;
}
