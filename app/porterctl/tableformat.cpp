#include "tableformat.h"

#include "util/localtime.h"

namespace porter::cli {

QString timeText(std::optional<qint64> utc, const QTimeZone &zone, const QString &none)
{
    return utc ? formatLocal(*utc, zone) : none;
}

QString idsText(const QList<Id> &ids)
{
    QStringList out;
    for (Id id : ids)
        out << QString::number(id);
    return out.join(QLatin1Char(','));
}

QStringList Table::lines() const
{
    QList<qsizetype> widths;
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = qMax(widths[i], row.at(i).size());
        }
    }
    QStringList out;
    for (const QStringList &row : m_rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                line += QStringLiteral("  ");
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i)) : row.at(i);
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out << line;
    }
    return out;
}

} // namespace porter::cli
