#include "util/csv.h"

#include <QIODevice>

namespace porter {

CsvWriter::CsvWriter(QIODevice &out)
    : m_out(out)
{}

QString CsvWriter::field(const QString &value)
{
    QString v = value;
    // A spreadsheet treats these first characters as the start of a formula (OWASP, "CSV Injection");
    // the apostrophe makes the cell text and is not shown.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!v.isEmpty() && formulaStarts.contains(v.front()))
        v.prepend(QLatin1Char('\''));
    const bool quote = v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) ||
                       v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r')) ||
                       (!v.isEmpty() && (v.front().isSpace() || v.back().isSpace()));
    if (!quote)
        return v;
    v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

Status CsvWriter::writeRecord(const QStringList &fields)
{
    QByteArray bytes;
    if (m_records == 0)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << field(f);
    bytes += out.join(QLatin1Char(',')).toUtf8();
    bytes += "\r\n";
    if (m_out.write(bytes) != bytes.size())
        return makeError(ErrorCode::Storage,
                         tr("Could not write the file: %1. Check that the disk is not full and try again.")
                             .arg(m_out.errorString()));
    ++m_records;
    return {};
}

} // namespace porter
