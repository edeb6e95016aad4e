#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>
#include <memory>

namespace porter {

// A table exported to a file a manager opens in a spreadsheet: CSV (CsvWriter: formula-looking cells
// guarded) or, for a path ending in .xlsx, an Excel workbook written by libxlsxwriter (every cell a
// text cell, so nothing in it is ever run as a formula; the header bold and frozen). The file is
// replaced only by commit(), whole: a failed or abandoned export leaves what was there before.
class TableFile
{
    Q_DECLARE_TR_FUNCTIONS(TableFile)

public:
    enum class Format
    {
        Csv,
        Xlsx
    };
    static Format formatOf(const QString &path);
    // The path with the suffix of the format a save dialog's filter chose ("…(*.xlsx)": .xlsx), the
    // other format's suffix replaced; an empty filter leaves the path as typed.
    static QString withFilterSuffix(const QString &path, const QString &selectedFilter);

    // `sheetName`: the workbook's sheet ("People", "Activity"); unused for CSV.
    TableFile(const QString &path, const QString &sheetName);
    ~TableFile();
    TableFile(const TableFile &) = delete;
    TableFile &operator=(const TableFile &) = delete;

    // The whole export: opens the file, lets `rows` write the header and the records (it returns how many
    // it wrote), and commits; on any error the file at `path` is left as it was.
    static Result<int> write(const QString &path, const QString &sheetName,
                             const std::function<Result<int>(TableFile &)> &rows);

    Status open();
    Status writeRecord(const QStringList &fields);
    // Finishes the file and puts it in place.
    Status commit();
    int records() const { return m_records; }
    Format format() const { return m_format; }

private:
    struct Csv;
    struct Xlsx;
    QString m_path;
    QString m_sheetName;
    Format m_format;
    std::unique_ptr<Csv> m_csv;
    std::unique_ptr<Xlsx> m_xlsx;
    int m_records = 0;
};

} // namespace porter
