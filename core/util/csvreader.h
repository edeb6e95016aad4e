#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace porter {

// A spreadsheet saved as CSV, read the way Excel and LibreOffice write it in English, Spanish and French
// (docs/decisions.md, "Reading spreadsheets"): UTF-8 with or without a byte order mark, UTF-16 with one
// (Excel's "Unicode Text"), or a legacy code page found by ICU's charset detector (Windows-1252 for
// the Western European ones); comma, semicolon or tab separators, found from the header line; quoted
// fields with separators, doubled quotes and line breaks inside, CRLF or LF line ends — parsed by
// libcsv, not split by hand. Limits keep a wrong file from taking the machine: kMaxBytes and kMaxRows.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr qint64 kMaxBytes = 10 * 1024 * 1024;
    static constexpr int kMaxRows = 20000; // data rows, the header not counted

    struct Row
    {
        int number = 0; // as the spreadsheet numbers it: the header is row 1
        QStringList cells;
    };
    struct Table
    {
        QStringList header; // trimmed
        QList<Row> rows;    // blank rows left out (their numbers are skipped)
        QString encoding;   // "UTF-8", "UTF-16LE", "windows-1252", ...
        QChar separator;
    };

    // Every problem is an InvalidInput error whose message says what to do (save as CSV UTF-8, split the
    // file, ...). Nothing here touches the database.
    static Result<Table> read(const QByteArray &bytes);
    static Result<Table> readFile(const QString &path);

    // The text of the bytes, decoded as described above (exposed for tests and the fuzzer).
    static Result<QString> decode(const QByteArray &bytes, QString *encoding = nullptr);
};

} // namespace porter
