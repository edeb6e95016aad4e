#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace porter {

// Writes comma-separated values that spreadsheets open as they are (docs/decisions.md, "CSV export"):
// RFC 4180 quoting (a field holding a comma, a quote, a line break or leading/trailing space is quoted,
// quotes doubled), CRLF between records, UTF-8 with a byte order mark so Excel does not read it as the
// local code page, and a leading apostrophe on a cell that starts with = + - @ (or a tab or CR), so no
// spreadsheet runs it as a formula.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    // Writes to an open device; the byte order mark goes out with the first record.
    explicit CsvWriter(QIODevice &out);

    Status writeRecord(const QStringList &fields);
    int records() const { return m_records; }

    // One field as it appears in the file (guarded, then quoted when needed).
    static QString field(const QString &value);

private:
    QIODevice &m_out;
    int m_records = 0;
};

} // namespace porter
